"""What sharing adds to a professional's start page and account page: the children shared with
them, and a way to their caseload. Registered as Wagtail hooks in apps.py, so the accounts app
never imports this app."""

from dataclasses import dataclass, field

from django.urls import reverse

from portal.accounts.roles import requires_mfa

from .caseload import caseload_for

MOST_CHILDREN_LISTED = 5


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
    user = request.user
    # Only professionals are given grants (they sign in with a code); a family's own carers
    # reach their children through the family panel.
    if not user.is_authenticated or not requires_mfa(user):
        return []
    entries = caseload_for(user)
    if not entries and audience == "officer":
        return []  # officers reach records through "Find a child's record"
    links = [
        Link(entry.child.full_name, reverse("family:record", args=[entry.child.pk]))
        for entry in entries[:MOST_CHILDREN_LISTED]
    ]
    links.append(Link("Your caseload", reverse("sharing:caseload"), len(entries)))
    return [
        Panel(
            heading="Children shared with you",
            text="Families choose what they share with you and for how long."
            if entries else "No family is sharing a record with you at the moment.",
            links=links,
        )
    ]
