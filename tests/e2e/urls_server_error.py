"""Test-only URLs: the portal's own, plus one that fails, to show the 500 page in a browser.

Only the browser tests point ROOT_URLCONF here, so production never ships a crash URL.
"""

from django.urls import path

from portal.urls import *  # noqa: F403  (the portal's urlpatterns and its error handlers)
from portal.urls import urlpatterns as portal_urlpatterns


def fail(request):
    raise RuntimeError("A deliberate failure so the browser tests can see the 500 page.")


urlpatterns = [path("e2e-server-error/", fail), *portal_urlpatterns]
