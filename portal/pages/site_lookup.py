"""Which Wagtail site a request is for, found once per content version per worker.

Wagtail looks the site up by host name on every request (a query, a tenth of a service page's
time). Sites change rarely and saving one moves the content version (portal/page_cache.py), so
each worker keeps the answer per host and hands each request its own copy: the copy's related
objects (the root page) are fetched per request, so no page object is shared between requests.
"""

import copy

from wagtail.models import Site

from portal import content_version


class KnownSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = content_version.for_request(request)
        name = f"site:{request.get_host()}:{request.get_port()}"
        site = content_version.kept(name, lambda: _unlinked(Site._find_for_request(request)), token)
        if site is not None:
            # Wagtail's own per-request cache (Site.find_for_request reads it).
            request._wagtail_site = copy.copy(site)
        return self.get_response(request)


def _unlinked(site: Site | None) -> Site | None:
    if site is not None:
        site._state.fields_cache.clear()  # keep no root page object to share
    return site
