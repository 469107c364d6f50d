"""Included under /family/children/<uuid:child_id>/ (portal/urls.py)."""

from django.urls import path

from . import views

app_name = "family_documents"
urlpatterns = [
    path("documents/", views.document_list, name="list"),
    path("documents/add/", views.document_add, name="add"),
    path("documents/<uuid:document_id>/", views.document_detail, name="detail"),
    path("documents/<uuid:document_id>/new-version/", views.version_add, name="version_add"),
    path(
        "documents/<uuid:document_id>/versions/<uuid:version_id>/download/",
        views.version_download,
        name="download",
    ),
    path("photo/", views.photo_change, name="photo_change"),
    path("photo/image/", views.photo_image, name="photo_image"),
]
