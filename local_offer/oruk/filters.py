"""The ORUK list filters (taxonomy, organisation, modified_after, ages, opening times) as
conditions on a queryset of services. An id that names nothing matches nothing.

`minimum_age` and `maximum_age` compare the service's own limits, as the standard says; `age`
(our extension) answers a parent's question, with the rule the search page uses (portal/ages.py).
"""

import math

from django.db.models import Q

from local_offer.models import Need, ServicePage
from portal import ages

from .lookup import NEEDS, find_provider, find_taxonomy, find_term
from .params import ServiceFilters


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
    return _by_opening_times(_by_age(queryset, filters), filters)


def _by_age(queryset, filters: ServiceFilters):
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
    return queryset


def _by_opening_times(queryset, filters: ServiceFilters):
    if filters.day is None and not filters.start_time and not filters.end_time:
        return queryset
    condition = Q()
    if filters.day is not None:
        condition &= Q(opening_times__weekday=filters.day)
    if filters.start_time:
        condition &= Q(opening_times__opens__gte=filters.start_time)
    if filters.end_time:
        condition &= Q(opening_times__closes__lte=filters.end_time)
    return _within(queryset, condition)


def _within(queryset, condition: Q):
    """Filter on a related table without duplicating rows (or needing DISTINCT)."""
    return queryset.filter(pk__in=ServicePage.objects.filter(condition).values("pk"))
