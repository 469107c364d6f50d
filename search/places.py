"""Place names -> points, offline, for "wheelchair sports near Aylesbury": like a postcode.

Order: the ONS gazetteer (search.models.Place, loaded by `manage.py import_places`), then the
towns in the listings' own addresses (the centre of the listings in that town), so a fresh
install understands the towns its listings are in. A name is a place only when some listing is
located within the default radius of it: a place no listing is near would filter everything
out, so its words stay words. Where the gazetteer holds one name several times (there are many
Newtons), the one with the most listings near it is meant.

Which words might be a place name is search.understanding's question; this module only says
which of its candidates are places, and where.
"""

import math
from collections.abc import Collection

from django.db.models import Avg, Count, Min

from .analysis import words
from .limits import DEFAULT_RADIUS
from .postcodes import Point, PostcodeLocation

MILES_PER_DEGREE = 69.0934  # of latitude
LONGEST_NAME = 100  # characters, as stored


def key(name: str) -> str:
    """A place name as lower-case words, the form both sources are matched in:
    "Barton-upon-Humber" -> "barton upon humber"."""
    return " ".join(words(name))


def find(keys: Collection[str]) -> dict[str, PostcodeLocation]:
    """Of these names (as `key` makes them), the ones that are places with a listing near
    them, and where each is. `PostcodeLocation.postcode` is the place's name, as the
    gazetteer or the listings write it."""
    from .models import IndexedLocation, Place

    keys = {k for k in keys if k and len(k) <= LONGEST_NAME}
    if not keys:
        return {}
    found: dict[str, PostcodeLocation] = {}
    named: dict[str, list[tuple[str, float, float]]] = {}
    for place_key, name, latitude, longitude in Place.objects.filter(key__in=keys).values_list(
        "key", "name", "latitude", "longitude"
    ):
        named.setdefault(place_key, []).append((name, latitude, longitude))
    for place_key, options in named.items():
        nearby = [(_listings_near(lat, lon), name, lat, lon) for name, lat, lon in options]
        count, name, lat, lon = max(nearby, key=lambda option: option[0])
        if count:
            found[place_key] = PostcodeLocation(name, Point(lat, lon), "gazetteer")
    towns = (
        IndexedLocation.objects.filter(town_key__in=keys - set(found))
        .exclude(latitude=None).exclude(longitude=None)
        .values("town_key")
        .annotate(name=Min("town"), lat=Avg("latitude"), lon=Avg("longitude"), n=Count("id"))
    )
    for town in towns:
        found[town["town_key"]] = PostcodeLocation(
            town["name"], Point(town["lat"], town["lon"]), "listings"
        )
    return found


def _listings_near(latitude: float, longitude: float, miles: float = DEFAULT_RADIUS) -> int:
    """Located listings in the square around the point (a cheap test: is anything near?)."""
    from .models import IndexedLocation

    north = miles / MILES_PER_DEGREE
    east = north / max(math.cos(math.radians(latitude)), 0.01)
    return IndexedLocation.objects.filter(
        latitude__range=(latitude - north, latitude + north),
        longitude__range=(longitude - east, longitude + east),
    ).count()
