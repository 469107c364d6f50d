"""Test-only URLs: the real ones plus views that fail, to exercise the 500 and 403 pages.

Kept out of portal/urls.py so production never ships a URL that crashes on purpose.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path

from portal.urls import handler500  # noqa: F401
from portal.urls import urlpatterns as portal_urlpatterns


class DeliberateFailure(Exception):
    pass


def crash(request):
    raise DeliberateFailure("a deliberate failure for the 500 page test")


def forbidden(request):
    raise PermissionDenied


urlpatterns = [path("test-crash/", crash), path("test-forbidden/", forbidden),
               *portal_urlpatterns]
