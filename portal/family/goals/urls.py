from django.urls import path

from . import views

app_name = "family_goals"
CHILD = "children/<uuid:child_id>/"
GOAL = CHILD + "goals/<uuid:goal_id>/"
urlpatterns = [
    path(CHILD + "goals/", views.goal_list, name="goals"),
    path(CHILD + "goals/new/", views.goal_new, name="goal_new"),
    path(GOAL, views.goal_detail, name="goal"),
    path(GOAL + "edit/", views.goal_edit, name="goal_edit"),
    path(GOAL + "status/", views.goal_status, name="goal_status"),
    path(GOAL + "ratings/new/", views.rating_new, name="rating_new"),
    path(CHILD + "saved/", views.saved_list, name="saved_services"),
    path(CHILD + "saved/print/", views.saved_print, name="saved_print"),
    path(CHILD + "saved/email/", views.saved_email, name="saved_email"),
    path(CHILD + "saved/<uuid:saved_id>/remove/", views.saved_remove, name="saved_remove"),
    path("save-service/", views.save_service, name="save_service"),
]
