from django.urls import path, re_path

from . import commissioner_views as yc
from . import moderation_views, safeguarding_views, views

app_name = "youngcommissioners"
SERVICE = "feedback/services/<int:page_id>/"
GROUP = "young-commissioners/<uuid:group_id>/"
urlpatterns = [
    path("feedback/", views.leave_feedback, name="feedback"),
    path("feedback/young-people/", views.young_persons_feedback, name="young_feedback"),
    path(SERVICE, views.leave_feedback, name="service_feedback"),
    path(SERVICE + "young-people/", views.young_persons_feedback, name="service_young_feedback"),
    re_path(r"^feedback/sent/(?P<reference>FB-[A-Z0-9]{6})/$", views.sent, name="sent"),
    path("what-people-told-us/", views.what_people_told_us, name="published"),
    path("moderation/", moderation_views.queue, name="moderation"),
    path("moderation/<uuid:item_id>/", moderation_views.decide, name="moderate"),
    path("safeguarding/", safeguarding_views.queue, name="safeguarding"),
    path("safeguarding/<uuid:alert_id>/", safeguarding_views.alert, name="alert"),
    path("young-commissioners/", yc.groups, name="groups"),
    path("young-commissioners/what-happens-to-what-you-write/", yc.privacy, name="privacy"),
    path(GROUP, yc.group, name="group"),
    path(GROUP + "score/", yc.score, name="score"),
    path(GROUP + "services/<int:page_id>/", yc.service_results, name="service_results"),
    path(GROUP + "recommend/", yc.recommend, name="recommend"),
    path(GROUP + "my-name/", yc.my_name, name="my_name"),
    path("young-commissioners/recommendations/<uuid:recommendation_id>/", yc.recommendation,
         name="recommendation"),
]
