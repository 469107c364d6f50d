"""Links that change a search: its query string with one thing changed (a page, a sort, a
wider area, corrected words), and each filter in use, labelled, with the link that removes
just that one.

Filters read from the words travel in `q`, never as their own parameters, so every link reads
them again the same way, and removing one takes its words out too.
"""

from dataclasses import dataclass, replace
from urllib.parse import urlencode

from . import understanding
from .limits import COSTS, DEFAULT_PER_PAGE, DEFAULT_RADIUS, DELIVERY, FILTER_NAMES
from .query import ServiceQuery
from .vocabulary import Vocabulary

FROM_WORDS = " (from your search)"  # after the label of a filter read from the words


@dataclass(frozen=True)
class AppliedFilter:
    param: str
    value: str
    group: str  # "Need"
    label: str  # "Autistic spectrum disorder"
    remove_query: str  # query string for the same search without this filter


def params(query: ServiceQuery) -> list[tuple[str, str]]:
    """GET parameters that rebuild this query (page left out unless past the first)."""
    pairs: list[tuple[str, str]] = []
    if query.words:
        pairs.append(("q", query.words))
    pairs += [pair for pair in query.applied_params() if pair[0] not in query.understood]
    if query.postcode and query.radius_miles != DEFAULT_RADIUS:
        pairs.append(("radius", str(query.radius_miles)))
    if query.sort != "relevance":
        pairs.append(("sort", query.sort))
    if query.per_page != DEFAULT_PER_PAGE:
        pairs.append(("per_page", str(query.per_page)))
    if query.page > 1:
        pairs.append(("page", str(query.page)))
    return pairs


def query_string(query: ServiceQuery, **changes) -> str:
    """The query string of this search with some of its fields changed (page=2)."""
    return urlencode(params(replace(query, **changes)))


def href(query: ServiceQuery, **changes) -> str:
    """A link to this search with some of its fields changed, for an <a href>."""
    return "?" + query_string(query, **changes)


def applied_filters(query: ServiceQuery, vocabulary: Vocabulary) -> list[AppliedFilter]:
    """Each filter in use, labelled, with the query string that removes just that one."""
    everything = [pair for pair in params(query) if pair[0] != "page"]
    applied = []
    for param, value in query.applied_params():
        remaining = [pair for pair in everything if pair != (param, value)]
        if param == "postcode":  # radius and distance sort mean nothing without it
            remaining = [p for p in remaining if p[0] != "radius" and p != ("sort", "distance")]
        if any(kind == param for kind, _ in query.phrases):
            # The words that said it go too, or the next page would read them again.
            words = _words_without(query, param)
            remaining = [("q", words)] * bool(words) + [p for p in remaining if p[0] != "q"]
        text = _label(query, param, value, vocabulary)
        applied.append(
            AppliedFilter(
                param=param,
                value=value,
                group=FILTER_NAMES[param],
                label=text + FROM_WORDS if param in query.understood else text,
                remove_query=urlencode(remaining),
            )
        )
    return applied


def clear_filters_query(query: ServiceQuery) -> str:
    """Keep the words to match, drop every filter (and any words that set one)."""
    return urlencode([("q", query.text)] if query.text else [])


def _label(query: ServiceQuery, param: str, value: str, vocabulary: Vocabulary) -> str:
    """How the page names one filter value ("Within 5 miles of RV1 2AB")."""
    if param == "need":
        return vocabulary.need_label(value)
    if param == "category":
        return vocabulary.category_label(value)
    if param == "age":
        if " " in value:  # said in weeks or months: "6 weeks"
            return f"{value} old"
        low, _, high = value.partition("-")
        return understanding.AgeRange(int(low), int(high or low)).label
    if param == "postcode":
        return f"Within {query.radius_miles} miles of {value}"
    if param == "cost":
        return COSTS[value]
    if param == "delivery":
        return DELIVERY[value]
    return {"pb": "Accepts personal budgets", "open_now": "Open now",
            "holidays": "Runs in school holidays"}[param]


def _words_without(query: ServiceQuery, param: str) -> str:
    """The words with the phrases that set this filter taken out."""
    words = query.words
    for kind, phrase in query.phrases:
        if kind == param:
            words = understanding.remove_words(words, phrase)
    return words
