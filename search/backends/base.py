"""The interface every search backend implements, and the choice of backend from settings."""

from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from ..limits import MAX_PAGE, MAX_PER_PAGE
from ..query import ServiceQuery
from ..results import SearchResults
from ..service_record import ServiceRecord

RecordLike = ServiceRecord | dict


@dataclass(frozen=True)
class FoundIds:
    ids: list[str]
    # The words searched instead, when the words as typed were taken for a misspelling:
    # a caller with no "Showing results for ..." line of its own must say so (the ORUK API).
    corrected_to: str | None = None


def as_dict(record: RecordLike) -> dict:
    return record.to_dict() if isinstance(record, ServiceRecord) else dict(record)


def is_listed(record: dict) -> bool:
    """The feeding app decides what may be found (local_offer.listing) and says so in
    `searchable`; a record that says it is closed is refused here too, whatever its source."""
    return bool(record.get("searchable", True)) and record.get("status") != "closed"


class SearchBackend(ABC):
    name = ""

    @abstractmethod
    def index(self, records: Iterable[RecordLike]) -> int:
        """Add or replace these services; returns how many were written."""

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Remove services by id; unknown ids are ignored. Returns how many were removed."""

    @abstractmethod
    def search(self, query: ServiceQuery) -> SearchResults:
        """Run a validated query: the page of hits, the total and the raw facet counts (the
        page labels them and makes the links)."""

    @abstractmethod
    def rebuild(self, records: Iterable[RecordLike], progress=None) -> int:
        """Replace the whole index with these services; progress(done) is called as it goes."""

    def ids(self, query: ServiceQuery, limit: int) -> list[str]:
        return self.find_ids(query, limit).ids

    def find_ids(self, query: ServiceQuery, limit: int) -> FoundIds:
        """Every service id the query finds, in its order, up to `limit` (the ORUK API's
        `proximity` needs the whole set, not a page), and any correction of the words. This
        default walks ordinary pages, so a backend never has to accept a bigger page than the
        search page asks for."""
        found: list[str] = []
        corrected_to = None
        for page in range(1, MAX_PAGE + 1):
            results = self.search(replace(query, page=page, per_page=MAX_PER_PAGE))
            if page == 1 and results.showing_suggestion:
                corrected_to = results.suggestion
            found += results.ids
            if len(results.hits) < MAX_PER_PAGE or len(found) >= limit:
                break
        return FoundIds(found[:limit], corrected_to)


BACKENDS = {
    "database": "search.backends.database.DatabaseBackend",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchBackend",
}


@cache
def get_backend() -> SearchBackend:
    name = settings.SEARCH_BACKEND
    if name not in BACKENDS:
        raise ImproperlyConfigured(
            f"SEARCH_BACKEND must be one of {', '.join(BACKENDS)}, not {name!r}"
        )
    return import_string(BACKENDS[name])()


def reset_backend() -> None:
    """Forget the cached backend (tests that change SEARCH_BACKEND call this)."""
    get_backend.cache_clear()
