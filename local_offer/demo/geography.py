"""Riverside's invented geography: outcodes, their centroids and self-consistent postcodes.

None of it is real (see local_offer/data/RIVERSIDE_GEOGRAPHY.md). A postcode's point comes
from a hash of the postcode, so the same postcode always lands on the same spot.
"""

import hashlib
import math
from dataclasses import dataclass
from string import ascii_uppercase

from portal.postcodes import UNUSED_INWARD_LETTERS

UNIT_LETTERS = "".join(letter for letter in ascii_uppercase if letter not in UNUSED_INWARD_LETTERS)
MAX_OFFSET_KM = 2.0
KM_PER_DEGREE_LATITUDE = 111.2


@dataclass(frozen=True)
class Area:
    outcode: str
    name: str
    latitude: float
    longitude: float
    in_riverside: bool = True


AREAS = (
    Area("RV1", "Riverside", 52.9600, -1.9800),
    Area("RV2", "Northbank", 52.9850, -1.9750),
    Area("RV3", "Millford", 52.9620, -1.9350),
    Area("RV4", "Kingsreach", 52.9320, -1.9820),
    Area("RV5", "Westbrook", 52.9580, -2.0250),
    Area("RV6", "Ashby Vale", 52.9900, -1.9300),
    Area("RV7", "Hollins Cross", 52.9300, -1.9350),
    Area("RV8", "Fenby", 52.9280, -2.0300),
    Area("RV9", "Oakhurst", 52.9920, -2.0280),
    Area("EM1", "Eastmoor", 52.9550, -1.7500, in_riverside=False),
    Area("EM2", "Eastmoor North", 53.0000, -1.7200, in_riverside=False),
)
AREAS_BY_OUTCODE = {area.outcode: area for area in AREAS}
RIVERSIDE_AREAS = tuple(area for area in AREAS if area.in_riverside)


def _unit(digest: bytes, offset: int) -> float:
    """A number in [0, 1) from two bytes of a digest."""
    return int.from_bytes(digest[offset : offset + 2], "big") / 65536


def make_postcode(outcode: str, seed: str) -> str:
    """A postcode in `outcode` chosen by `seed` (a venue name, a service slug)."""
    digest = hashlib.sha256(f"{outcode}|{seed}".encode()).digest()
    sector = digest[0] % 10
    first = UNIT_LETTERS[digest[1] % len(UNIT_LETTERS)]
    second = UNIT_LETTERS[digest[2] % len(UNIT_LETTERS)]
    return f"{outcode} {sector}{first}{second}"


def postcode_point(postcode: str) -> tuple[float, float]:
    """The invented point of an invented postcode, within 2 km of its outcode's centroid."""
    area = AREAS_BY_OUTCODE[postcode.split(" ")[0]]
    digest = hashlib.sha256(postcode.encode()).digest()
    bearing = _unit(digest, 0) * 2 * math.pi
    # sqrt spreads points evenly over the disc rather than bunching them at the centre.
    distance_km = math.sqrt(_unit(digest, 2)) * MAX_OFFSET_KM
    north_km = distance_km * math.cos(bearing)
    east_km = distance_km * math.sin(bearing)
    km_per_degree_longitude = KM_PER_DEGREE_LATITUDE * math.cos(math.radians(area.latitude))
    latitude = area.latitude + north_km / KM_PER_DEGREE_LATITUDE
    longitude = area.longitude + east_km / km_per_degree_longitude
    return round(latitude, 6), round(longitude, 6)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance, for checking the invented points stay where they should."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))
