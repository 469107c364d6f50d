"""Reading a search from GET parameters: every input checked and bounded, never an exception.

A bad value is dropped with a plain-English message (FieldError) and the rest of the search
still runs, so a typo in one filter never costs the family their other choices. An age or a
place said in the words ("for my 7 year old near RV1 2AB", "near Brigg") becomes that filter
(search.understanding; place names only when `find_places` is given, search.places.find in
the app). `ServiceQuery.from_params` is the way in; this module is its reading.
"""

import math
import unicodedata
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone

from . import postcodes, understanding
from .limits import (
    COSTS,
    DEFAULT_PER_PAGE,
    DEFAULT_RADIUS,
    DELIVERY,
    FILTER_NAMES,
    MAX_AGE,
    MAX_CODE,
    MAX_PAGE,
    MAX_PER_PAGE,
    MAX_RADIUS,
    MAX_TEXT,
    MAX_VALUES,
    MIN_RADIUS,
    SORTS,
)
from .vocabulary import Vocabulary, current_vocabulary

# Which of some place names (as search.places.key makes them) are places, and where.
FindPlaces = Callable[[Collection[str]], dict[str, postcodes.PostcodeLocation]]
YES = {"1", "true", "yes", "on", "y"}
NO = {"", "0", "false", "no", "off", "n"}


@dataclass(frozen=True)
class FieldError:
    field: str  # the GET parameter, so the page can link the error summary to its input
    message: str


def read_params(
    params: Mapping,
    vocabulary: Vocabulary | None = None,
    now: datetime | None = None,
    locate: Callable[[str], postcodes.PostcodeLocation] = postcodes.lookup,
    find_places: FindPlaces | None = None,
) -> tuple[dict, list[FieldError]]:
    """The fields of a ServiceQuery read from GET parameters, and what was wrong with them."""
    return _Parser(params, vocabulary or current_vocabulary(), now, locate, find_places).parse()


class _Parser:
    def __init__(self, params, vocabulary, now, locate, find_places):
        self.params = params
        self.vocabulary = vocabulary
        self.now = now
        self.locate = locate
        self.find_places = find_places
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
            self.error(name, f"Choose one {FILTER_NAMES.get(name, name).lower()} only")
        return values[0] if values else ""

    def parse(self) -> tuple[dict, list[FieldError]]:
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
        return fields, self.errors

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
            self.error(param, f"{FILTER_NAMES[param]} must be yes or no")
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
        named: dict[str, postcodes.PostcodeLocation] = {}

        def known_places(keys: list[str]) -> set[str]:
            named.update(self.find_places(keys))
            return set(named)

        found = understanding.understand(typed, known_places if self.find_places else None)
        read: dict = {}
        taken: list[str] = []  # parameters whose phrases leave the words
        understood: list[str] = []  # ... and which of those set the filter
        notes: list[str] = []
        if found.age is not None or found.too_old is not None:
            taken.append("age")
            if found.age is not None and not self.values("age"):
                read["age"] = found.age.low
                read["age_to"] = found.age.high if found.age.high != found.age.low else None
                if found.age.months is not None:
                    read["age_in_months"] = found.age.months
                    read["age_said"] = found.age.said
                understood.append("age")
            elif found.too_old is not None and not self.values("age"):
                notes.append(
                    f"Services here are for children and young people up to {MAX_AGE}, "
                    f"so we have not filtered by age {found.too_old}."
                )
        if (found.place or found.place_name) and self.values("postcode"):
            taken.append("postcode")
        elif found.place_name:  # a town the gazetteer or the listings know
            read.update(self.located(named[found.place_name]))
            taken.append("postcode")
            understood.append("postcode")
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
