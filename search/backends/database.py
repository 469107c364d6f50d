"""The embedded search backend: SQLite FTS5 for `make run`, PostgreSQL full text in production.

Everything that narrows the set (words, filters, distance) is SQL, so the cost grows with the
matches, not the corpus; Python only touches the page of hits it returns. Words are expanded
with the SEND synonyms (search.analysis), the last word also matches as a prefix, and a
search that finds nothing is retried with each unknown word replaced by the nearest indexed
word ("did you mean"), then with any of the words instead of all of them.

The SQL below is assembled from constant table names and "%s" placeholders only; every value a
family typed travels as a parameter (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import hashlib
import html
import json
import math
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
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
from ..query import AGE_BANDS, SearchHit, SearchResults, ServiceQuery
from ..records import nearest_miles, open_slots
from ..vocabulary import current_vocabulary
from .base import RecordLike, SearchBackend, as_dict, is_listed

BATCH = 1000
# Totals and facet counts over thousands of services are the expensive part of a search, and
# the same few searches (browse everything, one need) come again and again: keep each result
# for a while, keyed by a generation number that every write to the index moves on.
AGGREGATE_SECONDS = 300
GENERATION_KEY = "search:database:generation"
MILES_PER_DEGREE = 69.0934  # great-circle miles per degree of latitude
START, STOP = "\x02", "\x03"  # highlight markers: control characters never survive indexing
# bm25 column weights: name, summary, description, keywords (higher counts more).
FTS_WEIGHTS = "10.0, 4.0, 1.0, 4.0"
EXACT_NAME_BONUS = 1000.0

SERVICE = IndexedService._meta.db_table
FACET = IndexedFacet._meta.db_table
LOCATION = IndexedLocation._meta.db_table
HOURS = IndexedOpeningTime._meta.db_table
FTS = "search_service_fts"


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
        for record in records:
            batch.append(as_dict(record))
            if len(batch) >= BATCH:
                written += self._write(batch, replace=True)
                batch = []
        if batch:
            written += self._write(batch, replace=True)
        _index_changed()
        return written

    def delete(self, ids: Iterable[str]) -> int:
        ids = [str(i) for i in ids]
        removed = 0
        with transaction.atomic():
            for start in range(0, len(ids), BATCH):
                chunk = ids[start : start + BATCH]
                removed += IndexedService.objects.filter(service_id__in=chunk).count()
                self._delete_rows(chunk)
        _index_changed()
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
                    cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")
        _index_changed()
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
        text = query.text
        suggestion = None
        showing_suggestion = False
        relaxed = False
        spelled = analysis.fix_misspellings(text)
        if spelled:
            suggestion, showing_suggestion = spelled, True
        groups = analysis.parse(text)
        run = _Run(self.vendor, query, groups, any_word=False)
        total = run.aggregate()
        if groups and total == 0:
            corrected = analysis.correct(text, self._is_known, self._candidates)
            if corrected:
                retry = _Run(self.vendor, query, analysis.parse(corrected), any_word=False)
                if retry.aggregate():
                    run, total = retry, retry.total
                    suggestion, showing_suggestion = corrected, True
            if total == 0 and len(groups) > 1:
                retry = _Run(self.vendor, query, groups, any_word=True)
                if retry.aggregate():
                    run, total, relaxed = retry, retry.total, True
        hits = run.hits() if total else []
        return SearchResults(
            query=query,
            hits=hits,
            total=total,
            facets=facets.labelled(query, run.counts, vocabulary),
            suggestion=suggestion,
            showing_suggestion=showing_suggestion,
            relaxed=relaxed,
            applied_filters=query.applied_filters(vocabulary),
        )

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
    """One search as SQL: the WHERE clauses by filter name, then hits, count and facets."""

    def __init__(self, vendor: str, query: ServiceQuery, groups, any_word: bool):
        self.vendor = vendor
        self.query = query
        self.groups = groups
        self.total = 0
        self.counts: dict[str, dict[str, int]] = {}
        self.match = self._match_expression(groups, any_word) if groups else None
        self.clauses = self._clauses()

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

    def _text_clause(self):
        # The matches themselves are computed once per statement, in the "matched" CTE.
        return ("s.id IN (SELECT id FROM matched)", []) if self.match else None

    def _matched_cte(self) -> tuple[str, list]:
        if self.match is None:
            return "", []
        expression, params = self.match
        if self.vendor == "sqlite":
            return (
                f"WITH matched AS MATERIALIZED (SELECT rowid AS id FROM {FTS} "
                f"WHERE {FTS} MATCH %s) ",
                [expression],
            )
        return (
            f"WITH matched AS MATERIALIZED (SELECT id FROM {SERVICE} "
            f"WHERE search_vector @@ {expression}) ",
            params,
        )

    # Filters --------------------------------------------------------------------------------

    def _clauses(self) -> dict[str, tuple[str, list]]:
        q = self.query
        # Only listed services are stored, so there is no "searchable" test to pay for.
        clauses: dict[str, tuple[str, list]] = {}
        text = self._text_clause()
        if text:
            clauses["text"] = text
        many_valued = (("need", q.needs), ("category", q.categories), ("delivery", q.delivery))
        for name, values in many_valued:
            if values:
                marks = ", ".join(["%s"] * len(values))
                clauses[name] = (
                    f"s.id IN (SELECT service_id FROM {FACET} "
                    f"WHERE facet = %s AND value IN ({marks}))",
                    [name, *values],
                )
        if q.cost:
            clauses["cost"] = (f"s.cost_type IN ({', '.join(['%s'] * len(q.cost))})", list(q.cost))
        if q.accepts_personal_budget:
            clauses["pb"] = ("s.accepts_personal_budget = %s", [True])
        if q.age_months:
            clauses["age"] = _overlap_sql(*q.age_months)
        if q.holidays:
            clauses["holidays"] = ("s.runs_in_school_holidays = %s", [True])
        if q.open_now and q.minute_of_week is not None:
            clauses["open_now"] = (
                f"s.id IN (SELECT service_id FROM {HOURS} WHERE starts <= %s AND ends > %s)",
                [q.minute_of_week, q.minute_of_week],
            )
        if q.near:
            box, params = self._near_sql()
            clauses["near"] = (
                f"s.id IN (SELECT l.service_id FROM {LOCATION} l WHERE {box})", params
            )
        return clauses

    def _near_sql(self) -> tuple[str, list]:
        """Inside the bounding box, then within the radius.

        Flat-earth distance scaled at the search point: within 0.5% of great-circle distance
        at 50 miles in Britain, and plain arithmetic that both databases can index around."""
        point, radius = self.query.near, self.query.radius_miles
        distance, params = self._distance_sql()
        lat_span = radius / MILES_PER_DEGREE
        lon_span = radius / (MILES_PER_DEGREE * math.cos(math.radians(point.latitude)))
        sql = (
            "l.latitude BETWEEN %s AND %s AND l.longitude BETWEEN %s AND %s "
            f"AND {distance} <= %s"
        )
        return sql, [
            point.latitude - lat_span, point.latitude + lat_span,
            point.longitude - lon_span, point.longitude + lon_span,
            *params, radius * radius,
        ]

    def _distance_sql(self) -> tuple[str, list]:
        point = self.query.near
        lon_scale = MILES_PER_DEGREE * math.cos(math.radians(point.latitude))
        sql = (
            "((l.latitude - %s) * %s) * ((l.latitude - %s) * %s) "
            "+ ((l.longitude - %s) * %s) * ((l.longitude - %s) * %s)"
        )
        return sql, [
            point.latitude, MILES_PER_DEGREE, point.latitude, MILES_PER_DEGREE,
            point.longitude, lon_scale, point.longitude, lon_scale,
        ]

    def _where(self, without: str | None = None) -> tuple[str, list]:
        sql, params = [], []
        for name, (clause, clause_params) in self.clauses.items():
            if name != without:
                sql.append(clause)
                params += clause_params
        return " AND ".join(sql) or "1 = 1", params

    def _facet_scope(self, without: str) -> tuple[str, list]:
        """The filters for one facet's counts, written against the facet rows themselves:
        "s.id IN (...)" filters test f.service_id directly, so only column filters (cost,
        ages ...) need to visit the services table at all."""
        parts, params, columns, column_params = [], [], [], []
        for name, (clause, clause_params) in self.clauses.items():
            if name == without:
                continue
            if clause.startswith("s.id IN ("):
                parts.append("f.service_id" + clause[len("s.id") :])
                params += clause_params
            else:
                columns.append(clause)
                column_params += clause_params
        if columns:
            parts.append(
                f"f.service_id IN (SELECT s.id FROM {SERVICE} s WHERE {' AND '.join(columns)})"
            )
            params += column_params
        return ("".join(f" AND {part}" for part in parts), params)

    # Queries --------------------------------------------------------------------------------

    def aggregate(self) -> int:
        """The total and every facet count in one statement, so the words match only once."""
        cte, cte_params = self._matched_cte()
        arms, params = [], []
        where, where_params = self._where()
        arms.append(f"SELECT 'total', '', COUNT(*), 0, {_ZEROS} FROM {SERVICE} s WHERE {where}")
        params += where_params
        for name in ("need", "category", "delivery"):
            scope, scope_params = self._facet_scope(without=name)
            arms.append(
                f"SELECT %s, f.value, COUNT(*), 0, {_ZEROS} FROM {FACET} f "
                f"WHERE f.facet = %s{scope} GROUP BY f.value"
            )
            params += [name, name, *scope_params]
        # cost, personal budgets and age bands are columns: one arm per distinct filter set.
        bands, band_params = [], []
        for _code, _label, low, high in AGE_BANDS:
            clause, clause_params = _overlap_sql(low * 12, high * 12 + 11)
            bands.append(f"SUM(CASE WHEN {clause} THEN 1 ELSE 0 END)")
            band_params += clause_params
        groups = _column_facet_groups(self.clauses)
        for group in groups:
            where, where_params = self._where(without=group[0] if len(group) == 1 else None)
            arms.append(
                f"SELECT %s, s.cost_type, COUNT(*), "
                f"SUM(CASE WHEN s.accepts_personal_budget THEN 1 ELSE 0 END), {', '.join(bands)} "
                f"FROM {SERVICE} s WHERE {where} GROUP BY s.cost_type"
            )
            params += ["columns:" + ",".join(group), *band_params, *where_params]
        rows = _cached_rows(cte + " UNION ALL ".join(arms), [*cte_params, *params])
        counts: dict[str, dict[str, int]] = {"need": {}, "category": {}, "delivery": {}}
        for kind, value, count, budget, *band_counts in rows:
            if kind == "total":
                self.total = int(count)
            elif not kind.startswith("columns:"):
                counts[kind][value] = int(count)
            else:
                group = kind.split(":", 1)[1].split(",")
                if "cost" in group:
                    counts.setdefault("cost", {})[value] = int(count)
                if "pb" in group:
                    counts.setdefault("pb", {"yes": 0})["yes"] += int(budget or 0)
                if "age" in group:
                    ages = counts.setdefault("age", {band[0]: 0 for band in AGE_BANDS})
                    for band, band_count in zip(AGE_BANDS, band_counts, strict=True):
                        ages[band[0]] += int(band_count or 0)
        self.counts = counts
        return self.total

    def hits(self) -> list[SearchHit]:
        q = self.query
        if self._can_rank_in_fts():
            return self._to_hits(self._ranked_in_fts())
        # Ranking needs the match itself (bm25 / ts_rank_cd), so the "matched" CTE is not used.
        where, params = self._where(without="text")
        # Always true, but lets browsing walk the (searchable, sort_name) index in order.
        where, params = f"s.searchable = %s AND {where}", [True, *params]
        select_params: list = []
        source = f"{SERVICE} s"
        joins = ""
        join_params: list = []
        if self.match and self.vendor == "sqlite":
            exact_name = " ".join(analysis.words(q.text))
            score = (
                f"(-bm25({FTS}, {FTS_WEIGHTS}) "
                f"+ CASE WHEN s.sort_name = %s THEN {EXACT_NAME_BONUS} ELSE 0 END)"
            )
            select_params.append(exact_name)
            # CROSS JOIN fixes the order: match the words once, then look services up. The
            # other way round SQLite would run the FTS5 match again for every service.
            source = f"{FTS} CROSS JOIN {SERVICE} s ON s.id = {FTS}.rowid"
            where = f"{FTS} MATCH %s AND " + where
            params = [self.match[0], *params]
        elif self.match:
            expression, match_params = self.match
            exact_name = " ".join(analysis.words(q.text))
            score = (
                f"(ts_rank_cd('{{0.1, 0.2, 0.4, 1.0}}', s.search_vector, {expression}) "
                f"+ CASE WHEN s.sort_name = %s THEN {EXACT_NAME_BONUS} ELSE 0 END)"
            )
            select_params += [*match_params, exact_name]
            where = f"s.search_vector @@ {expression} AND " + where
            params = [*match_params, *params]
        else:
            score = "0.0"
        order = []
        distance_column = "NULL"
        if q.near and q.sort == "distance":
            distance, distance_params = self._distance_sql()
            box, box_params = self._near_sql()
            joins += (
                f" JOIN (SELECT l.service_id, MIN({distance}) AS d2 FROM {LOCATION} l "
                f"WHERE {box} GROUP BY l.service_id) near ON near.service_id = s.id"
            )
            join_params += [*distance_params, *box_params]
            order.append("near.d2")
            distance_column = "near.d2"
        order += ["score DESC"] if self.match else []
        order += ["s.sort_name", "s.id"]
        # Rank and cut the page on narrow columns first; only the page's rows bring their JSON.
        outer_order = [
            term.replace("near.d2", "page.d2").replace("score DESC", "page.score DESC")
            .replace("s.", "page.") for term in order
        ]
        sql = (
            "SELECT page.id, r.record, page.score, page.d2 FROM ("
            f"SELECT s.id AS id, s.sort_name AS sort_name, {score} AS score, "
            f"{distance_column} AS d2 FROM {source}{joins} WHERE {where} "
            f"ORDER BY {', '.join(order)} LIMIT %s OFFSET %s"
            f") page JOIN {SERVICE} r ON r.id = page.id ORDER BY {', '.join(outer_order)}"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*select_params, *join_params, *params, q.per_page, q.offset])
            rows = cursor.fetchall()
        return self._to_hits(rows)

    def _can_rank_in_fts(self) -> bool:
        """SQLite, words, and every other filter an "id IN (...)" test: then the services
        table is not needed to rank, which halves the cost for large match sets."""
        if self.vendor != "sqlite" or not self.match:
            return False
        if self.query.near and self.query.sort == "distance":
            return False
        return all(
            clause.startswith("s.id IN (")
            for name, (clause, _params) in self.clauses.items()
            if name != "text"
        )

    def _ranked_in_fts(self) -> list[tuple]:
        q = self.query
        filters, params = "", []
        for name, (clause, clause_params) in self.clauses.items():
            if name != "text":
                # "+rowid": a plain filter. As "rowid IN" SQLite would hand each id to FTS5,
                # which runs the whole word match again per id.
                filters += " AND +rowid" + clause[len("s.id") :]
                params += clause_params
        sql = (
            "SELECT page.id, r.record, page.score, NULL FROM ("
            f"SELECT rowid AS id, (-bm25({FTS}, {FTS_WEIGHTS}) + CASE WHEN rowid IN "
            f"(SELECT id FROM {SERVICE} WHERE searchable = %s AND sort_name = %s) "
            f"THEN {EXACT_NAME_BONUS} ELSE 0 END) AS score "
            f"FROM {FTS} WHERE {FTS} MATCH %s{filters} ORDER BY score DESC, rowid "
            "LIMIT %s OFFSET %s"
            f") page JOIN {SERVICE} r ON r.id = page.id ORDER BY page.score DESC, page.id"
        )
        exact_name = " ".join(analysis.words(q.text))
        with connection.cursor() as cursor:
            cursor.execute(
                sql, [True, exact_name, self.match[0], *params, q.per_page, q.offset]
            )
            return cursor.fetchall()

    def _to_hits(self, rows: list[tuple]) -> list[SearchHit]:
        q = self.query
        highlights = self._highlights([row[0] for row in rows]) if self.match else {}
        return [
            SearchHit(
                record=_load(record),
                score=round(float(score or 0.0), 6),
                highlights=highlights.get(pk, {}),
                distance_miles=nearest_miles(_load(record), q.near) if q.near else None,
            )
            for pk, record, score, _d2 in rows
        ]

    def _highlights(self, pks: list[int]) -> dict[int, dict]:
        if not pks:
            return {}
        marks = ", ".join(["%s"] * len(pks))
        if self.vendor == "sqlite":
            sql = (
                f"SELECT rowid, highlight({FTS}, 0, %s, %s), highlight({FTS}, 1, %s, %s), "
                f"snippet({FTS}, 2, %s, %s, %s, 24) FROM {FTS} "
                f"WHERE {FTS} MATCH %s AND rowid IN ({marks})"
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


_ZEROS = ", ".join(["0"] * len(AGE_BANDS))


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)  # never an old number after a flush
        generation = cache.get(GENERATION_KEY, 0)
    return generation


def _index_changed() -> None:
    """Move the generation on now, and again once the writes are committed, so a search that
    ran in between cannot keep an answer computed from the old rows."""

    def bump():
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # evicted: any fresh number will do
            cache.set(GENERATION_KEY, time.time_ns(), None)

    bump()
    transaction.on_commit(bump)


def _cached_rows(sql: str, params: list) -> list[tuple]:
    digest = hashlib.sha256(repr((connection.vendor, sql, params)).encode()).hexdigest()
    key = f"search:database:aggregate:{_generation()}:{digest}"
    rows = cache.get(key)
    if rows is None:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = [tuple(row) for row in cursor.fetchall()]
        cache.set(key, rows, AGGREGATE_SECONDS)
    return rows


def _column_facet_groups(clauses) -> list[tuple[str, ...]]:
    """Facets whose own filter is off share one query; each one that is on needs its own."""
    on = [name for name in ("cost", "pb", "age") if name in clauses]
    off = tuple(name for name in ("cost", "pb", "age") if name not in clauses)
    return ([off] if off else []) + [(name,) for name in on]


def _overlap_sql(low_months: int, high_months: int) -> tuple[str, list]:
    """The service's age range (open-ended when null) overlaps low..high months."""
    return (
        "(s.min_age_months IS NULL OR s.min_age_months <= %s) "
        "AND (s.max_age_months IS NULL OR s.max_age_months >= %s)",
        [high_months, low_months],
    )


def _load(record):
    return json.loads(record) if isinstance(record, str) else record


def _marked(text: str) -> str:
    """Escape everything, then turn the markers into <mark>: safe HTML with the matches shown."""
    escaped = html.escape(text).replace(START, "<mark>").replace(STOP, "</mark>")
    return mark_safe(escaped)  # noqa: S308 - built from escaped text and our own tags only
