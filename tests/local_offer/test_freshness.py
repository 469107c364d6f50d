"""The freshness timeline, on a frozen clock: reminder at 6 months, warning and officer flag at
9, out of search at 12, back again once the provider confirms with the emailed link."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from local_offer.freshness_confirm import confirm_listing
from local_offer.freshness_job import run_daily_check
from local_offer.freshness_report import report_counts
from local_offer.freshness_states import Freshness
from local_offer.listing import months_before as months_ago
from local_offer.listing import months_between
from local_offer.models import FreshnessReminder, ServicePage
from search.api import rebuild_from_sources as rebuild

from .moderation_support import (  # noqa: F401 (fixtures)
    add_listing,
    build_tree,
    officer,
    speech_staff,
)

LONDON = ZoneInfo("Europe/London")
CHECKED = date(2026, 1, 15)
STALE_NOTICE = "This information was last checked over 9 months ago"


def at(day: date):
    """Freeze the clock at noon London time on that day."""
    return time_machine.travel(datetime.combine(day, time(12), tzinfo=LONDON), tick=False)


@pytest.fixture
def tree(db):
    """The speech listing was last checked on CHECKED; the swimming one stays fresh throughout."""
    built = build_tree(last_reviewed=CHECKED)
    ServicePage.objects.filter(pk=built.leisure_listing.pk).update(last_reviewed=date(2027, 1, 1))
    rebuild()
    return built


@pytest.fixture
def stale_tree(tree):
    return tree


def listing(tree_):
    return ServicePage.objects.get(pk=tree_.speech_listing.pk)


def found_by_search(client, words: str, page) -> bool:
    """Whether the public search page links to the listing (titles carry highlight marks)."""
    response = client.get(reverse("search:search"), {"q": words})
    assert response.status_code == 200
    return f'href="{page.url}"' in response.content.decode()


def links_in(message) -> tuple[str, str]:
    urls = re.findall(r"https?://\S+", message.body)
    confirm = next(url for url in urls if "/still-accurate/" in url)
    edit = next(url for url in urls if "/admin/pages/" in url)
    return confirm, edit


def path_of(url: str) -> str:
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


# --- the boundary arithmetic --------------------------------------------------------------


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 24))
def test_months_ago_is_exactly_where_the_page_model_says_a_listing_turns_n_months_old(today, n):
    boundary = months_ago(today, n)
    assert months_between(boundary, today) >= n
    assert months_between(boundary + timedelta(days=1), today) < n


# --- the timeline -------------------------------------------------------------------------------


def test_nothing_happens_before_six_months(stale_tree):
    with at(date(2026, 7, 14)):
        result = run_daily_check()
    assert result.reminders_sent == []
    assert mail.outbox == []


def test_at_six_months_the_provider_is_emailed_once_with_two_links(stale_tree):
    with at(date(2026, 7, 15)):
        first = run_daily_check()
        again = run_daily_check()
    with at(date(2026, 7, 16)):
        next_day = run_daily_check()

    assert first.reminders_sent == ["Speech and language drop-in"]
    assert again.reminders_sent == [] and next_day.reminders_sent == []
    reminders = [m for m in mail.outbox if "still right" in m.subject]
    assert len(reminders) == 1
    assert reminders[0].to == ["hello@speech.example"]
    confirm, edit = links_in(reminders[0])
    assert path_of(edit) == reverse("wagtailadmin_pages:edit", args=[stale_tree.speech_listing.pk])
    assert FreshnessReminder.objects.filter(page=stale_tree.speech_listing).count() == 1


def test_the_reminder_also_reaches_the_providers_staff(stale_tree, speech_staff):
    with at(date(2026, 7, 15)):
        run_daily_check()
    reminder = next(m for m in mail.outbox if "drop-in" in m.subject)
    assert set(reminder.to) == {"hello@speech.example", "priya@speech.example"}


def test_a_listing_with_no_email_address_is_reported_not_silently_skipped(db):
    built = build_tree(last_reviewed=CHECKED)
    built.speech.email = ""
    built.speech.save()
    with at(date(2026, 7, 15)):
        result = run_daily_check()
    assert result.no_address == ["Speech and language drop-in"]


def test_at_nine_months_families_see_a_warning_and_officers_are_told_once(
    client, stale_tree, officer
):
    with at(date(2026, 10, 15)):
        run_daily_check()
        run_daily_check()
        page_html = client.get(listing(stale_tree).url).content.decode()

    assert STALE_NOTICE in page_html
    assert "Check with the provider before you go." in page_html
    officer_mail = [m for m in mail.outbox if m.to == ["officer@riverside.example"]]
    assert len(officer_mail) == 1
    assert "Speech and language drop-in" in officer_mail[0].body


def test_before_nine_months_there_is_no_warning(client, stale_tree):
    with at(date(2026, 10, 14)):
        page_html = client.get(listing(stale_tree).url).content.decode()
    assert STALE_NOTICE not in page_html
    assert "Last checked 15 January 2026" in page_html


def test_at_twelve_months_the_listing_leaves_search_until_confirmed(
    client, stale_tree, django_capture_on_commit_callbacks
):
    title = "Speech and language drop-in"
    page = listing(stale_tree)
    with at(date(2027, 1, 14)):
        run_daily_check()
        assert found_by_search(client, "speech", page)

    with at(date(2027, 1, 15)):
        result = run_daily_check()
        assert result.hidden == [title]
        assert not found_by_search(client, "speech", page)
        # The page itself still works for anyone with the link, with the warning.
        assert STALE_NOTICE in client.get(listing(stale_tree).url).content.decode()

        reminder = next(m for m in mail.outbox if "still right" in m.subject)
        confirm, _ = links_in(reminder)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(path_of(confirm))
        assert found_by_search(client, "speech", page)
        page_html = client.get(listing(stale_tree).url).content.decode()
        assert "Last checked 15 January 2027" in page_html
        assert STALE_NOTICE not in page_html


# --- the one-click link --------------------------------------------------------------------------


@pytest.fixture
def reminder_link(stale_tree):
    with at(date(2026, 7, 15)):
        run_daily_check()
    confirm, _ = links_in(next(m for m in mail.outbox if "still right" in m.subject))
    return path_of(confirm)


def test_opening_the_link_only_shows_a_button(client, stale_tree, reminder_link):
    # Email scanners open links: a GET must not confirm anything.
    with at(date(2026, 7, 16)):
        response = client.get(reminder_link)
    assert response.status_code == 200
    assert "Yes, it is still accurate" in response.content.decode()
    assert listing(stale_tree).last_reviewed == CHECKED


def test_pressing_the_button_confirms_without_signing_in(client, stale_tree, reminder_link):
    with at(date(2026, 7, 20)):
        response = client.post(reminder_link, follow=True)
    html = response.content.decode()
    assert "Thank you" in html
    assert "20 July 2026" in html
    assert listing(stale_tree).last_reviewed == date(2026, 7, 20)
    reminder = FreshnessReminder.objects.get(page=stale_tree.speech_listing)
    assert reminder.confirmed_at is not None
    assert "hello@speech.example" in reminder.confirmed_by


def test_the_link_works_once(client, stale_tree, reminder_link):
    with at(date(2026, 7, 20)):
        client.post(reminder_link)
    with at(date(2026, 7, 25)):
        response = client.post(reminder_link, follow=True)
    assert "Thank you" in response.content.decode()
    assert listing(stale_tree).last_reviewed == date(2026, 7, 20)  # not moved on again


def test_an_expired_link_says_so_and_changes_nothing(client, stale_tree, reminder_link):
    with at(date(2026, 8, 20)):
        response = client.post(reminder_link)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    assert listing(stale_tree).last_reviewed == CHECKED


def test_a_tampered_link_does_not_work(client, stale_tree, reminder_link):
    response = client.post(reminder_link[:-3] + "abc/")
    assert response.status_code == 404
    assert "This link does not work" in response.content.decode()
    assert listing(stale_tree).last_reviewed == CHECKED


def test_a_new_cycle_starts_after_confirmation(client, stale_tree, reminder_link):
    with at(date(2026, 7, 20)):
        client.post(reminder_link)
    with at(date(2027, 1, 20)):
        result = run_daily_check()
    assert result.reminders_sent == ["Speech and language drop-in"]
    assert FreshnessReminder.objects.filter(page=stale_tree.speech_listing).count() == 2


def test_confirming_does_not_get_undone_by_publishing_a_waiting_draft(stale_tree):
    page = listing(stale_tree)
    page.summary = "A draft waiting for approval."
    draft = page.save_revision()

    confirm_listing(page, "test", today=date(2026, 7, 20))
    draft.refresh_from_db()
    draft.publish()

    page = listing(stale_tree)
    assert page.summary == "A draft waiting for approval."
    assert page.last_reviewed == date(2026, 7, 20)


# --- the command, the task and the officers' report ------------------------------------------


def test_the_daily_command_reports_what_it_did(stale_tree, capsys):
    with at(date(2026, 7, 15)):
        call_command("check_freshness")
    assert "1 reminders sent" in capsys.readouterr().out


def test_the_command_refuses_a_bad_date():
    with pytest.raises(CommandError, match="--today must be a date"):
        call_command("check_freshness", today="31/03/2026")


def test_the_command_can_hand_the_work_to_a_task_worker(stale_tree, capsys):
    with at(date(2026, 7, 15)):
        call_command("check_freshness", enqueue=True)
    assert "Queued the freshness check" in capsys.readouterr().out
    # The immediate backend used in tests has run it already.
    assert FreshnessReminder.objects.filter(sent_at__isnull=False).count() == 1


def test_report_counts_listings_in_each_state(db):
    built = build_tree(last_reviewed=date(2026, 6, 1))
    add_listing(built.services, built.speech, "Fresh one", last_reviewed=date(2026, 12, 1))
    add_listing(built.services, built.speech, "Flagged one", last_reviewed=date(2026, 2, 1))
    add_listing(built.services, built.speech, "Hidden one", last_reviewed=date(2025, 12, 1))
    add_listing(built.services, built.speech, "Never checked", last_reviewed=None)
    with at(date(2026, 12, 10)):
        run_daily_check()  # the two six-month-old listings get their reminder
        counts = {row.state: row.count for row in report_counts(date(2026, 12, 10))}
    assert counts == {
        Freshness.FRESH: 1,
        Freshness.REMINDER_DUE: 0,
        Freshness.REMINDER_SENT: 2,
        Freshness.FLAGGED: 1,
        Freshness.HIDDEN: 1,
        Freshness.NOT_KNOWN: 1,
    }


def test_officers_see_the_freshness_report_and_providers_do_not(
    client, stale_tree, officer, speech_staff
):
    url = reverse("local_offer_freshness_report")
    client.force_login(officer)
    with at(date(2026, 10, 20)):
        run_daily_check()
        response = client.get(url, {"state": "flagged"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Speech and language drop-in" in html
    assert "Flagged: over 9 months" in html

    # Wagtail turns "permission denied" in the admin into a redirect home with a message.
    client.force_login(speech_staff)
    response = client.get(url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")
