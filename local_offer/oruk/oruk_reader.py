"""Open Referral UK 3.0 (and HSDS 3.0) service JSON -> ServiceRecord.

Each service is first checked against the ORUK service schema with URL, email, UUID and
date-time formats checked (`check_schema`). A schema error rejects the record only when there
is no listing without it: the record is not an object, or its id, its name or its
organisation's name is missing or not text. Every other error sits in one part, and the
smallest optional part that holds it is left out, with a warning naming its JSON path
("service_at_locations.0.location.addresses.0: no postcode, address left out"): a field
(url, email), an item of a list (an address, a schedule, a contact, a taxonomy term) or an
optional object (a location). A required field of a part takes the part with it (an address
without postal_code is no address); the record itself and its organisation are never left out
whole, they lose only the broken field. Nested ids that are missing or not UUIDs are noted and
nothing is left out: nothing here reads them.

Then the record is read field by field, and `checks.check_record` applies the rules every
importer shares. What our model keeps, and how:

- description: HTML is read as text (html_text.py: no markup is kept, paragraphs are); the
  first 300 characters (to a sentence end) become the summary, all of it the description.
  The same for eligibility_description, application_process and the organisation's
  description.
- minimum_age / maximum_age: years, inclusive ("maximum_age 18" is up to 18 years 11 months).
- organization (nested) or organization_id (a provider imported before).
- service_at_locations[].location: name, first address, point; virtual locations mean the
  service is delivered online. accessibility descriptions become the accessibility notes. A
  service with no place left (none given, virtual only, or no address with a postcode) is
  delivered online or by phone and has no map location.
- schedules (service, service_at_location and location): weekly byday + opens_at/closes_at
  become opening times; the first description becomes the schedule notes. Monthly rules are
  not kept; a weekly time that cannot be read or closes before it opens is left out.
- cost_options: the first priced option becomes the charge (amount in pounds), its option and
  any description we cannot read as a unit go into the cost notes.
- languages (name or code), service_areas, contacts (with their first phone), the service's
  first phone, eligibility_description, application_process, assured_date.
- attributes: taxonomy terms. SEN2 need codes become needs; other terms are matched to our
  categories by id/code, then by name, and created in the source's vocabulary if new. A term
  that claims one of our own closed vocabularies (SEN2 needs, the DfE Family Hubs categories,
  the council's categories, Preparing for Adulthood) but is not in it, or an attribute that
  gives only a taxonomy_term_id we do not know, is left out with a warning.
"""

import copy
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time

from django.db.models import Q
from django.utils.dateparse import parse_date

from local_offer.models import CostUnit, Need, PremisesAccess, Provider, Taxonomy, TaxonomyTerm
from local_offer.vocabularies import VOCABULARIES
from portal import ages

from . import html_text, ids, schemas
from .checks import check_record
from .records import (
    ContactRecord,
    LocationRecord,
    OpeningRecord,
    OrganisationRecord,
    ServiceRecord,
    TermRecord,
)
from .serializers import LANGUAGE_CODES, NEEDS_TAXONOMY

SUMMARY_MAX = 300
STATUS = {
    "active": "active",
    "temporarily closed": "temporarily_closed",
    "inactive": "closed",
    "defunct": "closed",
}
DAY_CODES = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
LANGUAGE_NAMES = {code: name.title() for name, code in LANGUAGE_CODES.items() if code}
LANGUAGE_NAMES.update({"en": "English", "bfi": "British Sign Language", "zh": "Chinese"})
FEATURE_LABELS = {str(label).lower(): code for code, label in PremisesAccess.choices}
# Words in an accessibility description that name one of our premises features.
ACCESS_WORDS = [
    ("step_free", ("step-free", "step free", "wheelchair access", "ramp", "level access")),
    ("lift", ("lift", "elevator")),
    ("accessible_toilet", ("accessible toilet", "disabled toilet")),
    ("changing_places", ("changing places", "hoist")),
    ("hearing_loop", ("hearing loop", "induction loop", "t-coil")),
    ("disabled_parking", ("disabled parking", "blue badge", "disabled car parking")),
    ("quiet_space", ("quiet room", "quiet space", "sensory room", "sensory space")),
    ("easy_read", ("easy read", "large print")),
]


def read_service(
    data: dict,
    schema_dir: str | None = None,
    position: int | None = None,
    *,
    standard: str = "3.0",
    before_checks: Callable[[ServiceRecord, dict], None] | None = None,
) -> ServiceRecord:
    """One service from a feed (the `position`th, counting from 1, names an entry that has no
    name of its own). Problems and warnings are recorded on the record, never raised; `data`
    itself is never changed. `standard` is the ORUK version the feed follows (oruk1_reader
    reads 1.0 through here: see check_schema), and `before_checks(record, data)` reads what
    only that version has before the shared checks run."""
    if not isinstance(data, dict):
        name = f"entry {position}" if position else ""
        record = ServiceRecord(external_id="", name=name, organisation=None)
        shown = json.dumps(data, default=str)
        shown = shown if len(shown) <= 60 else shown[:56] + "..."
        record.problems.append(f"it is not a JSON object but {shown}")
        return record
    record = ServiceRecord(
        external_id=_text(data.get("id")),
        name=_text(data.get("name")),
        organisation=None,
    )
    if data.get("_fetch_error"):
        record.problems.append(str(data["_fetch_error"]))
        return record
    checked = check_schema(data, schema_dir, standard)
    if checked.problems:
        record.problems += checked.problems
        return record
    record.warnings += checked.warnings
    data = checked.document
    record.sources = {
        "website": "url",
        "email": "email",
        "min_age_months": "minimum_age",
        "max_age_months": "maximum_age",
        "last_reviewed": "assured_date",
        "languages": "languages",
    }
    # Feeds put HTML in descriptions; the listing stores plain paragraphs (html_text.py).
    description = html_text.paragraphs(_text(data.get("description")))
    record.description = description
    record.summary = summary_of(description) or summary_of(record.name)
    record.status = STATUS.get(_text(data.get("status")).lower(), "active")
    record.website = _text(data.get("url"))
    record.email = _text(data.get("email"))
    number, record.phone = _first_phone(data.get("phones"))
    record.sources["phone"] = f"phones.{number}.number"
    record.eligibility = html_text.paragraphs(_text(data.get("eligibility_description")))
    record.referral_details = html_text.paragraphs(_text(data.get("application_process")))
    record.min_age_months = _months(data.get("minimum_age"))
    record.max_age_months = _months(data.get("maximum_age"), upper=True)
    record.last_reviewed = _review_date(record, data.get("assured_date"))
    record.organisation = _organisation(record, data)
    _places(record, data)
    _schedules(record, data)
    _costs(record, data.get("cost_options") or [])
    record.languages = [name for name in map(_language, data.get("languages") or []) if name]
    record.service_areas = _service_areas(record, data.get("service_areas") or [])
    record.contacts = [
        contact
        for contact in (
            _contact(index, item) for index, item in enumerate(data.get("contacts") or [])
        )
        if contact is not None
    ]
    _attributes(record, data.get("attributes") or [])
    if before_checks is not None:
        before_checks(record, data)
    return check_record(record)


# -- schema errors: which reject the record, which leave one part out ---------------------------

# The record and its organisation are never left out whole, only their broken fields; without
# these fields of theirs there is no listing, so the record is rejected.
KEPT = {(): {"id", "name"}, ("organization",): {"name"}}
# What a part cannot be used without: a broken or missing one takes the part with it. Anything
# else the schema requires but a listing does not use (an address's city or country, a term's
# description, the ids of parts) is reported and the part kept.
NEEDED = {"addresses": {"postal_code"}, "taxonomy_term": {"name"}}
PART_NAMES = {
    "service_at_locations": "location", "location": "location", "addresses": "address",
    "accessibility": "accessibility note", "attributes": "attribute",
    "taxonomy_term": "taxonomy term", "schedules": "schedule", "contacts": "contact",
    "phones": "phone", "cost_options": "cost option", "languages": "language",
    "service_areas": "service area", "organization_identifiers": "organisation identifier",
    "funding": "funding",
}  # fmt: skip
FORMAT_WORDS = {
    "uri": "a web address", "email": "an email address", "uuid": "a UUID",
    "date-time": "a date and time",
}  # fmt: skip
FIELD_WORDS = {"postal_code": "postcode"}
REQUIRED_MESSAGE = re.compile(r"^'(?P<name>.+)' is a required property$")


@dataclass
class SchemaCheck:
    document: dict  # the record with every broken part left out (a copy when anything was)
    problems: list[str] = field(default_factory=list)  # reasons to reject it
    warnings: list[str] = field(default_factory=list)


def check_schema(data: dict, schema_dir: str | None = None, standard: str = "3.0") -> SchemaCheck:
    """Sort the record's schema errors into problems that reject it, parts to leave out and
    notes: the smallest part holding an error is left out, never more. A record translated
    from ORUK 1.0 (`standard="1.0"`) gets no notes on what 3.0 asks for and 1.0 never did (a
    UUID for every part, a term's description): its publisher did nothing wrong."""
    notes = standard != "1.0"
    result = SchemaCheck(document=data)
    drops: dict[tuple, list[str]] = {}
    errors = sorted(
        schemas.validator_for("service.json", schema_dir).iter_errors(data),
        key=lambda error: [str(part) for part in error.absolute_path],
    )
    for error in errors:
        path = tuple(error.absolute_path)
        missing = _missing(error)
        reason = _reason(error, missing)
        if (not path and missing is None) or _fatal(path, missing, error.validator):
            result.problems.append(f"{_dotted(path) or '(record)'}: {_message(error)}")
        elif path == ("id",):
            result.warnings.append(
                f"id: {reason}, so the API publishes the listing under an id of its own"
            )
        elif missing is not None and missing in NEEDED.get(_kind(path), ()):
            drops.setdefault(path, []).append(reason)
        elif missing is not None:
            then = "so taken as active" if path == () and missing == "status" else "read without it"
            if notes:
                result.warnings.append(f"{_dotted((*path, missing))}: not given, {then}")
        elif path[-1] == "id":
            # The id of a part: nothing here reads it (a term's id only helps to match it).
            if notes:
                result.warnings.append(f"{_dotted(path)}: {reason}, nothing left out")
        elif path[-1] in NEEDED.get(_kind(path[:-1]), ()):
            drops.setdefault(path[:-1], []).append(f"{path[-1]} {reason}")
        else:
            drops.setdefault(path, []).append(reason)
    if drops:
        result.document = copy.deepcopy(data)
    for target in sorted(drops, key=len):
        if any(target[:size] in drops for size in range(1, len(target))):
            continue  # inside a part already left out
        result.warnings.append(
            f"{_dotted(target)}: {' and '.join(drops[target])}, {_part_name(target)}left out"
        )
        parent = result.document
        for part in target[:-1]:
            parent = parent[part]
        if isinstance(target[-1], int):
            parent[target[-1]] = None  # keeps the other items' indexes, so paths stay true
        else:
            parent.pop(target[-1], None)
    return result


def _fatal(path: tuple, missing: str | None, validator: str) -> bool:
    if path == ():
        return missing in KEPT[()]
    if path == ("id",):
        return validator != "format"  # an id that is text but not a UUID still finds the page
    if path in (("name",), ("organization", "name")):
        return True
    return path == ("organization",) and (missing is None or missing in KEPT[path])


def _kind(path: tuple) -> str:
    """What a part is, by the last name on its path: "addresses" for ...addresses.0."""
    keys = [part for part in path if isinstance(part, str)]
    return keys[-1] if keys else ""


def _missing(error) -> str | None:
    if error.validator != "required":
        return None
    match = REQUIRED_MESSAGE.match(error.message)
    return match["name"] if match else error.message


def _reason(error, missing: str | None) -> str:
    if missing is not None:
        return f"no {FIELD_WORDS.get(missing, missing)}"
    if error.validator == "format":
        words = FORMAT_WORDS.get(error.validator_value, repr(error.validator_value))
        return f"{_short(error.instance)} is not {words}"
    if error.validator == "enum":
        choices = ", ".join(str(choice) for choice in error.validator_value)
        return f"{_short(error.instance)} is not one of {choices}"
    return _message(error)


def _message(error) -> str:
    if error.validator == "type":
        return f"{_short(error.instance)} is not of type {error.validator_value!r}"
    return error.message if len(error.message) <= 120 else error.message[:117] + "..."


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:56] + "...'"


def _dotted(path: tuple) -> str:
    return ".".join(str(part) for part in path)


def _part_name(path: tuple) -> str:
    name = PART_NAMES.get(_kind(path))
    return f"{name} " if name else ""


# -- fields ------------------------------------------------------------------------------------


def _text(value) -> str:
    if value is None or isinstance(value, bool):
        return ""
    return str(value).strip()


def summary_of(description: str) -> str:
    """Up to 300 characters, ending at a sentence where possible."""
    text = " ".join(description.split())
    if len(text) <= SUMMARY_MAX:
        return text
    cut = text[: SUMMARY_MAX - 1]
    end = max(cut.rfind(". "), cut.rfind("! "), cut.rfind("? "))
    if end > 80:
        return cut[: end + 1]
    return cut.rsplit(" ", 1)[0] + "…"


def _months(value, upper: bool = False) -> int | None:
    if value is None or isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if math.isnan(value) or math.isinf(value):
        return None
    if upper and float(value).is_integer():
        return ages.last_month(int(value))  # "maximum age 18" includes the year they are 18
    return round(value * ages.MONTHS_PER_YEAR)


def _review_date(record: ServiceRecord, value) -> date | None:
    # A date in the future is dropped, with a warning, by check_record (checks.py).
    if not value:
        return None
    try:
        day = parse_date(_text(value)[:10])
    except ValueError:
        day = None
    if day is None:
        record.warn("assured_date", f"{_short(value)} is not a date, left out")
    return day


def _clean_number(number: str) -> str:
    # The HSDS examples wrap numbers in literal quote marks; a phone number never has them.
    return _text(number).strip("\"'").strip()[:40]


def _first_phone(phones) -> tuple[int, str]:
    """(its index, the number) of the first phone with a number; checks.py judges it."""
    for index, phone in enumerate(phones if isinstance(phones, list) else []):
        if isinstance(phone, dict) and _clean_number(phone.get("number")):
            return index, _clean_number(phone.get("number"))
    return 0, ""


def _organisation(record: ServiceRecord, data: dict) -> OrganisationRecord | None:
    org = data.get("organization")
    if isinstance(org, dict) and _text(org.get("name")):
        charity = ofsted = ""
        for identifier in org.get("organization_identifiers") or []:
            if not isinstance(identifier, dict):
                continue
            scheme = _text(identifier.get("identifier_scheme")).upper()
            kind = _text(identifier.get("identifier_type")).lower()
            value = _text(identifier.get("identifier"))
            if scheme in ("GB-CHC", "GB-SC", "GB-NIC") or "charity" in kind:
                charity = charity or value[:20]
            elif "ofsted" in kind or "urn" in kind or "registration" in kind:
                ofsted = ofsted or value[:40]
        number, phone = _first_phone(org.get("phones"))
        return OrganisationRecord(
            name=_text(org.get("name")),
            external_id=_text(org.get("id")) or _text(data.get("organization_id")) or None,
            description=html_text.paragraphs(_text(org.get("description"))),
            email=_text(org.get("email")),
            website=_text(org.get("website")),
            phone=phone,
            charity_number=charity,
            ofsted_number=ofsted,
            source="organization",
            sources={
                "email": "organization.email",
                "website": "organization.website",
                "phone": f"organization.phones.{number}.number",
            },
        )
    org_id = _text(data.get("organization_id"))
    provider = Provider.objects.filter(external_id=org_id).first() if org_id else None
    if provider is not None:
        return OrganisationRecord(name=provider.name, external_id=provider.external_id)
    if org_id:
        record.problems.append(
            f"its organization_id {org_id} is not an organisation we know: "
            "include the organization object"
        )
    return None


def _places(record: ServiceRecord, data: dict) -> None:
    notes: list[str] = []
    for index, link in enumerate(data.get("service_at_locations") or []):
        place = link.get("location") if isinstance(link, dict) else None
        if not isinstance(place, dict):
            continue  # nothing to read, or left out by check_schema with a warning
        where = f"service_at_locations.{index}.location"
        kind = _text(place.get("location_type")).lower()
        if kind == "virtual":
            if "online" not in record.delivery:
                record.delivery.append("online")
            continue
        addresses = place.get("addresses") or []
        number, address = _pick_address(addresses)
        if address is None and addresses:
            continue  # every address was left out by check_schema, which said why
        address = address or {}
        lat, lon = place.get("latitude"), place.get("longitude")
        record.locations.append(
            LocationRecord(
                postcode=_text(address.get("postal_code")),
                name=_text(place.get("name"))[:200],
                address_1=_text(address.get("address_1"))[:200],
                address_2=_text(address.get("address_2"))[:200],
                town=_text(address.get("city"))[:100],
                latitude=float(lat)
                if isinstance(lat, int | float) and not isinstance(lat, bool)
                else None,
                longitude=float(lon)
                if isinstance(lon, int | float) and not isinstance(lon, bool)
                else None,
                source=where,
                sources={
                    "latitude": f"{where}.latitude",
                    "longitude": f"{where}.longitude",
                    **({"postcode": f"{where}.addresses.{number}.postal_code"} if address else {}),
                },
            )
        )
        for item in place.get("accessibility") or []:
            if not isinstance(item, dict):
                continue
            text = html_text.paragraphs(
                _text(item.get("description")) or _text(item.get("accessibility"))
            )
            details = html_text.paragraphs(_text(item.get("details")))
            if text.lower() in FEATURE_LABELS and not details:
                # One of our own premises features, as this API publishes them.
                code = FEATURE_LABELS[text.lower()]
                if code not in record.premises_access:
                    record.premises_access.append(code)
                continue
            note = "\n\n".join(part for part in (text, details) if part)
            if note and note not in notes:
                notes.append(note)
            for code, words in ACCESS_WORDS:
                if (
                    any(word in note.lower() for word in words)
                    and code not in record.premises_access
                ):
                    record.premises_access.append(code)
    record.accessibility_notes = "\n\n".join(notes)


def _pick_address(addresses: list) -> tuple[int | None, dict | None]:
    """(index, address): the first physical address, else the first of any kind."""
    usable = [(index, a) for index, a in enumerate(addresses) if isinstance(a, dict)]
    physical = [(index, a) for index, a in usable if a.get("address_type") == "physical"]
    return (physical or usable or [(None, None)])[0]


def _schedules(record: ServiceRecord, data: dict) -> None:
    found = [(f"schedules.{n}", item) for n, item in enumerate(data.get("schedules") or [])]
    for index, link in enumerate(data.get("service_at_locations") or []):
        if not isinstance(link, dict):
            continue
        where = f"service_at_locations.{index}"
        found += [
            (f"{where}.schedules.{n}", item) for n, item in enumerate(link.get("schedules") or [])
        ]
        place = link.get("location")
        if isinstance(place, dict):
            found += [
                (f"{where}.location.schedules.{n}", item)
                for n, item in enumerate(place.get("schedules") or [])
            ]
    seen_ids, seen_slots = set(), set()
    for where, schedule in found:
        if not isinstance(schedule, dict):
            continue
        key = _text(schedule.get("id")) or where
        if key in seen_ids:
            continue
        seen_ids.add(key)
        description = _text(schedule.get("description"))
        if description and not record.schedule_notes:
            if len(description) > 200:
                record.warn(f"{where}.description", "cut to 200 characters")
            record.schedule_notes = description[:200]
        slots = _weekly_slots(record, where, schedule)
        for day, opens, closes in slots:
            if (day, opens, closes) not in seen_slots:
                seen_slots.add((day, opens, closes))
                record.opening_times.append(OpeningRecord(day, opens, closes, source=where))


def _weekly_slots(record: ServiceRecord, where: str, schedule: dict) -> list[tuple]:
    """(weekday, opens, closes) for a weekly schedule with times. A schedule with only a
    description, or a monthly one, gives none and is not a mistake; times that cannot be read
    are, and are reported. Closing before opening is judged by check_record."""
    freq = _text(schedule.get("freq")).upper()
    raw_opens, raw_closes = schedule.get("opens_at"), schedule.get("closes_at")
    if freq not in ("", "WEEKLY") or not (raw_opens or raw_closes):
        return []
    opens, closes = _clock(raw_opens), _clock(raw_closes)
    for name, raw, value in (("opens_at", raw_opens, opens), ("closes_at", raw_closes, closes)):
        if value is None:
            said = f"{_short(raw)} is not a time" if raw else f"no {name}"
            record.warn(where, f"{said}, so its opening times were left out")
            return []
    words = [part.strip() for part in _text(schedule.get("byday")).split(",") if part.strip()]
    days = [DAY_CODES.get(word.upper()[-2:]) for word in words]
    if not any(day is not None for day in days):
        said = f"byday {_short(schedule.get('byday'))} names no day" if words else "no byday"
        record.warn(where, f"{said}, so its opening times were left out")
        return []
    return [(day, opens, closes) for day in days if day is not None]


def _clock(value) -> time | None:
    match = re.match(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?", _text(value))
    if not match:
        return None
    hours, minutes, seconds = int(match[1]), int(match[2]), int(match[3] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        return None
    return time(hours, minutes, seconds)


UNIT_WORDS = [
    ("session", "session"), ("hour", "hour"), ("night", "night"), ("day", "day"),
    ("week", "week"), ("month", "month"), ("term", "term"), ("year", "year"),
    ("annual", "year"), ("one-off", "one_off"), ("one off", "one_off"),
]  # fmt: skip


def unit_of(text: str) -> str:
    """The cost unit a phrase names: "per 1 hour session" -> "session" (the last unit word)."""
    lowered = text.lower()
    best, where = "", -1
    for word, unit in UNIT_WORDS:
        position = lowered.rfind(word)
        if position > where:
            best, where = unit, position
    return best


def _costs(record: ServiceRecord, options: list) -> None:
    priced = [
        (index, o)
        for index, o in enumerate(options)
        if isinstance(o, dict)
        and isinstance(o.get("amount"), int | float)
        and not isinstance(o.get("amount"), bool)
    ]
    if not options:
        record.cost_type = "varies"
        return
    paid = [(index, o) for index, o in priced if o["amount"] > 0]
    if not paid and priced:
        record.cost_type = "free"
        record.cost_notes = _text(priced[0][1].get("option"))
        if record.cost_notes.lower() == "free":
            record.cost_notes = ""
        return
    if not paid:
        record.cost_type = "varies"
        record.cost_notes = "\n".join(
            filter(
                None,
                (
                    _text(o.get("option")) or _text(o.get("amount_description"))
                    for o in options
                    if isinstance(o, dict)
                ),
            )
        )
        return
    index, first = paid[0]
    record.sources["cost_pence"] = f"cost_options.{index}.amount"
    record.cost_type = "charge"
    record.cost_pence = round(first["amount"] * 100)
    description = _text(first.get("amount_description"))
    record.cost_unit = unit_of(description)
    notes = [_text(first.get("option"))]
    label = CostUnit(record.cost_unit).label if record.cost_unit else ""
    if description and description.lower() != label:
        notes.append(f"({description})")
    record.cost_notes = " ".join(part for part in notes if part)
    for _, other in paid[1:]:
        record.cost_notes += (
            f"\n{_text(other.get('option')) or 'Also'}: £{other['amount']:.2f} "
            f"{_text(other.get('amount_description'))}".rstrip()
        )


def _language(item) -> str:
    if not isinstance(item, dict):
        return ""
    name = _text(item.get("name"))
    if name:
        return name[:60]
    return LANGUAGE_NAMES.get(_text(item.get("code")).lower(), "")


def _service_areas(record: ServiceRecord, areas: list) -> str:
    names = []
    for area in areas:
        if not isinstance(area, dict):
            continue
        name = (
            _text(area.get("name"))
            or _text(area.get("service_area"))
            or _text(area.get("description"))
        )
        if name and name not in names:
            names.append(name)
    joined = "; ".join(names)
    if len(joined) > 200:
        record.warn("service_areas", "the service areas were cut to 200 characters")
        joined = joined[:199].rsplit(" ", 1)[0] + "…"
    return joined


def _contact(index: int, item) -> ContactRecord | None:
    if not isinstance(item, dict):
        return None
    name = _text(item.get("name")) or _text(item.get("title"))
    number, phone = _first_phone(item.get("phones"))
    email = _text(item.get("email"))
    if not name or not (phone or email or _text(item.get("title"))):
        return None
    where = f"contacts.{index}"
    return ContactRecord(
        name=name[:120],
        role=_text(item.get("title"))[:120],
        phone=phone,
        email=email,
        source=where,
        sources={"email": f"{where}.email", "phone": f"{where}.phones.{number}.number"},
    )


# -- taxonomy terms ------------------------------------------------------------------------------

NEEDS_VOCABULARY = NEEDS_TAXONOMY["name"]


def _attributes(record: ServiceRecord, attributes: list) -> None:
    need_codes = set(Need.objects.values_list("code", flat=True))
    need_labels = {label.lower(): code for code, label in Need.objects.values_list("code", "label")}
    for index, attribute in enumerate(attributes):
        if not isinstance(attribute, dict):
            continue  # left out by check_schema, which said why
        where = f"attributes.{index}"
        term = attribute.get("taxonomy_term")
        if not isinstance(term, dict) or not _text(term.get("name")):
            _term_by_reference(record, where, attribute, term)
            continue
        where = f"{where}.taxonomy_term"
        name = _text(term.get("name"))
        code = _text(term.get("code")) or _text(term.get("term"))
        need = next(
            (c for c in (code.upper(), name.upper()) if c in need_codes), None
        ) or need_labels.get(name.lower())
        if need:
            record.needs.append(need)
            continue
        vocabulary = _closed_vocabulary(term)
        if vocabulary is None:
            detail = term.get("taxonomy_detail")
            record.categories.append(
                TermRecord(
                    label=name[:200],
                    code=_text(term.get("id")) or code,
                    description=_text(term.get("description")),
                    taxonomy=_text(term.get("taxonomy"))
                    or (_text(detail.get("name")) if isinstance(detail, dict) else ""),
                    source=where,
                )
            )
            continue
        found = None if vocabulary == NEEDS_VOCABULARY else _term_in(vocabulary, term)
        if found is None:
            record.warn(where, f"{name!r} is not in the {vocabulary} vocabulary, left out")
            continue
        record.categories.append(TermRecord(label=found.label, code=found.code, source=where))


def _term_by_reference(record: ServiceRecord, where: str, attribute: dict, term) -> None:
    """An attribute without a named term: its taxonomy_term_id (or the term's id) must be one
    of our categories or needs."""
    reference = _text(attribute.get("taxonomy_term_id"))
    if not reference and isinstance(term, dict):
        reference = _text(term.get("id"))
    if not reference:
        return  # no term at all (or one left out by check_schema, with a warning)
    need_pk = ids.decode("need", reference)
    need = Need.objects.filter(pk=need_pk).first() if need_pk is not None else None
    if need is not None:
        record.needs.append(need.code)
        return
    term_pk = ids.decode("taxonomy_term", reference)
    found = TaxonomyTerm.objects.filter(Q(code__iexact=reference) | Q(pk=term_pk or 0)).first()
    if found is None:
        record.warn(where, f"taxonomy term {reference} is not one we know, left out")
        return
    record.categories.append(TermRecord(label=found.label, code=found.code, source=where))


def _closed_vocabulary(term: dict) -> str | None:
    """The name of our own vocabulary the term says it is from (SEN2 needs or one we load
    from local_offer/data), or None for any other vocabulary."""
    detail = term.get("taxonomy_detail")
    name = _text(term.get("taxonomy")) or (
        _text(detail.get("name")) if isinstance(detail, dict) else ""
    )
    taxonomy_id = _text(term.get("taxonomy_id"))
    if name.lower() in ("sen2", NEEDS_VOCABULARY.lower()) or taxonomy_id == ids.encode(
        "taxonomy", 0
    ):
        return NEEDS_VOCABULARY
    taxonomy_pk = ids.decode("taxonomy", taxonomy_id) if taxonomy_id else None
    if not name and taxonomy_pk is None:
        return None
    ours = Taxonomy.objects.filter(code__in=VOCABULARIES).filter(
        Q(pk=taxonomy_pk or 0) | Q(name__iexact=name or "-") | Q(code__iexact=name or "-")
    )
    found = ours.first()
    return found.name if found is not None else None


def _term_in(vocabulary: str, term: dict) -> TaxonomyTerm | None:
    terms = TaxonomyTerm.objects.filter(taxonomy__name=vocabulary)
    reference = _text(term.get("id"))
    term_pk = ids.decode("taxonomy_term", reference) if reference else None
    codes = [c for c in (reference, _text(term.get("code")), _text(term.get("term"))) if c]
    query = Q(pk=term_pk or 0) | Q(label__iexact=_text(term.get("name")))
    for code in codes:
        query |= Q(code__iexact=code)
    return terms.filter(query).first()
