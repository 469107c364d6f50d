"""What the Local Offer hands to search for one published service: the boundary between the apps.

local_offer.services.search_record(page) builds one of these; every search backend indexes it.
Ages are in months so "18 months to 5 years" and "0-25" compare exactly; None means open-ended.
"""

from dataclasses import asdict, dataclass, field
from datetime import date


@dataclass(frozen=True)
class ServiceLocation:
    postcode: str  # normalised, e.g. "RV1 2AB"; empty when the service has no fixed place
    latitude: float | None
    longitude: float | None
    hide_exact_address: bool = False  # childminders: show the area, never the street
    label: str = ""  # "Riverside Leisure Centre" or, when hidden, "Near RV1"
    town: str = ""  # of a public address, "Brigg"; empty when the address is hidden


@dataclass(frozen=True)
class OpeningTime:
    weekday: int  # 0 Monday .. 6 Sunday
    opens: str  # "09:00"
    closes: str  # "17:30"


@dataclass(frozen=True)
class ServiceRecord:
    id: str  # the ServicePage id as a string
    url: str  # path of the public page, e.g. "/local-offer/services/riverside-salt-clinic/"
    name: str
    summary: str
    description: str  # plain text, no HTML
    provider_id: str
    provider_name: str
    categories: tuple[str, ...] = ()  # taxonomy term codes (DfE family hubs ids or our own slugs)
    category_labels: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()  # SEN2 codes: "ASD", "SLCN", ...
    need_areas: tuple[str, ...] = ()  # the four broad areas of need, by code
    min_age_months: int | None = None
    max_age_months: int | None = None
    # When the age fields are empty: the ages its words say it is for ("aged 8-25", "for
    # adults"), (first, last) months with None for an open side. Ranks, never filters.
    stated_age_months: tuple[int | None, int | None] | None = None
    cost_type: str = "free"  # "free" | "charge" | "varies"
    cost_pence: int | None = None
    cost_unit: str = ""  # "per session", "per hour", ...
    words_say_free: bool = False  # no cost given, and its words say "a free group"
    accepts_personal_budget: bool = False
    delivery: tuple[str, ...] = ()  # "in_person" | "online" | "home_visit"
    referral: tuple[str, ...] = ()  # "self" | "professional" | "ehc_plan"
    locations: tuple[ServiceLocation, ...] = ()
    opening_times: tuple[OpeningTime, ...] = ()
    runs_in_school_holidays: bool = False
    languages: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # extra words the provider or officer added for findability
    status: str = "active"  # "active" | "temporarily_closed" | "closed"
    last_checked: date | None = None
    searchable: bool = True  # False when hidden for staleness (12 months unconfirmed) or closed
    extra: dict = field(default_factory=dict, compare=False)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["last_checked"] = self.last_checked.isoformat() if self.last_checked else None
        return data
