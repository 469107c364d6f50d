"""Impossible or unusable data in an incoming record, whichever reader built it.

Only what stops a record being a listing at all is a problem (it is rejected): no id, no name,
no organisation, or a minimum age over 25 (a service for adults only is not part of the Local
Offer). Anything else wrong is one part of the listing: that part is corrected or left out and
a warning names where it came from ("service_at_locations.0.location: ..." or "row 3,
contact_email: ..."). Places on the wrong side of Greenwich lose their point, ages that
contradict each other are both left out, the same need twice is kept once, a "last checked"
date still to come is not used. Websites, emails and phone numbers are checked with the same
validators the models use, so the writer never meets a value the page would refuse.
"""

import re
from collections import Counter

from django.core.exceptions import ValidationError

from local_offer.addresses import UK_LATITUDE, UK_LONGITUDE, normalise_postcode
from local_offer.fields import MAX_AGE_MONTHS, describe_age
from local_offer.models import Provider, ServiceContact, ServicePage
from local_offer.models.ages_and_costs import cost_errors
from local_offer.models.service_page import review_date_errors

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
    """The location to keep (postcode normalised), or None to leave it out. A point that
    contradicts the postcode is left out; the place stays, found by its postcode."""
    named = f"location {place.name!r}" if place.name else "location"
    try:
        place.postcode = normalise_postcode(place.postcode)
    except ValidationError:
        said = f"{place.postcode!r} is not a UK postcode" if place.postcode else "no postcode"
        record.warn(place.where("postcode"), f"{said}, {named} left out")
        return None
    if (place.latitude is None) != (place.longitude is None):
        record.warn(place.where(), "only one of latitude and longitude given, so neither kept")
        place.latitude = place.longitude = None
    if place.latitude is None:
        return place
    in_uk = UK_LATITUDE[0] <= place.latitude <= UK_LATITUDE[1]
    if not in_uk or not UK_LONGITUDE[0] <= place.longitude <= UK_LONGITUDE[1]:
        where = place.where("longitude" if in_uk else "latitude")
        problem = (
            f"the point {place.latitude}, {place.longitude} is not in the UK, "
            f"but the postcode {place.postcode} is"
        )
    else:
        where = place.where("longitude")
        problem = greenwich_problem(place.postcode, place.longitude)
    if problem:
        record.warn(where, f"{problem}, so the point was left out")
        place.latitude = place.longitude = None
    return place


def check_ages(record: ServiceRecord) -> None:
    """Negative or contradictory ages are left out (the listing then says "all ages" rather
    than something false); a minimum over 25 means the service is not for the Local Offer."""
    for name in ("min_age_months", "max_age_months"):
        value = getattr(record, name)
        if value is not None and value < 0:
            record.warn(record.where(name), "an age cannot be negative, left out")
            setattr(record, name, None)
    low, high = record.min_age_months, record.max_age_months
    if low is not None and high is not None and low > high:
        record.warn(
            record.where("min_age_months"),
            f"the minimum age ({describe_age(low)}) is older than the maximum age "
            f"({describe_age(high)}), so neither was kept",
        )
        record.min_age_months = record.max_age_months = None
        return
    if low is not None and low > MAX_AGE_MONTHS:
        record.problems.append(
            f"the minimum age is {describe_age(low)}: the Local Offer is for ages 0 to 25"
        )
        return
    if high is not None and high > MAX_AGE_MONTHS:
        record.warn(
            record.where("max_age_months"),
            f"maximum age {high // 12} is over 25, so it is shown as 'no upper age limit'",
        )
        record.max_age_months = None


def check_review_date(record: ServiceRecord) -> None:
    """A future "last checked" date is ignored with a warning, not a reason to reject: the rest
    of the record is sound, and the listing keeps the date we already had (or shows "not
    known"), so the reminders and the hiding still come when they should."""
    day = record.last_reviewed
    if day is not None and review_date_errors(day):
        record.warn(
            record.where("last_reviewed"),
            f"the date it was last checked ({day.isoformat()}) is in the future, "
            "so it was not used",
        )
        record.last_reviewed = None


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


# -- websites, emails, phone numbers -----------------------------------------------------------

WHAT = {"website": "a web address", "email": "an email address", "phone": "a phone number"}
# A number people can dial: a short one (111, 116 123) or one with 9 to 15 digits, perhaps
# with a note around it ("01632 960123 (Monday to Friday)").
SHORT_NUMBER = re.compile(r"^\d{3}(?: ?\d{3})?$")
LONG_NUMBER = re.compile(r"\+?\(?\d[\d ()-]{7,}\d")


def is_phone_number(value: str) -> bool:
    if SHORT_NUMBER.match(value.strip()):
        return True
    return any(9 <= sum(c.isdigit() for c in m[0]) <= 15 for m in LONG_NUMBER.finditer(value))


def _refused(model, name: str, value: str) -> str | None:
    """Why the model's own field would refuse the value, or None."""
    try:
        model._meta.get_field(name).clean(value, None)
    except ValidationError as error:
        if any(item.code == "invalid" for item in error.error_list):
            return f"{_short(value)} is not {WHAT[name]}"
        return f"{_short(value)}: {' '.join(error.messages).rstrip('.')}"
    if name == "phone" and not is_phone_number(value):
        return f"{_short(value)} is not {WHAT[name]}"
    return None


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:76] + "...'"


def check_contact_details(record: ServiceRecord) -> None:
    """The service's, its organisation's and each contact's website, email and phone: one that
    the listing could not hold is left out, the rest of the record is kept."""
    parts = [(record, ServicePage)]
    if record.organisation is not None:
        parts.append((record.organisation, Provider))
    parts += [(contact, ServiceContact) for contact in record.contacts]
    for part, model in parts:
        for name in WHAT:
            value = getattr(part, name, "")
            why = _refused(model, name, value) if value else None
            if why:
                record.warn(part.where(name), f"{why}, left out")
                setattr(part, name, "")


# A website or email given for this many services of one file is a general page or inbox (a
# council's home page, a venue's marketing address), not the service's own. North
# Lincolnshire's directory gives one home page to 30 services and one email to 61.
SHARED_BY = 5


def contact_counts(services: list) -> Counter:
    """How many services of a feed give each website (url) and email, before any is read."""
    counts: Counter = Counter()
    for service in services:
        for name in ("url", "email"):
            value = service.get(name) if isinstance(service, dict) else None
            if isinstance(value, str) and value.strip():
                counts[name, value.strip().lower()] += 1
    return counts


def check_shared_contacts(record: ServiceRecord, counts: Counter) -> ServiceRecord:
    """Kept (it still reaches the people who run the service), with a warning, so an officer
    can put the service's own page or address in its place."""
    for name, source, what in (("website", "url", "page"), ("email", "email", "inbox")):
        value = getattr(record, name)
        shared = counts[source, value.strip().lower()] if value else 0
        if shared >= SHARED_BY:
            record.warn(
                record.where(name),
                f"{_short(value)} is given for {shared} services in this file, so it is probably a "
                f"general {what}, not this service's own: kept, check it",
            )
    return record


# -- times, costs, how it is delivered ----------------------------------------------------------


def check_opening_times(record: ServiceRecord) -> None:
    kept, warned = [], set()
    for slot in record.opening_times:
        if slot.closes > slot.opens:
            kept.append(slot)
        elif slot.source not in warned:
            warned.add(slot.source)
            record.warn(
                slot.source,
                f"it closes at {slot.closes:%H:%M}, which is not after it opens at "
                f"{slot.opens:%H:%M}, so that opening time was left out",
            )
    record.opening_times = kept


def check_cost(record: ServiceRecord) -> None:
    errors = cost_errors(record.cost_type, record.cost_pence)
    if errors:
        record.warn(
            record.where("cost_pence"),
            f"{' '.join(errors.values())}: the cost is shown as 'cost varies'",
        )
        record.cost_type, record.cost_pence, record.cost_unit = "varies", None, ""


def check_languages(record: ServiceRecord) -> None:
    limit = ServicePage._meta.get_field("languages").max_length
    kept: list[str] = []
    for name in record.languages:
        if len(", ".join([*kept, name])) > limit:
            record.warn(
                record.where("languages"),
                f"more languages than fit in {limit} characters, {name!r} and after left out",
            )
            break
        kept.append(name)
    record.languages = kept


def check_delivery(record: ServiceRecord) -> None:
    """A listing with a place to go is delivered in person; one with nowhere (an online or
    phone service, or one whose only address had no postcode) is online or by phone, with no
    map location."""
    if record.locations and "in_person" not in record.delivery:
        record.delivery.insert(0, "in_person")
    if not record.locations and not record.delivery:
        record.delivery = ["online"]


def check_record(record: ServiceRecord) -> ServiceRecord:
    if not record.external_id:
        record.problems.append("it has no id, so a second import could not find it again")
    if not record.name.strip():
        record.problems.append("it has no name")
    if record.organisation is None or not record.organisation.name.strip():
        record.problems.append("it does not say which organisation runs it")
    check_ages(record)
    check_review_date(record)
    check_contact_details(record)
    check_opening_times(record)
    check_cost(record)
    record.needs = dedupe(record, record.needs, "need")
    record.languages = dedupe(record, record.languages, "language")
    check_languages(record)
    record.premises_access = dedupe(record, record.premises_access, "accessibility feature")
    kept = []
    for place in record.locations:
        checked = check_location(record, place)
        if checked is not None:
            kept.append(checked)
    record.locations = kept
    check_delivery(record)
    return record
