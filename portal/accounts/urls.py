from django.urls import path

from . import export_views, views

app_name = "accounts"
urlpatterns = [
    path("start/", views.start, name="start"),
    path("account/", views.account, name="account"),
    path("account/delete/", views.delete_account, name="delete_account"),
    path("account/your-data/", export_views.your_data, name="your_data"),
    path(
        "account/your-data/<uuid:export_id>/download/",
        export_views.your_data_download,
        name="your_data_download",
    ),
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
