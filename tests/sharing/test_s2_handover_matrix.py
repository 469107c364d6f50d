"""Every address of the family, goals, documents and sharing apps for the people growing up
changes: the young person before and after they hold the record, and a parent after it with a
grant (the profile) and without one -> the status for GET and POST. Built on the sharing
matrix's world, rows and rules (test_sharing_matrix.py), so a new address is covered here too.
"""

from datetime import date

import pytest
from django.db import transaction
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.models import Child
from portal.family.policy import Action, Section
from portal.sharing.grants import create_grant
from tests.clients import PortalClient
from tests.factories import make_user

from . import test_sharing_matrix as matrix
from .test_sharing_matrix import world  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

# Pages for everyone signed in, or for parents (starting a record): the same for all here.
FOR_ANYONE = {"family:children": (200, 405), "sharing:caseload": (200, 405)}
FOR_PARENTS = {"family:child_new": (200, 200)}


def young_person(name, method, *, holds: bool):
    """What the young person gets: what the carer gets in the sharing matrix, except where
    being the young person (not a parent) or holding the record changes it."""
    post = method == "post"
    if name == "family:child_new" or name == "family:find_record":
        return 404
    if name == "family:handover_invite":
        return 404  # carers invite; the young person takes over
    if name == "family:handover_take_over":
        return 200 if (holds or not post) else 302
    if name == "sharing:keep_seeing":
        return (302 if post else 200) if holds else 404
    if name == "family:carer_end" and not holds:
        return 404  # not until the record is theirs
    if name in ("sharing:officer_grants", "sharing:capacity"):
        return 404
    return matrix.expected(name, "carer", method)


def parent_after(name, method, *, granted: bool):
    if name in FOR_ANYONE:
        return FOR_ANYONE[name][method == "post"]
    if name in FOR_PARENTS:
        return FOR_PARENTS[name][method == "post"]
    if not granted or name not in matrix.ROUTES:
        return 404
    section, get_action, post_action, get_status, post_status = matrix.ROUTES[name]
    action, status = (get_action, get_status) if method == "get" else (post_action, post_status)
    if section == Section.RECORD:
        return status
    return status if (section, action) == (Section.PROFILE, Action.VIEW) else 404


def check(people_rules, ids):
    wrong = []
    for name in sorted(matrix._names("family") | matrix._names("family_goals")
                       | matrix._names("family_documents") | matrix._names("sharing")):
        url = matrix.url_for(name, ids)
        for method in ("get", "post"):
            for label, (person, rule) in people_rules.items():
                client = PortalClient()
                client.force_login(person)
                with transaction.atomic():
                    response = getattr(client, method)(url)
                    transaction.set_rollback(True)
                want = rule(name, method)
                if response.status_code != want:
                    wrong.append(f"{name} {label} {method.upper()}: {response.status_code}, "
                                 f"not {want}")
    return wrong


@pytest.fixture
def growing_up(world):  # noqa: F811
    people, ids = world
    child = Child.objects.get(pk=ids["child_id"])
    jordan = make_user(Role.YOUNG_PERSON, display_name="Jordan")
    today = timezone.localdate()
    # 17 this school year: his rights have passed.
    born = date(today.year - 17, 12, 31) if today.month >= 9 else date(today.year - 17, 6, 30)
    Child.objects.filter(pk=child.pk).update(young_person=jordan, date_of_birth=born)
    return people, ids, child, jordan


def test_before_holding_it_the_young_person_sees_the_family_pages(growing_up):
    people, ids, _, jordan = growing_up
    rules = {"young person before": (
        jordan, lambda name, method: young_person(name, method, holds=False)
    )}
    assert check(rules, ids) == []


def test_after_the_handover_parents_reach_only_what_the_young_person_grants(growing_up):
    people, ids, child, jordan = growing_up
    Child.objects.filter(pk=child.pk).update(taken_over_at=timezone.now())
    carer = people["carer"]
    create_grant(child=child, granted_by=jordan, sections=[Section.PROFILE],
                 purpose="Mum keeps the profile", grantee_user=carer, to_family_member=True)
    second = child.carers.get(public_id=ids["access_id"]).user
    rules = {
        "young person after": (
            jordan, lambda name, method: young_person(name, method, holds=True)),
        "parent with a grant": (
            carer, lambda name, method: parent_after(name, method, granted=True)),
        "parent without a grant": (
            second, lambda name, method: parent_after(name, method, granted=False)),
    }
    assert check(rules, ids) == []
