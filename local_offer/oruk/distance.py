"""Places of services nearest first from a postcode, for /service_at_locations.

With `proximity`, the search backend decides which services are within the radius (so this API
and the search page cannot disagree); of those, each place within the radius is listed, and
always the service's nearest place (the one that put it within the radius). Without
`proximity` every place is listed, those with no coordinates last. Each place is measured as
search measures a service: to its public point (a hidden address rounded to about a km), in
search's rounded miles. Equal distances keep the backend's order, then the service's name.
"""

from django.db.models import QuerySet

from local_offer.models import ServiceLocation
from local_offer.services import public_coordinate

from .params import ServiceFilters
from .search_bridge import Ranked, miles_to, place_query, ranked_ids, within_radius


def nearest_first(located: QuerySet[ServiceLocation], filters: ServiceFilters) -> Ranked:
    """Location ids nearest first (Ranked.pks), and the words search used instead of
    `search=`, if it corrected them."""
    query = place_query(filters)
    if filters.proximity is not None:
        found = within_radius(query)
    elif filters.search:
        found = ranked_ids(filters.search, filters.age)
    else:
        found = None  # every listed service: ties go by name, as without a postcode
    if found is not None:
        located = located.filter(page_id__in=found.pks)
    rank = {pk: position for position, pk in enumerate(found.pks if found else ())}
    rows = located.values_list(
        "pk", "page_id", "page__title", "sort_order", "latitude", "longitude", "hide_exact_address"
    )
    measured, unplaced = [], []
    for pk, page_id, title, sort_order, latitude, longitude, hidden in rows:
        miles = public_miles(latitude, longitude, hidden, query.near)
        key = (rank.get(page_id, 0), title, page_id, sort_order, pk)
        if miles is None:
            unplaced.append((key, pk))
        else:
            measured.append((miles, key, pk, page_id))
    measured.sort()
    corrected_to = found.corrected_to if found else None
    if filters.proximity is None:
        every = [pk for *_, pk, _page in measured] + [pk for _, pk in sorted(unplaced)]
        return Ranked(every, corrected_to)
    listed, seen = [], set()
    for miles, _key, pk, page_id in measured:
        if miles <= query.radius_miles or page_id not in seen:
            listed.append(pk)
        seen.add(page_id)
    return Ranked(listed, corrected_to)


def public_miles(latitude, longitude, hidden: bool, point) -> float | None:
    """Miles from the point to one place, as search shows a service's distance: to the point
    search indexed (a hidden address rounded to about a km), in the same rounded miles."""
    return miles_to(
        public_coordinate(latitude, hidden), public_coordinate(longitude, hidden), hidden, point
    )
