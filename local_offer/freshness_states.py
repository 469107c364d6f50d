"""Where a listing stands on the freshness timeline: fresh, reminder due or sent, flagged to
officers, hidden from search, or never checked.

One rule in two forms, like local_offer/listing.py's `is_listed` and `listed_q`: `freshness_of`
for a page in hand, `state_conditions` for a queryset (the officers' report counts with it), on
the same calendar months, so a page and a count never disagree. The thresholds live in
listing.py.
"""

from datetime import date
from enum import StrEnum

from django.db.models import Q

from .listing import HIDE_AFTER_MONTHS, NOTICE_AFTER_MONTHS, REMIND_AFTER_MONTHS
from .listing import months_before as months_ago
from .models import ServicePage


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


def state_conditions(today: date) -> dict[Freshness, Q]:
    """Each state as a condition on listings annotated with `reminder_sent` (a reminder went
    out this review cycle: freshness_report.report_listings)."""
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
