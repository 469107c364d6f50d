from django.urls import path

from . import views

app_name = "family"
urlpatterns = [
    path("", views.children, name="children"),
    path("children/<uuid:child_id>/", views.record, name="record"),
]
