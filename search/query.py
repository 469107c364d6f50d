"""What a family asked for: ServiceQuery, the one value the page, the ORUK API and every backend
read, so they share one meaning of a search.

`ServiceQuery.from_params(request.GET)` builds it and never raises for input: search.query_parsing
checks and bounds each value, and returns the messages for the ones it dropped. The links that
change a query are the page's (search.filter_links).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from portal import ages

from . import postcodes
from .limits import DEFAULT_PER_PAGE, DEFAULT_RADIUS
from .query_parsing import FieldError, FindPlaces, read_params
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class ServiceQuery:
    text: str = ""  # the words to match (what was typed, less any phrases read as filters)
    needs: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    age: int | None = None  # whole years, 0-25
    age_to: int | None = None  # top of a range of years read from the words ("teenagers")
    # A baby's age read from the words in weeks or months ("my 6 week old"): whole months, and
    # the words for the page ("6 weeks"). `age` is then the whole years (0 or 1).
    age_in_months: int | None = None
    age_said: str = ""
    # Normalised; set only when it was found. A place named in the words ("near Brigg") is
    # here by its name, as the gazetteer or the listings write it.
    postcode: str = ""
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

    @classmethod
    def from_params(
        cls,
        params: Mapping,
        vocabulary: Vocabulary | None = None,
        now: datetime | None = None,
        locate: Callable[[str], postcodes.PostcodeLocation] = postcodes.lookup,
        find_places: FindPlaces | None = None,
    ) -> tuple["ServiceQuery", list[FieldError]]:
        """Build a query from GET parameters; returns (query, errors). Never raises for input.
        `find_places` (search.places.find, as the page and the API pass it) lets a place name
        in the words be read like a postcode; without it only postcodes are."""
        fields, errors = read_params(params, vocabulary, now, locate, find_places)
        return cls(**fields), errors

    @property
    def near(self) -> postcodes.Point | None:
        if self.latitude is None or self.longitude is None:
            return None
        return postcodes.Point(self.latitude, self.longitude)

    @property
    def age_months(self) -> tuple[int, int] | None:
        """A child of N years is N*12 .. N*12+11 months old; a baby of 6 weeks, 1 month."""
        if self.age_in_months is not None:
            return self.age_in_months, self.age_in_months
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

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page

    @property
    def has_filters(self) -> bool:
        return bool(self.applied_params())

    def applied_params(self) -> list[tuple[str, str]]:
        """Each filter in use as the GET parameter that sets it, in the order the page lists
        them."""
        pairs = [("need", code) for code in self.needs]
        pairs += [("category", code) for code in self.categories]
        if self.age_said:  # read from the words: the value only labels it, never a link
            pairs.append(("age", self.age_said))
        elif self.age is not None:
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
