from django import template
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from portal.accounts.roles import FAMILY_ROLES, role_names

register = template.Library()


@register.simple_tag(takes_context=True)
def editors_userbar(context, position="bottom-right"):
    """Wagtail's userbar (edit this page, check its accessibility) for the people who edit.

    Wagtail asks the permission tables (two queries) on every page to decide. Families' groups
    are never given the admin (local_offer/moderation.py gives it to officers' and providers'
    groups only), so for someone whose groups are all family roles the answer is known from the
    groups the sign-in check already read: no bar, and no queries on the family's pages.
    """
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return ""
    if not (user.is_staff or user.is_superuser) and role_names(user) <= FAMILY_ROLES:
        return ""
    return wagtailuserbar(context, position)
