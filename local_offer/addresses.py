"""UK postcodes and coordinates: normalise them, check them, and show only the area when an
address is hidden."""

from django.core.exceptions import ValidationError

from portal.postcodes import is_real, normalise_full

# A box round Great Britain and Northern Ireland, generous at the edges (Shetland, Scilly, Rockall
# is not a service location). Longitudes east of 1.8 or west of -8.7 are outside the UK.
UK_LATITUDE = (49.8, 60.9)
UK_LONGITUDE = (-8.7, 1.8)


def normalise_postcode(value: str) -> str:
    """ " rv1  2ab " -> "RV1 2AB". Raises ValidationError when it is not a UK postcode."""
    normalised = normalise_full(value)
    if normalised is None or not is_real(normalised):
        raise ValidationError("Enter a real postcode, like RV1 2AB", code="invalid_postcode")
    return normalised


def is_postcode(value: str) -> bool:
    try:
        normalise_postcode(value)
    except ValidationError:
        return False
    return True


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
