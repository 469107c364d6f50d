"""Is this listing public, and how fresh is it? The one home of that rule and its numbers.

A listing is *listed* (families find it in search, in the ORUK API and in the services folders)
when it is live, public, not closed, and confirmed within HIDE_AFTER_MONTHS. A listing that was
never checked (an import) stays listed and shows "Last checked: not known". Pages ask
`is_listed(page, today)`; querysets filter on `listed_q(today)`; both use the same calendar
months, so a page and a database filter never disagree about the day a listing goes.
"""

import calendar
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from .models.choices import ServiceStatus


@dataclass(frozen=True)
class Thresholds:
    """Whole calendar months since a listing was last confirmed."""

    remind: int = 6  # the provider is emailed a "still accurate?" link
    notice: int = 9  # families see a warning; officers are told
    hide: int = 12  # it leaves search until someone confirms it


MONTHS = Thresholds()
REMIND_AFTER_MONTHS = MONTHS.remind
NOTICE_AFTER_MONTHS = MONTHS.notice
HIDE_AFTER_MONTHS = MONTHS.hide


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from earlier to later, counting a month once its day is reached:
    15 January 2026 to 15 January 2027 is 12 months; to 14 January 2027 is 11."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


def add_months(start: date, months: int) -> date:
    """The same day `months` calendar months later (or earlier, if negative), on the month's
    last day when it is shorter: 31 January + 1 month is 28 or 29 February."""
    total = start.year * 12 + (start.month - 1) + months
    year, month_index = divmod(total, 12)
    month = month_index + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def months_before(today: date, months: int) -> date:
    """The latest date that is at least `months` whole months before today (by months_between),
    the boundary every database filter uses."""
    return add_months(today, -months)


def months_since(last_reviewed: date | None, today: date) -> int | None:
    return None if last_reviewed is None else months_between(last_reviewed, today)


def is_stale(last_reviewed: date | None, today: date) -> bool:
    months = months_since(last_reviewed, today)
    return months is not None and months >= HIDE_AFTER_MONTHS


def is_listed(page, today: date) -> bool:
    """For a page in hand. (Whether it is public, with no view restriction, is a query: the
    querysets that feed this, `ServicePage.objects.live().public()`, answer it.)"""
    return page.live and page.status != ServiceStatus.CLOSED and not is_stale(
        page.last_reviewed, today
    )


def listed_q(today: date) -> Q:
    """The same rule for a queryset of live, public service pages."""
    return ~Q(status=ServiceStatus.CLOSED) & ~Q(
        last_reviewed__lte=months_before(today, HIDE_AFTER_MONTHS)
    )
