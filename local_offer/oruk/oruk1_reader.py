"""Open Referral UK 1.0 service JSON -> ServiceRecord, by way of the 3.0 reader.

Many councils still publish ORUK 1.0: a flat list of services, each with its organisation,
and with names HSDS 3.0 later changed (eligibilitys, regular_schedules, physical_addresses,
service_taxonomys). A 1.0 service is translated into the 3.0 shape (`upgrade`) and read by
oruk_reader.read_service, so both versions share every rule: schema checks part by part,
contact details, places, ages, terms. Warnings then name the 1.0 path the publisher wrote
("service_at_locations.0.location.physical_addresses.0: no postcode, address left out").

1.0                                               read as (3.0)
eligibilitys[].minimum_age / maximum_age          minimum_age / maximum_age: the widest range
regular_schedules[] (service, service at location) schedules[]
service_at_locations[].location.physical_addresses  location.addresses (physical)
  .location.accessibility_for_disabilities[].accessibility   location.accessibility[]
service_taxonomys[].taxonomy {id, name, vocabulary}   attributes[].taxonomy_term
languages[].language, service_areas[].service_area   languages[].name, service_areas[].name
organization.url                                  organization.website
assured_date as dd/mm/yyyy (some 1.0 APIs)        an ISO date
empty text (1.0 APIs send "" for every blank)      not given: no warning

Read after the 3.0 fields, because 3.0 has no place for them: attending_type is how it is
delivered (Venue: in person; Phone, Online: online or by phone; Home visit), attending_access
and pc_attendingAccess_additionalInfo say how to get it (referral details; Drop-in and Self
referral also mean self-referral), fees become the cost notes when there are no cost options.

What a listing has no place for (accreditations, deliverable_type, fundings, holiday
schedules, reviews, eligibility labels such as "teen", a location's description, the
organisation's logo, a publisher's own pc_* fields ...) is not kept; the import summary counts
it once per field rather than warning on every listing. A taxonomy's parent is structure,
not content, and is not counted.

Two things only a 1.0 feed leaves to the importer are reported on the listing: a service with
no location at all (it is listed as online or by phone, or, when attending_type says Venue, in
person with no address), and ages that are only in the description ("aged 8", "over 18s"),
which the listing shows as "all ages" until someone sets them.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

from local_offer import age_mentions

from . import html_text, oruk_reader
from .records import ServiceRecord

STANDARD = "1.0"
# Keys only one of the two versions has: a feed is 1.0 when its services carry these.
ONLY_IN_1_0 = {
    "eligibilitys", "regular_schedules", "holiday_schedules", "service_taxonomys", "fundings",
    "reviews", "deliverable_type", "attending_type", "attending_access",
}  # fmt: skip
ONLY_IN_3_0 = {
    "schedules", "attributes", "minimum_age", "maximum_age", "organization_id", "last_modified",
    "assurer_email", "alert", "funding",
}  # fmt: skip
# 1.0 names for the 3.0 names in a warning's path (the ages have their own, per record).
NAMES_1_0 = {
    "addresses": "physical_addresses",
    "accessibility": "accessibility_for_disabilities",
    "attributes": "service_taxonomys",
    "taxonomy_term": "taxonomy",
    "schedules": "regular_schedules",
    "website": "url",
}
LAST_NAMES_1_0 = {
    ("languages", "name"): "language",
    ("service_areas", "name"): "service_area",
    ("accessibility", "description"): "accessibility",
}
DELIVERY = {
    "venue": "in_person",
    "in person": "in_person",
    "phone": "online",
    "telephone": "online",
    "online": "online",
    "home visit": "home_visit",
}
SELF_REFERRAL = {"drop-in", "drop in", "self referral", "self-referral"}
FREE = {"free", "no charge", "no cost", "none", "£0", "0"}
SCHEDULE_KEYS = ("id", "opens_at", "closes_at", "byday", "freq", "interval", "bymonthday")


def standard_of(services: list) -> str:
    """The ORUK version ("1.0" or "3.0") of a feed, from the shape of its services: the one
    more of them show the marks of. A feed that shows neither is read as 3.0, the reader it
    always had."""
    marks = {STANDARD: 0, "3.0": 0}
    for service in services:
        if not isinstance(service, dict):
            continue
        keys = set(service)
        places = [
            link.get("location")
            for link in service.get("service_at_locations") or []
            if isinstance(link, dict) and isinstance(link.get("location"), dict)
        ]
        place_keys = set().union(*(place.keys() for place in places)) if places else set()
        if (
            keys & ONLY_IN_1_0
            or any(key.startswith("pc_") for key in keys)
            or ("physical_addresses" in place_keys)
        ):
            marks[STANDARD] += 1
        elif keys & ONLY_IN_3_0 or {"addresses", "location_type"} & place_keys:
            marks["3.0"] += 1
    return STANDARD if marks[STANDARD] > marks["3.0"] else "3.0"


@dataclass
class Upgraded:
    document: dict  # the service in the 3.0 shape
    ages_from: dict = field(default_factory=dict)  # "minimum_age" -> "eligibilitys.1.minimum_age"
    ignored: list[str] = field(default_factory=list)  # 1.0 paths with content a listing cannot hold


def read_service(data, schema_dir: str | None = None, position: int | None = None) -> ServiceRecord:
    """One ORUK 1.0 service, with warnings on its 1.0 paths. Never raises."""
    if not isinstance(data, dict) or data.get("_fetch_error"):
        return oruk_reader.read_service(data, schema_dir, position)
    given = _given(data)
    upgraded = upgrade(given)
    record = oruk_reader.read_service(
        upgraded.document,
        schema_dir,
        position,
        standard=STANDARD,
        before_checks=lambda record, _: read_1_0_only(record, given),
    )
    record.warnings = [_on_1_0_path(line, upgraded) for line in record.warnings]
    record.problems = [_on_1_0_path(line, upgraded) for line in record.problems]
    record.ignored += upgraded.ignored
    return record


def upgrade(service: dict) -> Upgraded:
    """The 1.0 service (with blanks already removed) in the 3.0 shape."""
    result = Upgraded(document={})
    document = result.document
    for key in ("id", "status", "url", "email", "description", "contacts", "cost_options"):
        if key in service:
            document[key] = service[key]
    if "name" in service:
        document["name"] = (
            html_text.one_line(service["name"])
            if isinstance(service["name"], str)
            else service["name"]
        )
    if "assured_date" in service:
        document["assured_date"] = _iso_date(service["assured_date"])
    if isinstance(service.get("organization"), dict):
        document["organization"] = _organisation(service["organization"], result)
    _ages(service.get("eligibilitys"), result)
    _rename_items(service, "languages", "language", "name", document)
    _rename_items(service, "service_areas", "service_area", "name", document)
    document["schedules"] = _schedules(
        service.get("regular_schedules"), "regular_schedules", result
    )
    document["service_at_locations"] = [
        _service_at_location(index, link, result)
        for index, link in enumerate(service.get("service_at_locations") or [])
    ]
    document["attributes"] = [_attribute(link) for link in service.get("service_taxonomys") or []]
    read_later = {"fees", "attending_type", "attending_access", "pc_attendingAccess_additionalInfo"}
    done = {
        *document, *read_later, "organization", "eligibilitys", "regular_schedules",
        "service_taxonomys",
    }  # fmt: skip
    result.ignored += [key for key in service if key not in done]
    for key in ("schedules", "service_at_locations", "attributes"):
        if not document[key]:
            del document[key]
    return result


def read_1_0_only(record: ServiceRecord, service: dict) -> None:
    """What 1.0 has and 3.0 does not, read onto the record before the shared checks."""
    _delivery(record, service)
    _access(record, service)
    _fees(record, service)
    if record.min_age_months is None and record.max_age_months is None:
        said = _ages_said(record.description)
        if said:
            record.warn(
                "eligibilitys",
                f"no age range given, but the description says {said}: the listing shows "
                "all ages until someone sets the range",
            )


# -- translation, part by part --------------------------------------------------------------


def _given(value):
    """The value without blanks: "" (or spaces), null, [] and {} mean "not given" in 1.0."""
    if isinstance(value, dict):
        kept = {key: _given(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        kept = [_given(item) for item in value]
        return [item for item in kept if item not in (None, "", [], {})]
    if isinstance(value, str) and not value.strip():
        return ""
    return value


def _iso_date(value):
    """dd/mm/yyyy (with or without a time), as some 1.0 APIs write dates, as yyyy-mm-dd."""
    text = str(value).strip()
    for shape in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, shape).date().isoformat()
        except ValueError:
            continue
    return value


def _organisation(org: dict, result: Upgraded) -> dict:
    upgraded = {
        key: org[key] for key in ("id", "name", "description", "email", "phones") if key in org
    }
    if "url" in org:
        upgraded["website"] = org["url"]
    result.ignored += [f"organization.{key}" for key in org if key not in {*upgraded, "url"}]
    return upgraded


def _ages(eligibilities, result: Upgraded) -> None:
    """The widest range the eligibility entries give between them, each end remembering the
    entry it came from so a warning can point at it."""
    document = result.document
    for index, entry in enumerate(eligibilities if isinstance(eligibilities, list) else []):
        if not isinstance(entry, dict):
            continue
        for name, wider in (("minimum_age", min), ("maximum_age", max)):
            value = entry.get(name)
            if not isinstance(value, int | float) or isinstance(value, bool):
                continue
            if name not in document or wider(value, document[name]) == value:
                document[name] = value
                result.ages_from[name] = f"eligibilitys.{index}.{name}"
        if "eligibility" in entry:
            result.ignored.append(f"eligibilitys.{index}.eligibility")


def _rename_items(service: dict, key: str, old: str, new: str, document: dict) -> None:
    items = service.get(key)
    if isinstance(items, list):
        document[key] = [
            {(new if name == old else name): value for name, value in item.items()}
            if isinstance(item, dict)
            else item
            for item in items
        ]


def _schedules(schedules, where: str, result: Upgraded) -> list:
    kept = []
    for index, schedule in enumerate(schedules if isinstance(schedules, list) else []):
        if not isinstance(schedule, dict):
            kept.append(schedule)
            continue
        upgraded = {key: schedule[key] for key in SCHEDULE_KEYS if key in schedule}
        if "description" in schedule:
            upgraded["description"] = html_text.one_line(str(schedule["description"]))
        kept.append(upgraded)
        result.ignored += [
            f"{where}.{index}.{key}"
            for key in schedule
            if key not in {*SCHEDULE_KEYS, "description"}
        ]
    return kept


def _service_at_location(index: int, link, result: Upgraded):
    if not isinstance(link, dict):
        return link
    where = f"service_at_locations.{index}"
    upgraded = {key: link[key] for key in ("id",) if key in link}
    schedules = _schedules(link.get("regular_schedules"), f"{where}.regular_schedules", result)
    if schedules:
        upgraded["schedules"] = schedules
    if "holiday_schedules" in link:
        result.ignored.append(f"{where}.holiday_schedules")
    place = link.get("location")
    if not isinstance(place, dict):
        if place is not None:
            upgraded["location"] = place
        return upgraded
    location = {key: place[key] for key in ("id", "name", "latitude", "longitude") if key in place}
    location["location_type"] = "physical"  # 1.0 has no virtual places
    if "physical_addresses" in place:
        location["addresses"] = [
            {**address, "address_type": "physical"} if isinstance(address, dict) else address
            for address in place["physical_addresses"]
        ]
    if "accessibility_for_disabilities" in place:
        location["accessibility"] = [
            {
                **({"id": item["id"]} if "id" in item else {}),
                "description": item.get("accessibility", ""),
            }
            if isinstance(item, dict)
            else item
            for item in place["accessibility_for_disabilities"]
        ]
    read = {"id", "name", "latitude", "longitude", "physical_addresses"}
    result.ignored += [
        f"{where}.location.{key}"
        for key in place
        if key not in {*read, "accessibility_for_disabilities"}
    ]
    upgraded["location"] = location
    return upgraded


def _attribute(link):
    if not isinstance(link, dict) or not isinstance(link.get("taxonomy"), dict):
        return link
    taxonomy = link["taxonomy"]
    term = {key: taxonomy[key] for key in ("id", "name") if key in taxonomy}
    if "vocabulary" in taxonomy:
        term["taxonomy"] = taxonomy["vocabulary"]
    return {**({"id": link["id"]} if "id" in link else {}), "taxonomy_term": term}


def _on_1_0_path(line: str, upgraded: Upgraded) -> str:
    """A warning whose path is in the 3.0 shape, with the path the 1.0 feed has."""
    path, colon, rest = line.partition(": ")
    if not colon or " " in path:
        return line  # no path to translate ("need 'ASD' is listed more than once ...")
    if path in upgraded.ages_from:
        return f"{upgraded.ages_from[path]}: {rest}"
    parts = path.split(".")
    named = [NAMES_1_0.get(part, part) for part in parts]
    for index in range(2, len(parts)):
        last = LAST_NAMES_1_0.get((parts[index - 2], parts[index]))
        if last and parts[index - 1].isdigit():
            named[index] = last
    return f"{'.'.join(named)}: {rest}"


# -- what only 1.0 has ------------------------------------------------------------------------


def _words(value) -> list[str]:
    text = value if isinstance(value, str) else ""
    return [word.strip() for word in re.split(r"[,;/]", text) if word.strip()]


def _delivery(record: ServiceRecord, service: dict) -> None:
    for word in _words(service.get("attending_type")):
        code = DELIVERY.get(word.lower())
        if code is None:
            record.warn(
                "attending_type",
                f"{word!r} is not a way of delivering a service we know (venue, phone, online, "
                "home visit), left out",
            )
        elif code not in record.delivery:
            record.delivery.append(code)
    if service.get("service_at_locations"):
        return
    if "in_person" in record.delivery:
        record.warn(
            "service_at_locations",
            "none given, though attending_type says it is at a venue: the listing has no "
            "address or map location until someone adds where it runs",
        )
    elif not record.delivery:
        record.warn(
            "service_at_locations",
            "none given, so it is listed as delivered online or by phone, with no map "
            "location, until someone adds where it runs",
        )


def _access(record: ServiceRecord, service: dict) -> None:
    access = _words(service.get("attending_access"))
    if any(word.lower() in SELF_REFERRAL for word in access) and (
        "self" not in record.referral_routes
    ):
        record.referral_routes = ["self", *record.referral_routes]
    details = [", ".join(access)] if access else []
    more = html_text.paragraphs(str(service.get("pc_attendingAccess_additionalInfo") or ""))
    details += [more] if more else []
    if details:
        record.referral_details = "\n\n".join([record.referral_details, *details]).strip()


def _fees(record: ServiceRecord, service: dict) -> None:
    fees = html_text.one_line(str(service.get("fees") or ""))
    if not fees or service.get("cost_options"):
        return
    record.sources["cost_pence"] = "fees"
    if fees.lower().rstrip(".") in FREE:
        record.cost_type, record.cost_notes = "free", ""
    else:
        record.cost_notes = fees


def _ages_said(description: str) -> str:
    """The first two age phrases in the words (local_offer/age_mentions.py reads them)."""
    found = list(dict.fromkeys(mention.phrase for mention in age_mentions.mentions(description)))
    return " and ".join(repr(phrase) for phrase in found[:2])
