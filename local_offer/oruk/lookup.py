"""Records by the ids this API gives them, and with what the serializer reads.

Ids are ours (ids.py: reversible UUIDs) or, for a record imported with one, the id the other
system gave it. A service or place that is not listed (visible.py) has no id here: a 404.
"""

from django.db.models import QuerySet

from local_offer.models import Need, Provider, ServiceLocation, ServicePage, Taxonomy, TaxonomyTerm

from . import ids
from .visible import listable_services

NEEDS_TAXONOMY_PK = 0  # the SEN2 need codes are published as one more taxonomy
NEEDS = "needs"  # find_taxonomy's answer for that taxonomy, which has no row
# What the serializer reads for a full service, fetched in a fixed number of queries.
FULL_PREFETCH = (
    "categories__taxonomy",
    "categories__parent",
    "needs",
    "locations",
    "opening_times",
    "contacts",
)


def find_term(value: str) -> TaxonomyTerm | Need | None:
    """A taxonomy term by the id this API gives it (its own UUID code, or ours)."""
    if not value:
        return None
    terms = TaxonomyTerm.objects.select_related("taxonomy", "parent")
    term = terms.filter(code__iexact=value).first()
    if term is not None:
        return term
    pk = ids.decode("taxonomy_term", value)
    if pk is not None:
        return terms.filter(pk=pk).first()
    pk = ids.decode("need", value)
    if pk is not None:
        return Need.objects.select_related("broad_area").filter(pk=pk).first()
    return None


def find_taxonomy(value: str) -> Taxonomy | str | None:
    """A Taxonomy, or NEEDS for the SEN2 need codes."""
    pk = ids.decode("taxonomy", value)
    if pk == NEEDS_TAXONOMY_PK:
        return NEEDS
    if pk is not None:
        return Taxonomy.objects.filter(pk=pk).first()
    return None


def find_provider(value: str) -> Provider | None:
    if not value:
        return None
    external = ids.as_uuid(value)
    if external:
        provider = Provider.objects.filter(external_id__iexact=external).first()
        if provider is not None:
            return provider
    pk = ids.decode("organization", value)
    return Provider.objects.filter(pk=pk).first() if pk is not None else None


def find_service(value: str) -> ServicePage | None:
    """A listed service, fetched with everything the full serializer reads."""
    external = ids.as_uuid(value)
    services = service_rows(full=True).filter(pk__in=listable_services().values("pk"))
    if external:
        page = services.filter(external_id__iexact=external).first()
        if page is not None:
            return page
    pk = ids.decode("service", value)
    return services.filter(pk=pk).first() if pk is not None else None


def find_location(value: str) -> ServiceLocation | None:
    pk = ids.decode("service_at_location", value)
    if pk is None:
        return None
    return (
        location_rows(full=True).filter(pk=pk, page_id__in=listable_services().values("pk")).first()
    )


def service_rows(full: bool = False) -> QuerySet[ServicePage]:
    """Services with their organisation (and, when full, every nested part) prefetched."""
    rows = ServicePage.objects.select_related("provider")
    if full:
        rows = rows.prefetch_related(*FULL_PREFETCH)
    return rows


def location_rows(full: bool = False) -> QuerySet[ServiceLocation]:
    rows = ServiceLocation.objects.select_related("page", "page__provider")
    if full:
        rows = rows.prefetch_related(*(f"page__{name}" for name in FULL_PREFETCH))
    return rows
