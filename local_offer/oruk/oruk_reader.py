"""Open Referral UK 3.0 (and HSDS 3.0) service JSON -> ServiceRecord.

Each service is first checked against the ORUK service schema with URL and email formats
checked, then read field by field. What our model keeps, and how:

- description: the first 300 characters (to a sentence end) become the summary; all of it
  the description.
- minimum_age / maximum_age: years, inclusive ("maximum_age 18" is up to 18 years 11 months).
- organization (nested) or organization_id (a provider imported before).
- service_at_locations[].location: name, first address, point; virtual locations mean the
  service is delivered online. accessibility descriptions become the accessibility notes.
- schedules (service, service_at_location and location): weekly byday + opens_at/closes_at
  become opening times; the first description becomes the schedule notes.
- cost_options: the first priced option becomes the charge (amount in pounds), its option and
  any description we cannot read as a unit go into the cost notes.
- languages (name or code), service_areas, contacts (with their first phone), the service's
  first phone, eligibility_description, application_process, assured_date.
- attributes: taxonomy terms. SEN2 need codes become needs; other terms are matched to our
  categories by id/code, then by name, and created in the source's vocabulary if new.
"""

import math
import re
from datetime import date, time

from django.utils import timezone
from django.utils.dateparse import parse_date

from local_offer.models import CostUnit, Need, PremisesAccess, Provider

from . import schemas
from .checks import check_record
from .records import (
    ContactRecord,
    LocationRecord,
    OpeningRecord,
    OrganisationRecord,
    ServiceRecord,
    TermRecord,
)
from .serializers import LANGUAGE_CODES

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


def read_service(data: dict, schema_dir: str | None = None) -> ServiceRecord:
    """One service from a feed. Problems are recorded on the record, never raised."""
    if not isinstance(data, dict):
        record = ServiceRecord(external_id="", name="", organisation=None)
        record.problems.append("it is not a JSON object")
        return record
    record = ServiceRecord(
        external_id=_text(data.get("id")),
        name=_text(data.get("name")),
        organisation=None,
    )
    if data.get("_fetch_error"):
        record.problems.append(str(data["_fetch_error"]))
        return record
    record.problems += schemas.problems(data, "service.json", schema_dir)
    if record.problems:
        return record
    description = _text(data.get("description"))
    record.description = description
    record.summary = summary_of(description) or record.name
    record.status = STATUS.get(_text(data.get("status")).lower(), "active")
    record.website = _text(data.get("url"))
    record.email = _text(data.get("email"))
    record.phone = _first_phone(data.get("phones"))
    record.eligibility = _text(data.get("eligibility_description"))
    record.referral_details = _text(data.get("application_process"))
    record.min_age_months = _months(data.get("minimum_age"))
    record.max_age_months = _months(data.get("maximum_age"), upper=True)
    record.last_reviewed = _review_date(record, data.get("assured_date"))
    record.organisation = _organisation(record, data)
    _places(record, data)
    _schedules(record, data)
    _costs(record, data.get("cost_options") or [])
    record.languages = [name for name in map(_language, data.get("languages") or []) if name]
    record.service_areas = _service_areas(record, data.get("service_areas") or [])
    record.contacts = [c for c in map(_contact, data.get("contacts") or []) if c is not None]
    _attributes(record, data.get("attributes") or [])
    return check_record(record)


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
        return int(value) * 12 + 11  # "maximum age 18" includes the year they are 18
    return round(value * 12)


def _review_date(record: ServiceRecord, value) -> date | None:
    day = parse_date(_text(value)) if value else None
    if day is None:
        return None
    if day > timezone.localdate():
        record.warnings.append(f"assured_date {day} is in the future, so it was not used")
        return None
    return day


def _clean_number(number: str) -> str:
    # The HSDS examples wrap numbers in literal quote marks; a phone number never has them.
    return _text(number).strip("\"'").strip()[:40]


def _first_phone(phones) -> str:
    for phone in phones or []:
        if isinstance(phone, dict) and _clean_number(phone.get("number")):
            return _clean_number(phone.get("number"))
    return ""


def _organisation(record: ServiceRecord, data: dict) -> OrganisationRecord | None:
    org = data.get("organization")
    if isinstance(org, dict) and _text(org.get("name")):
        charity = ofsted = ""
        for identifier in org.get("organization_identifiers") or []:
            scheme = _text(identifier.get("identifier_scheme")).upper()
            kind = _text(identifier.get("identifier_type")).lower()
            value = _text(identifier.get("identifier"))
            if scheme in ("GB-CHC", "GB-SC", "GB-NIC") or "charity" in kind:
                charity = charity or value[:20]
            elif "ofsted" in kind or "urn" in kind or "registration" in kind:
                ofsted = ofsted or value[:40]
        return OrganisationRecord(
            name=_text(org.get("name")),
            external_id=_text(org.get("id")) or _text(data.get("organization_id")) or None,
            description=_text(org.get("description")),
            email=_text(org.get("email")),
            website=_text(org.get("website")),
            phone=_first_phone(org.get("phones")),
            charity_number=charity,
            ofsted_number=ofsted,
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
    for link in data.get("service_at_locations") or []:
        place = (link or {}).get("location") or {}
        kind = _text(place.get("location_type")).lower()
        if kind == "virtual":
            if "online" not in record.delivery:
                record.delivery.append("online")
            continue
        address = _pick_address(place.get("addresses") or [])
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
            )
        )
        for item in place.get("accessibility") or []:
            text = _text(item.get("description")) or _text(item.get("accessibility"))
            details = _text(item.get("details"))
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
    if record.locations and "in_person" not in record.delivery:
        record.delivery.insert(0, "in_person")
    record.accessibility_notes = "\n\n".join(notes)


def _pick_address(addresses: list) -> dict:
    physical = [a for a in addresses if isinstance(a, dict) and a.get("address_type") == "physical"]
    usable = physical or [a for a in addresses if isinstance(a, dict)]
    return usable[0] if usable else {}


def _schedules(record: ServiceRecord, data: dict) -> None:
    found = list(data.get("schedules") or [])
    for link in data.get("service_at_locations") or []:
        found += (link or {}).get("schedules") or []
        found += ((link or {}).get("location") or {}).get("schedules") or []
    seen_ids, seen_slots = set(), set()
    for schedule in found:
        if not isinstance(schedule, dict):
            continue
        key = schedule.get("id") or id(schedule)
        if key in seen_ids:
            continue
        seen_ids.add(key)
        description = _text(schedule.get("description"))
        if description and not record.schedule_notes:
            if len(description) > 200:
                record.warnings.append("the schedule description was cut to 200 characters")
            record.schedule_notes = description[:200]
        freq = _text(schedule.get("freq")).upper()
        opens, closes = _clock(schedule.get("opens_at")), _clock(schedule.get("closes_at"))
        days = [
            DAY_CODES.get(part.strip().upper()[-2:])
            for part in _text(schedule.get("byday")).split(",")
        ]
        if (
            freq not in ("", "WEEKLY")
            or not opens
            or not closes
            or not any(d is not None for d in days)
        ):
            continue
        if closes <= opens:
            record.warnings.append(
                f"opening time {opens:%H:%M} to {closes:%H:%M} closes before it opens; left out"
            )
            continue
        for day in days:
            if day is not None and (day, opens, closes) not in seen_slots:
                seen_slots.add((day, opens, closes))
                record.opening_times.append(OpeningRecord(day, opens, closes))


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
        o for o in options if isinstance(o, dict) and isinstance(o.get("amount"), int | float)
    ]
    if not options:
        record.cost_type = "varies"
        return
    paid = [o for o in priced if o["amount"] > 0]
    if not paid and priced:
        record.cost_type = "free"
        record.cost_notes = _text(priced[0].get("option"))
        if record.cost_notes.lower() == "free":
            record.cost_notes = ""
        return
    if not paid:
        record.cost_type = "varies"
        record.cost_notes = "\n".join(
            filter(
                None,
                (_text(o.get("option")) or _text(o.get("amount_description")) for o in options),
            )
        )
        return
    first = paid[0]
    record.cost_type = "charge"
    record.cost_pence = round(first["amount"] * 100)
    description = _text(first.get("amount_description"))
    record.cost_unit = unit_of(description)
    notes = [_text(first.get("option"))]
    label = CostUnit(record.cost_unit).label if record.cost_unit else ""
    if description and description.lower() != label:
        notes.append(f"({description})")
    record.cost_notes = " ".join(part for part in notes if part)
    for other in paid[1:]:
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
        record.warnings.append("the service areas were cut to 200 characters")
        joined = joined[:199].rsplit(" ", 1)[0] + "…"
    return joined


def _contact(item) -> ContactRecord | None:
    if not isinstance(item, dict):
        return None
    name = _text(item.get("name")) or _text(item.get("title"))
    phone = _first_phone(item.get("phones"))
    email = _text(item.get("email"))
    if not name or not (phone or email or _text(item.get("title"))):
        return None
    return ContactRecord(
        name=name[:120], role=_text(item.get("title"))[:120], phone=phone, email=email
    )


def _attributes(record: ServiceRecord, attributes: list) -> None:
    need_codes = set(Need.objects.values_list("code", flat=True))
    need_labels = {label.lower(): code for code, label in Need.objects.values_list("code", "label")}
    for attribute in attributes:
        term = (attribute or {}).get("taxonomy_term") or {}
        name = _text(term.get("name"))
        if not name:
            continue
        code = _text(term.get("code")) or _text(term.get("term"))
        for candidate in (code.upper(), name.upper()):
            if candidate in need_codes:
                record.needs.append(candidate)
                break
        else:
            if name.lower() in need_labels:
                record.needs.append(need_labels[name.lower()])
                continue
            detail = term.get("taxonomy_detail") or {}
            record.categories.append(
                TermRecord(
                    label=name[:200],
                    code=_text(term.get("id")) or code,
                    description=_text(term.get("description")),
                    taxonomy=_text(term.get("taxonomy")) or _text(detail.get("name")),
                )
            )
