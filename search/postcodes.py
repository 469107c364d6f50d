"""Postcode -> point, offline: ONS Postcode Directory first, then the listings' own postcodes.

A council loads ONSPD with `manage.py import_postcodes`. Without it, a postcode a listing uses
is known exactly, and any other postcode in the same outcode gets the centroid of the listings
there. A whole outcode ("RV1") is accepted too and means the centre of that area.
"""

import math
from dataclasses import dataclass

from django.db.models import Avg, Count

from portal.postcodes import normalise, outcode

MALFORMED = "Enter a real postcode, like RV1 2AB"

EARTH_RADIUS_MILES = 3958.7613
MAX_INPUT = 16  # a postcode is at most 8 characters; anything far longer is not one


class PostcodeError(ValueError):
    """A postcode we cannot use; str(error) is the message to show the family."""


@dataclass(frozen=True)
class Point:
    latitude: float
    longitude: float


@dataclass(frozen=True)
class PostcodeLocation:
    postcode: str  # normalised: "RV1 2AB", or just the outcode "RV1"
    point: Point
    source: str  # "onspd" | "listing" | "outcode"


def is_outcode(postcode: str) -> bool:
    return " " not in postcode


def unknown_message(postcode: str) -> str:
    return (
        f"We could not find {postcode}. Check it, or try the first part, "
        f"like {outcode(postcode) if not is_outcode(postcode) else 'RV1'}"
    )


def haversine_miles(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def lookup(value: str) -> PostcodeLocation:
    """Find where a postcode (or outcode) is. Raises PostcodeError with a message to show."""
    if len(value or "") > MAX_INPUT:
        raise PostcodeError(MALFORMED)
    postcode = normalise(value)
    if postcode is None:
        raise PostcodeError(MALFORMED)
    found = _from_directory(postcode) or _from_listings(postcode)
    if found is None:
        raise PostcodeError(unknown_message(postcode))
    return found


def _from_directory(postcode: str) -> PostcodeLocation | None:
    from .models import Postcode

    if is_outcode(postcode):
        area = Postcode.objects.filter(outcode=postcode).aggregate(
            lat=Avg("latitude"), lon=Avg("longitude")
        )
        if area["lat"] is None:
            return None
        return PostcodeLocation(postcode, Point(area["lat"], area["lon"]), "onspd")
    row = Postcode.objects.filter(postcode=postcode).values("latitude", "longitude").first()
    if row is None:
        return None
    return PostcodeLocation(postcode, Point(row["latitude"], row["longitude"]), "onspd")


def _from_listings(postcode: str) -> PostcodeLocation | None:
    """The listings' own locations: exact postcode, else the centroid of their outcode."""
    from .models import IndexedLocation

    located = IndexedLocation.objects.exclude(latitude=None).exclude(longitude=None)
    if not is_outcode(postcode):
        exact = located.filter(postcode=postcode).aggregate(
            lat=Avg("latitude"), lon=Avg("longitude")
        )
        if exact["lat"] is not None:
            return PostcodeLocation(postcode, Point(exact["lat"], exact["lon"]), "listing")
    area = located.filter(outcode=outcode(postcode)).aggregate(
        lat=Avg("latitude"), lon=Avg("longitude"), n=Count("id")
    )
    if not area["n"]:
        return None
    return PostcodeLocation(postcode, Point(area["lat"], area["lon"]), "outcode")
