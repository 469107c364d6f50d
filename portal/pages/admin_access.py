"""Which pages a person may see named in the editing area, decided in one place.

Wagtail's page choosers and move screens list every page in the tree, drafts included, so a
provider could read another provider's unpublished titles. Officers (and superusers) see the
whole tree; everyone else sees live pages and the pages they may edit.
"""

from django.db.models import Q
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.accounts.policy import is_officer


def sees_whole_tree(user) -> bool:
    return is_officer(user)


def visible_pages(user, pages=None):
    """`pages` (all pages by default) cut down to what `user` may see named in the admin."""
    pages = Page.objects.all() if pages is None else pages
    if sees_whole_tree(user):
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(Q(live=True) | Q(pk__in=editable.values("pk")))


def may_see(user, page) -> bool:
    return visible_pages(user, Page.objects.filter(pk=page.pk)).exists()
