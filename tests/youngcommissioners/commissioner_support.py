"""A Young Commissioners group with three members, an officer, criteria and a service."""

from dataclasses import dataclass

from portal.accounts.roles import Role
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.local_offer.page_support import build_page_tree
from youngcommissioners.models import CommissionerGroup, Criterion, Membership, Project


@dataclass
class Cast:
    group: object
    other_group: object
    members: list
    outsider: object
    officer: object
    criteria: list
    service: object
    tree: object


def make_cast() -> Cast:
    council = OrganisationFactory(name="Riverside Council", kind="council")
    officer = make_user(Role.OFFICER, organisation=council, mfa=True, email="yc-officer@x.example")
    members = [
        make_user(Role.YOUNG_COMMISSIONER, email=f"member{i}@x.example", display_name=f"Member {i}")
        for i in range(3)
    ]
    outsider = make_user(Role.YOUNG_COMMISSIONER, email="outsider@x.example",
                         display_name="Outsider Olu")
    group = CommissionerGroup.objects.create(name="Riverside YC", supporting_officer=officer)
    other = CommissionerGroup.objects.create(name="Hillside YC")
    for member in members:
        Membership.objects.create(group=group, user=member)
    Membership.objects.create(group=other, user=outsider)
    Project.objects.create(group=group, title="Review short breaks for 14-19s")
    criteria = [Criterion.objects.create(group=group, text=t, position=i)
                for i, t in enumerate(["Easy to get to", "Staff listen to me"])]
    tree = build_page_tree()
    return Cast(group, other, members, outsider, officer, criteria, tree.service, tree)


def signed_in(user) -> PortalClient:
    client = PortalClient()
    client.force_login(user)
    return client
