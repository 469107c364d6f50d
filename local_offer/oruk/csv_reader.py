"""Outpost-style bulk-import CSV -> ServiceRecords (see CSV_FORMAT.md for every column).

A service is one row with an `import_id`; more locations, contacts, costs and opening times
for it come on extra rows whose `import_id_reference` names that service. Everything about one
service is gathered before it is checked.

Only a row that cannot be a listing is rejected: no `import_id`, no `name`, no `organisation`
(or an extra row pointing at no service). A cell that cannot be read or used (a postcode, a
URL, an email, a time, an unknown category or need ...) is left out of the listing with a
warning naming its row and column ("row 3, contact_email: ..."), and the rest is imported.
"""

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal, InvalidOperation

from django.db.models import Q

from local_offer.models import CostUnit, Need, TaxonomyTerm
from portal import ages

from .checks import check_record
from .oruk_reader import ACCESS_WORDS, summary_of
from .records import (
    ContactRecord,
    LocationRecord,
    OpeningRecord,
    OrganisationRecord,
    ServiceRecord,
    TermRecord,
)

ID_PREFIX = "csv:"
REQUIRED_COLUMNS = {"import_id", "name"}
TRUE = {"true", "yes", "y", "1"}
FALSE = {"false", "no", "n", "0", ""}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
COST_TYPES = {
    "per day": "day", "per half day": "session", "per hour": "hour",
    "per hour - after school": "hour", "per hour - before school": "hour",
    "per hour - before or after school": "hour", "per hour - full time": "hour",
    "per hour - part time": "hour", "per hour - weekend": "hour", "per meal": "one_off",
    "per month": "month", "per session": "session", "per term": "term", "per week": "week",
    "per night": "night", "per year": "year",
}  # fmt: skip
# Outpost's SEND needs and suitabilities, as SEN2 codes.
NEED_WORDS = {
    "autism": ["ASD"], "autistic spectrum disorder": ["ASD"], "asc": ["ASD"],
    "hearing impairment": ["HI"], "deaf": ["HI"], "visual impairment": ["VI"],
    "visual and / or hearing impediment": ["VI", "HI"], "mobility": ["PD"],
    "physical disabilities": ["PD"], "physical disability": ["PD"], "cognitive": ["MLD"],
    "learning difficulties": ["MLD"], "learning disabilities": ["MLD"],
    "mental health/acquired brain injury": ["SEMH"], "mental health": ["SEMH"],
    "speech and language": ["SLCN"], "speech, language and communication": ["SLCN"],
    "dyslexia": ["SPLD"], "deafblind": ["MSI"],
}  # fmt: skip
NOT_SEND = {"older people", "dementia"}
LOCAL_OFFER_QUESTIONS = [
    ("support_description", "How we support children and young people with SEND"),
    ("outcomes", "What we aim to achieve"),
    ("recent_send_training", "Our recent SEND training"),
    ("parental_involvement", "How parents and carers are involved"),
    ("information_sharing", "How we share information about progress"),
    ("future_plans", "Our plans for SEND provision"),
]


class CsvFormatError(Exception):
    """The file cannot be read as an Outpost-style CSV at all."""


@dataclass
class _Group:
    row_number: int
    main: dict
    extra: list[tuple[int, dict]] = field(default_factory=list)


def read_file(path: str) -> list[ServiceRecord]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
            columns = set(rows[0]) if rows else set()
    except FileNotFoundError:
        raise CsvFormatError(f"There is no file at {path}") from None
    except (UnicodeDecodeError, csv.Error) as problem:
        raise CsvFormatError(f"{path} is not a UTF-8 CSV file: {problem}") from None
    missing = REQUIRED_COLUMNS - {column.strip() for column in columns if column}
    if rows and missing:
        raise CsvFormatError(
            f"{path} is missing the column(s) {', '.join(sorted(missing))}. "
            "See local_offer/oruk/CSV_FORMAT.md"
        )
    return list(read_rows(rows))


def read_rows(rows: list[dict]) -> Iterator[ServiceRecord]:
    groups: dict[str, _Group] = {}
    orphans: list[ServiceRecord] = []
    duplicates: list[ServiceRecord] = []
    for number, raw in enumerate(rows, start=2):  # row 1 is the header
        row = {(key or "").strip(): (value or "").strip() for key, value in raw.items()}
        if not any(row.values()):
            continue
        import_id, reference = row.get("import_id", ""), row.get("import_id_reference", "")
        if import_id and not reference:
            if import_id in groups:
                record = ServiceRecord(ID_PREFIX + import_id, row.get("name", ""), None)
                record.problems.append(f"row {number}: import_id {import_id} is used twice")
                duplicates.append(record)
                continue
            groups[import_id] = _Group(number, row)
        elif reference:
            if reference in groups:
                groups[reference].extra.append((number, row))
            else:
                record = ServiceRecord(ID_PREFIX + reference, f"row {number}", None)
                record.problems.append(
                    f"row {number}: import_id_reference {reference} does not match a service row "
                    "above it"
                )
                orphans.append(record)
        else:
            record = ServiceRecord("", row.get("name", "") or f"row {number}", None)
            record.problems.append(f"row {number}: it has no import_id")
            orphans.append(record)
    for import_id, group in groups.items():
        yield read_service(import_id, group)
    yield from duplicates
    yield from orphans


def read_service(import_id: str, group: _Group) -> ServiceRecord:
    row, number = group.main, group.row_number
    record = ServiceRecord(ID_PREFIX + import_id, row.get("name", ""), None)
    parse = _Parser(record)
    organisation = row.get("organisation", "")
    record.organisation = OrganisationRecord(name=organisation) if organisation else None
    description = row.get("description", "")
    answers = [
        f"{heading}: {row[column]}" for column, heading in LOCAL_OFFER_QUESTIONS if row.get(column)
    ]
    record.description = "\n\n".join([description, *answers]).strip()
    record.summary = summary_of(description) or summary_of(record.name)
    record.website, website_cell = _website(group)
    record.sources = {
        "website": website_cell,
        "min_age_months": f"row {number}, min_age",
        "max_age_months": f"row {number}, max_age",
    }
    record.min_age_months = parse.years(row, "min_age", number)
    max_years = parse.years(row, "max_age", number, whole=True)
    record.max_age_months = None if max_years is None else max_years + 11
    needs_referral = parse.flag(row, "needs_referral", number)
    if needs_referral is True:
        record.referral_routes = ["professional"]
    elif needs_referral is False:
        record.referral_routes = ["self"]
    record.referral_details = row.get("how_to_start", "")
    if parse.flag(row, "temporarily_closed", number):
        record.status = "temporarily_closed"
    # Not approved, not visible, or a value we cannot read: kept a draft, to be safe.
    approved = parse.flag(row, "approved", number, unreadable=False)
    visible = parse.flag(row, "visible", number, unreadable=False)
    record.publish_allowed = approved is not False and visible is not False
    if not record.publish_allowed:
        record.warnings.append("saved as a draft because approved or visible is FALSE")
    if row.get("visible_from") or row.get("visible_to"):
        record.warnings.append(
            "visible_from and visible_to are not used: publish or unpublish by hand"
        )
    record.categories = _categories(record, row, number)
    for column in ("send_needs_support", "suitabilities"):
        _needs(record, f"row {number}, {column}", _list(row.get(column)))
    notes = [row.get("environment_accessibility", "")]
    free = parse.flag(row, "free", number)
    for place_number, part in [(number, row), *group.extra]:
        _contact(record, parse, part, place_number)
        _location(record, parse, part, notes, place_number)
        _cost(record, parse, part, place_number)
        _opening(record, parse, part, place_number)
    if free and record.cost_type == "charge":
        record.warn(
            f"row {number}, free",
            "TRUE, but there is also a cost_amount, so the cost is shown as 'cost varies'",
        )
        record.cost_type, record.cost_pence, record.cost_unit = "varies", None, ""
    elif free:
        record.cost_type = "free"
    elif free is False and record.cost_type != "charge":
        record.cost_type = "varies"
    record.accessibility_notes = "\n\n".join(note for note in notes if note)
    return check_record(record)


class _Parser:
    """Reads one cell. A value it cannot read is left out with a warning naming the cell."""

    def __init__(self, record: ServiceRecord):
        self.record = record

    def _skip(self, number: int, column: str, value: str, expected: str, then: str = "") -> None:
        self.record.warn(
            f"row {number}, {column}", f"{value!r} is not {expected}, {then or 'left out'}"
        )

    def flag(self, row: dict, column: str, number: int, unreadable=None) -> bool | None:
        value = row.get(column, "").lower()
        if value in TRUE:
            return True
        if value in FALSE:
            return False if value else None
        then = {None: "", True: "taken as TRUE", False: "taken as FALSE"}[unreadable]
        self._skip(number, column, row[column], "TRUE or FALSE", then)
        return unreadable

    def years(self, row: dict, column: str, number: int, whole: bool = False) -> int | None:
        value = row.get(column, "")
        if not value:
            return None
        try:
            years = Decimal(value)
            if not years.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            self._skip(number, column, value, "a number of years")
            return None
        if whole:
            return ages.first_month(int(years))
        return int(round(years * ages.MONTHS_PER_YEAR))

    def decimal(self, row: dict, column: str, number: int) -> float | None:
        value = row.get(column, "").replace("£", "").replace(",", "").strip()
        if not value:
            return None
        try:
            amount = Decimal(value)
            if not amount.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            self._skip(number, column, row[column], "a number")
            return None
        return float(amount)

    def clock(self, row: dict, column: str) -> time | None:
        match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?", row.get(column, ""))
        return time(int(match[1]), int(match[2]), int(match[3] or 0)) if match else None


def _list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _website(group: _Group) -> tuple[str, str]:
    """The service website and the cell it came from: `url`, else the first `links_url`."""
    if group.main.get("url"):
        return group.main["url"], f"row {group.row_number}, url"
    for number, row in [(group.row_number, group.main), *group.extra]:
        if row.get("links_url"):
            return row["links_url"], f"row {number}, links_url"
    return "", f"row {group.row_number}, url"


def _categories(record: ServiceRecord, row: dict, number: int) -> list[TermRecord]:
    """Our categories, by label or code. A label that is none of ours is left out: a bare
    label has no vocabulary or id to file it under, and would add a near-copy of a category
    ("Groups for children" beside "Youth clubs and social groups") to the search filters."""
    terms = []
    for label in _list(row.get("service_taxonomies")):
        found = (
            TaxonomyTerm.objects.filter(Q(label__iexact=label) | Q(code__iexact=label))
            .order_by("pk")
            .first()
        )
        if found is None:
            record.warn(
                f"row {number}, service_taxonomies",
                f"{label!r} is not one of our categories, left out",
            )
        elif all(term.code != found.code for term in terms):
            terms.append(TermRecord(label=found.label, code=found.code, source=f"row {number}"))
    return terms


def _needs(record: ServiceRecord, where: str, values: list[str]) -> None:
    codes = {code.upper(): code for code in Need.objects.values_list("code", flat=True)}
    labels = {label.lower(): code for code, label in Need.objects.values_list("code", "label")}
    for value in values:
        lowered = value.lower()
        if value.upper() in codes:
            record.needs.append(codes[value.upper()])
        elif lowered in labels:
            record.needs.append(labels[lowered])
        elif lowered in NEED_WORDS:
            record.needs += NEED_WORDS[lowered]
        elif lowered in NOT_SEND:
            continue
        else:
            record.warn(where, f"need {value!r} is not one we recognise, left out")


def _contact(record: ServiceRecord, parse: _Parser, row: dict, number: int) -> None:
    name = row.get("contact_name", "") or row.get("contact_title", "")
    phone, email = row.get("contact_phone", ""), row.get("contact_email", "")
    if not (name or phone or email):
        return
    if parse.flag(row, "contact_visible", number, unreadable=False) is False:
        return  # not for the public
    if not name:
        record.warn(f"row {number}, contact_name", "not given, so the contact was left out")
        return
    record.contacts.append(
        ContactRecord(
            name=name[:120],
            role=row.get("contact_title", "")[:120],
            phone=phone[:40],
            email=email,
            source=f"row {number}",
            sources={
                "email": f"row {number}, contact_email",
                "phone": f"row {number}, contact_phone",
            },
        )
    )


def _location(
    record: ServiceRecord, parse: _Parser, row: dict, notes: list[str], number: int
) -> None:
    columns = ("location_name", "location_address_1", "location_postcode", "location_latitude")
    if not any(row.get(column) for column in columns):
        return
    if parse.flag(row, "location_visible", number, unreadable=False) is False:
        return
    latitude = parse.decimal(row, "location_latitude", number)
    longitude = parse.decimal(row, "location_longitude", number)
    record.locations.append(
        LocationRecord(
            postcode=row.get("location_postcode", ""),
            name=row.get("location_name", "")[:200],
            address_1=row.get("location_address_1", "")[:200],
            town=row.get("location_city", "")[:100],
            latitude=latitude,
            longitude=longitude,
            # Cannot be read: hide the address, to be safe (childminders work from home).
            hide_exact_address=bool(parse.flag(row, "mask_exact_address", number, True)),
            source=f"row {number}",
            sources={
                "postcode": f"row {number}, location_postcode",
                "latitude": f"row {number}, location_latitude",
                "longitude": f"row {number}, location_longitude",
            },
        )
    )
    for feature in _list(row.get("location_accessibilities")):
        lowered = feature.lower()
        codes = [code for code, words in ACCESS_WORDS if any(word in lowered for word in words)]
        if lowered in ("wheelchair accessible entrance",):
            codes = ["step_free"]
        if codes and not lowered.startswith("partial"):
            record.premises_access += [code for code in codes if code not in record.premises_access]
        elif feature not in notes:
            notes.append(feature)


def _cost(record: ServiceRecord, parse: _Parser, row: dict, number: int) -> None:
    amount = parse.decimal(row, "cost_amount", number)
    option, kind = row.get("cost_option", ""), row.get("cost_type", "")
    if amount is None and not option and not kind:
        return
    if kind and kind.lower() not in COST_TYPES:
        record.warn(f"row {number}, cost_type", f"{kind!r} is not in the list, kept in the notes")
    if amount is not None and amount < 0:
        record.warn(f"row {number}, cost_amount", "a cost cannot be negative, left out")
        amount = None
    if amount and record.cost_type != "charge":
        record.sources["cost_pence"] = f"row {number}, cost_amount"
        record.cost_type = "charge"
        record.cost_pence = round(amount * 100)
        record.cost_unit = COST_TYPES.get(kind.lower(), "")
        unit_label = CostUnit(record.cost_unit).label if record.cost_unit else ""
        described = kind if kind and kind.lower() != unit_label else ""
        record.cost_notes = " ".join(
            part for part in (option, f"({described})" if described else "") if part
        )
    else:
        text = f"{option}: £{amount:.2f} {kind}".strip() if amount else f"{option} {kind}".strip()
        record.cost_notes = "\n".join(part for part in (record.cost_notes, text) if part)


def _opening(record: ServiceRecord, parse: _Parser, row: dict, number: int) -> None:
    day = row.get("scheduled_weekday", "")
    raw_opens, raw_closes = row.get("schedules_opens_at", ""), row.get("schedules_closes_at", "")
    if not (day or raw_opens or raw_closes):
        return
    then = "so the opening time was left out"
    if day.lower() not in WEEKDAYS:
        said = f"{day!r} is not a day like monday" if day else "not given"
        record.warn(f"row {number}, scheduled_weekday", f"{said}, {then}")
        return
    times = []
    for column, raw in (("schedules_opens_at", raw_opens), ("schedules_closes_at", raw_closes)):
        value = parse.clock(row, column)
        if value is None:
            said = f"{raw!r} is not a time like 09:30" if raw else "not given"
            record.warn(f"row {number}, {column}", f"{said}, {then}")
            return
        times.append(value)
    record.opening_times.append(
        OpeningRecord(
            WEEKDAYS.index(day.lower()), *times, source=f"row {number}, schedules_closes_at"
        )
    )
