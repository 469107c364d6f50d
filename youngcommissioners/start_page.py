"""What the voice app adds to a signed-in person's start page (portal/accounts/views.py
`start`, through Wagtail's "portal_start_page_panels" hook): the safeguarding lead's queue,
with how many flagged comments are waiting."""

from dataclasses import dataclass, field

from django.urls import reverse

from .models import SafeguardingAlert
from .policy import is_safeguarding_lead


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    count: int | None = None


@dataclass(frozen=True)
class Panel:
    heading: str
    links: list[Link] = field(default_factory=list)
    text: str = ""


def panels(request, audience: str) -> list[Panel]:
    if not is_safeguarding_lead(request.user):
        return []
    waiting = SafeguardingAlert.objects.filter(cleared_at__isnull=True).count()
    return [
        Panel(
            "Safeguarding",
            [Link(f"Flagged comments waiting for you: {waiting}",
                  reverse("youngcommissioners:safeguarding"), waiting)],
        )
    ]

