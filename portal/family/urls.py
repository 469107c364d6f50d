from django.urls import path

from . import handover_views, views

app_name = "family"
CHILD = "children/<uuid:child_id>/"
urlpatterns = [
    path("", views.children, name="children"),
    path("children/new/", views.child_new, name="child_new"),
    path(CHILD, views.record, name="record"),
    path(CHILD + "profile/", views.profile, name="profile"),
    path(CHILD + "profile/edit/", views.profile_edit, name="profile_edit"),
    path(CHILD + "needs/", views.needs, name="needs"),
    path(CHILD + "needs/edit/", views.needs_edit, name="needs_edit"),
    path(CHILD + "needs/diagnoses/new/", views.diagnosis_new, name="diagnosis_new"),
    path(
        CHILD + "needs/diagnoses/<uuid:item_id>/remove/",
        views.diagnosis_remove,
        name="diagnosis_remove",
    ),
    path(CHILD + "needs/professionals/new/", views.professional_new, name="professional_new"),
    path(
        CHILD + "needs/professionals/<uuid:item_id>/remove/",
        views.professional_remove,
        name="professional_remove",
    ),
    path(CHILD + "plan/", views.plan, name="plan"),
    path(CHILD + "plan/edit/", views.plan_edit, name="plan_edit"),
    path(CHILD + "plan/moved-dates/new/", views.plan_exception_new, name="plan_exception_new"),
    path(CHILD + "notes/", views.notes, name="notes"),
    path(CHILD + "carers/", views.carers, name="carers"),
    path(CHILD + "carers/invite/", views.carer_invite, name="carer_invite"),
    path(
        CHILD + "carers/invitations/<uuid:invitation_id>/cancel/",
        views.invitation_cancel,
        name="invitation_cancel",
    ),
    path(CHILD + "carers/<uuid:access_id>/end/", views.carer_end, name="carer_end"),
    # Handing the record to the young person (handover.py).
    path(CHILD + "handover/", handover_views.status, name="handover"),
    path(CHILD + "handover/invite/", handover_views.invite, name="handover_invite"),
    path(CHILD + "handover/take-over/", handover_views.take_over, name="handover_take_over"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("find-a-record/", views.find_record, name="find_record"),
]
