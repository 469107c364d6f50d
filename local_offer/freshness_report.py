"""The officers' freshness report: how many listings are in each state, and which, oldest check
first (the ones to chase). States are freshness_states.py's, counted in the database."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, QuerySet

from .freshness_states import Freshness, state_conditions
from .models import FreshnessReminder, ServicePage, ServiceStatus


def report_listings(today: date) -> QuerySet[ServicePage]:
    """Live, open listings, each marked with whether this cycle's reminder went out."""
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
        for state, condition in state_conditions(today).items()
    ]


def report_rows(today: date, state: Freshness | None = None) -> QuerySet[ServicePage]:
    """Listings in one state (or all), oldest check first: the ones to chase come first."""
    listings = report_listings(today)
    if state is not None:
        listings = listings.filter(state_conditions(today)[state])
    return listings.order_by("last_reviewed", "title")
