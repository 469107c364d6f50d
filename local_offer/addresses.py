"""UK postcodes and coordinates: normalise them, check them, and show only the area when an
address is hidden."""

import re

from django.core.exceptions import ValidationError

# The Royal Mail pattern without the special cases (GIR 0AA, overseas territories):
# outward code = area letters + district, inward code = sector digit + unit letters.
_POSTCODE = re.compile(
    r"^(?P<outward>[A-Z]{1,2}[0-9][A-Z0-9]?)(?P<inward>[0-9][ABD-HJLNP-UW-Z]{2})$"
)

# A box round Great Britain and Northern Ireland, generous at the edges (Shetland, Scilly, Rockall
# is not a service location). Longitudes east of 1.8 or west of -8.7 are outside the UK.
UK_LATITUDE = (49.8, 60.9)
UK_LONGITUDE = (-8.7, 1.8)


def normalise_postcode(value: str) -> str:
    """ " rv1  2ab " -> "RV1 2AB". Raises ValidationError when it is not a UK postcode."""
    compact = re.sub(r"\s+", "", value or "").upper()
    match = _POSTCODE.match(compact)
    if not match:
        raise ValidationError("Enter a real postcode, like RV1 2AB", code="invalid_postcode")
    return f"{match['outward']} {match['inward']}"


def is_postcode(value: str) -> bool:
    try:
        normalise_postcode(value)
    except ValidationError:
        return False
    return True


def outcode(postcode: str) -> str:
    """The outward half ("RV1") people recognise as an area without giving away a street."""
    return (postcode or "").strip().upper().split(" ")[0]


def validate_postcode(value: str) -> None:
    if value:
        normalise_postcode(value)


def coordinate_errors(latitude, longitude) -> dict[str, str]:
    """Plain-English problems with a point, keyed by field name. Empty when fine or unset."""
    errors: dict[str, str] = {}
    if (latitude is None) != (longitude is None):
        missing = "longitude" if longitude is None else "latitude"
        errors[missing] = "Enter both latitude and longitude, or neither"
        return errors
    if latitude is None:
        return errors
    if not UK_LATITUDE[0] <= latitude <= UK_LATITUDE[1]:
        errors["latitude"] = "Latitude must be in the UK (between 49.8 and 60.9)"
    if not UK_LONGITUDE[0] <= longitude <= UK_LONGITUDE[1]:
        errors["longitude"] = (
            "Longitude must be in the UK (between -8.7 and 1.8). "
            "Places west of Greenwich have a minus sign"
        )
    return errors
