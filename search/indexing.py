"""What goes into the search index, without knowing where it comes from.

Search is a leaf app: it knows records (search.service_record.ServiceRecord), never pages. A
content app registers a `RecordSource` (every searchable record it publishes, and how many it
publishes) from its AppConfig.ready(), and calls search.api to index or remove single records
when it publishes or unpublishes one (local_offer/search_index.py). `rebuild()` is the whole
index from every source: `manage.py search_index --rebuild`, the demo seed, the daily job.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from .backends import get_backend
from .backends.base import RecordLike


@dataclass(frozen=True)
class RecordSource:
    name: str
    records: Callable[[], Iterable[RecordLike]]  # every record that may be found now
    published_count: Callable[[], int]  # how many items it publishes, findable or not


_sources: dict[str, RecordSource] = {}


def register_source(source: RecordSource) -> None:
    """Registering the same name again replaces it (app reloads in tests)."""
    _sources[source.name] = source


def sources() -> list[RecordSource]:
    return list(_sources.values())


def all_records() -> Iterator[RecordLike]:
    return chain.from_iterable(source.records() for source in sources())


def published_count() -> int:
    return sum(source.published_count() for source in sources())


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Replace the whole index with every source's records; returns how many were indexed."""
    return get_backend().rebuild(all_records(), progress=progress)
