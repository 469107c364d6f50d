from django.urls import path  # noqa: F401

app_name = "local_offer"
urlpatterns: list = []
