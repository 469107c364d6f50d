"""The embedded search backend: SQLite FTS5 for `make run`, PostgreSQL full text in production.

Writing is here: a row per listed service, with its facets, places and opening times in their
own tables; the database's triggers (SQLite) or generated columns (PostgreSQL) keep the full
text. Searching is database_search's: the database matches the words, an in-memory copy of the
filter columns (search.backends.snapshot) does the rest. What differs between the two databases
is in database_sqlite and database_postgres.
"""

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction

from .. import analysis, places
from ..models import (
    IndexedFacet,
    IndexedLocation,
    IndexedOpeningTime,
    IndexedService,
    SearchTerm,
)
from ..need_words import indexed_needs
from ..postcodes import outcode
from ..query import ServiceQuery
from ..records import filtered_cost_type, index_keywords, open_slots
from ..results import SearchResults
from . import database_postgres, database_search, database_sqlite, snapshot
from .base import FoundIds, RecordLike, SearchBackend, as_dict, is_listed

BATCH = 1000
# What differs between the databases: how the words are matched, scored and marked.
VENDORS = {"sqlite": database_sqlite, "postgresql": database_postgres}


def _plain(value) -> str:
    """Text with control characters removed (they would break highlighting and PostgreSQL)."""
    text = str(value or "")
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


@dataclass
class _Rows:
    service: IndexedService
    facets: list[tuple[str, str]] = field(default_factory=list)
    locations: list[dict] = field(default_factory=list)
    hours: list[tuple[int, int]] = field(default_factory=list)
    words: set[str] = field(default_factory=set)


def _rows_for(record: dict) -> _Rows:
    keywords = index_keywords(record)
    name = _plain(record.get("name"))[:255]
    stated = record.get("stated_age_months")
    service = IndexedService(
        service_id=str(record["id"]),
        name=name,
        summary=_plain(record.get("summary")),
        description=_plain(record.get("description")),
        keywords_text=_plain(" ; ".join(k for k in keywords if k)),
        record=record,
        searchable=is_listed(record),
        cost_type=filtered_cost_type(record),
        accepts_personal_budget=bool(record.get("accepts_personal_budget")),
        min_age_months=record.get("min_age_months"),
        max_age_months=record.get("max_age_months"),
        stated_min_age_months=stated[0] if stated else None,
        stated_max_age_months=stated[1] if stated else None,
        runs_in_school_holidays=bool(record.get("runs_in_school_holidays")),
        sort_name=" ".join(analysis.words(name))[:255],
    )
    said = [analysis.words(text) for text in
            (service.name, service.summary, service.description, service.keywords_text)]
    service.word_count = sum(map(len, said))
    rows = _Rows(service)
    many_valued = (
        ("need", indexed_needs(record)),  # its own, else the ones its words name
        ("category", record.get("categories") or ()),
        ("delivery", record.get("delivery") or ()),
    )
    for facet_name, values in many_valued:
        for value in dict.fromkeys(values):
            rows.facets.append((facet_name, str(value)[:100]))
    for place in record.get("locations") or ():
        postcode = (place.get("postcode") or "").upper()
        hidden = bool(place.get("hide_exact_address"))
        town = "" if hidden else " ".join(str(place.get("town") or "").split())[:100]
        rows.locations.append(
            {
                # A hidden address must not be findable by its exact postcode, nor its town.
                "postcode": "" if hidden else postcode[:8],
                "outcode": outcode(postcode)[:4],
                "latitude": place.get("latitude"),
                "longitude": place.get("longitude"),
                "hidden": hidden,
                "town": town,
                "town_key": places.key(town)[:100],
            }
        )
    rows.hours = open_slots(record)
    for words in said:
        rows.words.update(w for w in words if 2 < len(w) <= 64)
    return rows


class DatabaseBackend(SearchBackend):
    name = "database"

    def __init__(self):
        if connection.vendor not in VENDORS:
            raise RuntimeError("The database search backend needs SQLite or PostgreSQL.")
        self.vendor = VENDORS[connection.vendor]

    # -- writing ------------------------------------------------------------------------------

    def index(self, records: Iterable[RecordLike]) -> int:
        written = 0
        batch: list[dict] = []
        with transaction.atomic():
            for record in records:
                batch.append(as_dict(record))
                if len(batch) >= BATCH:
                    written += self._write(batch, replace=True)
                    batch = []
            if batch:
                written += self._write(batch, replace=True)
            snapshot.mark_changed()
        return written

    def delete(self, ids: Iterable[str]) -> int:
        ids = [str(i) for i in ids]
        removed = 0
        with transaction.atomic():
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                removed += IndexedService.objects.filter(service_id__in=chunk).count()
                self._delete_rows(chunk)
            snapshot.mark_changed()
        return removed

    def rebuild(self, records: Iterable[RecordLike], progress=None) -> int:
        written = 0
        with transaction.atomic():
            for model in (IndexedFacet, IndexedLocation, IndexedOpeningTime, SearchTerm):
                model.objects.all()._raw_delete(model.objects.db)
            IndexedService.objects.all()._raw_delete(IndexedService.objects.db)
            words: Counter[str] = Counter()
            batch: list[dict] = []
            for record in records:
                batch.append(as_dict(record))
                if len(batch) >= BATCH:
                    written += self._write(batch, replace=False, words=words)
                    batch = []
                    if progress:
                        progress(written)
            if batch:
                written += self._write(batch, replace=False, words=words)
            SearchTerm.objects.bulk_create(
                (SearchTerm(word=w, length=len(w), documents=n) for w, n in words.items()),
                batch_size=BATCH,
            )
            self.vendor.optimise()
            snapshot.mark_changed()
        if progress:
            progress(written)
        return written

    def _delete_rows(self, service_ids: list[str]) -> None:
        pks = list(
            IndexedService.objects.filter(service_id__in=service_ids).values_list("pk", flat=True)
        )
        if not pks:
            return
        for model in (IndexedFacet, IndexedLocation, IndexedOpeningTime):
            model.objects.filter(service_id__in=pks)._raw_delete(model.objects.db)
        IndexedService.objects.filter(pk__in=pks)._raw_delete(IndexedService.objects.db)

    def _write(self, records: list[dict], replace: bool, words: Counter | None = None) -> int:
        latest = {str(r["id"]): r for r in records}  # the last version of a repeated id wins
        # Hidden and closed services are not stored at all (an update removes them), so no
        # query ever has to filter them out, and facet counts need no join to do so.
        rows = [_rows_for(r) for r in latest.values() if is_listed(r)]
        with transaction.atomic():
            if replace:
                self._delete_rows(list(latest))
            created = IndexedService.objects.bulk_create([r.service for r in rows])
            facet_rows, location_rows, hour_rows = [], [], []
            for row, service in zip(rows, created, strict=True):
                facet_rows += [
                    IndexedFacet(service=service, facet=f, value=v) for f, v in row.facets
                ]
                location_rows += [IndexedLocation(service=service, **p) for p in row.locations]
                hour_rows += [
                    IndexedOpeningTime(service=service, starts=s, ends=e) for s, e in row.hours
                ]
            IndexedFacet.objects.bulk_create(facet_rows, batch_size=BATCH)
            IndexedLocation.objects.bulk_create(location_rows, batch_size=BATCH)
            IndexedOpeningTime.objects.bulk_create(hour_rows, batch_size=BATCH)
            if words is not None:
                for row in rows:
                    words.update(row.words)
            else:
                # Incremental: new words join the vocabulary; counts are refreshed on rebuild.
                new_words = set().union(*(row.words for row in rows)) if rows else set()
                SearchTerm.objects.bulk_create(
                    (SearchTerm(word=w, length=len(w)) for w in new_words),
                    batch_size=BATCH,
                    ignore_conflicts=True,
                )
        return len(rows)

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: ServiceQuery) -> SearchResults:
        found = database_search.find(self.vendor.TextMatch, query)
        run = found.run
        return SearchResults(
            query=query,
            hits=run.hits() if run.total else [],
            total=run.total,
            facet_counts=run.facet_counts(),
            suggestion=found.suggestion,
            showing_suggestion=found.showing_suggestion,
            relaxed=found.relaxed,
            every_word=found.every_word,
        )

    def find_ids(self, query: ServiceQuery, limit: int) -> FoundIds:
        found = database_search.find(self.vendor.TextMatch, query)
        if not found.run.total:
            return FoundIds([])
        corrected_to = found.suggestion if found.showing_suggestion else None
        return FoundIds(found.run.service_ids(limit), corrected_to)
