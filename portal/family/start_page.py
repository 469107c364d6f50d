"""What the family record adds to a signed-in person's start page and account page: a way to
their children (or, for an officer, to find a record). Registered as Wagtail hooks in apps.py,
so the accounts app never imports this app."""

from dataclasses import dataclass, field

from django.urls import reverse

from portal.accounts.roles import Role, has_role

from .policy import children_for

MOST_CHILDREN_LISTED = 5


@dataclass(frozen=True)
class Link:
    text: str
    url: str


@dataclass(frozen=True)
class Panel:
    heading: str
    links: list[Link] = field(default_factory=list)
    text: str = ""


def panels(request, audience: str) -> list[Panel]:
    user = request.user
    if audience == "officer":
        return [
            Panel(
                heading="Family records",
                text="End a carer's access to a child's record after a court order, or when a "
                "child becomes looked after.",
                links=[Link("Find a child's record", reverse("family:find_record"))],
            )
        ]
    if audience != "family" or not has_role(user, Role.PARENT, Role.YOUNG_PERSON):
        return []
    children = list(children_for(user).order_by("first_name", "last_name")[:MOST_CHILDREN_LISTED])
    if not children and not has_role(user, Role.PARENT):
        return []  # a young person whose record nobody has started yet
    links = [Link(child.full_name, reverse("family:record", args=[child.pk])) for child in children]
    if children:
        links.append(Link("See all your children", reverse("family:children")))
    else:
        links.append(Link("Add your child", reverse("family:child_new")))
    if not has_role(user, Role.PARENT):
        return [Panel(heading="Your record", links=links[:-1])]  # a young person's own
    return [
        Panel(
            heading="Your children",
            text=(
                "Keep your child's profile, needs, plan, goals and documents in one place that "
                "only you and the people you choose can see."
            ),
            links=links,
        )
    ]
