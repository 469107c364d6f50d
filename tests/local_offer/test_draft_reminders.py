"""A draft a provider saved and never sent to the council: one reminder email per version,
DRAFT_REMINDER_DAYS after it was saved, from the daily command (issue 11, item 5)."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import PageLogEntry

from local_offer.draft_reminders import (
    DRAFT_REMINDER_DAYS,
    REMINDER_ACTION,
    send_draft_reminders,
)
from local_offer.models import Provider, ServiceIndexPage, ServicePage

from .moderation_support import (  # noqa: F401 (fixtures)
    officer,
    speech_staff,
    tree,
)

LONDON = ZoneInfo("Europe/London")
SAVED_ON = date(2030, 3, 2)  # after the tree was built and checked (today)
DUE_ON = date(2030, 3, 5)  # three days later


def at(day: date):
    """Freeze the clock at noon London time on that day."""
    return time_machine.travel(datetime.combine(day, time(12), tzinfo=LONDON), tick=False)


def save_draft(page, user, **changes) -> ServicePage:
    """What "Save draft" does: a new revision, nothing live changes."""
    page = ServicePage.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision(user=user)
    return ServicePage.objects.get(pk=page.pk)


def reminders_to(address: str) -> list:
    """Draft reminders only: in 2030 the same daily run also asks if listings are accurate."""
    return [
        message
        for message in mail.outbox
        if address in message.to and "not with the council" in message.subject
    ]


@pytest.fixture
def draft(tree, speech_staff):
    """The speech provider changed its live listing on SAVED_ON and only saved it."""
    with at(SAVED_ON):
        return save_draft(tree.speech_listing, speech_staff, summary="Now on Saturdays too.")


def test_the_provider_is_reminded_once_about_a_draft_never_sent(draft, speech_staff):
    mail.outbox.clear()

    # Nothing before the draft has waited its days
    with at(date(2030, 3, 4)):
        assert send_draft_reminders().sent == []

    # On the day it is due: one email to the provider, saying what to do
    with at(DUE_ON):
        result = send_draft_reminders()
    assert result.sent == [draft.title]
    [email] = reminders_to(speech_staff.email)
    assert draft.title in email.subject
    assert "2 March 2030" in email.body
    assert "Families still see the old version" in email.body
    assert 'choose "Submit to Council moderation"' in email.body
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in email.body
    assert reverse("local_offer:your_listings") in email.body

    # And never again about the same version, however often the job runs
    mail.outbox.clear()
    with at(date(2030, 3, 6)):
        assert send_draft_reminders().sent == []
    with at(date(2030, 4, 6)):
        assert send_draft_reminders().sent == []
    assert mail.outbox == []


def test_the_reminder_is_in_the_listings_history(draft):
    with at(DUE_ON):
        send_draft_reminders()

    entry = PageLogEntry.objects.get(page_id=draft.pk, action=REMINDER_ACTION)
    assert entry.revision_id == draft.latest_revision_id
    assert "hello@speech.example" in entry.data["sent_to"]


def test_saving_again_starts_the_count_again(draft, speech_staff):
    with at(DUE_ON):
        send_draft_reminders()
    with at(date(2030, 3, 10)):
        save_draft(draft, speech_staff, summary="Now on Saturdays and Sundays.")
    mail.outbox.clear()

    with at(date(2030, 3, 12)):
        assert send_draft_reminders().sent == []
    with at(date(2030, 3, 13)):
        assert send_draft_reminders().sent == [draft.title]


def test_a_new_listing_never_sent_is_reminded_too(tree, speech_staff):
    folder = ServiceIndexPage.objects.get(provider=tree.speech)
    with at(SAVED_ON):
        listing = ServicePage(title="Saturday sensory club", summary="A quiet club.",
                              provider=tree.speech, live=False)
        folder.add_child(instance=listing)
        listing.save_revision(user=speech_staff)

    with at(DUE_ON):
        assert send_draft_reminders().sent == ["Saturday sensory club"]
    assert "Families cannot see this listing yet" in reminders_to(speech_staff.email)[0].body


def test_a_draft_sent_to_the_council_or_sent_back_is_not_reminded(draft, speech_staff, officer):
    workflow_state = draft.get_workflow().start(draft, speech_staff)
    with at(DUE_ON):
        assert send_draft_reminders().sent == []

    # The officer asks for changes: the provider already knows from the officer
    workflow_state.current_task_state.reject(user=officer, comment="Add times.")
    with at(DUE_ON):
        assert send_draft_reminders().sent == []


def test_an_officers_own_draft_is_not_the_providers_to_send(tree, officer):
    with at(SAVED_ON):
        save_draft(tree.speech_listing, officer, summary="An officer's edit.")

    with at(DUE_ON):
        assert send_draft_reminders().sent == []


def test_a_draft_with_nobody_to_tell_is_counted_and_tried_again(tree, speech_staff):
    # Given a provider with no email address and nobody with an account
    silent = Provider.objects.create(name="Silent Ltd")
    with at(SAVED_ON):
        listing = ServicePage(
            title="Orphan listing", summary="Nobody to tell.", provider=silent, live=False
        )
        tree.services.add_child(instance=listing)
        listing.save_revision(user=speech_staff)

    with at(DUE_ON):
        result = send_draft_reminders()

    assert result.no_address == ["Orphan listing"]
    assert not PageLogEntry.objects.filter(page_id=listing.pk, action=REMINDER_ACTION).exists()
    with at(date(2030, 3, 6)):
        assert send_draft_reminders().no_address == ["Orphan listing"]


def test_the_daily_command_sends_them(draft, speech_staff, capsys):
    mail.outbox.clear()
    with at(DUE_ON):
        call_command("check_freshness")

    assert f"Drafts not sent to the council for {DRAFT_REMINDER_DAYS} days: 1 reminders sent" in (
        capsys.readouterr().out
    )
    assert len(reminders_to(speech_staff.email)) == 1


def test_the_daily_command_hands_them_to_a_task_worker_too(draft, speech_staff):
    mail.outbox.clear()
    with at(DUE_ON):
        call_command("check_freshness", enqueue=True)

    # The immediate backend used in tests has run it already.
    assert len(reminders_to(speech_staff.email)) == 1
