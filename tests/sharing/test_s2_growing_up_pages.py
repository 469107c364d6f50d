"""The sharing app's growing-up pages: the young person's "what should your parents keep
seeing" (grants to each carer, from the day rights pass) and the officer's record of a capacity
decision (history kept, reversible, written in the family's log)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from portal.accounts.roles import Role
from portal.family import handover
from portal.family.models import CapacityDecision, Child
from portal.sharing.models import AccessLog, Grant
from tests.factories import make_user

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db

BORN = date(2011, 8, 31)  # theirs from 1 September 2027
LONDON = ZoneInfo("Europe/London")


def at(day: date):
    return time_machine.travel(datetime(day.year, day.month, day.day, 12, tzinfo=LONDON),
                               tick=False)


@pytest.fixture
def family():
    mum = make_parent(display_name="Sam Okafor")
    dad = make_parent(display_name="Tunde Okafor")
    jordan = make_user(Role.YOUNG_PERSON, display_name="Jordan Okafor")
    child = make_child(mum, dad, first_name="Jordan", young_person=jordan, date_of_birth=BORN)
    return mum, dad, jordan, child


def keep_seeing(child):
    return f"/sharing/children/{child.pk}/keep-seeing/"


def field(child, user):
    return f"carer_{child.carers.get(user=user).public_id.hex}"


def test_the_young_person_chooses_what_each_parent_keeps_seeing(client, family):
    mum, dad, jordan, child = family
    with at(date(2027, 3, 1)):
        handover.take_over(child, jordan)
        client.force_login(jordan)
        page = client.get(keep_seeing(child)).content.decode()
        assert "What should Sam Okafor (Parent) keep seeing?" in page
        assert "Your record is yours from 1 September 2027" in page
        response = client.post(keep_seeing(child), {field(child, mum): ["profile", "goals"]})
        assert response.status_code == 302
    grant = Grant.objects.get()
    assert grant.grantee_user == mum and grant.to_family_member
    assert set(grant.permission_pairs()) == {("profile", "view"), ("goals", "view")}
    assert grant.first_day == date(2027, 9, 1)  # until then the carers hold the record
    with at(date(2027, 9, 2)):
        client.force_login(mum)
        assert client.get(f"/family/children/{child.pk}/profile/").status_code == 200
        assert client.get(f"/family/children/{child.pk}/needs/").status_code == 404
        client.force_login(dad)
        assert client.get(f"/family/children/{child.pk}/profile/").status_code == 404
        # Changing their mind: nothing for mum now.
        client.force_login(jordan)
        page = client.get(keep_seeing(child)).content.decode()
        assert 'value="profile" checked' in page or "checked" in page
        client.post(keep_seeing(child), {field(child, mum): []})
        client.force_login(mum)
        assert client.get(f"/family/children/{child.pk}/profile/").status_code == 404
    assert Grant.objects.get().revoked_at is not None


def test_only_the_young_person_who_took_over_reaches_the_page(client, family):
    mum, _, jordan, child = family
    with at(date(2027, 3, 1)):
        client.force_login(jordan)
        assert client.get(keep_seeing(child)).status_code == 404  # not taken over yet
        handover.take_over(child, jordan)
        assert client.get(keep_seeing(child)).status_code == 200
        for person in (mum, make_parent(), make_user(Role.OFFICER, mfa=True)):
            client.force_login(person)
            assert client.get(keep_seeing(child)).status_code == 404
            assert client.post(keep_seeing(child)).status_code == 404


def capacity(child):
    return f"/sharing/children/{child.pk}/capacity/"


def test_an_officer_records_a_decision_and_its_reversal(client, family):
    mum, _, jordan, child = family
    officer = make_user(Role.OFFICER, mfa=True, display_name="Olu Officer")
    with at(date(2027, 9, 2)):
        client.force_login(officer)
        assert "No decision has been recorded" in client.get(capacity(child)).content.decode()
        response = client.post(capacity(child), {
            "outcome": "lacks", "decided_on_0": "1", "decided_on_1": "9", "decided_on_2": "2027",
            "representative_email": mum.email, "representative_kind": "parent",
            "reference": "COP 12345",
        })
        assert response.status_code == 302
        fresh = Child.objects.get(pk=child.pk)
        assert handover.holding_of(fresh).representative_id == mum.pk
        page = client.get(capacity(child)).content.decode()
        assert "Sam Okafor acts for them (a parent)" in page and "by Olu Officer" in page
    with at(date(2028, 1, 5)):
        client.force_login(officer)
        client.post(capacity(child), {
            "outcome": "has", "decided_on_0": "5", "decided_on_1": "1", "decided_on_2": "2028",
        })
        assert handover.holding_of(Child.objects.get(pk=child.pk)).holder == "carers"
        page = client.get(capacity(child)).content.decode()
        assert "Decides for themself" in page and "Sam Okafor acts for them" in page
    assert CapacityDecision.objects.count() == 2
    assert AccessLog.objects.filter(child=child, section="carers").count() >= 4


def test_a_bad_decision_keeps_what_was_typed_and_says_what_to_fix(client, family):
    _, _, _, child = family
    officer = make_user(Role.OFFICER, mfa=True)
    client.force_login(officer)
    response = client.post(capacity(child), {
        "outcome": "lacks", "decided_on_0": "1", "decided_on_1": "9", "decided_on_2": "2027",
        "representative_email": "nobody@example.org", "reference": "COP 1",
    })
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is no account with that email address" in html
    assert "Choose a parent or a deputy" in html
    assert 'value="COP 1"' in html
    assert not CapacityDecision.objects.exists()


def test_nobody_but_an_officer_reaches_the_capacity_page(client, family):
    mum, _, jordan, child = family
    for person in (mum, jordan, make_user(Role.KEY_WORKER, mfa=True)):
        client.force_login(person)
        assert client.get(capacity(child)).status_code == 404
        assert client.post(capacity(child)).status_code == 404
