from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("start/", views.start, name="start"),
    path("account/", views.account, name="account"),
    path("account/delete/", views.delete_account, name="delete_account"),
    path("invitations/", views.invitation_list, name="invitation_list"),
    path("invitations/new/", views.invitation_new, name="invitation_new"),
    path("invitations/<int:pk>/cancel/", views.invitation_revoke, name="invitation_revoke"),
    path("invitations/<str:token>/", views.invitation_accept, name="invitation_accept"),
    path("organisation/colleagues/", views.colleague_list, name="colleague_list"),
    path(
        "organisation/colleagues/<int:pk>/remove/",
        views.colleague_remove,
        name="colleague_remove",
    ),
]
