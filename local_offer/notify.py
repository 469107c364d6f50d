"""Who hears about a listing, and the one way the Local Offer sends them email.

Freshness reminders, officers' daily summary and problem reports all go through `send`: no
recipients, no email (and no error); links in them are absolute, built by `absolute` and
`edit_url` (the admin page where the listing is edited).
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from portal.accounts.models import User
from portal.accounts.roles import Role


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def edit_url(page, *, full: bool = True) -> str:
    """Where the page is edited in the admin: a full address for email, a path for admin pages."""
    path = reverse("wagtailadmin_pages:edit", args=[page.pk])
    return absolute(path) if full else path


def provider_emails(page) -> list[str]:
    """Where news of a listing goes: the provider's address, the listing's own, and the
    provider's staff with a portal account (they can sign in and update it)."""
    addresses = []
    provider = page.provider
    if provider and provider.email:
        addresses.append(provider.email)
    if page.email:
        addresses.append(page.email)
    if provider and provider.organisation_id:
        addresses += User.objects.filter(
            organisation_id=provider.organisation_id,
            groups__name=str(Role.PROVIDER),
            is_active=True,
        ).values_list("email", flat=True)
    seen, unique = set(), []
    for address in addresses:
        if address.lower() not in seen:
            seen.add(address.lower())
            unique.append(address)
    return unique


def officer_emails() -> list[str]:
    return list(
        User.objects.filter(groups__name=str(Role.OFFICER), is_active=True)
        .order_by("email")
        .values_list("email", flat=True)
        .distinct()
    )


def send(subject: str, template: str, context: dict, recipients: list[str]) -> bool:
    """Send one plain-text email to everyone in `recipients`; False if there was nobody."""
    if not recipients:
        return False
    send_mail(
        subject=subject,
        message=render_to_string(template, context),
        from_email=None,
        recipient_list=recipients,
    )
    return True
