"""The named records the demo is written in: content.py fills them with words, service_specs.py
turns kinds of service into service specs, seeding.py writes them as pages and snippets.

Keys ("salt", "leisure-centre", "riverside:therapies") join records to each other: a provider
key names an entry of content.PROVIDERS, a venue key one of content.VENUES, and a category
reference is "riverside:<code>", "dfe:<label>" or "pfa:<code>".
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

# The venue key for a service that comes to the family: its address is never shown.
HOME = "home"


@dataclass(frozen=True)
class Ages:
    """Ages served, in months; None is open-ended."""

    min_months: int | None
    max_months: int | None


@dataclass(frozen=True)
class Cost:
    type: str  # "free" | "charge" | "varies"
    pence: int | None = None
    unit: str = ""  # "session", "day", ... for a charge


@dataclass(frozen=True, order=True)
class Slot:
    """A weekly opening time. Ordered by day, then time, as a listing shows them."""

    weekday: int  # 0 is Monday
    opens: str  # "09:30"
    closes: str


@dataclass(frozen=True)
class Provider:
    name: str
    kind: str  # the Organisation kind: "council", "voluntary", "health", ...
    description: str
    phone: str
    email: str
    website: str = ""
    ofsted_number: str = ""  # or another registration number
    charity_number: str = ""
    home_venue: str | None = None  # where it works from, when it has one place of its own


@dataclass(frozen=True)
class Venue:
    name: str
    address: str
    outcode: str


@dataclass(frozen=True)
class Title:
    """A title template ("Saturday club, {area}") and whatever it changes from its kind's
    choices. A template names {provider}, {venue} or {area}, or nothing."""

    template: str
    provider: str | None = None
    venue: str | None = None
    summary: str | None = None
    paragraphs: Sequence[str] | None = None
    categories: Sequence[str] | None = None
    needs: Sequence[str] | None = None
    ages: Sequence[Ages] | None = None
    costs: Sequence[Cost] | None = None
    delivery: Sequence[str] | None = None
    referral: Sequence[str] | None = None
    languages: str | None = None


@dataclass(frozen=True)
class Kind:
    """A kind of service, yielding `count` services. Each list is a set of choices the generator
    picks from with a fixed seed; a share is the chance a service has that feature."""

    key: str
    count: int
    providers: Sequence[str]
    titles: Sequence[str | Title]
    summaries: Sequence[str]
    paragraphs: Sequence[str]
    categories: Sequence[str]
    needs: Sequence[str]
    optional_needs: Sequence[str]
    ages: Sequence[Ages]
    costs: Sequence[Cost]
    delivery: Sequence[Sequence[str]]
    referral: Sequence[Sequence[str]]
    venues: Sequence[str]
    times: Sequence[Slot]
    keywords: str
    access: Sequence[str]
    personal_budget_share: float = 0.0
    direct_payment_share: float = 0.0
    holiday_share: float = 0.25
    # Paired summaries were written for the title in the same position; otherwise any will do.
    paired_summaries: bool = False
    education_setting: str = ""  # an education setting answers the Schedule 2 questions
    languages: Sequence[str] = ()
    schedule_notes: Sequence[str] = ()
    service_areas: str = ""
    eligibility: Sequence[str] = ()

    @property
    def title_records(self) -> list[Title]:
        return [title if isinstance(title, Title) else Title(title) for title in self.titles]


@dataclass(frozen=True)
class Guide:
    slug: str
    title: str
    summary: str
    topics: Sequence[str]
    categories: Sequence[str]
    body: Sequence[tuple]  # StreamField blocks as Wagtail reads them: (block type, value)


@dataclass(frozen=True)
class ShortBreaksStatement:
    slug: str
    title: str
    summary: str
    range_of_breaks: str
    eligibility_criteria: str
    how_breaks_meet_needs: str
    how_to_ask: str
    how_families_shaped_it: str


@dataclass(frozen=True)
class Event:
    title: str
    summary: str
    provider: str
    venue: str
    starts_in_days: int  # from the day the demo is seeded
    lasts_days: int  # 0 for a single day
    recurrence: str  # "none" | "daily" | "weekly"
    weekdays: Sequence[str]  # for a weekly event: "0" is Monday
    start_time: str
    end_time: str
    ages: Ages
    cost: Cost
    needs: Sequence[str]


# --- What the generator builds, and seeding writes -----------------------------------------------


@dataclass
class LocationSpec:
    name: str
    address_1: str
    town: str
    postcode: str
    hidden: bool = False


@dataclass(frozen=True)
class Contact:
    name: str
    role: str
    phone: str
    email: str


@dataclass
class ServiceSpec:
    slug: str
    title: str
    provider_key: str
    fields: dict  # ServicePage fields, by name
    category_refs: list[str]
    need_codes: list[str]
    locations: list[LocationSpec] = field(default_factory=list)
    opening_times: list[Slot] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    kind: str = ""
