"""Editing-area rules for pages in general: what the choosers and the move screens may show."""

from django.http import Http404
from wagtail import hooks

from .admin_access import may_see, visible_pages


@hooks.register("construct_page_chooser_queryset")
def only_visible_pages_in_choosers(pages, request):
    return visible_pages(request.user, pages)


@hooks.register("before_move_page")
def only_move_to_pages_one_may_use(request, page, destination):
    # Wagtail's confirmation page names the destination before any permission check; a page
    # someone may not move to, or may not see, is "not found" like any other.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise Http404("Page not found")
    if not may_see(request.user, destination):
        raise Http404("Page not found")
