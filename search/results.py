"""What a search finds (SearchResults): a page of hits, the total and the raw facet counts.

Every backend returns this and nothing more. Labels and links are the page's
(search.facets, search.filter_links), so two backends can never word them differently.
"""

import math
from dataclasses import dataclass, field

from django.utils.safestring import SafeString

from .limits import MAX_PAGE
from .query import ServiceQuery


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
    # facet (a GET parameter: need, category, age, cost, delivery, pb) -> value -> services.
    # Each facet is counted with every filter but its own, so a count says what choosing
    # that value would give.
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None  # "did you mean"
    showing_suggestion: bool = False  # hits are for the suggestion: nothing matched as typed
    relaxed: bool = False  # few services matched every word; after them, ones with some
    every_word: int = 0  # when relaxed: how many matched every word (they come first)

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.query.per_page))

    @property
    def has_next(self) -> bool:
        return self.query.page < min(self.pages, MAX_PAGE)

    @property
    def ids(self) -> list[str]:
        return [hit.id for hit in self.hits]

    def facet_count(self, facet: str, value: str) -> int:
        return self.facet_counts.get(facet, {}).get(value, 0)
