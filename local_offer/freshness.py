"""Keeping listings fresh: reminders at 6 months, a flag to officers and a notice to families at
9, hidden from search at 12, and the one-click "still accurate" confirmation.

Everything takes `today` so the timeline can be tested with a frozen clock. The thresholds and
the rule for what families may find live in local_offer/listing.py: this module only notices
when a listing crosses a line and asks search to re-index it.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from .listing import (
    HIDE_AFTER_MONTHS,
    MONTHS,
    NOTICE_AFTER_MONTHS,
    REMIND_AFTER_MONTHS,
    add_months,
)
from .listing import months_before as months_ago
from .models import FreshnessReminder, ServicePage, ServiceStatus
from .notify import absolute, edit_url, officer_emails, provider_emails, send
from .search_index import reindex_service

CONFIRM_SALT = "local_offer.freshness.confirm"
CONFIRM_LINK_DAYS = 30


class Freshness(StrEnum):
    FRESH = "fresh"
    REMINDER_DUE = "reminder_due"
    REMINDER_SENT = "reminder_sent"
    FLAGGED = "flagged"
    HIDDEN = "hidden"
    NOT_KNOWN = "not_known"

    @property
    def label(self) -> str:
        return FRESHNESS_LABELS[self]


FRESHNESS_LABELS = {
    Freshness.FRESH: "Fresh",
    Freshness.REMINDER_DUE: "Reminder due",
    Freshness.REMINDER_SENT: "Reminder sent",
    Freshness.FLAGGED: f"Flagged: over {NOTICE_AFTER_MONTHS} months",
    Freshness.HIDDEN: f"Hidden from search: over {HIDE_AFTER_MONTHS} months",
    Freshness.NOT_KNOWN: "Never checked",
}


def freshness_of(page: ServicePage, today: date, reminder_sent: bool = False) -> Freshness:
    months = page.months_since_review(today)
    if months is None:
        return Freshness.NOT_KNOWN
    if months >= HIDE_AFTER_MONTHS:
        return Freshness.HIDDEN
    if months >= NOTICE_AFTER_MONTHS:
        return Freshness.FLAGGED
    if months >= REMIND_AFTER_MONTHS:
        return Freshness.REMINDER_SENT if reminder_sent else Freshness.REMINDER_DUE
    return Freshness.FRESH


# --- who hears about it ---------------------------------------------------------------------


# --- signed "still accurate" links ------------------------------------------------------------


def confirm_token(reminder: FreshnessReminder) -> str:
    return signing.dumps({"r": reminder.pk}, salt=CONFIRM_SALT, compress=True)


def confirm_url(reminder: FreshnessReminder) -> str:
    return absolute(reverse("local_offer:still_accurate", args=[confirm_token(reminder)]))


@dataclass(frozen=True)
class LinkCheck:
    reminder: FreshnessReminder | None
    problem: str = ""  # "expired" or "invalid" when the link cannot be used

    @property
    def already_confirmed(self) -> bool:
        """Someone confirmed this cycle, or the listing was checked again since the email."""
        if self.reminder is None:
            return False
        return bool(self.reminder.confirmed_at) or (
            self.reminder.page.last_reviewed != self.reminder.cycle_start
        )


def check_link(token: str) -> LinkCheck:
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=timedelta(days=CONFIRM_LINK_DAYS))
    except signing.SignatureExpired:
        return LinkCheck(None, "expired")
    except signing.BadSignature:
        return LinkCheck(None, "invalid")
    reminder = (
        FreshnessReminder.objects.select_related("page", "page__provider")
        .filter(pk=data.get("r"))
        .first()
    )
    if reminder is None or not reminder.page.live:
        return LinkCheck(None, "invalid")
    return LinkCheck(reminder)


# --- confirming --------------------------------------------------------------------------------


def _stamp_revisions(page: ServicePage, today: date) -> None:
    """Keep saved revisions in step with the new date, so publishing a draft that was already
    waiting for approval does not put the old 'last checked' date back."""
    for revision in {page.live_revision, page.latest_revision} - {None}:
        revision.content["last_reviewed"] = today.isoformat()
        revision.save(update_fields=["content"])


@transaction.atomic
def confirm_listing(page: ServicePage, confirmed_by: str, today: date | None = None) -> None:
    """The provider says the listing is still right: it is checked as of today.

    Only the 'last checked' date changes, so this is the one change that needs no moderation.
    """
    today = today or timezone.localdate()
    open_cycles = FreshnessReminder.objects.filter(page=page, confirmed_at__isnull=True)
    if page.last_reviewed:
        open_cycles = open_cycles.filter(cycle_start=page.last_reviewed)
    open_cycles.update(confirmed_at=timezone.now(), confirmed_by=confirmed_by[:300])
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=today)
    page.last_reviewed = today
    _stamp_revisions(page, today)
    # Search shows "Last checked" too, and a hidden listing comes back: re-index either way.
    transaction.on_commit(lambda: reindex_service(page.pk))


def confirm_from_link(reminder: FreshnessReminder, today: date | None = None) -> bool:
    """Returns False when the link had been used already (nothing changes the second time)."""
    check = LinkCheck(reminder)
    if check.already_confirmed:
        return False
    confirm_listing(
        reminder.page, f"Emailed link (sent to {reminder.sent_to or 'the provider'})", today
    )
    return True


# --- the daily check ---------------------------------------------------------------------------


@dataclass
class DailyCheck:
    checked: int = 0
    reminders_sent: list[str] = field(default_factory=list)
    no_address: list[str] = field(default_factory=list)
    flagged: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Checked {self.checked} listings: {len(self.reminders_sent)} reminders sent, "
            f"{len(self.no_address)} without an email address, {len(self.flagged)} newly flagged "
            f"to officers, {len(self.hidden)} newly hidden from search."
        )


def listings_due(today: date) -> QuerySet[ServicePage]:
    """Live, open listings not confirmed for at least the reminder period."""
    return (
        ServicePage.objects.live()
        .exclude(status=ServiceStatus.CLOSED)
        .filter(last_reviewed__lte=months_ago(today, REMIND_AFTER_MONTHS))
        .select_related("provider")
        .order_by("last_reviewed", "pk")
    )


def _send_reminder(page: ServicePage, reminder: FreshnessReminder, today: date) -> bool:
    recipients = provider_emails(page)
    context = {
        "page": page,
        "confirm_url": confirm_url(reminder),
        "edit_url": edit_url(page),
        "link_days": CONFIRM_LINK_DAYS,
        "hide_on": add_months(reminder.cycle_start, HIDE_AFTER_MONTHS),
        "council": settings.WAGTAIL_SITE_NAME,
    }
    subject = f"Is your Local Offer listing still right? {page.title}"
    if not send(subject, "local_offer/email/freshness_reminder.txt", context, recipients):
        return False
    reminder.sent_at = timezone.now()
    reminder.sent_to = ", ".join(recipients)[:500]
    reminder.save(update_fields=["sent_at", "sent_to"])
    return True


def run_daily_check(today: date | None = None) -> DailyCheck:
    """Remind, flag and hide, once per listing per review cycle: safe to run twice a day."""
    today = today or timezone.localdate()
    result = DailyCheck()
    for page in listings_due(today).iterator(chunk_size=500):
        result.checked += 1
        months = page.months_since_review(today)
        reminder, _ = FreshnessReminder.objects.get_or_create(
            page=page, cycle_start=page.last_reviewed
        )
        if reminder.sent_at is None:
            if _send_reminder(page, reminder, today):
                result.reminders_sent.append(page.title)
            else:
                result.no_address.append(page.title)
        if months >= NOTICE_AFTER_MONTHS and reminder.flagged_at is None:
            reminder.flagged_at = timezone.now()
            reminder.save(update_fields=["flagged_at"])
            result.flagged.append(page.title)
        if page.is_hidden_from_search(today) and reminder.hidden_at is None:
            reminder.hidden_at = timezone.now()
            reminder.save(update_fields=["hidden_at"])
            result.hidden.append(page.title)
            reindex_service(page.pk)
    if result.flagged or result.hidden:
        _tell_officers(result)
    return result


def _tell_officers(result: DailyCheck) -> None:
    send(
        f"Local Offer listings need checking: {len(result.flagged)} flagged, "
        f"{len(result.hidden)} hidden",
        "local_offer/email/freshness_officers.txt",
        {
            "result": result,
            "report_url": absolute(reverse("local_offer_freshness_report")),
            "listing_months": MONTHS,
        },
        officer_emails(),
    )


# --- the officers' report -------------------------------------------------------------------------


def _state_filters(today: date) -> dict[Freshness, Q]:
    remind = months_ago(today, REMIND_AFTER_MONTHS)
    notice = months_ago(today, NOTICE_AFTER_MONTHS)
    hide = months_ago(today, HIDE_AFTER_MONTHS)
    sent = Q(reminder_sent=True)
    due_window = Q(last_reviewed__lte=remind, last_reviewed__gt=notice)
    return {
        Freshness.FRESH: Q(last_reviewed__gt=remind),
        Freshness.REMINDER_DUE: due_window & ~sent,
        Freshness.REMINDER_SENT: due_window & sent,
        Freshness.FLAGGED: Q(last_reviewed__lte=notice, last_reviewed__gt=hide),
        Freshness.HIDDEN: Q(last_reviewed__lte=hide),
        Freshness.NOT_KNOWN: Q(last_reviewed__isnull=True),
    }


def report_listings(today: date) -> QuerySet[ServicePage]:
    reminder_sent = FreshnessReminder.objects.filter(
        page=OuterRef("pk"), cycle_start=OuterRef("last_reviewed"), sent_at__isnull=False
    )
    return (
        ServicePage.objects.live()
        .exclude(status=ServiceStatus.CLOSED)
        .annotate(reminder_sent=Exists(reminder_sent))
        .select_related("provider")
    )


@dataclass(frozen=True)
class StateCount:
    state: Freshness
    count: int

    @property
    def label(self) -> str:
        return self.state.label


def report_counts(today: date) -> list[StateCount]:
    listings = report_listings(today)
    return [
        StateCount(state, listings.filter(condition).count())
        for state, condition in _state_filters(today).items()
    ]


def report_rows(today: date, state: Freshness | None = None) -> QuerySet[ServicePage]:
    """Listings in one state (or all), oldest check first: the ones to chase come first."""
    listings = report_listings(today)
    if state is not None:
        listings = listings.filter(_state_filters(today)[state])
    return listings.order_by("last_reviewed", "title")
