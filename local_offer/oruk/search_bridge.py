"""The ORUK API's questions put to the public search (search.api), so the API and the search
page can never disagree about which services match some words or lie within N miles.

`search=` becomes the page's own ServiceQuery and comes back as ranked ids; `postcode=` and
`proximity=` become its place and radius. When search takes the words for a misspelling and
searches others instead, `corrected_to` says so, and the view sends it as the
X-Search-Corrected-To header (views.py), never passing corrected results off as matches.
"""

import math
from dataclasses import dataclass

from search import api

from .params import METRES_PER_MILE, BadParameter, ServiceFilters

SEARCH_LIMIT = 1000  # ranked results taken from search; nobody pages past this
# Services within a proximity: as many as the search page itself can page through (500 x 50).
PLACE_LIMIT = 25_000
# The public search's place parameters, as this API calls them, for its error messages.
PLACE_PARAMETERS = {"postcode": "postcode", "radius": "proximity"}


@dataclass(frozen=True)
class Ranked:
    pks: list[int]  # best first
    corrected_to: str | None  # search took the words for a misspelling and searched these


def ranked_ids(text: str, age: int | None) -> Ranked:
    """Service ids for the words (and age), ranked as the search page ranks them."""
    params = {"q": text}
    if age is not None:
        params["age"] = str(age)
    query, _ = api.parse_query(params)
    return _ranked(api.find_ids(query, SEARCH_LIMIT))


def within_radius(query) -> Ranked:
    """Service ids within the place query's radius, nearest first, as the page finds them."""
    return _ranked(api.find_ids(query, PLACE_LIMIT))


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


def miles_to(latitude, longitude, hidden: bool, point) -> float | None:
    """Search's own measure of one place from a point (its rounded miles to the point search
    indexed), or None for a place with no coordinates. `latitude` and `longitude` are the
    public ones (local_offer.services.public_coordinate)."""
    place = {"latitude": latitude, "longitude": longitude, "hide_exact_address": hidden}
    return api.nearest_miles({"locations": [place]}, point)


def _ranked(found) -> Ranked:
    pks = []
    for value in found.ids:
        try:
            pks.append(int(value))
        except (TypeError, ValueError):
            continue
    return Ranked(pks, found.corrected_to)
