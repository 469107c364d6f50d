"""What a family asked for (ServiceQuery) and what they get back (SearchResults).

`ServiceQuery.from_params(request.GET)` validates and bounds every input: bad values are
dropped with a plain-English message and the rest of the search still runs, so a typo in one
filter never costs the family their other choices. Every backend takes a ServiceQuery and
returns SearchResults, so the search page and the ORUK API share one meaning of a search.
"""

import math
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from urllib.parse import urlencode

from django.utils import timezone
from django.utils.safestring import SafeString

from portal import ages

from . import postcodes, understanding
from .vocabulary import Vocabulary, current_vocabulary

MAX_TEXT = 200
MAX_AGE = 25
MIN_RADIUS, MAX_RADIUS, DEFAULT_RADIUS = 1, 50, 5
DEFAULT_PER_PAGE, MAX_PER_PAGE = 20, 50
MAX_PAGE = 500  # nobody reads page 501; deep offsets only cost the database
MAX_VALUES = 20  # per filter: more than every code we have
MAX_CODE = 64

COSTS = {"free": "Free", "charge": "Has a charge", "varies": "Cost varies"}
DELIVERY = {"in_person": "In person", "online": "Online", "home_visit": "Home visits"}
SORTS = {"relevance": "Best match", "distance": "Nearest first"}
# Bands for the age facet, in whole years (inclusive). Overlap rule as for the age filter.
AGE_BANDS: tuple[tuple[str, str, int, int], ...] = (
    ("0-4", "Under 5", 0, 4),
    ("5-10", "5 to 10", 5, 10),
    ("11-15", "11 to 15", 11, 15),
    ("16-25", "16 to 25", 16, 25),
)
FROM_WORDS = " (from your search)"  # after the label of a filter read from the words
YES = {"1", "true", "yes", "on", "y"}
NO = {"", "0", "false", "no", "off", "n"}


@dataclass(frozen=True)
class FieldError:
    field: str  # the GET parameter, so the page can link the error summary to its input
    message: str


@dataclass(frozen=True)
class ServiceQuery:
    text: str = ""  # the words to match (what was typed, less any phrases read as filters)
    needs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    age: int | None = None  # whole years, 0-25
    age_to: int | None = None  # top of a range of years read from the words ("teenagers")
    postcode: str = ""  # normalised; set only when it was found
    latitude: float | None = None
    longitude: float | None = None
    radius_miles: int = DEFAULT_RADIUS
    cost: tuple[str, ...] = ()
    accepts_personal_budget: bool = False
    delivery: tuple[str, ...] = ()
    open_now: bool = False
    holidays: bool = False
    minute_of_week: int | None = None  # "now" for open_now, fixed when the query is built
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    # Words read as filters (search.understanding). Those filters travel in `q`, never as
    # their own parameters, so every link reads them again the same way and removing one
    # removes its words too.
    typed: str = ""  # the search box as typed, when phrases were taken out of `text`
    phrases: tuple[tuple[str, str], ...] = ()  # (parameter, words) taken out of `text`
    understood: tuple[str, ...] = ()  # parameters whose filter came from the words
    notes: tuple[str, ...] = ()  # what the page says about how the words were read

    # -- building ---------------------------------------------------------------------------

    @classmethod
    def from_params(
        cls,
        params: Mapping,
        vocabulary: Vocabulary | None = None,
        now: datetime | None = None,
        locate: Callable[[str], postcodes.PostcodeLocation] = postcodes.lookup,
    ) -> tuple["ServiceQuery", list[FieldError]]:
        """Build a query from GET parameters; returns (query, errors). Never raises for input."""
        return _Parser(params, vocabulary or current_vocabulary(), now, locate).parse()

    # -- reading ----------------------------------------------------------------------------

    @property
    def near(self) -> postcodes.Point | None:
        if self.latitude is None or self.longitude is None:
            return None
        return postcodes.Point(self.latitude, self.longitude)

    @property
    def age_months(self) -> tuple[int, int] | None:
        """A child of N years is N*12 .. N*12+11 months old."""
        if self.age is None:
            return None
        return ages.months_of(self.age, self.age_to)

    @property
    def words(self) -> str:
        """The search box and the `q` of every link: the words with the phrases read as
        filters still in them (as typed, unless the words were replaced, as "did you mean"
        does)."""
        if self.typed:
            return self.typed
        return " ".join(part for part in (self.text, *(w for _, w in self.phrases)) if part)

    def words_without(self, param: str) -> str:
        """The words with the phrases that set this filter taken out."""
        words = self.words
        for kind, phrase in self.phrases:
            if kind == param:
                words = understanding.remove_words(words, phrase)
        return words

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def has_filters(self) -> bool:
        return bool(self.applied_params())

    def to_params(self) -> list[tuple[str, str]]:
        """GET parameters that rebuild this query (page left out unless past the first)."""
        pairs: list[tuple[str, str]] = []
        if self.words:
            pairs.append(("q", self.words))
        pairs += [pair for pair in self.applied_params() if pair[0] not in self.understood]
        if self.postcode and self.radius_miles != DEFAULT_RADIUS:
            pairs.append(("radius", str(self.radius_miles)))
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.per_page != DEFAULT_PER_PAGE:
            pairs.append(("per_page", str(self.per_page)))
        if self.page > 1:
            pairs.append(("page", str(self.page)))
        return pairs

    def applied_params(self) -> list[tuple[str, str]]:
        pairs = [("need", code) for code in self.needs]
        pairs += [("category", code) for code in self.categories]
        if self.age is not None:
            top = "" if self.age_to is None else f"-{self.age_to}"
            pairs.append(("age", f"{self.age}{top}"))
        if self.postcode:
            pairs.append(("postcode", self.postcode))
        pairs += [("cost", value) for value in self.cost]
        if self.accepts_personal_budget:
            pairs.append(("pb", "yes"))
        pairs += [("delivery", value) for value in self.delivery]
        if self.open_now:
            pairs.append(("open_now", "yes"))
        if self.holidays:
            pairs.append(("holidays", "yes"))
        return pairs

    def query_string(self, **changes) -> str:
        return urlencode(replace(self, **changes).to_params())

    def applied_filters(self, vocabulary: Vocabulary | None = None) -> list["AppliedFilter"]:
        """Each filter in use, labelled, with the query string that removes just that one."""
        vocabulary = vocabulary or current_vocabulary()
        everything = [pair for pair in self.to_params() if pair[0] != "page"]
        applied = []
        for param, value in self.applied_params():
            remaining = [pair for pair in everything if pair != (param, value)]
            if param == "postcode":  # radius and distance sort mean nothing without it
                remaining = [p for p in remaining if p[0] != "radius" and p != ("sort", "distance")]
            if any(kind == param for kind, _ in self.phrases):
                # The words that said it go too, or the next page would read them again.
                words = self.words_without(param)
                remaining = [("q", words)] * bool(words) + [p for p in remaining if p[0] != "q"]
            label = self._label(param, value, vocabulary)
            applied.append(
                AppliedFilter(
                    param=param,
                    value=value,
                    group=_GROUP_LABELS[param],
                    label=label + FROM_WORDS if param in self.understood else label,
                    remove_query=urlencode(remaining),
                )
            )
        return applied

    def clear_filters_query(self) -> str:
        """Keep the words to match, drop every filter (and any words that set one)."""
        return urlencode([("q", self.text)] if self.text else [])

    def _label(self, param: str, value: str, vocabulary: Vocabulary) -> str:
        if param == "need":
            return vocabulary.need_label(value)
        if param == "category":
            return vocabulary.category_label(value)
        if param == "age":
            low, _, high = value.partition("-")
            return understanding.AgeRange(int(low), int(high or low)).label
        if param == "postcode":
            return f"Within {self.radius_miles} miles of {value}"
        if param == "cost":
            return COSTS[value]
        if param == "delivery":
            return DELIVERY[value]
        return {"pb": "Accepts personal budgets", "open_now": "Open now",
                "holidays": "Runs in school holidays"}[param]


_GROUP_LABELS = {
    "need": "Need", "category": "Category", "age": "Age", "postcode": "Distance",
    "cost": "Cost", "pb": "Personal budgets", "delivery": "How it is delivered",
    "open_now": "Opening times", "holidays": "School holidays",
}


class _Parser:
    def __init__(self, params, vocabulary, now, locate):
        self.params = params
        self.vocabulary = vocabulary
        self.now = now
        self.locate = locate
        self.errors: list[FieldError] = []
        self.radius = DEFAULT_RADIUS

    def error(self, param: str, message: str) -> None:
        self.errors.append(FieldError(param, message))

    def values(self, name: str) -> list[str]:
        if hasattr(self.params, "getlist"):
            raw = self.params.getlist(name)
        else:
            raw = self.params.get(name, [])
            raw = [raw] if isinstance(raw, str | int) else list(raw)
        cleaned = []
        for value in raw:
            value = _clean(str(value)).strip()
            # "need=ASD,SLCN" and "need=ASD&need=SLCN" mean the same thing.
            cleaned += [part.strip() for part in value.split(",") if part.strip()]
        return cleaned

    def value(self, name: str) -> str:
        values = self.values(name)
        if len(values) > 1:
            self.error(name, f"Choose one {_GROUP_LABELS.get(name, name).lower()} only")
        return values[0] if values else ""

    def parse(self) -> tuple[ServiceQuery, list[FieldError]]:
        fields: dict = {"text": self.text()}
        fields["needs"] = self.codes("need", self.vocabulary.needs, "need", upper=True)
        fields["categories"] = self.codes(
            "category", self.vocabulary.categories, "category", upper=False
        )
        fields["age"] = self.age()
        fields.update(self.place())
        fields.update(self.understand(fields))
        fields["cost"] = self.choices("cost", COSTS, "cost")
        fields["delivery"] = self.choices("delivery", DELIVERY, "way of delivering a service")
        fields["accepts_personal_budget"] = self.flag("pb")
        fields["holidays"] = self.flag("holidays")
        fields["open_now"] = self.flag("open_now")
        if fields["open_now"]:
            now = self.now or timezone.now()
            if timezone.is_naive(now):
                now = timezone.make_aware(now)  # a wall-clock time in the council's zone
            now = timezone.localtime(now)
            fields["minute_of_week"] = now.weekday() * 1440 + now.hour * 60 + now.minute
        fields["sort"] = self.sort(has_place=fields.get("latitude") is not None)
        fields["per_page"] = self.number(
            "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE,
            "Enter how many results to show on a page, like 20",
            f"Choose between 1 and {MAX_PER_PAGE} results on a page",
        )
        fields["page"] = self.number(
            "page", 1, 1, MAX_PAGE, "Enter a page number, like 2",
            f"Choose a page between 1 and {MAX_PAGE}",
        )
        return ServiceQuery(**fields), self.errors

    def text(self) -> str:
        raw = self.values_raw("q")
        text = " ".join(_clean(raw).split())
        if len(text) > MAX_TEXT:
            text = text[:MAX_TEXT].rsplit(" ", 1)[0] if " " in text[:MAX_TEXT] else text[:MAX_TEXT]
            self.error(
                "q",
                f"Your search was too long, so we used the first {MAX_TEXT} characters",
            )
        return text

    def values_raw(self, name: str) -> str:
        if hasattr(self.params, "getlist"):
            raw = self.params.getlist(name)
        else:
            raw = self.params.get(name, "")
            raw = [raw] if isinstance(raw, str) else list(raw)
        return " ".join(str(part) for part in raw)

    def codes(self, param, known, noun, upper) -> tuple[str, ...]:
        chosen: list[str] = []
        values = self.values(param)
        if len(values) > MAX_VALUES:
            self.error(param, f"Choose up to {MAX_VALUES} options for {noun}")
            values = values[:MAX_VALUES]
        for value in values:
            code = value.upper() if upper else value
            if len(code) > MAX_CODE or not _is_code(code):
                self.error(param, f"We do not recognise that {noun}. Choose one from the list")
                continue
            if known is not None:
                match = code if code in known else _case_insensitive(code, known)
                if match is None:
                    self.error(
                        param, f'We do not recognise the {noun} "{code}". Choose one from the list'
                    )
                    continue
                code = match
            if code not in chosen:
                chosen.append(code)
        return tuple(chosen)

    def choices(self, param, allowed, noun) -> tuple[str, ...]:
        chosen: list[str] = []
        for value in self.values(param)[:MAX_VALUES]:
            key = value.lower().replace("-", "_").replace(" ", "_")
            if key not in allowed:
                options = ", ".join(v.lower() for v in allowed.values())
                self.error(param, f"Choose a {noun} from the list ({options})")
                continue
            if key not in chosen:
                chosen.append(key)
        return tuple(chosen)

    def flag(self, param) -> bool:
        value = self.value(param).lower()
        if value in YES:
            return True
        if value not in NO:
            self.error(param, f"{_GROUP_LABELS[param]} must be yes or no")
        return False

    def age(self) -> int | None:
        value = self.value("age")
        if not value:
            return None
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not math.isfinite(number) or number != int(number):
            self.error("age", "Enter age as a whole number of years, like 7")
            return None
        if not 0 <= number <= MAX_AGE:
            self.error("age", f"Enter an age between 0 and {MAX_AGE}")
            return None
        return int(number)

    def place(self) -> dict:
        raw = self.value("postcode")
        radius_text = self.value("radius")
        self.radius = DEFAULT_RADIUS
        if radius_text:
            self.radius = self.number(
                "radius", DEFAULT_RADIUS, MIN_RADIUS, MAX_RADIUS,
                "Enter a distance in miles, like 5",
                f"Choose a distance between {MIN_RADIUS} and {MAX_RADIUS} miles",
            )
        if not raw:
            return {}
        try:
            found = self.locate(raw)
        except postcodes.PostcodeError as problem:
            self.error("postcode", str(problem))
            return {}
        return self.located(found)

    def located(self, found: postcodes.PostcodeLocation) -> dict:
        return {
            "postcode": found.postcode,
            "latitude": found.point.latitude,
            "longitude": found.point.longitude,
            "radius_miles": self.radius,
        }

    def understand(self, fields: dict) -> dict:
        """Read an age and a place from the words (search.understanding). A filter the family
        set in its own box wins; the words that said the same thing are still taken out, so
        they are not matched as text. A place we cannot find stays as words, without a
        message: it may not have been meant as a postcode."""
        typed = fields["text"]
        found = understanding.understand(typed)
        read: dict = {}
        taken: list[str] = []  # parameters whose phrases leave the words
        understood: list[str] = []  # ... and which of those set the filter
        notes: list[str] = []
        if found.age is not None or found.too_old is not None:
            taken.append("age")
            if found.age is not None and not self.values("age"):
                read["age"] = found.age.low
                read["age_to"] = found.age.high if found.age.high != found.age.low else None
                understood.append("age")
            elif found.too_old is not None and not self.values("age"):
                notes.append(
                    f"Services here are for children and young people up to {MAX_AGE}, "
                    f"so we have not filtered by age {found.too_old}."
                )
        if found.place and self.values("postcode"):
            taken.append("postcode")
        elif found.place:
            try:
                read.update(self.located(self.locate(found.place)))
            except postcodes.PostcodeError:
                pass  # not a postcode we know: the words stay words
            else:
                taken.append("postcode")
                understood.append("postcode")
        if not taken:
            return {}
        return {
            **read,
            "text": found.without(*taken),
            "typed": typed,
            "phrases": tuple((p.kind, p.words) for p in found.phrases if p.kind in taken),
            "understood": tuple(understood),
            "notes": tuple(notes),
        }

    def sort(self, has_place: bool) -> str:
        value = self.value("sort").lower() or "relevance"
        if value not in SORTS:
            self.error("sort", "Sort by best match or nearest first")
            return "relevance"
        if value == "distance" and not has_place:
            self.error("sort", "Enter a postcode to sort by distance")
            return "relevance"
        return value

    def number(self, param, default, low, high, not_number, out_of_range) -> int:
        value = self.value(param)
        if not value:
            return default
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if math.isnan(number) or math.isinf(number) or number != int(number):
            self.error(param, not_number)
            return default
        if not low <= number <= high:
            self.error(param, out_of_range)
            return default
        return int(number)


def _clean(value: str) -> str:
    """Drop control characters (and NUL, which PostgreSQL rejects) but keep ordinary spaces."""
    return "".join(
        " " if ch in "\t\n\r" else ch
        for ch in value[: MAX_TEXT * 60]  # bounded work for a huge parameter
        if ch in "\t\n\r" or unicodedata.category(ch)[0] != "C"
    )


def _is_code(value: str) -> bool:
    return all(ch.isalnum() or ch in "-_." for ch in value)


def _case_insensitive(code: str, known: Mapping[str, str]) -> str | None:
    lowered = code.lower()
    for candidate in known:
        if candidate.lower() == lowered:
            return candidate
    return None


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AppliedFilter:
    param: str
    value: str
    group: str  # "Need"
    label: str  # "Autistic spectrum disorder"
    remove_query: str  # query string for the same search without this filter


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class SearchHit:
    record: dict  # ServiceRecord.to_dict()
    score: float = 0.0
    # field -> HTML with matches in <mark>; everything else escaped, so safe to render.
    highlights: dict[str, SafeString] = field(default_factory=dict)
    distance_miles: float | None = None

    def __getattr__(self, name):
        # hit.name, hit.url ... read the record, so templates stay short.
        try:
            return self.__dict__["record"][name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def id(self) -> str:
        return self.record["id"]


@dataclass
class SearchResults:
    query: ServiceQuery
    hits: list[SearchHit]
    total: int
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)
    suggestion: str | None = None  # "did you mean"
    showing_suggestion: bool = False  # hits are for the suggestion: nothing matched as typed
    relaxed: bool = False  # no service matched every word; hits match some of them
    applied_filters: list[AppliedFilter] = field(default_factory=list)

    @property
    def page(self) -> int:
        return self.query.page

    @property
    def per_page(self) -> int:
        return self.query.per_page

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.query.per_page))

    @property
    def has_next(self) -> bool:
        return self.page < min(self.pages, MAX_PAGE)

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def ids(self) -> list[str]:
        return [hit.id for hit in self.hits]

    def facet_count(self, facet: str, value: str) -> int:
        for item in self.facets.get(facet, []):
            if item.value == value:
                return item.count
        return 0
