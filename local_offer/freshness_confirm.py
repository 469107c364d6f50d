"""The provider says a listing is still right: it is checked as of today.

Only the "last checked" date changes, so this is the one change that needs no moderation. It
closes the open review cycle (so the reminder's link cannot confirm twice), keeps saved
revisions in step, and re-indexes the listing: search shows "Last checked", and a listing
hidden at 12 months comes back.
"""

from datetime import date

from django.db import transaction
from django.utils import timezone

from portal import page_cache

from .freshness_links import LinkCheck
from .models import FreshnessReminder, ServicePage
from .search_index import reindex_service


@transaction.atomic
def confirm_listing(page: ServicePage, confirmed_by: str, today: date | None = None) -> None:
    today = today or timezone.localdate()
    open_cycles = FreshnessReminder.objects.filter(page=page, confirmed_at__isnull=True)
    if page.last_reviewed:
        open_cycles = open_cycles.filter(cycle_start=page.last_reviewed)
    open_cycles.update(confirmed_at=timezone.now(), confirmed_by=confirmed_by[:300])
    ServicePage.objects.filter(pk=page.pk).update(last_reviewed=today)
    page.last_reviewed = today
    _stamp_revisions(page, today)
    transaction.on_commit(lambda: reindex_service(page.pk))
    # The page shows "Last checked" and its freshness notice: stored copies are now wrong.
    transaction.on_commit(lambda: page_cache.content_changed(f"listing {page.pk} confirmed"))


def confirm_from_link(reminder: FreshnessReminder, today: date | None = None) -> bool:
    """Returns False when the link had been used already (nothing changes the second time)."""
    if LinkCheck(reminder).already_confirmed:
        return False
    confirm_listing(
        reminder.page, f"Emailed link (sent to {reminder.sent_to or 'the provider'})", today
    )
    return True


def _stamp_revisions(page: ServicePage, today: date) -> None:
    """Keep saved revisions in step with the new date, so publishing a draft that was already
    waiting for approval does not put the old 'last checked' date back."""
    for revision in {page.live_revision, page.latest_revision} - {None}:
        revision.content["last_reviewed"] = today.isoformat()
        revision.save(update_fields=["content"])
