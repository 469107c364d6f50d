"""Who reaches the record before and after the young person holds it, and when a representative
acts for them: carers keep everything until the day rights pass; after it, only what the young
person grants them (a 404 without a grant); the young person may end a carer's access; a young
person a representative acts for sees their record but does not decide who else does."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from portal.accounts.roles import Role
from portal.family import handover, policy
from portal.family.models import CapacityDecision, Child
from portal.family.policy import Action, Section
from portal.sharing.grants import create_grant
from tests.factories import make_user

from .helpers import add_carer, make_child, make_parent

pytestmark = pytest.mark.django_db

BORN = date(2011, 8, 31)  # asked from 1 January 2027, theirs from 1 September 2027
LONDON = ZoneInfo("Europe/London")
ACCEPTED = date(2027, 3, 1)
LAST_DAY = date(2027, 8, 31)
RIGHTS = date(2027, 9, 1)


def at(day: date):
    return time_machine.travel(datetime(day.year, day.month, day.day, 12, tzinfo=LONDON),
                               tick=False)


@pytest.fixture
def family():
    mum, dad = make_parent(display_name="Sam Okafor"), make_parent(display_name="Tunde Okafor")
    jordan = make_user(Role.YOUNG_PERSON, display_name="Jordan Okafor")
    child = make_child(mum, dad, first_name="Jordan", young_person=jordan, date_of_birth=BORN)
    with at(ACCEPTED):
        handover.take_over(child, jordan)
    return mum, dad, jordan, Child.objects.get(pk=child.pk)


def record(child, page=""):
    return f"/family/children/{child.pk}/{page}"


@pytest.mark.parametrize(("today", "parent_sees"), [(ACCEPTED, True), (LAST_DAY, True),
                                                    (RIGHTS, False), (date(2028, 1, 1), False)])
def test_carers_keep_the_record_until_rights_pass_then_get_a_404(client, family, today,
                                                                parent_sees):
    mum, _, jordan, child = family
    with at(today):
        client.force_login(mum)
        expected = 200 if parent_sees else 404
        for page in ("", "profile/", "needs/", "carers/", "handover/"):
            assert client.get(record(child, page)).status_code == expected, page
        assert client.post(record(child, "notes/"), {"text": "Hello"}).status_code == (
            302 if parent_sees else 404
        )
        listed = "Jordan Okafor" in client.get("/family/").content.decode()
        assert listed == parent_sees
        client.force_login(jordan)
        assert client.get(record(child)).status_code == 200


def test_a_parent_with_a_grant_sees_only_the_granted_sections(client, family):
    mum, dad, jordan, child = family
    with at(RIGHTS):
        create_grant(
            child=child, granted_by=jordan, sections=[Section.PROFILE], purpose="My mum",
            grantee_user=mum, to_family_member=True,
        )
        client.force_login(mum)
        assert client.get(record(child)).status_code == 200
        assert client.get(record(child, "profile/")).status_code == 200
        for page in ("needs/", "plan/", "notes/", "carers/", "profile/edit/", "handover/"):
            assert client.get(record(child, page)).status_code == 404, page
        # Sharing is the young person's now; the other parent has nothing.
        assert not policy.may_share(mum, child)
        client.force_login(dad)
        assert client.get(record(child, "profile/")).status_code == 404


def test_the_young_person_who_holds_the_record_may_end_a_carers_access(client, family):
    mum, dad, jordan, child = family
    with at(LAST_DAY):
        access = child.carers.get(user=dad)
        assert not policy.may_end_access(jordan, access)
    with at(RIGHTS):
        child = Child.objects.get(pk=child.pk)
        access = child.carers.get(user=dad)
        access.child = child
        assert policy.may_end_access(jordan, access)
        assert not policy.may_end_access(mum, access)
        client.force_login(jordan)
        response = client.post(
            record(child, f"carers/{access.public_id}/end/"), {"reason": "other"}
        )
        assert response.status_code in (200, 302)


def test_a_representative_acts_for_the_young_person_and_a_reversal_hands_it_back(client):
    mum, dad = make_parent(), make_parent()
    jordan = make_user(Role.YOUNG_PERSON)
    deputy = make_user(display_name="Pat Deputy")
    officer = make_user(Role.OFFICER, mfa=True)
    child = make_child(mum, dad, first_name="Jordan", young_person=jordan, date_of_birth=BORN)
    with at(LAST_DAY):
        handover.record_capacity_decision(
            child, by=officer, lacks_capacity=True, decided_on=LAST_DAY, representative=deputy,
            representative_kind=CapacityDecision.Representative.DEPUTY,
        )
        client.force_login(deputy)
        assert client.get(record(child)).status_code == 404  # not before rights pass
    with at(RIGHTS):
        fresh = Child.objects.get(pk=child.pk)
        client.force_login(deputy)
        assert client.get(record(child, "profile/")).status_code == 200
        assert policy.may_share(deputy, fresh)
        assert "Jordan" in client.get("/family/").content.decode()
        client.force_login(mum)
        assert client.get(record(child)).status_code == 404
        client.force_login(jordan)
        assert client.get(record(child, "profile/")).status_code == 200
        assert not policy.may_share(jordan, fresh)
        assert not policy.may(jordan, fresh, Section.CARERS, Action.MANAGE)
    with at(date(2028, 1, 10)):
        handover.record_capacity_decision(
            child, by=officer, lacks_capacity=False, decided_on=date(2028, 1, 10),
        )
        client.force_login(deputy)
        assert client.get(record(child)).status_code == 404
        client.force_login(mum)
        assert client.get(record(child)).status_code == 200  # until Jordan takes it over


def test_the_record_page_costs_the_same_number_of_queries_after_handover(
    client, family, django_assert_max_num_queries
):
    _, _, jordan, child = family
    with at(RIGHTS):
        client.force_login(jordan)
        client.get(record(child))
        with django_assert_max_num_queries(20):
            assert client.get(record(child)).status_code == 200


def test_a_carer_added_after_the_handover_still_needs_a_grant(client, family):
    mum, _, jordan, child = family
    gran = make_parent()
    with at(RIGHTS):
        add_carer(child, gran, added_by=mum)
        client.force_login(gran)
        assert client.get(record(child)).status_code == 404


def test_the_home_page_costs_the_same_for_one_child_in_the_prompt_or_six(
    client, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    mum = make_parent()
    make_child(mum, first_name="Kai", date_of_birth=BORN)

    def count():
        with at(ACCEPTED):
            client.force_login(mum)
            client.get("/family/")
            with CaptureQueriesContext(connection) as queries:
                page = client.get("/family/").content.decode()
        return len(queries.captured_queries), page

    one, page = count()
    assert "Kai can take over their record from 1 September 2027" in page
    for number in range(5):
        make_child(mum, first_name=f"Child{number}", date_of_birth=BORN)
    six, page = count()
    assert page.count("can take over their record") == 6
    assert six <= one <= 12  # nothing more per child
