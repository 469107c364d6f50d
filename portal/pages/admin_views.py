"""Wagtail admin views replaced where their own checks let people see too much. Each is
routed in portal/urls.py at Wagtail's own address, ahead of Wagtail's admin URLs."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.http import Http404
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.chooser import BrowseView
from wagtail.admin.views.reports.audit_logging import (
    LogEntriesView,
    SiteHistoryReportFilterSet,
)
from wagtail.snippets.views.chooser import SnippetChooserViewSet

from portal.accounts.policy import is_officer

from .admin_access import sees_whole_tree, visible_pages


class PageChooserBrowseView(BrowseView):
    """The page chooser's "browse" step names the page being browsed: only for a page the
    person may see (the listed children are cut down by the chooser hook)."""

    def get(self, request, parent_page_id=None):
        if parent_page_id is not None and not (
            visible_pages(request.user).filter(pk=parent_page_id).exists()
        ):
            raise Http404("Page not found")
        return super().get(request, parent_page_id)


class OwnNameOnlyFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        # Wagtail lists everyone who appears in the entries this person can see: for a
        # provider, that is the names of council staff and other providers' editors.
        if sees_whole_tree(self.request.user):
            return super().get_users_queryset()
        return get_user_model().objects.filter(pk=self.request.user.pk)


class SiteHistoryView(LogEntriesView):
    filterset_class = OwnNameOnlyFilterSet


page_chooser_browse = require_admin_access(PageChooserBrowseView.as_view())
site_history = require_admin_access(SiteHistoryView.as_view())
site_history_results = require_admin_access(SiteHistoryView.as_view(results_only=True))


def _officers_only(view):
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not is_officer(request.user):
            raise Http404("Page not found")
        return view(request, *args, **kwargs)

    return wrapped


class OfficersOnlyChooserViewSet(SnippetChooserViewSet):
    """A snippet chooser that only officers may open (Wagtail's lets anyone with admin access
    list every object). For snippets only officers should read, such as problem reports."""

    def get_urlpatterns(self):
        return [
            path(str(pattern.pattern), _officers_only(pattern.callback), name=pattern.name)
            for pattern in super().get_urlpatterns()
        ]


class OfficersOnlyMenuItem(MenuItem):
    """An admin menu entry (a report) shown only to officers; its view checks the same rule."""

    def is_shown(self, request):
        return is_officer(request.user)
