"""Impossible data in an incoming record: places on the wrong side of Greenwich, ages that
contradict each other, the same need twice. Problems reject the record; warnings let it in
with the doubtful part corrected or left out, and are reported."""

from django.core.exceptions import ValidationError

from local_offer.addresses import UK_LATITUDE, UK_LONGITUDE, normalise_postcode
from local_offer.fields import MAX_AGE_MONTHS, describe_age

from .records import LocationRecord, ServiceRecord

# Postcode areas that lie wholly east of the Greenwich meridian: their longitude is positive.
EAST_OF_GREENWICH = {"CB", "CM", "CO", "CT", "DA", "IG", "IP", "ME", "NR", "RM", "SS", "TN"}
# Areas the meridian runs through: either sign is possible.
ON_THE_MERIDIAN = {"BN", "BR", "E", "EN", "HU", "LN", "PE", "RH", "SE", "SG"}
# Every other area is wholly west (negative longitude). A little slack allows for points
# placed at the edge of an area.
SLACK_DEGREES = 0.05


def postcode_area(postcode: str) -> str:
    letters = ""
    for char in postcode.strip().upper():
        if not char.isalpha():
            break
        letters += char
    return letters


def greenwich_problem(postcode: str, longitude: float) -> str | None:
    area = postcode_area(postcode)
    if area in ON_THE_MERIDIAN:
        return None
    if area in EAST_OF_GREENWICH and longitude < -SLACK_DEGREES:
        return (
            f"longitude {longitude} is west of Greenwich, but {postcode} is in the {area} area, "
            "which is east of it (check the minus sign)"
        )
    if area not in EAST_OF_GREENWICH and longitude > SLACK_DEGREES:
        return (
            f"longitude {longitude} is east of Greenwich, but {postcode} is in the {area} area, "
            "which is west of it (places west of Greenwich have a minus sign)"
        )
    return None


def check_location(record: ServiceRecord, place: LocationRecord) -> LocationRecord | None:
    """The location to keep (postcode normalised), or None to leave it out. Adds problems
    for contradictions, warnings for what was left out."""
    where = place.name or place.address_1 or "a location"
    try:
        place.postcode = normalise_postcode(place.postcode)
    except ValidationError:
        record.warnings.append(
            f"{where}: left out because {place.postcode or 'no postcode'!r} is not a UK postcode"
        )
        return None
    if (place.latitude is None) != (place.longitude is None):
        record.warnings.append(
            f"{where}: only one of latitude and longitude given, so neither kept"
        )
        place.latitude = place.longitude = None
    if place.latitude is None:
        return place
    if not (UK_LATITUDE[0] <= place.latitude <= UK_LATITUDE[1]) or not (
        UK_LONGITUDE[0] <= place.longitude <= UK_LONGITUDE[1]
    ):
        record.problems.append(
            f"{where}: the point {place.latitude}, {place.longitude} is not in the UK, "
            f"but the postcode {place.postcode} is"
        )
        return place
    problem = greenwich_problem(place.postcode, place.longitude)
    if problem:
        record.problems.append(f"{where}: {problem}")
    return place


def check_ages(record: ServiceRecord) -> None:
    low, high = record.min_age_months, record.max_age_months
    if (low is not None and low < 0) or (high is not None and high < 0):
        record.problems.append("ages cannot be negative")
        return
    if low is not None and high is not None and low > high:
        record.problems.append(
            f"the minimum age ({describe_age(low)}) is older than the maximum age "
            f"({describe_age(high)})"
        )
        return
    if low is not None and low > MAX_AGE_MONTHS:
        record.problems.append(
            f"the minimum age is {describe_age(low)}: the Local Offer is for ages 0 to 25"
        )
        return
    if high is not None and high > MAX_AGE_MONTHS:
        record.warnings.append(
            f"maximum age {high // 12} is over 25, so it is shown as 'no upper age limit'"
        )
        record.max_age_months = None


def dedupe(record: ServiceRecord, values: list, what: str) -> list:
    seen, result = set(), []
    for value in values:
        key = value.lower() if isinstance(value, str) else value
        if key in seen:
            record.warnings.append(f"{what} {value!r} is listed more than once; kept once")
            continue
        seen.add(key)
        result.append(value)
    return result


def check_record(record: ServiceRecord) -> ServiceRecord:
    if not record.external_id:
        record.problems.append("it has no id, so a second import could not find it again")
    if not record.name.strip():
        record.problems.append("it has no name")
    if record.organisation is None or not record.organisation.name.strip():
        record.problems.append("it does not say which organisation runs it")
    check_ages(record)
    record.needs = dedupe(record, record.needs, "need")
    record.languages = dedupe(record, record.languages, "language")
    record.premises_access = dedupe(record, record.premises_access, "accessibility feature")
    kept = []
    for place in record.locations:
        checked = check_location(record, place)
        if checked is not None:
            kept.append(checked)
    record.locations = kept
    return record
