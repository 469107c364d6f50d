"""One search over the database backend: the database matches the words, the in-memory copy
of the filter columns (search.backends.snapshot) does the rest.

The words, expanded with the SEND synonyms (search.analysis) and the last one also as a prefix,
are matched, scored and marked by the database's TextMatch (database_sqlite, database_postgres).
Every other filter is a true/false array over the copy, where the total, the facet counts and
the order of the page are worked out; only the page's rows are read back. `find()` retries a
search that finds nothing: with each unknown word replaced by the nearest indexed word ("did
you mean"), then with any of the words instead of all of them.

The SQL here names tables from model metadata only; values travel as parameters (S608).
"""
# ruff: noqa: S608

import html
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from django.db import connection
from django.utils.safestring import mark_safe

from .. import analysis
from ..models import IndexedService, SearchTerm
from ..query import ServiceQuery
from ..records import nearest_miles
from ..results import SearchHit
from . import snapshot

START, STOP = "\x02", "\x03"  # highlight markers: control characters never survive indexing
EXACT_NAME_BONUS = 1000.0
SERVICE = IndexedService._meta.db_table
IDS_PER_STATEMENT = 1000  # "%s" placeholders in one statement: under SQLite's cap


class TextMatch(Protocol):
    """What each database offers for the words of one search (database_sqlite,
    database_postgres). Rows are (IndexedService id, ...)."""

    def ids(self) -> np.ndarray:
        """Every service the words match."""

    def short_field_scores(self) -> list[tuple[int, float]]:
        """Matches in the name, summary or keywords, with their score (higher is better)."""

    def all_text_scores(self) -> list[tuple[int, float]]:
        """Every match, the description included, with its score."""

    def highlights(self, pks: list[int], start: str, stop: str) -> list[tuple]:
        """(id, name, summary, description snippet), each match between start and stop."""


MatchMaker = Callable[[list[analysis.TermGroup], bool], TextMatch]  # (groups, any_word)


@dataclass(frozen=True)
class Outcome:
    run: "Run"
    suggestion: str | None = None  # "did you mean"
    showing_suggestion: bool = False  # the run is for the suggestion: nothing matched as typed
    relaxed: bool = False  # no service matched every word; the run matches any of them


def find(text_match: MatchMaker, query: ServiceQuery) -> Outcome:
    """The words as typed; else with unknown words corrected ("did you mean"); else any of
    the words."""
    text = query.text
    suggestion, showing_suggestion = None, False
    spelled = analysis.fix_misspellings(text)
    if spelled:
        suggestion, showing_suggestion = spelled, True
    groups = analysis.parse(text)
    snap = snapshot.current()
    run = Run(text_match, snap, query, groups, any_word=False)
    if groups and run.total == 0:
        corrected = analysis.correct(text, _is_known, _candidates)
        if corrected:
            retry = Run(text_match, snap, query, analysis.parse(corrected), any_word=False)
            if retry.total:
                return Outcome(retry, corrected, showing_suggestion=True)
        deciding = analysis.parse(analysis.deciding_words(text))
        if len(groups) > 1 and deciding:
            retry = Run(text_match, snap, query, deciding, any_word=True)
            if retry.total:
                return Outcome(retry, suggestion, showing_suggestion, relaxed=True)
    return Outcome(run, suggestion, showing_suggestion)


class Run:
    """One search: the words matched by the database, every other filter a true/false array
    over the in-memory copy (search.backends.snapshot), then total, facet counts and a page."""

    def __init__(
        self,
        text_match: MatchMaker,
        snap: snapshot.IndexSnapshot,
        query: ServiceQuery,
        groups: list[analysis.TermGroup],
        any_word: bool,
    ):
        self.snap = snap
        self.query = query
        self.match = text_match(groups, any_word) if groups else None
        self.nearest: np.ndarray | None = None  # squared miles per position, with a postcode
        self.exact: np.ndarray | None = None  # positions whose name is exactly the words
        self.filters = self._filters()
        self.scope = self._scope()
        self.total = int(np.count_nonzero(self.scope))

    # Filters --------------------------------------------------------------------------------

    def _filters(self) -> dict[str, np.ndarray]:
        q, snap = self.query, self.snap
        filters: dict[str, np.ndarray] = {}
        if self.match:
            filters["text"] = snap.mask_of_ids(self.match.ids())
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

    def service_ids(self, limit: int) -> list[str]:
        """The services' own ids, in the order the family sees them, up to `limit`."""
        positions, _scores = self.ordered(limit)
        return _service_ids(self.snap.ids[positions[:limit]].tolist())

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
        positions, scores = self._positions(self.match.short_field_scores())
        return positions, scores + self._exact_bonus(positions)

    def _all_text_scores(self) -> tuple[np.ndarray, np.ndarray]:
        return self._positions(self.match.all_text_scores())

    def _positions(self, rows: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
        """(positions, scores) for (id, score) rows; ids the copy does not know are left out."""
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
        found = {}
        for pk, name, summary, description in self.match.highlights(pks, START, STOP):
            parts = {"name": name, "summary": summary, "description": description}
            found[pk] = {k: _marked(v) for k, v in parts.items() if v and START in v}
        return found


def _service_ids(pks: list[int]) -> list[str]:
    """The services' own ids for index rows, in the same order (chunks: SQLite's variable cap)."""
    found: dict[int, str] = {}
    for start in range(0, len(pks), IDS_PER_STATEMENT):
        chunk = pks[start : start + IDS_PER_STATEMENT]
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


def _is_known(word: str) -> bool:
    return SearchTerm.objects.filter(word=word).exists()


def _candidates(word: str) -> list[tuple[str, int]]:
    # Same first letter, similar length: keeps the comparison to a few hundred words.
    limit = analysis.allowed_edits(word)
    return list(
        SearchTerm.objects.filter(
            word__startswith=word[0], length__range=(len(word) - limit, len(word) + limit)
        ).values_list("word", "documents")[:5000]
    )
