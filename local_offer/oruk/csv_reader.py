"""Outpost-style bulk-import CSV -> ServiceRecords (see CSV_FORMAT.md for every column).

A service is one row with an `import_id`; more locations, contacts, costs and opening times
for it come on extra rows whose `import_id_reference` names that service. Everything about one
service is gathered before it is checked, so a bad extra row rejects its service, not half of it.
"""

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import time
from decimal import Decimal, InvalidOperation

from local_offer.models import CostUnit, Need

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
    row = group.main
    record = ServiceRecord(ID_PREFIX + import_id, row.get("name", ""), None)
    parse = _Parser(record)
    organisation = row.get("organisation", "")
    record.organisation = OrganisationRecord(name=organisation) if organisation else None
    description = row.get("description", "")
    answers = [
        f"{heading}: {row[column]}" for column, heading in LOCAL_OFFER_QUESTIONS if row.get(column)
    ]
    record.description = "\n\n".join([description, *answers]).strip()
    record.summary = summary_of(description) or record.name
    record.website = row.get("url", "") or _first_link(group)
    record.min_age_months = parse.years(row, "min_age")
    max_years = parse.years(row, "max_age", whole=True)
    record.max_age_months = None if max_years is None else max_years + 11
    if parse.flag(row, "needs_referral") is True:
        record.referral_routes = ["professional"]
    elif row.get("needs_referral"):
        record.referral_routes = ["self"]
    record.referral_details = row.get("how_to_start", "")
    if parse.flag(row, "temporarily_closed"):
        record.status = "temporarily_closed"
    record.publish_allowed = (
        parse.flag(row, "approved") is not False and parse.flag(row, "visible") is not False
    )
    if not record.publish_allowed:
        record.warnings.append("saved as a draft because approved or visible is FALSE")
    if row.get("visible_from") or row.get("visible_to"):
        record.warnings.append(
            "visible_from and visible_to are not used: publish or unpublish by hand"
        )
    record.categories = [TermRecord(label=label) for label in _list(row.get("service_taxonomies"))]
    _needs(record, _list(row.get("send_needs_support")) + _list(row.get("suitabilities")))
    notes = [row.get("environment_accessibility", "")]
    free = parse.flag(row, "free")
    for number, part in [(group.row_number, row), *group.extra]:
        _contact(record, parse, part)
        _location(record, parse, part, notes)
        _cost(record, parse, part, number)
        _opening(record, parse, part, number)
    if free and record.cost_type == "charge":
        record.problems.append("it says free is TRUE but also gives a cost_amount")
    elif free:
        record.cost_type = "free"
    elif free is False and record.cost_type != "charge":
        record.cost_type = "varies"
    record.accessibility_notes = "\n\n".join(note for note in notes if note)
    record.delivery = ["in_person"] if record.locations else []
    return check_record(record)


class _Parser:
    def __init__(self, record: ServiceRecord):
        self.record = record

    def flag(self, row: dict, column: str) -> bool | None:
        value = row.get(column, "").lower()
        if value in TRUE:
            return True
        if value in FALSE:
            return False if value else None
        self.record.problems.append(f"{column} must be TRUE or FALSE, not {row[column]!r}")
        return None

    def years(self, row: dict, column: str, whole: bool = False) -> int | None:
        value = row.get(column, "")
        if not value:
            return None
        try:
            number = Decimal(value)
        except InvalidOperation:
            self.record.problems.append(f"{column} must be a number of years, not {value!r}")
            return None
        if whole:
            return int(number) * 12
        return int(round(number * 12))

    def decimal(self, row: dict, column: str) -> float | None:
        value = row.get(column, "").replace("£", "").replace(",", "").strip()
        if not value:
            return None
        try:
            return float(Decimal(value))
        except InvalidOperation:
            self.record.problems.append(f"{column} must be a number, not {row[column]!r}")
            return None

    def clock(self, row: dict, column: str) -> time | None:
        value = row.get(column, "")
        match = re.fullmatch(r"([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?", value)
        if value and not match:
            self.record.problems.append(f"{column} must be a time like 09:30:00, not {value!r}")
        return time(int(match[1]), int(match[2]), int(match[3] or 0)) if match else None


def _list(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split(";") if part.strip()]


def _first_link(group: _Group) -> str:
    for _, row in [(group.row_number, group.main), *group.extra]:
        if row.get("links_url"):
            return row["links_url"]
    return ""


def _needs(record: ServiceRecord, values: list[str]) -> None:
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
            record.warnings.append(f"need {value!r} is not one we recognise; left out")


def _contact(record: ServiceRecord, parse: _Parser, row: dict) -> None:
    name = row.get("contact_name", "") or row.get("contact_title", "")
    phone, email = row.get("contact_phone", ""), row.get("contact_email", "")
    if not (name or phone or email):
        return
    if parse.flag(row, "contact_visible") is False:
        return  # not for the public
    if not name:
        record.warnings.append("a contact with no name was left out")
        return
    record.contacts.append(
        ContactRecord(
            name=name[:120], role=row.get("contact_title", "")[:120], phone=phone[:40], email=email
        )
    )


def _location(record: ServiceRecord, parse: _Parser, row: dict, notes: list[str]) -> None:
    columns = ("location_name", "location_address_1", "location_postcode", "location_latitude")
    if not any(row.get(column) for column in columns):
        return
    if parse.flag(row, "location_visible") is False:
        return
    record.locations.append(
        LocationRecord(
            postcode=row.get("location_postcode", ""),
            name=row.get("location_name", "")[:200],
            address_1=row.get("location_address_1", "")[:200],
            town=row.get("location_city", "")[:100],
            latitude=parse.decimal(row, "location_latitude"),
            longitude=parse.decimal(row, "location_longitude"),
            hide_exact_address=bool(parse.flag(row, "mask_exact_address")),
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
    amount = parse.decimal(row, "cost_amount")
    option, kind = row.get("cost_option", ""), row.get("cost_type", "")
    if amount is None and not option and not kind:
        return
    if kind and kind.lower() not in COST_TYPES:
        record.warnings.append(
            f"row {number}: cost_type {kind!r} is not in the list; kept in the notes"
        )
    if amount is not None and amount < 0:
        record.problems.append(f"row {number}: cost_amount cannot be negative")
        return
    if amount and record.cost_type != "charge":
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
    day = row.get("scheduled_weekday", "").lower()
    opens, closes = parse.clock(row, "schedules_opens_at"), parse.clock(row, "schedules_closes_at")
    if not (day or opens or closes):
        return
    if day not in WEEKDAYS:
        record.problems.append(
            f"row {number}: scheduled_weekday must be a day like monday, not {day!r}"
        )
        return
    if not opens or not closes:
        record.problems.append(
            f"row {number}: give both schedules_opens_at and schedules_closes_at"
        )
        return
    if closes <= opens:
        record.problems.append(f"row {number}: the closing time is not after the opening time")
        return
    record.opening_times.append(OpeningRecord(WEEKDAYS.index(day), opens, closes))
