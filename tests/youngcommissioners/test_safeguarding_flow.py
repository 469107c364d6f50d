"""A flagged comment: the lead and deputy hear at once, nobody acknowledges it in two hours so
it goes again with the officer on duty, and the lead clears it and records what they did."""

# Fixtures are imported from support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from youngcommissioners.models import Feedback, SafeguardingAlert, SafeguardingContacts
from youngcommissioners.safeguarding import screen
from youngcommissioners.safeguarding_alerts import escalate_overdue, raise_alert

from .support import _fresh_limits, people  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

RAISED = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
WORRYING = "i wish i wasnt here any more"


def _flagged(text=WORRYING, at=RAISED) -> SafeguardingAlert:
    item = Feedback.objects.create(
        created_at=at, category=Feedback.Category.CONTENT, comments=text,
        status=Feedback.Status.SAFEGUARDING,
    )
    return raise_alert(item, screen(text), now=at)


def test_the_alert_reaches_lead_and_deputy_and_says_nothing_of_the_comment(
    people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        alert = _flagged()

    (email,) = mail.outbox
    assert set(email.to) == {people.lead.email, people.deputy.email}
    assert "wasnt" not in email.body and "here any more" not in email.body
    assert alert.feedback.reference in email.body
    assert reverse("youngcommissioners:alert", args=[alert.pk]) in email.body


def test_with_nobody_named_every_safeguarding_lead_is_alerted(
    people, django_capture_on_commit_callbacks
):
    contacts = SafeguardingContacts.load()
    contacts.lead = contacts.deputy = None
    contacts.save()

    with django_capture_on_commit_callbacks(execute=True):
        _flagged()

    assert set(mail.outbox[0].to) == {
        people.lead.email, people.deputy.email, people.other_lead.email
    }


def test_an_alert_nobody_opens_goes_again_after_two_hours_with_the_officer_on_duty(people):
    alert = _flagged()

    with time_machine.travel(RAISED + timedelta(hours=1, minutes=59), tick=False):
        assert escalate_overdue().alerts == 0
    with time_machine.travel(RAISED + timedelta(hours=2, minutes=1), tick=False):
        result = escalate_overdue()
    with time_machine.travel(RAISED + timedelta(hours=3), tick=False):
        again = escalate_overdue()

    assert result.alerts == 1 and again.alerts == 0
    (email,) = mail.outbox
    assert set(email.to) == {people.lead.email, people.deputy.email, people.officer.email}
    assert "wasnt" not in email.body and alert.feedback.reference in email.body
    alert.refresh_from_db()
    assert alert.escalated_at == RAISED + timedelta(hours=2, minutes=1)


def test_without_an_officer_on_duty_every_officer_is_told(people):
    contacts = SafeguardingContacts.load()
    contacts.officer_on_duty = None
    contacts.save()
    _flagged()

    with time_machine.travel(RAISED + timedelta(hours=3), tick=False):
        escalate_overdue()

    assert {"duty@council.example", "officer2@council.example"} <= set(mail.outbox[0].to)


def test_an_alert_the_lead_has_opened_is_not_sent_again(client, people):
    alert = _flagged()
    client.force_login(people.deputy)

    with time_machine.travel(RAISED + timedelta(minutes=30), tick=False):
        assert client.get(reverse("youngcommissioners:alert", args=[alert.pk])).status_code == 200
    with time_machine.travel(RAISED + timedelta(hours=3), tick=False):
        assert escalate_overdue().alerts == 0

    alert.refresh_from_db()
    assert alert.acknowledged_by == people.deputy


def test_the_command_escalates_and_can_hand_the_work_to_a_worker(people):
    _flagged()
    out = StringIO()

    with time_machine.travel(RAISED + timedelta(hours=2, minutes=5), tick=False):
        call_command("check_safeguarding_alerts", stdout=out)
        call_command("check_safeguarding_alerts", "--enqueue", stdout=out)

    assert "Sent 1 unacknowledged safeguarding alert(s) again to 3 people." in out.getvalue()
    assert "Queued the safeguarding alert check" in out.getvalue()
    assert len(mail.outbox) == 1


def test_the_lead_sees_the_queue_and_nobody_else_does(client, people):
    alert = _flagged()
    queue = reverse("youngcommissioners:safeguarding")
    item = reverse("youngcommissioners:alert", args=[alert.pk])

    client.force_login(people.officer)
    assert client.get(queue).status_code == 404
    assert client.get(item).status_code == 404
    client.force_login(people.lead)
    page = client.get(queue).content.decode()
    assert alert.feedback.reference in page and "Not seen" in page


def test_the_lead_clears_an_item_and_records_the_action(client, people):
    alert = _flagged("this service is killing me with its waiting times")
    url = reverse("youngcommissioners:alert", args=[alert.pk])
    client.force_login(people.lead)

    refused = client.post(url, {"outcome": "released", "action_taken": ""})
    action = "No concern: waiting times."
    cleared = client.post(url, {"outcome": "released", "action_taken": action})

    assert refused.status_code == 400 and "Enter what you did" in refused.content.decode()
    assert cleared.status_code == 302
    alert.refresh_from_db()
    assert alert.cleared_by == people.lead and alert.action_taken == action
    assert alert.feedback.status == Feedback.Status.NEW  # on to officers' moderation


def test_a_withheld_item_is_never_published(client, people):
    alert = _flagged()
    client.force_login(people.lead)

    client.post(
        reverse("youngcommissioners:alert", args=[alert.pk]),
        {"outcome": "withheld", "action_taken": "Referred to children's social care."},
    )

    alert.feedback.refresh_from_db()
    assert alert.feedback.status == Feedback.Status.NOT_PUBLISHED


def test_a_flagged_item_is_not_on_the_public_page(client, people):
    alert = _flagged()
    Feedback.objects.filter(pk=alert.feedback.pk).update(published_comments=WORRYING)

    page = client.get(reverse("youngcommissioners:published")).content.decode()

    assert WORRYING not in page and "No comments have been published yet" in page


def test_the_leads_start_page_counts_what_is_waiting(client, people):
    _flagged()
    _flagged("i want to die")
    client.force_login(people.lead)

    page = client.get("/start/").content.decode()

    assert "Flagged comments waiting for you: 2" in page
    assert reverse("youngcommissioners:safeguarding") in page


def test_the_queue_takes_the_same_queries_however_many_wait(client, people):
    client.force_login(people.lead)
    queue = reverse("youngcommissioners:safeguarding")
    _flagged()
    client.get(queue)  # sessions and settings read once, as on any later visit
    with CaptureQueriesContext(connection) as one:
        client.get(queue)
    for _ in range(14):
        _flagged()

    with CaptureQueriesContext(connection) as fifteen:
        page = client.get(queue).content.decode()

    assert page.count("Not seen") == 15
    assert len(fifteen) <= len(one) <= 20  # no query per alert
