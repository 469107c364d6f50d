"""What the search page shows, worked out from a query, its errors and its results.

Kept out of the view so the view stays three lines and the template stays free of logic: the
filter panel's groups, the error summary, the pagination items, the zero-results suggestions.
The backend gave counts and hits only; the labels and links are made here (search.facets,
search.filter_links), and every link keeps the rest of the search as it was.
"""

from dataclasses import dataclass, field

from portal.pagination import Pagination, paginate

from . import facets, filter_links
from .limits import DEFAULT_RADIUS, MAX_PAGE, MAX_RADIUS
from .query import ServiceQuery
from .query_parsing import FieldError
from .results import SearchResults
from .vocabulary import current_vocabulary

RADIUS_CHOICES = (1, 2, 5, 10, 20, 50)
CATEGORIES_SHOWN = 10  # the rest go behind "Show more categories"
MAX_ECHOED = 100  # characters of a bad value put back in its box: enough to correct it

# Where an error in the summary takes you: the input (or first checkbox) for that parameter.
FIELD_IDS = {
    "q": "search-q",
    "postcode": "search-postcode",
    "radius": "search-radius",
    "age": "search-age",
    "need": "filter-need",
    "category": "filter-category",
    "cost": "filter-cost",
    "delivery": "filter-delivery",
    "pb": "filter-pb",
    "open_now": "filter-when",
    "holidays": "filter-when",
    "sort": "results-heading",
    "page": "results-heading",
    "per_page": "results-heading",
}


@dataclass
class Option:
    value: str
    label: str
    count: int | None
    checked: bool
    id: str
    param: str = ""  # the GET parameter this option sets


@dataclass
class FilterGroup:
    param: str
    legend: str
    options: list[Option]
    more: list[Option] = field(default_factory=list)  # shown behind a details component
    error: str = ""

    @property
    def id(self) -> str:
        return FIELD_IDS[self.param]


def raw_inputs(params) -> dict[str, str]:
    """What the family typed into each box, put back as typed (bounded), so nothing is lost
    when one part of the search needs correcting."""
    return {
        name: " ".join(str(params.get(name, "")).split())[:MAX_ECHOED]
        for name in ("postcode", "radius", "age")
    }


def error_summary(errors: list[FieldError]) -> list[dict]:
    seen = set()
    items = []
    for error in errors:
        if (error.field, error.message) in seen:
            continue
        seen.add((error.field, error.message))
        items.append({"href": f"#{FIELD_IDS.get(error.field, 'search-q')}",
                      "message": error.message, "field": error.field})
    return items


def field_errors(errors: list[FieldError]) -> dict[str, str]:
    """The first message for each input, shown beside it."""
    by_field: dict[str, str] = {}
    for error in errors:
        key = "when" if error.field in {"open_now", "holidays"} else error.field
        by_field.setdefault(key, error.message)
    return by_field


def filter_groups(
    query: ServiceQuery, labelled: dict[str, list[facets.FacetValue]], errors: dict[str, str]
) -> list[FilterGroup]:
    def options(param: str) -> list[Option]:
        return [
            Option(v.value, v.label, v.count, v.selected, f"{FIELD_IDS[param]}-{i}", param)
            for i, v in enumerate(labelled.get(param, []))
        ]

    groups = [
        FilterGroup("need", "Need", options("need")),
        FilterGroup("category", "Type of service", options("category")),
        FilterGroup("cost", "Cost", options("cost")),
        FilterGroup("delivery", "How it is delivered", options("delivery")),
        FilterGroup("pb", "Personal budgets", options("pb")),
    ]
    for group in groups:
        group.error = errors.get(group.param, "")
        # What the family ticked comes first, so it never hides at the bottom of a long list.
        group.options.sort(key=lambda option: not option.checked)
        if group.param == "category" and len(group.options) > CATEGORIES_SHOWN:
            shown = group.options[:CATEGORIES_SHOWN]
            rest = group.options[CATEGORIES_SHOWN:]
            # A ticked category never hides behind "show more".
            group.options = shown + [o for o in rest if o.checked]
            group.more = [o for o in rest if not o.checked]
    # Opening times are yes/no choices without counts: counting them costs two more queries.
    when = FilterGroup(
        "open_now", "When",
        [
            Option("yes", "Runs in school holidays", None, query.holidays, "filter-when-0",
                   "holidays"),
            Option("yes", "Open now", None, query.open_now, "filter-when-1", "open_now"),
        ],
        error=errors.get("when", ""),
    )
    groups.append(when)
    return [g for g in groups if g.options or g.more or g.error]


def pagination(results: SearchResults) -> Pagination:
    query = results.query
    pages = min(results.pages, MAX_PAGE)
    return paginate(query.page, pages, lambda number: filter_links.href(query, page=number))


def wider_radius(query: ServiceQuery) -> tuple[int, str] | None:
    """The next bigger distance, for "try a wider area" when nothing was found."""
    if not query.postcode or query.radius_miles >= MAX_RADIUS:
        return None
    bigger = next((r for r in RADIUS_CHOICES if r > query.radius_miles), MAX_RADIUS)
    return bigger, filter_links.href(query, radius_miles=bigger, page=1)


def sort_links(query: ServiceQuery) -> list[dict]:
    if not query.postcode:
        return []
    return [
        {"label": "Best match", "href": filter_links.href(query, sort="relevance", page=1),
         "current": query.sort == "relevance"},
        {"label": "Nearest first", "href": filter_links.href(query, sort="distance", page=1),
         "current": query.sort == "distance"},
    ]


def suggestion_href(query: ServiceQuery, suggestion: str) -> str:
    # The suggestion replaces the words matched; phrases read as filters are kept after it.
    return filter_links.href(query, text=suggestion, typed="", page=1)


def understood_filters(
    query: ServiceQuery, applied: list[filter_links.AppliedFilter]
) -> list[dict]:
    """Filters read from the words, shown beside the results too: on a phone the filter
    panel is folded, and a family should see why "7 year old" changed what they got."""
    return [
        {"group": each.group, "label": each.label.removesuffix(filter_links.FROM_WORDS),
         "href": "?" + each.remove_query}
        for each in applied
        if each.param in query.understood
    ]


def context(params, query: ServiceQuery, errors: list[FieldError], results: SearchResults):
    vocabulary = current_vocabulary()
    by_field = field_errors(errors)
    applied = filter_links.applied_filters(query, vocabulary)
    labelled = facets.labelled(query, results.facet_counts, vocabulary)
    first = results.query.offset + 1
    return {
        "query": query,
        "results": results,
        "inputs": raw_inputs(params),
        "errors": error_summary(errors),
        "field_errors": by_field,
        "filter_groups": filter_groups(query, labelled, by_field),
        "applied_filters": applied,
        "clear_filters_query": filter_links.clear_filters_query(query),
        "radius_choices": RADIUS_CHOICES,
        "selected_radius": query.radius_miles if query.postcode else _radius_typed(params),
        "pagination": pagination(results),
        "showing_from": first,
        "showing_to": first + len(results.hits) - 1,
        "sort_links": sort_links(query),
        "wider_radius": wider_radius(query),
        "suggestion_href": (
            suggestion_href(query, results.suggestion) if results.suggestion else ""
        ),
        "searched": bool(query.text or query.has_filters),
        "understood_filters": understood_filters(query, applied),
    }


def _radius_typed(params) -> int:
    try:
        return int(str(params.get("radius", "")))
    except ValueError:
        return DEFAULT_RADIUS
