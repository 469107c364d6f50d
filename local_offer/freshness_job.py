"""The daily freshness job: remind providers at 6 months, flag to officers at 9, take out of
search at 12. Once per listing per review cycle, so it is safe to run twice a day.

A review cycle starts on the listing's "last checked" date; its FreshnessReminder row records
what was done in it (sent, flagged, hidden, confirmed). Everything takes `today` so the
timeline can be tested on a frozen clock. Who hears about it is notify.py's: the provider's
staff (or its own email) for reminders, the council's officers for the flags.
"""

from dataclasses import dataclass, field
from datetime import date

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from portal import page_cache

from .freshness_links import CONFIRM_LINK_DAYS, confirm_url
from .listing import HIDE_AFTER_MONTHS, MONTHS, NOTICE_AFTER_MONTHS, REMIND_AFTER_MONTHS, add_months
from .listing import months_before as months_ago
from .models import FreshnessReminder, ServicePage, ServiceStatus
from .notify import absolute, edit_url, officer_emails, provider_emails, send
from .search_index import reindex_service


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
            if _send_reminder(page, reminder):
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
        # Flagged listings show a notice and hidden ones leave the services folder: stored
        # pages (up to PAGE_CACHE_SECONDS old) would still show them as they were.
        page_cache.content_changed(
            f"{len(result.flagged)} listings flagged, {len(result.hidden)} hidden"
        )
        _tell_officers(result)
    return result


def _send_reminder(page: ServicePage, reminder: FreshnessReminder) -> bool:
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
