"""Each inviter may send 20 invitations an hour and 100 a day; the next is refused, nothing is
sent, and the form keeps what they typed."""

import re
from datetime import datetime, timedelta
from html import unescape
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail

from portal.accounts import invitations
from portal.accounts.models import Invitation
from portal.accounts.roles import Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
TWO_PM = datetime(2026, 11, 25, 14, 0, tzinfo=LONDON)


def _invite(client, number, organisation):
    return client.post("/invitations/new/", {
        "email": f"person{number}@example.org", "role": str(Role.PROVIDER),
        "organisation": organisation.pk,
    })


def text_of(response) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def _already_sent(inviter, organisation, count, at):
    """Invitations this person sent earlier, written straight to the table to save time."""
    Invitation.objects.bulk_create(
        Invitation(email=f"earlier{n}@example.org", role=str(Role.PROVIDER),
                   organisation=organisation, invited_by=inviter, created_at=at(n),
                   token_hash=invitations.hash_token(f"earlier-{inviter.pk}-{n}"))
        for n in range(count)
    )


def test_the_21st_invitation_in_an_hour_is_refused_and_nothing_is_sent(
    client, officer, provider_org
):
    client.force_login(officer)
    with time_machine.travel(TWO_PM, tick=False):
        # Given an officer sends 20 invitations in an hour, and each one goes
        for number in range(1, 21):
            assert _invite(client, number, provider_org).status_code == 302
        assert len(mail.outbox) == 20
        assert Invitation.objects.count() == 20

        # When they send a 21st
        response = _invite(client, 21, provider_org)

    # Then it is refused with a plain-English reason and when they can send it
    assert response.status_code == 429
    page = text_of(response)
    assert "There is a problem" in page
    assert "You can send up to 20 invitations an hour" in page
    assert "this invitation has not been sent. You can send it from 3pm." in page
    # And nothing was sent or saved
    assert len(mail.outbox) == 20
    assert not Invitation.objects.filter(email="person21@example.org").exists()
    # And the form still holds what they typed
    html = response.content.decode()
    assert 'value="person21@example.org"' in html
    assert re.search(rf'type="radio" value="{Role.PROVIDER}" checked', html)
    assert re.search(rf'<option value="{provider_org.pk}"[^>]*selected', html)


def test_an_hour_after_the_first_of_twenty_they_can_send_again(client, officer, provider_org):
    # Given an officer who sent 20 invitations an hour ago
    _already_sent(officer, provider_org, 20, at=lambda n: TWO_PM)
    client.force_login(officer)
    # When a minute after the hour is up they send another, then it goes
    with time_machine.travel(TWO_PM + timedelta(hours=1, minutes=1), tick=False):
        assert _invite(client, 21, provider_org).status_code == 302
    assert mail.outbox[-1].to == ["person21@example.org"]


def test_the_101st_invitation_in_a_day_is_refused(client, officer, provider_org):
    # Given an officer who sent 100 invitations over the last 20 hours, 5 an hour
    _already_sent(officer, provider_org, 100,
                  at=lambda n: TWO_PM - timedelta(hours=20) + timedelta(hours=n // 5))
    client.force_login(officer)
    # When they send one more
    with time_machine.travel(TWO_PM, tick=False):
        response = _invite(client, 101, provider_org)
    # Then it is refused until the oldest of those is a day old
    assert response.status_code == 429
    assert ("You can send up to 100 invitations a day. You have reached that, so this "
            "invitation has not been sent. You can send it from 6pm.") in text_of(response)
    assert mail.outbox == []


def test_the_allowance_is_per_inviter(client, officer, council, provider_org):
    # Given one officer has used their hour's allowance
    _already_sent(officer, provider_org, 20, at=lambda n: TWO_PM)
    colleague = make_user(Role.OFFICER, organisation=council, mfa=True,
                          email="colleague@example.org")
    # When a colleague sends an invitation in the same hour, then it goes
    client.force_login(colleague)
    with time_machine.travel(TWO_PM + timedelta(minutes=5), tick=False):
        assert _invite(client, 1, provider_org).status_code == 302
    assert mail.outbox[-1].to == ["person1@example.org"]


def test_a_refusal_late_in_the_day_names_the_day_it_ends(officer, provider_org):
    # Given it is 11:30pm and an officer has sent 100 invitations since 3:30am, 5 an hour
    late = datetime(2026, 11, 25, 23, 30, tzinfo=LONDON)
    _already_sent(officer, provider_org, 100,
                  at=lambda n: late - timedelta(hours=20) + timedelta(hours=n // 5))
    # When the limit is checked, then the message names tomorrow's date
    with pytest.raises(invitations.SendingLimitReached, match="from 3:30am on 26 November"):
        invitations.check_sending_limits(officer, now=late)
