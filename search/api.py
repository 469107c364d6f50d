"""The search app's public functions: what the search page, the ORUK API and indexing call.

    query, errors = api.parse_query(request.GET)   # validated, bounded, with messages
    results = api.search(query)                    # SearchResults from the configured backend
    api.index_records([record]); api.delete_records([id]); api.rebuild_index(records)
    api.register_source(RecordSource(...))  # from a content app's ready()
    api.rebuild_from_sources()              # the whole index from every registered source

Records are search.service_record.ServiceRecord objects (or their to_dict()).
"""

from collections.abc import Callable, Iterable, Mapping

from . import places
from .backends import get_backend
from .backends.base import FoundIds, RecordLike
from .indexing import RecordSource, published_count, register_source
from .indexing import rebuild as rebuild_from_sources
from .limits import MAX_RADIUS
from .postcodes import MALFORMED as POSTCODE_MALFORMED
from .postcodes import PostcodeError, PostcodeLocation, lookup
from .query import ServiceQuery
from .query_parsing import FieldError
from .records import nearest_miles
from .results import SearchResults
from .service_record import OpeningTime, ServiceLocation, ServiceRecord
from .vocabulary import Vocabulary, vocabulary_from_files

__all__ = [
    "FieldError", "PostcodeError", "RecordSource", "SearchResults", "ServiceQuery",
    "delete_records", "index_records", "locate_postcode", "parse_query", "published_count",
    "rebuild_from_sources", "rebuild_index", "register_source", "search", "service_ids",
    "Vocabulary", "vocabulary_from_files", "OpeningTime", "ServiceLocation", "ServiceRecord",
    "MAX_RADIUS", "POSTCODE_MALFORMED", "nearest_miles", "FoundIds", "find_ids",
]


def parse_query(
    params: Mapping, vocabulary: Vocabulary | None = None
) -> tuple[ServiceQuery, list[FieldError]]:
    """The search page's reading: postcodes and place names in the words become places."""
    return ServiceQuery.from_params(params, vocabulary=vocabulary, find_places=places.find)


def search(query: ServiceQuery) -> SearchResults:
    return get_backend().search(query)


def find_ids(query: ServiceQuery, limit: int) -> FoundIds:
    """As service_ids, and the words searched instead if the ones typed were corrected."""
    return get_backend().find_ids(query, limit)


def service_ids(query: ServiceQuery, limit: int) -> list[str]:
    """Every service id the query finds, in its order, up to `limit`: for callers that need the
    whole set rather than one page (the ORUK API's `proximity`)."""
    return get_backend().ids(query, limit)


def index_records(records: Iterable[RecordLike]) -> int:
    return get_backend().index(records)


def delete_records(ids: Iterable[str]) -> int:
    return get_backend().delete(ids)


def rebuild_index(
    records: Iterable[RecordLike], progress: Callable[[int], None] | None = None
) -> int:
    return get_backend().rebuild(records, progress=progress)


def locate_postcode(value: str) -> PostcodeLocation:
    """Raises PostcodeError whose message can be shown to the family as it is."""
    return lookup(value)
