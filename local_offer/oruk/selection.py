"""Which records the ORUK API shows, and in what order.

Only live, public, non-closed services that are not hidden for staleness; everything else the
API publishes (organisations, locations) hangs off those. `search=` and `postcode=` +
`proximity=` become the public search page's own ServiceQuery, and the search backend decides
which services match and which are within the distance, so a family and an API client asking
the same question get the same services.
"""

import math
from dataclasses import dataclass
from datetime import date

from django.db.models import Q, QuerySet
from django.utils import timezone

from local_offer.listing import listed_q
from local_offer.models import (
    Need,
    Provider,
    ServiceLocation,
    ServicePage,
    Taxonomy,
    TaxonomyTerm,
)
from local_offer.services import public_coordinate
from portal import ages
from search import api

from . import ids
from .params import METRES_PER_MILE, BadParameter, Paging, ServiceFilters

SEARCH_LIMIT = 1000  # ranked results taken from search; nobody pages past this
# Services within a proximity: as many as the search page itself can page through (500 x 50).
PLACE_LIMIT = 25_000
NEEDS_TAXONOMY_PK = 0  # the SEN2 need codes are published as one more taxonomy
# The public search's place parameters, as this API calls them, for its error messages.
PLACE_PARAMETERS = {"postcode": "postcode", "radius": "proximity"}


def listable_services(today: date | None = None) -> QuerySet[ServicePage]:
    """What families can find (local_offer.listing)."""
    return ServicePage.objects.live().public().filter(listed_q(today or timezone.localdate()))


# -- resolving ids ---------------------------------------------------------------------------


def find_term(value: str) -> TaxonomyTerm | Need | None:
    """A taxonomy term by the id this API gives it (its own UUID code, or ours)."""
    if not value:
        return None
    term = (
        TaxonomyTerm.objects.filter(code__iexact=value).select_related("taxonomy", "parent").first()
    )
    if term is not None:
        return term
    pk = ids.decode("taxonomy_term", value)
    if pk is not None:
        return TaxonomyTerm.objects.select_related("taxonomy", "parent").filter(pk=pk).first()
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


NEEDS = "needs"


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
    external = ids.as_uuid(value)
    services = listable_services()
    if external:
        page = services.filter(external_id__iexact=external).first()
        if page is not None:
            return page
    pk = ids.decode("service", value)
    return services.filter(pk=pk).first() if pk is not None else None


# -- filtering ---------------------------------------------------------------------------------


def _within(queryset, condition: Q):
    """Filter on a related table without duplicating rows (or needing DISTINCT)."""
    return queryset.filter(pk__in=ServicePage.objects.filter(condition).values("pk"))


def filter_services(queryset, filters: ServiceFilters):
    if filters.taxonomy_term_id:
        term = find_term(filters.taxonomy_term_id)
        if term is None:
            return queryset.none()
        condition = Q(needs=term) if isinstance(term, Need) else Q(categories=term)
        queryset = _within(queryset, condition)
    if filters.taxonomy_id:
        taxonomy = find_taxonomy(filters.taxonomy_id)
        if taxonomy is None:
            return queryset.none()
        condition = (
            Q(needs__isnull=False) if taxonomy == NEEDS else Q(categories__taxonomy=taxonomy)
        )
        queryset = _within(queryset, condition)
    if filters.organization_id:
        provider = find_provider(filters.organization_id)
        if provider is None:
            return queryset.none()
        queryset = queryset.filter(provider=provider)
    if filters.modified_after:
        queryset = queryset.filter(last_published_at__gte=filters.modified_after)
    if filters.minimum_age is not None:
        months = math.ceil(filters.minimum_age * ages.MONTHS_PER_YEAR)
        condition = Q(min_age_months__gte=months)
        if months <= 0:
            condition |= Q(min_age_months__isnull=True)
        queryset = queryset.filter(condition)
    if filters.maximum_age is not None:
        # "maximum age 18" is a service up to 18 years 11 months; open-ended means 25.
        months = ages.last_month(math.floor(filters.maximum_age))
        condition = Q(max_age_months__lte=months)
        if filters.maximum_age >= 25:
            condition |= Q(max_age_months__isnull=True)
        queryset = queryset.filter(condition)
    if filters.age is not None:
        youngest, oldest = ages.months_of(filters.age)
        queryset = queryset.filter(
            Q(min_age_months__isnull=True) | Q(min_age_months__lte=oldest),
            Q(max_age_months__isnull=True) | Q(max_age_months__gte=youngest),
        )
    if filters.day is not None or filters.start_time or filters.end_time:
        condition = Q()
        if filters.day is not None:
            condition &= Q(opening_times__weekday=filters.day)
        if filters.start_time:
            condition &= Q(opening_times__opens__gte=filters.start_time)
        if filters.end_time:
            condition &= Q(opening_times__closes__lte=filters.end_time)
        queryset = _within(queryset, condition)
    return queryset


@dataclass(frozen=True)
class Ranked:
    pks: list[int]
    corrected_to: str | None  # search took the words for a misspelling and searched these


def search_ranked_ids(text: str, age: int | None) -> Ranked:
    """Ranked service ids from the public search (search.api), best first."""
    params = {"q": text}
    if age is not None:
        params["age"] = str(age)
    query, _ = api.parse_query(params)
    found = api.find_ids(query, SEARCH_LIMIT)
    return Ranked(_as_pks(found.ids), found.corrected_to)


def _as_pks(values) -> list[int]:
    pks = []
    for value in values:
        try:
            pks.append(int(value))
        except (TypeError, ValueError):
            continue
    return pks


def radius_miles(metres: float) -> int:
    """ORUK's proximity in metres as the search page's whole miles, rounded up so nothing
    within the metres asked for is left out (1000 m is 1 mile, 8047 m is 6 miles)."""
    return max(1, math.ceil(round(metres / METRES_PER_MILE, 6)))


def place_query(filters: ServiceFilters):
    """The public search page's ServiceQuery for the same words, age, postcode and radius.
    A postcode it cannot use is a 400 with the search page's own message."""
    params = {"postcode": filters.postcode, "sort": "distance"}
    if filters.proximity is not None:
        params["radius"] = str(radius_miles(filters.proximity))
    if filters.search:
        params["q"] = filters.search
    if filters.age is not None:
        params["age"] = str(filters.age)
    query, errors = api.parse_query(params)
    for error in errors:
        # The words and age were checked already; as on the page, nothing read from the words
        # stops a search. The place is the one thing this answer cannot do without.
        if error.field in PLACE_PARAMETERS:
            raise BadParameter(PLACE_PARAMETERS[error.field], error.message)
    if query.near is None:
        # The page quietly drops a postcode that is empty once cleaned (",", control or
        # invisible characters); here there would be nothing to measure from.
        raise BadParameter("postcode", api.POSTCODE_MALFORMED)
    return query


# -- pages of results ---------------------------------------------------------------------------


@dataclass
class ResultPage:
    items: list
    total: int
    paging: Paging
    corrected_to: str | None = None  # the words searched instead of `search=` as given

    @property
    def total_pages(self) -> int:
        return max(1, math.ceil(self.total / self.paging.per_page))


def page_services(filters: ServiceFilters, paging: Paging, today: date | None = None) -> ResultPage:
    queryset = filter_services(listable_services(today), filters)
    if filters.search:
        found = search_ranked_ids(filters.search, filters.age)
        allowed = set(queryset.filter(pk__in=found.pks).values_list("pk", flat=True))
        ordered = [pk for pk in found.pks if pk in allowed]
        chosen = ordered[paging.offset : paging.offset + paging.per_page]
        rows = {page.pk: page for page in service_rows(filters.full).filter(pk__in=chosen)}
        items = [rows[pk] for pk in chosen if pk in rows]
        return ResultPage(items, len(ordered), paging, found.corrected_to)
    total = queryset.count()
    rows = service_rows(filters.full).filter(pk__in=queryset.values("pk")).order_by("title", "pk")
    return ResultPage(list(rows[paging.offset : paging.offset + paging.per_page]), total, paging)


def service_rows(full: bool = False) -> QuerySet[ServicePage]:
    """Services with what the serialiser reads fetched in a fixed number of queries."""
    rows = ServicePage.objects.select_related("provider")
    if full:
        rows = rows.prefetch_related(*FULL_PREFETCH)
    return rows


FULL_PREFETCH = (
    "categories__taxonomy",
    "categories__parent",
    "needs",
    "locations",
    "opening_times",
    "contacts",
)


def page_locations(filters: ServiceFilters, paging: Paging) -> ResultPage:
    """service_at_location rows; with a postcode, nearest first (and within proximity)."""
    services = filter_services(listable_services(), filters)
    located = ServiceLocation.objects.filter(page_id__in=services.values("pk"))
    ordered: list[int]
    corrected_to = None
    if filters.postcode:
        ordered, corrected_to = _nearest_first(located, filters)
    elif filters.search:
        found = search_ranked_ids(filters.search, filters.age)
        ranked, corrected_to = found.pks, found.corrected_to
        rank = {pk: position for position, pk in enumerate(ranked)}
        rows = located.filter(page_id__in=ranked).values_list("pk", "page_id", "sort_order")
        ordered = [pk for pk, page_id, sort in sorted(rows, key=lambda r: (rank[r[1]], r[2], r[0]))]
    else:
        ordered = list(
            located.order_by("page__title", "page_id", "sort_order", "pk").values_list(
                "pk", flat=True
            )
        )
    chosen = ordered[paging.offset : paging.offset + paging.per_page]
    rows = location_rows(filters.full).filter(pk__in=chosen)
    by_pk = {row.pk: row for row in rows}
    items = [by_pk[pk] for pk in chosen if pk in by_pk]
    return ResultPage(items, len(ordered), paging, corrected_to)


def location_rows(full: bool = False) -> QuerySet[ServiceLocation]:
    rows = ServiceLocation.objects.select_related("page", "page__provider")
    if full:
        rows = rows.prefetch_related(*(f"page__{name}" for name in FULL_PREFETCH))
    return rows


def _nearest_first(
    located: QuerySet[ServiceLocation], filters: ServiceFilters
) -> tuple[list[int], str | None]:
    """Location ids nearest first from the search page's point for the postcode.

    With proximity, the search backend decides which services are within the radius (so this
    API and the search page cannot disagree); of those, each place within the radius is
    listed, and always the service's nearest place. Without proximity every place is listed,
    those with no coordinates last. Each place is measured as search measures a service:
    to its public (coarsened, when the address is hidden) point, in search's rounded miles.
    """
    query = place_query(filters)
    corrected_to = None
    if filters.proximity is not None:
        found = api.find_ids(query, PLACE_LIMIT)
        ranked, corrected_to = _as_pks(found.ids), found.corrected_to
    elif filters.search:
        found = search_ranked_ids(filters.search, filters.age)
        ranked, corrected_to = found.pks, found.corrected_to
    else:
        ranked = None  # every listed service: ties go by name, as without a postcode
    if ranked is not None:
        located = located.filter(page_id__in=ranked)
    rank = {pk: position for position, pk in enumerate(ranked or ())}
    rows = located.values_list(
        "pk", "page_id", "page__title", "sort_order", "latitude", "longitude", "hide_exact_address"
    )
    measured, unplaced = [], []
    for pk, page_id, title, sort_order, latitude, longitude, hidden in rows:
        miles = public_miles(latitude, longitude, hidden, query.near)
        key = (rank.get(page_id, 0), title, page_id, sort_order, pk)
        if miles is None:
            unplaced.append((key, pk, page_id))
        else:
            measured.append((miles, key, pk, page_id))
    measured.sort()
    if filters.proximity is None:
        every = [pk for *_, pk, _page in measured] + [pk for _, pk, _page in sorted(unplaced)]
        return every, corrected_to
    listed, seen = [], set()
    for miles, _key, pk, page_id in measured:
        if miles <= query.radius_miles or page_id not in seen:
            listed.append(pk)
        seen.add(page_id)
    return listed, corrected_to


def public_miles(latitude, longitude, hidden: bool, point) -> float | None:
    """Miles from the point to one place, as search shows a service's distance: to the point
    search indexed (a hidden address rounded to about a km), in the same rounded miles."""
    place = {
        "latitude": public_coordinate(latitude, hidden),
        "longitude": public_coordinate(longitude, hidden),
        "hide_exact_address": hidden,
    }
    return api.nearest_miles({"locations": [place]}, point)


def find_location(value: str) -> ServiceLocation | None:
    pk = ids.decode("service_at_location", value)
    if pk is None:
        return None
    return (
        location_rows(full=True).filter(pk=pk, page_id__in=listable_services().values("pk")).first()
    )


def page_providers(search: str, paging: Paging) -> ResultPage:
    """Organisations with at least one listed service (others are not public yet)."""
    providers = Provider.objects.filter(pk__in=listable_services().values("provider_id"))
    if search:
        providers = providers.filter(Q(name__icontains=search) | Q(description__icontains=search))
    total = providers.count()
    rows = providers.order_by("name", "pk")[paging.offset : paging.offset + paging.per_page]
    return ResultPage(list(rows), total, paging)


def services_by_provider(providers) -> dict[int, list[ServicePage]]:
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


def _concatenated(sources, paging: Paging) -> ResultPage:
    """One page across several querysets listed one after another."""
    counts = [source.count() for source in sources]
    items: list = []
    start, end = paging.offset, paging.offset + paging.per_page
    seen = 0
    for source, count in zip(sources, counts, strict=True):
        low, high = max(start - seen, 0), min(end - seen, count)
        if low < high:
            items += list(source[low:high])
        seen += count
    return ResultPage(items, sum(counts), paging)


def page_taxonomies(search: str, paging: Paging) -> ResultPage:
    taxonomies = Taxonomy.objects.order_by("name", "pk")
    if search:
        taxonomies = taxonomies.filter(Q(name__icontains=search) | Q(description__icontains=search))
    needs = _NeedsTaxonomy(search)
    return _concatenated([taxonomies, needs], paging)


class _NeedsTaxonomy:
    """The SEN2 need codes' pseudo-taxonomy as a one-row "queryset" (None stands for it)."""

    NAME = "SEN2 primary need"
    WORDS = {"sen", "sen2", "send", "need", "needs", "primary"}

    def __init__(self, search: str):
        words = set(search.lower().split())
        matches = not search or search.lower() in self.NAME.lower() or bool(words & self.WORDS)
        self.rows = [None] if matches else []

    def count(self) -> int:
        return len(self.rows)

    def __getitem__(self, key):
        return self.rows[key]


def page_terms(
    search: str, taxonomy_id: str, parent_id: str, top_only: bool, paging: Paging
) -> ResultPage:
    terms = TaxonomyTerm.objects.select_related("taxonomy", "parent").order_by(
        "taxonomy__name", "sort_order", "label", "pk"
    )
    needs = Need.objects.order_by("sort_order", "code")
    if search:
        terms = terms.filter(Q(label__icontains=search) | Q(description__icontains=search))
        needs = needs.filter(
            Q(label__icontains=search) | Q(code__iexact=search) | Q(plain_english__icontains=search)
        )
    if taxonomy_id:
        taxonomy = find_taxonomy(taxonomy_id)
        if taxonomy is None:
            terms, needs = terms.none(), needs.none()
        elif taxonomy == NEEDS:
            terms = terms.none()
        else:
            terms, needs = terms.filter(taxonomy=taxonomy), needs.none()
    if parent_id:
        parent = find_term(parent_id)
        needs = needs.none()
        terms = terms.filter(parent=parent) if isinstance(parent, TaxonomyTerm) else terms.none()
    if top_only:
        terms = terms.filter(parent__isnull=True)
    return _concatenated([terms, needs], paging)
