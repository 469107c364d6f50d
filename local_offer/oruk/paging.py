"""One page of each ORUK list, in the API's order, with its total.

Services and places come in search's order when `search=` (or a postcode) is given, else by
name; organisations by name; taxonomies and terms by vocabulary, then their own order, with
the SEN2 need codes (published as one more taxonomy, whose terms are our Needs) after ours.
"""

import math
from dataclasses import dataclass
from datetime import date

from django.db.models import Q

from local_offer.models import Need, ServiceLocation, Taxonomy, TaxonomyTerm

from .distance import nearest_first
from .filters import filter_services
from .lookup import NEEDS, find_taxonomy, find_term, location_rows, service_rows
from .params import Paging, ServiceFilters
from .search_bridge import ranked_ids
from .serializers import NEEDS_TAXONOMY
from .visible import listable_services, listed_providers

# Words that find the SEN2 needs taxonomy in /taxonomies?search=, beside its name.
NEEDS_WORDS = {"sen", "sen2", "send", "need", "needs", "primary"}


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
        found = ranked_ids(filters.search, filters.age)
        allowed = set(queryset.filter(pk__in=found.pks).values_list("pk", flat=True))
        ordered = [pk for pk in found.pks if pk in allowed]
        chosen = ordered[paging.offset : paging.offset + paging.per_page]
        rows = {page.pk: page for page in service_rows(filters.full).filter(pk__in=chosen)}
        items = [rows[pk] for pk in chosen if pk in rows]
        return ResultPage(items, len(ordered), paging, found.corrected_to)
    total = queryset.count()
    rows = service_rows(filters.full).filter(pk__in=queryset.values("pk")).order_by("title", "pk")
    return ResultPage(list(rows[paging.offset : paging.offset + paging.per_page]), total, paging)


def page_locations(filters: ServiceFilters, paging: Paging) -> ResultPage:
    """service_at_location rows; with a postcode, nearest first (and within proximity)."""
    services = filter_services(listable_services(), filters)
    located = ServiceLocation.objects.filter(page_id__in=services.values("pk"))
    corrected_to = None
    if filters.postcode:
        found = nearest_first(located, filters)
        ordered, corrected_to = found.pks, found.corrected_to
    elif filters.search:
        found = ranked_ids(filters.search, filters.age)
        corrected_to = found.corrected_to
        rank = {pk: position for position, pk in enumerate(found.pks)}
        rows = located.filter(page_id__in=found.pks).values_list("pk", "page_id", "sort_order")
        ordered = [pk for pk, page_id, sort in sorted(rows, key=lambda r: (rank[r[1]], r[2], r[0]))]
    else:
        by_name = located.order_by("page__title", "page_id", "sort_order", "pk")
        ordered = list(by_name.values_list("pk", flat=True))
    chosen = ordered[paging.offset : paging.offset + paging.per_page]
    by_pk = {row.pk: row for row in location_rows(filters.full).filter(pk__in=chosen)}
    items = [by_pk[pk] for pk in chosen if pk in by_pk]
    return ResultPage(items, len(ordered), paging, corrected_to)


def page_providers(search: str, paging: Paging) -> ResultPage:
    providers = listed_providers()
    if search:
        providers = providers.filter(Q(name__icontains=search) | Q(description__icontains=search))
    total = providers.count()
    rows = providers.order_by("name", "pk")[paging.offset : paging.offset + paging.per_page]
    return ResultPage(list(rows), total, paging)


def page_taxonomies(search: str, paging: Paging) -> ResultPage:
    taxonomies = Taxonomy.objects.order_by("name", "pk")
    if search:
        taxonomies = taxonomies.filter(Q(name__icontains=search) | Q(description__icontains=search))
    # None stands for the SEN2 needs taxonomy, which has no row (serializers.taxonomy(None)).
    needs = [None] if _finds_needs_taxonomy(search) else []
    return _concatenated([taxonomies, needs], paging)


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


def _finds_needs_taxonomy(search: str) -> bool:
    name = NEEDS_TAXONOMY["name"].lower()
    lowered = search.lower()
    return not search or lowered in name or bool(set(lowered.split()) & NEEDS_WORDS)


def _concatenated(sources: list, paging: Paging) -> ResultPage:
    """One page across several querysets (or lists) listed one after another."""
    counts = [len(source) if isinstance(source, list) else source.count() for source in sources]
    items: list = []
    start, end = paging.offset, paging.offset + paging.per_page
    seen = 0
    for source, count in zip(sources, counts, strict=True):
        low, high = max(start - seen, 0), min(end - seen, count)
        if low < high:
            items += list(source[low:high])
        seen += count
    return ResultPage(items, sum(counts), paging)
