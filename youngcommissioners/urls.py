from django.urls import path, re_path

from . import commissioner_views as yc
from . import moderation_views, safeguarding_views, setup_views, views

app_name = "youngcommissioners"
SERVICE = "feedback/services/<int:page_id>/"
GROUP = "young-commissioners/<uuid:group_id>/"
PROJECT = "young-commissioners/projects/<uuid:project_id>/"
RECOMMENDATION = "young-commissioners/recommendations/<uuid:recommendation_id>/"
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
    path(RECOMMENDATION, yc.recommendation, name="recommendation"),
    # Setting groups up (officers), the group's criteria (members and supporting officer),
    # milestones (officers), and a young person accepting an invitation.
    path("young-commissioners/new/", setup_views.new_group, name="new_group"),
    path(GROUP + "edit/", setup_views.edit_group, name="edit_group"),
    path(GROUP + "members/", setup_views.members, name="members"),
    path(GROUP + "members/invite/", setup_views.invite, name="invite"),
    path(GROUP + "members/<uuid:membership_id>/remove/", setup_views.remove_member,
         name="remove_member"),
    path(GROUP + "invitations/<uuid:invitation_id>/cancel/", setup_views.cancel_invitation,
         name="cancel_invitation"),
    path(GROUP + "criteria/", setup_views.criteria, name="criteria"),
    path(GROUP + "criteria/<uuid:criterion_id>/", setup_views.edit_criterion,
         name="edit_criterion"),
    path(GROUP + "projects/new/", setup_views.new_project, name="new_project"),
    path(PROJECT, setup_views.project, name="project"),
    path(PROJECT + "edit/", setup_views.edit_project, name="edit_project"),
    path(PROJECT + "services/", setup_views.project_services, name="project_services"),
    path(RECOMMENDATION + "milestones/new/", setup_views.new_milestone, name="new_milestone"),
    path(RECOMMENDATION + "milestones/<uuid:milestone_id>/", setup_views.edit_milestone,
         name="edit_milestone"),
    re_path(r"^young-commissioners/invitations/(?P<token>[A-Za-z0-9_-]{20,100})/$",
            setup_views.invitation, name="invitation"),
]
