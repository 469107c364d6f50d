"""Test-only URLs: the real ones plus a view that fails, to exercise handler500.

Kept out of portal/urls.py so production never ships a URL that crashes on purpose.
"""

from django.urls import path

from portal.urls import handler500, urlpatterns as portal_urlpatterns  # noqa: F401


class DeliberateFailure(Exception):
    pass


def crash(request):
    raise DeliberateFailure("a deliberate failure for the 500 page test")


urlpatterns = [path("test-crash/", crash), *portal_urlpatterns]
