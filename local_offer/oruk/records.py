"""What an importer hands to the writer: one service as plain data, whatever file it came from.

Readers (ORUK JSON, Outpost-style CSV) build a ServiceRecord and add to `problems` (the record
cannot be a listing at all and is rejected) or `warnings` (imported, with the doubtful part
corrected or left out; someone should look). The writer never sees the source format.

Each part remembers where it came from (`source`, and `sources` for single fields: a JSON path
such as "service_at_locations.0.location" or a CSV cell such as "row 3, location_postcode"), so
a warning can say exactly what was left out.
"""

from dataclasses import dataclass, field
from datetime import date, time


class _Sourced:
    source: str
    sources: dict

    def where(self, name: str = "") -> str:
        """Where a field (or, without a name, the whole part) came from in the source."""
        return self.sources.get(name) or self.source or name


@dataclass
class OrganisationRecord(_Sourced):
    name: str
    external_id: str | None = None
    description: str = ""
    email: str = ""
    website: str = ""
    phone: str = ""
    charity_number: str = ""
    ofsted_number: str = ""
    source: str = ""
    sources: dict = field(default_factory=dict)


@dataclass
class LocationRecord(_Sourced):
    postcode: str
    name: str = ""
    address_1: str = ""
    address_2: str = ""
    town: str = ""
    latitude: float | None = None
    longitude: float | None = None
    hide_exact_address: bool = False
    source: str = ""
    sources: dict = field(default_factory=dict)


@dataclass
class ContactRecord(_Sourced):
    name: str
    role: str = ""
    phone: str = ""
    email: str = ""
    source: str = ""
    sources: dict = field(default_factory=dict)


@dataclass
class OpeningRecord:
    weekday: int  # 0 Monday .. 6 Sunday
    opens: time
    closes: time
    source: str = ""


@dataclass
class TermRecord:
    """A category as the source names it; matched to our vocabularies by code, then label."""

    label: str
    code: str = ""
    description: str = ""
    taxonomy: str = ""  # the source vocabulary's name
    source: str = ""


@dataclass
class ServiceRecord(_Sourced):
    external_id: str
    name: str
    organisation: OrganisationRecord | None
    summary: str = ""
    description: str = ""  # plain text, paragraphs separated by blank lines
    status: str = "active"
    website: str = ""  # ORUK service.url
    email: str = ""
    phone: str = ""
    min_age_months: int | None = None
    max_age_months: int | None = None
    eligibility: str = ""
    referral_routes: list[str] = field(default_factory=list)
    referral_details: str = ""
    cost_type: str = "varies"
    cost_pence: int | None = None
    cost_unit: str = ""
    cost_notes: str = ""
    delivery: list[str] = field(default_factory=list)
    schedule_notes: str = ""
    service_areas: str = ""
    languages: list[str] = field(default_factory=list)
    premises_access: list[str] = field(default_factory=list)
    accessibility_notes: str = ""
    locations: list[LocationRecord] = field(default_factory=list)
    contacts: list[ContactRecord] = field(default_factory=list)
    opening_times: list[OpeningRecord] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)  # SEN2 codes
    categories: list[TermRecord] = field(default_factory=list)
    last_reviewed: date | None = None
    publish_allowed: bool = True  # False: always saved as a draft (e.g. not approved at source)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Source fields with content a listing has no place for: counted once per import, not
    # warned about on every listing (oruk1_reader.py).
    ignored: list[str] = field(default_factory=list)
    source: str = ""
    sources: dict = field(default_factory=dict)  # field name -> where it came from

    def warn(self, where: str, message: str) -> None:
        self.warnings.append(f"{where}: {message}" if where else message)

    @property
    def label(self) -> str:
        return f"{self.name or '(no name)'} [{self.external_id or 'no id'}]"
