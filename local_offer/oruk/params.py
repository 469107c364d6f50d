"""Query parameters of the ORUK API, checked and bounded before any query runs.

Every problem becomes a BadParameter with a message a developer can act on, which the views
turn into a 400 JSON response: bad input never reaches the database and never causes a 500.
"""

import math
import re
from dataclasses import dataclass
from datetime import UTC, datetime, time

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime

from search.api import MAX_RADIUS

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 100
MAX_PAGE = 10_000
MAX_AGE = 25
MAX_TEXT = 200
METRES_PER_MILE = 1609.344
# The public search page's widest radius (50 miles), in whole metres. ORUK sets no limit;
# a wider proximity is refused (400) rather than quietly answered for a smaller circle.
MAX_PROXIMITY_METRES = math.floor(MAX_RADIUS * METRES_PER_MILE)
TRUE = {"true", "1", "yes"}
FALSE = {"false", "0", "no", ""}
# A clock time as start_time and end_time take it (09:30 or 09:30:00); openapi.py documents it.
CLOCK = r"([01]?[0-9]|2[0-3]):([0-5][0-9])(?::([0-5][0-9]))?"


class BadParameter(ValueError):
    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True)
class Paging:
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


@dataclass(frozen=True)
class ServiceFilters:
    search: str = ""
    taxonomy_term_id: str = ""
    taxonomy_id: str = ""
    organization_id: str = ""
    modified_after: datetime | None = None
    minimum_age: float | None = None
    maximum_age: float | None = None
    age: int | None = None  # our extension: suitable for someone of this age in years
    day: int | None = None  # 0 Monday .. 6 Sunday (uk-profile)
    start_time: time | None = None
    end_time: time | None = None
    postcode: str = ""
    proximity: float | None = None  # metres
    full: bool = False


class Params:
    """Reads one request's GET parameters."""

    def __init__(self, query):
        self.query = query

    def text(self, name: str, limit: int = MAX_TEXT) -> str:
        values = (
            self.query.getlist(name) if hasattr(self.query, "getlist") else [self.query.get(name)]
        )
        values = [value for value in values if value is not None]
        if len(values) > 1:
            raise BadParameter(name, f"Give {name} once only")
        value = (values[0] if values else "").strip()
        if "\x00" in value or len(value) > limit:
            raise BadParameter(name, f"{name} must be at most {limit} characters of text")
        return value

    def integer(self, name: str, default, low: int, high: int, unit: str = ""):
        raw = self.text(name, 20)
        if raw == "":
            return default
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
        if math.isnan(number) or math.isinf(number) or number != int(number):
            raise BadParameter(name, f"{name} must be a whole number{unit}, like {low or 1}")
        if not low <= number <= high:
            raise BadParameter(name, f"{name} must be between {low} and {high}{unit}")
        return int(number)

    def number(self, name: str, low: float, high: float):
        raw = self.text(name, 20)
        if raw == "":
            return None
        try:
            number = float(raw)
        except ValueError:
            number = math.nan
        if math.isnan(number) or not low <= number <= high:
            raise BadParameter(name, f"{name} must be a number between {low:g} and {high:g}")
        return number

    def proximity(self) -> float | None:
        """Metres from the postcode, as far as the public search reaches."""
        raw = self.text("proximity", 20)
        if raw == "":
            return None
        try:
            metres = float(raw)
        except ValueError:
            metres = math.nan
        if math.isnan(metres) or not 1 <= metres <= MAX_PROXIMITY_METRES:
            raise BadParameter(
                "proximity",
                f"proximity must be a number of metres from 1 to {MAX_PROXIMITY_METRES} "
                f"({MAX_RADIUS} miles, the widest distance the Local Offer search covers)",
            )
        return metres

    def boolean(self, name: str) -> bool:
        raw = self.text(name, 10).lower()
        if raw in TRUE:
            return True
        if raw in FALSE:
            return False
        raise BadParameter(name, f"{name} must be true or false")

    def uuid_or_code(self, name: str) -> str:
        raw = self.text(name, 100)
        if raw and not re.fullmatch(r"[A-Za-z0-9._:-]+", raw):
            raise BadParameter(name, f"{name} must be an id from this API, like a UUID")
        return raw

    def paging(self) -> Paging:
        return Paging(
            page=self.integer("page", 1, 1, MAX_PAGE),
            per_page=self.integer("per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
        )

    def check_format(self) -> None:
        raw = self.text("format", 20).lower()
        if raw not in ("", "json"):
            raise BadParameter("format", "Only format=json is available")

    def datetime(self, name: str) -> datetime | None:
        raw = self.text(name, 40)
        if not raw:
            return None
        moment = None
        try:
            moment = parse_datetime(raw.replace(" ", "+"))  # a "+" in a URL arrives as a space
            if moment is None:
                day = parse_date(raw)
                if day is not None:
                    moment = datetime(day.year, day.month, day.day)
        except ValueError:
            moment = None
        if moment is None:
            raise BadParameter(
                name, f"{name} must be a date or date-time, like 2025-01-31 or 2025-01-31T09:00:00Z"
            )
        try:
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
            # In UTC, as the database compares it: year 1 at +14:00 is still year 0 there.
            return moment.astimezone(UTC)
        except OverflowError:
            raise BadParameter(
                name, f"{name} must be between 0001-01-01 and 9999-12-31 in UTC"
            ) from None

    def clock(self, name: str) -> time | None:
        raw = self.text(name, 20)
        if not raw:
            return None
        match = re.fullmatch(CLOCK, raw)
        if not match:
            raise BadParameter(name, f"{name} must be a time like 09:30")
        return time(int(match[1]), int(match[2]), int(match[3] or 0))

    def weekday(self, name: str) -> int | None:
        raw = self.text(name, 20).lower()
        if not raw:
            return None
        names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        codes = ["mo", "tu", "we", "th", "fr", "sa", "su"]
        for index, (full, code) in enumerate(zip(names, codes, strict=True)):
            if raw in (full, code, full[:3]):
                return index
        raise BadParameter(name, f"{name} must be a day of the week, like monday or MO")

    def service_filters(self, place: bool = False) -> ServiceFilters:
        self.check_format()
        filters = ServiceFilters(
            search=self.text("search"),
            taxonomy_term_id=self.uuid_or_code("taxonomy_term_id"),
            taxonomy_id=self.uuid_or_code("taxonomy_id"),
            organization_id=self.uuid_or_code("organization_id"),
            modified_after=self.datetime("modified_after"),
            minimum_age=self.number("minimum_age", 0, 150),
            maximum_age=self.number("maximum_age", 0, 150),
            age=self.integer("age", None, 0, MAX_AGE, " of years"),
            day=self.weekday("day"),
            start_time=self.clock("start_time"),
            end_time=self.clock("end_time"),
            full=self.boolean("full"),
        )
        if place:
            postcode = self.text("postcode", 16)
            proximity = self.proximity()
            if proximity is not None and not postcode:
                raise BadParameter("proximity", "proximity needs a postcode to measure from")
            filters = ServiceFilters(
                **{**filters.__dict__, "postcode": postcode, "proximity": proximity}
            )
        return filters
