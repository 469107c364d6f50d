"""The family's sharing pages, a professional's caseload and the access log: under /sharing/."""

from django.urls import path

from . import capacity_views, handover_views, invitation_views, views

app_name = "sharing"
CHILD = "children/<uuid:child_id>/"
urlpatterns = [
    path("caseload/", views.caseload, name="caseload"),
    path(CHILD, views.child_sharing, name="child"),
    path(CHILD + "share/", views.grant_new, name="grant_new"),
    path(CHILD + "grants/<uuid:grant_id>/change/", views.grant_change, name="grant_change"),
    path(CHILD + "grants/<uuid:grant_id>/revoke/", views.grant_revoke, name="grant_revoke"),
    path(CHILD + "access-log/", views.access_log, name="access_log"),
    path(CHILD + "access-log.csv", views.access_log_csv, name="access_log_csv"),
    path(CHILD + "for-the-council/", views.officer_grants, name="officer_grants"),
    # Growing up (S2): the young person's choices once the record is theirs, and the
    # council's record of a capacity decision.
    path(CHILD + "keep-seeing/", handover_views.keep_seeing, name="keep_seeing"),
    path(CHILD + "capacity/", capacity_views.capacity, name="capacity"),
    path("invitations/<str:token>/", invitation_views.accept, name="invitation_accept"),
]
