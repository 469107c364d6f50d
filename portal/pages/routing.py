"""Finding the page for an address in two queries instead of two per level.

Wagtail's default routing walks the tree from the home page, one query for each child and one
for its specific type: eight for a service at /local-offer/services/<provider>/<service>/, a
third of the time a service page took to serve. Every page's url_path already holds its full
address, so the home page looks the page up by it directly. That is the same answer as the walk
only while no page type overrides `route` (a routable page answering addresses below itself):
tests/pages/test_routing.py fails if one does, so the shortcut cannot silently skip it.
"""

from wagtail.models import Page


class DirectRouteMixin:
    def route(self, request, path_components):
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            page = Page.objects.filter(url_path=url_path).first()
            if page is not None:
                # Its own route with nothing left: serves it if live, else Http404.
                return page.specific.route(request, [])
        return super().route(request, path_components)
