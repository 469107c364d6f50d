"""The embedded search backend: SQLite FTS5 for `make run`, PostgreSQL full text in production.

The database matches the words (FTS5 MATCH / tsvector @@) and stores everything; filters,
totals, facet counts and the order of the page are worked out over an in-memory copy of the
filter columns (search.backends.snapshot), and only the page's rows are read back. Words are
expanded with the SEND synonyms (search.analysis), the last word also matches as a prefix, and a
search that finds nothing is retried with each unknown word replaced by the nearest indexed
word ("did you mean"), then with any of the words instead of all of them.

The SQL below is assembled from constant table names and "%s" placeholders only; every value a
family typed travels as a parameter (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import html
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from django.db import connection, transaction
from django.utils.safestring import mark_safe

from .. import analysis, facets
from ..models import (
    IndexedFacet,
    IndexedLocation,
    IndexedOpeningTime,
    IndexedService,
    SearchTerm,
)
from ..postcodes import outcode
from ..query import SearchHit, SearchResults, ServiceQuery
from ..records import nearest_miles, open_slots
from ..vocabulary import current_vocabulary
from . import snapshot
from .base import FoundIds, RecordLike, SearchBackend, as_dict, is_listed

BATCH = 1000
START, STOP = "\x02", "\x03"  # highlight markers: control characters never survive indexing
# bm25 column weights: name, summary, description, keywords (higher counts more).
FTS_WEIGHTS = "10.0, 4.0, 1.0, 4.0"
EXACT_NAME_BONUS = 1000.0

SERVICE = IndexedService._meta.db_table
FACET = IndexedFacet._meta.db_table
FTS = "search_service_fts"
SHORT_FTS = "search_service_short_fts"  # name, summary, keywords only: ranking (migration 0006)
SHORT_WEIGHTS = "10.0, 4.0, 4.0"


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
    keywords = [
        *record.get("keywords", ()),
        *record.get("category_labels", ()),
        record.get("provider_name", ""),
    ]
    name = _plain(record.get("name"))[:255]
    service = IndexedService(
        service_id=str(record["id"]),
        name=name,
        summary=_plain(record.get("summary")),
        description=_plain(record.get("description")),
        keywords_text=_plain(" ; ".join(k for k in keywords if k)),
        record=record,
        searchable=is_listed(record),
        cost_type=record.get("cost_type") or "free",
        accepts_personal_budget=bool(record.get("accepts_personal_budget")),
        min_age_months=record.get("min_age_months"),
        max_age_months=record.get("max_age_months"),
        runs_in_school_holidays=bool(record.get("runs_in_school_holidays")),
        sort_name=" ".join(analysis.words(name))[:255],
    )
    rows = _Rows(service)
    many_valued = (("need", "needs"), ("category", "categories"), ("delivery", "delivery"))
    for facet_name, key in many_valued:
        for value in dict.fromkeys(record.get(key) or ()):
            rows.facets.append((facet_name, str(value)[:100]))
    for place in record.get("locations") or ():
        postcode = (place.get("postcode") or "").upper()
        hidden = bool(place.get("hide_exact_address"))
        rows.locations.append(
            {
                # A hidden address must not be findable by its exact postcode.
                "postcode": "" if hidden else postcode[:8],
                "outcode": outcode(postcode)[:4],
                "latitude": place.get("latitude"),
                "longitude": place.get("longitude"),
                "hidden": hidden,
            }
        )
    rows.hours = open_slots(record)
    for text in (service.name, service.summary, service.description, service.keywords_text):
        rows.words.update(w for w in analysis.words(text) if 2 < len(w) <= 64)
    return rows


class DatabaseBackend(SearchBackend):
    name = "database"

    def __init__(self):
        self.vendor = connection.vendor
        if self.vendor not in {"sqlite", "postgresql"}:
            raise RuntimeError("The database search backend needs SQLite or PostgreSQL.")

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
            if self.vendor == "sqlite":
                with connection.cursor() as cursor:
                    for table in (FTS, SHORT_FTS):
                        cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
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
        vocabulary = current_vocabulary()
        run, suggestion, showing_suggestion, relaxed = self._run(query)
        return SearchResults(
            query=query,
            hits=run.hits() if run.total else [],
            total=run.total,
            facets=facets.labelled(query, run.facet_counts(), vocabulary),
            suggestion=suggestion,
            showing_suggestion=showing_suggestion,
            relaxed=relaxed,
            applied_filters=query.applied_filters(vocabulary),
        )

    def find_ids(self, query: ServiceQuery, limit: int) -> FoundIds:
        run, suggestion, showing_suggestion, _relaxed = self._run(query)
        if not run.total:
            return FoundIds([])
        positions, _scores = run.ordered(limit)
        ids = _service_ids(run.snap.ids[positions[:limit]].tolist())
        return FoundIds(ids, suggestion if showing_suggestion else None)

    def _run(self, query: ServiceQuery):
        """The words as typed; else with unknown words corrected ("did you mean"); else any of
        the words. Returns (run, suggestion, showing_suggestion, relaxed)."""
        text = query.text
        suggestion, showing_suggestion = None, False
        spelled = analysis.fix_misspellings(text)
        if spelled:
            suggestion, showing_suggestion = spelled, True
        groups = analysis.parse(text)
        snap = snapshot.current()
        run = _Run(self.vendor, snap, query, groups, any_word=False)
        if groups and run.total == 0:
            corrected = analysis.correct(text, self._is_known, self._candidates)
            if corrected:
                retry = _Run(self.vendor, snap, query, analysis.parse(corrected), any_word=False)
                if retry.total:
                    return retry, corrected, True, False
            deciding = analysis.parse(analysis.deciding_words(text))
            if len(groups) > 1 and deciding:
                retry = _Run(self.vendor, snap, query, deciding, any_word=True)
                if retry.total:
                    return retry, suggestion, showing_suggestion, True
        return run, suggestion, showing_suggestion, False

    def _is_known(self, word: str) -> bool:
        return SearchTerm.objects.filter(word=word).exists()

    def _candidates(self, word: str) -> list[tuple[str, int]]:
        # Same first letter, similar length: keeps the comparison to a few hundred words.
        limit = analysis.allowed_edits(word)
        return list(
            SearchTerm.objects.filter(
                word__startswith=word[0], length__range=(len(word) - limit, len(word) + limit)
            ).values_list("word", "documents")[:5000]
        )


class _Run:
    """One search: the words matched by the database, every other filter a true/false array
    over the in-memory copy (search.backends.snapshot), then total, facet counts and a page."""

    def __init__(self, vendor: str, snap, query: ServiceQuery, groups, any_word: bool):
        self.vendor = vendor
        self.snap = snap
        self.query = query
        self.groups = groups
        self.match = self._match_expression(groups, any_word) if groups else None
        self.nearest: np.ndarray | None = None  # squared miles per position, with a postcode
        self.exact: np.ndarray | None = None  # positions whose name is exactly the words
        self.short_scores: tuple[np.ndarray, np.ndarray] | None = None  # PostgreSQL, one pass
        self.filters = self._filters()
        self.scope = self._scope()
        self.total = int(np.count_nonzero(self.scope))

    # The full-text part, per vendor ------------------------------------------------------

    def _match_expression(self, groups, any_word: bool):
        joiner = " OR " if any_word else " AND "
        if self.vendor == "sqlite":
            parts = []
            for group in groups:
                options = [f'"{" ".join(alt)}"' for alt in group.alternatives]
                if group.prefix:
                    options.append(f'"{group.word}"*')
                parts.append("(" + " OR ".join(options) + ")")
            return (joiner.join(parts), [])
        sql_parts, params = [], []
        for group in groups:
            options = []
            for alt in group.alternatives:
                options.append("phraseto_tsquery('english', %s)")
                params.append(" ".join(alt))
            if group.prefix:
                options.append("to_tsquery('english', %s)")
                params.append(f"{group.word}:*")
            sql_parts.append("(" + " || ".join(options) + ")")
        return ("(" + (" || " if any_word else " && ").join(sql_parts) + ")", params)

    def _text_mask(self) -> np.ndarray:
        if self.vendor == "postgresql":
            return self._text_mask_postgresql()
        return self.snap.mask_of_ids(self._matching_ids())

    def _text_mask_postgresql(self) -> np.ndarray:
        """One pass over the matches gives both the ids and the short-field scores: phrase
        matches ("speech and language therapy") make PostgreSQL re-read each candidate row, so
        a second statement for the scores would pay that twice."""
        expression, params = self.match
        sql = (
            f"SELECT id, CASE WHEN short_vector @@ {expression} THEN "
            f"ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', short_vector, {expression}) END "
            f"FROM {SERVICE} WHERE search_vector @@ {expression}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*params, *params, *params])
            rows = cursor.fetchall()
        positions = self.snap.lookup(np.array([row[0] for row in rows], dtype=np.int64))
        scores = np.array([np.nan if row[1] is None else row[1] for row in rows], dtype=float)
        short = (positions >= 0) & ~np.isnan(scores)
        self.short_scores = (positions[short], scores[short])
        return self.snap.mask_at(positions[positions >= 0])

    def _matching_ids(self) -> np.ndarray:
        """Every service id FTS5 matches, as one comma-separated string: building 20,000
        Python rows costs three times what FTS5 spends finding them."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM {FTS} WHERE {FTS} MATCH %s", [self.match[0]]
            )
            joined = cursor.fetchone()[0]
        return snapshot.numbers(joined, np.int64)

    # Filters --------------------------------------------------------------------------------

    def _filters(self) -> dict[str, np.ndarray]:
        q, snap = self.query, self.snap
        filters: dict[str, np.ndarray] = {}
        if self.match:
            filters["text"] = self._text_mask()
        many_valued = (("need", q.needs), ("category", q.categories), ("delivery", q.delivery))
        for name, values in many_valued:
            if values:
                filters[name] = snap.mask_of_values(name, values)
        if q.cost:
            codes = [code for code, value in enumerate(snap.cost_types) if value in q.cost]
            filters["cost"] = np.isin(snap.cost, codes)
        if q.accepts_personal_budget:
            filters["pb"] = snap.personal_budget
        if q.age_months:
            filters["age"] = snap.ages_overlap(*q.age_months)
        if q.holidays:
            filters["holidays"] = snap.holidays
        if q.open_now and q.minute_of_week is not None:
            filters["open_now"] = snap.open_at(q.minute_of_week)
        if q.near:
            self.nearest = snap.squared_miles_from(
                q.near.latitude, q.near.longitude, q.radius_miles
            )
            filters["near"] = np.isfinite(self.nearest)
        return filters

    def _scope(self, without: str | None = None) -> np.ndarray:
        scope = self.snap.everything()
        for name, mask in self.filters.items():
            if name != without:
                scope &= mask
        return scope

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """Each facet counted with every filter but its own, so a family sees what choosing
        another value would give them."""
        snap = self.snap
        counts: dict[str, dict[str, int]] = {}
        for name in ("need", "category", "delivery"):
            scope = self._scope(without=name) if name in self.filters else self.scope
            counts[name] = {}
            for value, positions in snap.facets.get(name, {}).items():
                found = int(np.count_nonzero(scope[positions]))
                if found:
                    counts[name][value] = found
        scope = self._scope(without="cost") if "cost" in self.filters else self.scope
        per_type = np.bincount(snap.cost[scope], minlength=len(snap.cost_types))
        counts["cost"] = {
            value: int(count) for value, count in zip(snap.cost_types, per_type, strict=True)
            if count
        }
        scope = self._scope(without="pb") if "pb" in self.filters else self.scope
        counts["pb"] = {"yes": int(np.count_nonzero(scope & snap.personal_budget))}
        scope = self._scope(without="age") if "age" in self.filters else self.scope
        counts["age"] = {
            code: int(np.count_nonzero(scope & band)) for code, band in snap.age_bands
        }
        return counts

    # The page -------------------------------------------------------------------------------

    def hits(self) -> list[SearchHit]:
        q = self.query
        positions, scores = self.ordered(q.offset + q.per_page)
        page = slice(q.offset, q.offset + q.per_page)
        positions, scores = positions[page], scores[page]
        ids = self.snap.ids[positions].tolist()
        records = _records(ids)
        rows = [(pk, records[pk], score) for pk, score in zip(ids, scores, strict=True)
                if pk in records]
        return self._to_hits(rows)

    def ordered(self, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        """Positions in the order the family sees them, at least the first `wanted` (all of
        them, when that is cheaper than stopping), with their scores."""
        if self.query.near and self.query.sort == "distance":
            return self._by_distance()
        if self.match:
            return self._by_relevance(wanted)
        by_name = self.snap.by_name
        positions = by_name[self.scope[by_name]][:wanted]
        return positions, np.zeros(len(positions))

    def _by_distance(self) -> tuple[np.ndarray, np.ndarray]:
        """Nearest first; at the same distance (one venue, many services) the best match."""
        positions = np.flatnonzero(self.scope)
        scores = np.zeros(self.snap.size)
        if self.match:
            ranked, ranked_scores = self._short_field_scores()
            scores[ranked] = ranked_scores
        order = np.lexsort(
            (self.snap.name_rank[positions], -scores[positions], self.nearest[positions])
        )
        positions = positions[order]
        return positions, scores[positions]

    def _by_relevance(self, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        """Services that say it in their name, summary or keywords first, by score; then the
        ones that only mention it in their description. Scoring a match costs far more than
        finding it, and a query like "autism" is mentioned by 40% of services but is what
        a few hundred are about: so the description-only matches are scored only when the
        first group does not fill the page."""
        positions, scores = self._short_field_scores()
        keep = self.scope[positions]
        positions, scores = positions[keep], scores[keep]
        first = _best_first(positions, scores, self.snap.name_rank)
        if len(first[0]) >= wanted:
            return first
        rest, rest_scores = self._all_text_scores()
        keep = self.scope[rest]
        keep[np.isin(rest, positions)] = False
        rest, rest_scores = rest[keep], rest_scores[keep]
        second = _best_first(rest, rest_scores + self._exact_bonus(rest), self.snap.name_rank)
        return np.concatenate([first[0], second[0]]), np.concatenate([first[1], second[1]])

    def _short_field_scores(self) -> tuple[np.ndarray, np.ndarray]:
        if self.short_scores is not None:  # PostgreSQL: read with the matches themselves
            positions, scores = self.short_scores
        else:
            positions, scores = self._scores(
                f"SELECT rowid, -bm25({SHORT_FTS}, {SHORT_WEIGHTS}) FROM {SHORT_FTS} "
                f"WHERE {SHORT_FTS} MATCH %s",
                [self.match[0]],
            )
        return positions, scores + self._exact_bonus(positions)

    def _all_text_scores(self) -> tuple[np.ndarray, np.ndarray]:
        expression, params = self.match
        if self.vendor == "sqlite":
            return self._scores(
                f"SELECT rowid, -bm25({FTS}, {FTS_WEIGHTS}) FROM {FTS} WHERE {FTS} MATCH %s",
                [expression],
            )
        return self._scores(
            f"SELECT id, ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', search_vector, {expression}) "
            f"FROM {SERVICE} WHERE search_vector @@ {expression}",
            [*params, *params],
        )

    def _scores(self, sql: str, params: list) -> tuple[np.ndarray, np.ndarray]:
        """(positions, score) for each (id, score) row the statement returns."""
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        ids = np.array([row[0] for row in rows], dtype=np.int64)
        scores = np.array([row[1] for row in rows], dtype=np.float64)
        positions = self.snap.lookup(ids)
        known = positions >= 0
        return positions[known], scores[known]

    def _exact_bonus(self, positions: np.ndarray) -> np.ndarray:
        """A service whose whole name is what the family typed comes first."""
        if self.exact is None:
            name = " ".join(analysis.words(self.query.text))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT id FROM {SERVICE} WHERE searchable = %s AND sort_name = %s",
                    [True, name],
                )
                ids = np.array([row[0] for row in cursor.fetchall()], dtype=np.int64)
            self.exact = self.snap.positions_of_ids(ids)
        return np.where(np.isin(positions, self.exact), EXACT_NAME_BONUS, 0.0)

    def _to_hits(self, rows: list[tuple]) -> list[SearchHit]:
        q = self.query
        highlights = self._highlights([row[0] for row in rows]) if self.match else {}
        hits = []
        for pk, record, score in rows:
            record = _load(record)
            hits.append(
                SearchHit(
                    record=record,
                    score=round(float(score or 0.0), 6),
                    highlights=highlights.get(pk, {}),
                    distance_miles=nearest_miles(record, q.near) if q.near else None,
                )
            )
        return hits

    def _highlights(self, pks: list[int]) -> dict[int, dict]:
        if not pks:
            return {}
        marks = ", ".join(["%s"] * len(pks))
        if self.vendor == "sqlite":
            sql = (
                f"SELECT rowid, highlight({FTS}, 0, %s, %s), highlight({FTS}, 1, %s, %s), "
                f"snippet({FTS}, 2, %s, %s, %s, 24) FROM {FTS} "
                # "+rowid": match once, then keep the page's rows. As "rowid IN", SQLite hands
                # each id to FTS5, which runs the whole match again per id (10x slower).
                f"WHERE {FTS} MATCH %s AND +rowid IN ({marks})"
            )
            params = [START, STOP, START, STOP, START, STOP, "…", self.match[0], *pks]
        else:
            expression, match_params = self.match
            options = f"StartSel={START}, StopSel={STOP}, HighlightAll=true"
            snippet = f"StartSel={START}, StopSel={STOP}, MaxWords=30, MinWords=12, MaxFragments=2"
            sql = (
                "SELECT s.id, ts_headline('english', s.name, typed.q, %s), "
                "ts_headline('english', s.summary, typed.q, %s), "
                "ts_headline('english', s.description, typed.q, %s) "
                f"FROM {SERVICE} s, (SELECT {expression} AS q) typed WHERE s.id IN ({marks})"
            )
            params = [options, options, snippet, *match_params, *pks]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        found = {}
        for pk, name, summary, description in rows:
            parts = {"name": name, "summary": summary, "description": description}
            found[pk] = {k: _marked(v) for k, v in parts.items() if v and START in v}
        return found


def _service_ids(pks: list[int]) -> list[str]:
    """The services' own ids for index rows, in the same order (chunks: SQLite's variable cap)."""
    found: dict[int, str] = {}
    for start in range(0, len(pks), BATCH):
        chunk = pks[start : start + BATCH]
        marks = ", ".join(["%s"] * len(chunk))
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id, service_id FROM {SERVICE} WHERE id IN ({marks})", chunk)
            found.update(cursor.fetchall())
    return [found[pk] for pk in pks if pk in found]


def _records(ids: list[int]) -> dict[int, object]:
    """The page's stored records (JSON), read only for the services shown."""
    if not ids:
        return {}
    marks = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, record FROM {SERVICE} WHERE id IN ({marks})", ids)
        return dict(cursor.fetchall())


def _best_first(positions: np.ndarray, scores: np.ndarray, name_rank: np.ndarray):
    """Highest score first; equal scores A to Z (then by id, which name_rank includes)."""
    order = np.lexsort((name_rank[positions], -scores))
    return positions[order], scores[order]


def _load(record):
    return json.loads(record) if isinstance(record, str) else record


def _marked(text: str) -> str:
    """Escape everything, then turn the markers into <mark>: safe HTML with the matches shown."""
    escaped = html.escape(text).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(escaped)  # noqa: S308 - built from escaped text and our own tags only
