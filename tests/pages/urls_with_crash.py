"""Test-only URLs: the real ones plus a view that fails, to exercise handler500.

Kept out of portal/urls.py so production never ships a URL that crashes on purpose.
"""

from django.urls import path

from portal.urls import handler500  # noqa: F401
from portal.urls import urlpatterns as portal_urlpatterns


class DeliberateFailure(Exception):
    pass


def crash(request):
    raise DeliberateFailure("a deliberate failure for the 500 page test")


urlpatterns = [path("test-crash/", crash), *portal_urlpatterns]
