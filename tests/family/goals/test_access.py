"""Every goals and saved-services address x every kind of person x GET and POST.

Family (the parents who are current carers, and the young person) reach everything; anyone
else, including a carer whose access ended, a key worker the family has not shared with and a
council officer, gets the same 404 as for a record that does not exist. Anonymous visitors are
sent to sign in.
"""

import uuid

import pytest
from django.core import mail

from portal.accounts.roles import Role
from portal.family.goals.models import Goal, SavedService
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import end_access, make_child, make_parent

from .helpers import make_goal, rate

pytestmark = pytest.mark.django_db

FAMILY = ("parent", "second_carer", "young_person")
OUTSIDERS = ("other_parent", "removed_carer", "key_worker", "officer")
# For a family member: (status for GET, status for an empty POST). An empty form is shown again
# with its errors (200); the email and remove confirmations act at once (302).
ADDRESSES = {
    "goals": ("/family/children/{child}/goals/", 200, 200),
    "goal_new": ("/family/children/{child}/goals/new/", 200, 200),
    "goal": ("/family/children/{child}/goals/{goal}/", 200, 200),
    "goal_edit": ("/family/children/{child}/goals/{goal}/edit/", 200, 200),
    "goal_status": ("/family/children/{child}/goals/{goal}/status/", 200, 200),
    "rating_new": ("/family/children/{child}/goals/{goal}/ratings/new/", 200, 200),
    "saved": ("/family/children/{child}/saved/", 200, 200),
    "saved_print": ("/family/children/{child}/saved/print/", 200, 200),
    "saved_email": ("/family/children/{child}/saved/email/", 200, 302),
    "saved_remove": ("/family/children/{child}/saved/{saved}/remove/", 200, 302),
}


@pytest.fixture
def world():
    parent, second_carer, removed_carer = make_parent(), make_parent(), make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, second_carer, removed_carer, young_person=young_person)
    end_access(child.carers.get(user=removed_carer), by=parent, reason="Court order")
    other_parent = make_parent()
    make_child(other_parent, first_name="Noor")
    goal = make_goal(child, parent)
    rate(goal, parent, performance=3, satisfaction=4)
    # A saved service whose listing has gone: the pages need no Local Offer to be reached.
    saved = SavedService.objects.create(
        child=child, service_id=999_999, service_name="Saturday swimming", saved_by=parent,
        note="Ask about Saturday sessions",
    )
    people = {
        "parent": parent,
        "second_carer": second_carer,
        "young_person": young_person,
        "removed_carer": removed_carer,
        "other_parent": other_parent,
        "key_worker": make_user(Role.KEY_WORKER, organisation=OrganisationFactory(), mfa=True),
        "officer": make_user(Role.OFFICER, organisation=OrganisationFactory(), mfa=True),
    }
    return {"child": child, "goal": goal, "saved": saved, "people": people}


def _path(world, name, child=None, goal=None, saved=None):
    template = ADDRESSES[name][0]
    return template.format(
        child=child or world["child"].pk, goal=goal or world["goal"].pk,
        saved=saved or world["saved"].pk,
    )


@pytest.mark.parametrize("name", ADDRESSES)
@pytest.mark.parametrize("who", FAMILY)
def test_the_family_reaches_every_page(client, world, who, name):
    client.force_login(world["people"][who])
    path = _path(world, name)

    assert client.get(path).status_code == ADDRESSES[name][1]
    assert client.post(path, {}).status_code == ADDRESSES[name][2]


@pytest.mark.parametrize("name", ADDRESSES)
@pytest.mark.parametrize("who", OUTSIDERS)
def test_anyone_else_gets_404_for_every_method_and_changes_nothing(client, world, who, name):
    client.force_login(world["people"][who])
    path = _path(world, name)

    for method in ("get", "post", "put", "delete"):
        assert getattr(client, method)(path).status_code == 404, method
    assert SavedService.objects.filter(pk=world["saved"].pk).exists()
    assert mail.outbox == []


@pytest.mark.parametrize("name", ADDRESSES)
def test_anonymous_visitors_are_sent_to_sign_in(client, world, name):
    path = _path(world, name)

    for response in (client.get(path), client.post(path, {})):
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("name", ["goal", "goal_edit", "goal_status", "rating_new"])
def test_another_familys_goal_under_your_own_child_is_404(client, world, name):
    # Given the other family's goal, asked for through this parent's own child's address
    other_child = world["people"]["other_parent"].carer_accesses.get().child
    other_goal = make_goal(other_child, world["people"]["other_parent"])
    client.force_login(world["people"]["parent"])
    path = _path(world, name, goal=other_goal.pk)

    assert client.get(path).status_code == 404
    assert client.post(path, {"wording": "Hijacked", "status": "stopped"}).status_code == 404
    other_goal.refresh_from_db()
    assert other_goal.wording != "Hijacked" and other_goal.status == "active"


def test_another_familys_saved_service_cannot_be_removed(client, world):
    other_child = world["people"]["other_parent"].carer_accesses.get().child
    theirs = SavedService.objects.create(
        child=other_child, service_id=world["saved"].service_id, service_name="Swimming"
    )
    client.force_login(world["people"]["parent"])

    response = client.post(_path(world, "saved_remove", saved=theirs.pk))

    assert response.status_code == 404
    assert SavedService.objects.filter(pk=theirs.pk).exists()


def test_an_unknown_child_or_goal_is_404(client, world):
    client.force_login(world["people"]["parent"])

    assert client.get(_path(world, "goals", child=uuid.uuid4())).status_code == 404
    assert client.get(_path(world, "goal", goal=uuid.uuid4())).status_code == 404


def test_goal_addresses_use_random_ids():
    assert isinstance(Goal._meta.pk.default(), uuid.UUID)
