"""The site's URLs plus a plain Django sign-in view: the walk in test_one_way_in.py must
find it, which proves the walk can fail."""

from django.contrib.auth.views import LoginView
from django.urls import path

from portal.urls import handler500  # noqa: F401
from portal.urls import urlpatterns as site_urlpatterns

urlpatterns = [path("plain-login/", LoginView.as_view()), *site_urlpatterns]
