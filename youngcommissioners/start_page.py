"""What the voice app adds to a signed-in person's start page (portal/accounts/views.py
`start`, through Wagtail's "portal_start_page_panels" hook): a Young Commissioner's groups,
and the safeguarding lead's queue, with how many flagged comments are waiting."""

from dataclasses import dataclass, field

from django.urls import reverse

from portal.accounts.roles import Role, has_role

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
    found = _young_commissioner_panels(request.user)
    if not is_safeguarding_lead(request.user):
        return found
    waiting = SafeguardingAlert.objects.filter(cleared_at__isnull=True).count()
    return found + [
        Panel(
            "Safeguarding",
            [Link(f"Flagged comments waiting for you: {waiting}",
                  reverse("youngcommissioners:safeguarding"), waiting)],
        )
    ]



def _young_commissioner_panels(user) -> list[Panel]:
    if not (user.is_authenticated and has_role(user, Role.YOUNG_COMMISSIONER)):
        return []
    groups = list(user.commissioner_groups.all())
    if not groups:
        return []
    return [
        Panel(
            "Young Commissioners",
            [Link(group.name, reverse("youngcommissioners:group", args=[group.pk]))
             for group in groups]
            + [Link("What happens to what you write", reverse("youngcommissioners:privacy"))],
            "Your group's reviews and recommendations, and where each recommendation is.",
        )
    ]
