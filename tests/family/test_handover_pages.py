"""The handover pages: the carers invite the young person to take over (the family invitation's
link, limits and 7 days), the young person accepts or takes over themself; wrong account,
expired and used links are refused, and nothing is sent or changed before the prompt starts."""

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from portal.accounts.roles import Role, has_role
from portal.family import carers
from portal.family.models import Child, RecordInvitation
from tests.factories import make_user

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db

BORN = date(2011, 8, 31)  # asked from 1 January 2027, theirs from 1 September 2027
LONDON = ZoneInfo("Europe/London")


def at(day: date):
    return time_machine.travel(datetime(day.year, day.month, day.day, 12, tzinfo=LONDON),
                               tick=False)


@pytest.fixture
def parent():
    return make_parent(display_name="Sam Okafor")


@pytest.fixture
def child(parent):
    return make_child(parent, first_name="Jordan", date_of_birth=BORN)


def invite(client, child, email="jordan@example.org"):
    response = client.post(f"/family/children/{child.pk}/handover/invite/", {"email": email})
    assert response.status_code == 302, response.content.decode()
    return re.search(r"http://testserver(/family/invitations/\S+/)", mail.outbox[-1].body)[1]


def test_before_the_prompt_the_page_says_when_and_no_invitation_can_be_sent(client, parent,
                                                                            child):
    with at(date(2026, 12, 31)):
        client.force_login(parent)
        page = client.get(f"/family/children/{child.pk}/handover/").content.decode()
        assert "1 January 2027" in page and "1 September 2027" in page
        assert "Invite Jordan to take over" not in page
        response = client.post(
            f"/family/children/{child.pk}/handover/invite/", {"email": "jordan@example.org"}
        )
    assert response.status_code == 200
    assert "Jordan can take over the record from 1 January 2027" in response.content.decode()
    assert mail.outbox == [] and not RecordInvitation.objects.exists()


def test_the_young_person_accepts_and_holds_the_record_from_the_day_rights_pass(
    client, parent, child
):
    with at(date(2027, 3, 1)):
        client.force_login(parent)
        page = client.get(f"/family/children/{child.pk}/handover/").content.decode()
        assert "Invite Jordan to take over" in page
        link = invite(client, child)
        email = mail.outbox[-1]
        assert "take over your own record" in email.body
        assert "Jordan" not in email.body and "Jordan" not in email.subject

        jordan = make_user(email="jordan@example.org", display_name="Jordan Okafor")
        client.force_login(jordan)
        accept_page = client.get(link).content.decode()
        assert "Take over your own record" in accept_page
        assert client.post(link)["Location"] == f"/family/children/{child.pk}/"
        child.refresh_from_db()
        assert child.young_person == jordan and child.taken_over_at is not None
        assert has_role(jordan, Role.YOUNG_PERSON)
        status = client.get(f"/family/children/{child.pk}/handover/").content.decode()
        assert "It is yours from 1 September 2027" in status
        # The link worked once.
        assert client.post(link).status_code == 410


def test_a_link_for_another_address_expired_or_used_is_refused(client, parent, child):
    with at(date(2027, 3, 1)):
        client.force_login(parent)
        link = invite(client, child)
        stranger = make_user()
        client.force_login(stranger)
        assert client.get(link).status_code == 403
        assert client.post(link).status_code == 409
        assert Child.objects.get(pk=child.pk).young_person is None

        RecordInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
        jordan = make_user(email="jordan@example.org")
        client.force_login(jordan)
        assert "has expired" in client.get(link).content.decode()
        assert client.post(link).status_code == 410
        assert Child.objects.get(pk=child.pk).taken_over_at is None


def test_a_linked_young_person_takes_over_from_their_own_page(client, parent, child):
    jordan = make_user(Role.YOUNG_PERSON, display_name="Jordan Okafor")
    Child.objects.filter(pk=child.pk).update(young_person=jordan)
    with at(date(2026, 12, 1)):
        client.force_login(jordan)
        early = client.post(f"/family/children/{child.pk}/handover/take-over/")
        assert early.status_code == 200
        assert "from 1 January 2027" in early.content.decode()
        assert Child.objects.get(pk=child.pk).taken_over_at is None
    with at(date(2027, 9, 1)):
        client.force_login(jordan)
        page = client.get(f"/family/children/{child.pk}/handover/").content.decode()
        assert "Take over my record" in page
        response = client.post(f"/family/children/{child.pk}/handover/take-over/")
        assert response.status_code == 302
        assert Child.objects.get(pk=child.pk).taken_over_at is not None


def test_take_over_invitations_share_the_family_allowance(client, parent, child):
    with at(date(2027, 3, 1)):
        client.force_login(parent)
        for number in range(carers.SENDING_LIMITS[0][1]):
            client.post(
                f"/family/children/{child.pk}/carers/invite/",
                {"email": f"person{number}@example.org", "invited_as": "carer"},
            )
        response = client.post(
            f"/family/children/{child.pk}/handover/invite/", {"email": "jordan@example.org"}
        )
    assert response.status_code == 429
    assert "You can send up to 5 invitations an hour" in response.content.decode()
    assert RecordInvitation.objects.filter(invited_as="take_over").count() == 0


def test_a_bad_address_keeps_the_page_and_says_what_to_fix(client, parent, child):
    with at(date(2027, 3, 1)):
        client.force_login(parent)
        response = client.post(
            f"/family/children/{child.pk}/handover/invite/", {"email": "not an address"}
        )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter an email address in the correct format" in html
    assert 'value="not an address"' in html


def test_the_record_page_and_the_home_page_prompt_the_carers_in_the_window(client, parent,
                                                                          child):
    with at(date(2026, 12, 31)):
        client.force_login(parent)
        assert "can take over" not in client.get(f"/family/children/{child.pk}/").content.decode()
        assert "can take over" not in client.get("/family/").content.decode()
    with at(date(2027, 1, 1)):
        client.force_login(parent)
        record = client.get(f"/family/children/{child.pk}/").content.decode()
        assert "Jordan can take over this record from 1 September 2027" in record
        assert f"/family/children/{child.pk}/handover/" in record
        home = client.get("/family/").content.decode()
        assert "Jordan can take over their record from 1 September 2027" in home
    with at(date(2027, 9, 1)):
        client.force_login(parent)
        record = client.get(f"/family/children/{child.pk}/").content.decode()
        assert "Jordan can now take over this record" in record


def test_the_home_page_shows_what_happened_in_the_records_lately(client, parent, child):
    from portal.family.models import FamilyNotice

    FamilyNotice.objects.create(child=child, text="Hannah Price added a rating to goals",
                                url=f"/family/children/{child.pk}/goals/")
    other = make_child(make_parent(), first_name="Zed")
    FamilyNotice.objects.create(child=other, text="Someone added a document to Zed's record")
    client.force_login(parent)
    home = client.get("/family/").content.decode()
    assert "Hannah Price added a rating to goals" in home
    assert "Zed" not in home
