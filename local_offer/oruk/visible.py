"""What the ORUK API may show: listed services and the organisations that run one.

Whether a listing is public is decided in one place, local_offer/listing.py (`listed_q`, the
queryset form of `is_listed`): live, public, not closed, not hidden for staleness. Everything
else the API publishes (organisations, places, the services under an organisation) hangs off
these, so nothing the search page hides can leak out here.
"""

from datetime import date

from django.db.models import QuerySet
from django.utils import timezone

from local_offer.listing import listed_q
from local_offer.models import Provider, ServicePage


def listable_services(today: date | None = None) -> QuerySet[ServicePage]:
    """What families can find."""
    return ServicePage.objects.live().public().filter(listed_q(today or timezone.localdate()))


def listed_providers() -> QuerySet[Provider]:
    """Organisations with at least one listed service (the others are not public yet)."""
    return Provider.objects.filter(pk__in=listable_services().values("provider_id"))


def has_listed_service(provider: Provider) -> bool:
    return listable_services().filter(provider=provider).exists()


def services_by_provider(providers) -> dict[int, list[ServicePage]]:
    """Each organisation's listed services, by name, in one query."""
    grouped: dict[int, list[ServicePage]] = {provider.pk: [] for provider in providers}
    rows = (
        listable_services()
        .filter(provider__in=list(grouped))
        .select_related("provider")
        .order_by("title", "pk")
    )
    for page in rows:
        grouped[page.provider_id].append(page)
    return grouped
