"""One search over the database backend: the database matches the words, the in-memory copy
of the filter columns (search.backends.snapshot) does the rest.

The words, expanded with the SEND synonyms (search.analysis) and the last one also as a prefix,
are matched, scored and marked by the database's TextMatch (database_sqlite, database_postgres).
Every other filter is a true/false array over the copy, where the total, the facet counts and
the order of the page are worked out; only the page's rows are read back. `find()` retries a
search that finds nothing: with each unknown word replaced by the nearest indexed word ("did
you mean"), then with any of the words instead of all of them.

How matches are ordered, and when a search goes on to services with some of the words, is
search.ranking's policy; here it is worked out over the database's scores.

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
from ..ranking import (
    AGE_SHARE,
    COMMON_SHARE,
    CONCEPT_SHARE,
    GROWN_UP_MONTHS,
    GROWN_UP_SHARE,
    NEED_SHARE,
    PHRASE_SHARE,
    QUESTION_COVERAGE_SHARE,
    ages_held_against,
    asked_for,
    asked_weight,
    blends,
    goes_on,
    lifted_ages,
    maybe_grown_up,
    need_phrases,
    needs_of,
    not_for,
    phrase,
)
from ..records import nearest_miles
from ..results import SearchHit
from . import snapshot

START, STOP = "\x02", "\x03"  # highlight markers: control characters never survive indexing
SERVICE = IndexedService._meta.db_table
IDS_PER_STATEMENT = 1000  # "%s" placeholders in one statement: under SQLite's cap
# Scoring every match exactly costs about 2 to 5 microseconds a service on SQLite (bm25 reads
# where each phrase is in each field): 11 ms for "salt" at 50,000 generated services (2,500
# matches), 47 ms for "autism" (20,000). Past ESTIMATE_PAST matches, an estimate (below, a
# statement per phrase) picks the EXACTLY_SCORED best to score exactly, and the rest keep
# the estimate, below them; under it the estimate would cost more than it saves. A real
# council's 2,000 services are always scored exactly.
ESTIMATE_PAST = 5000
EXACTLY_SCORED = 500
TINY = 1e-9  # below any score: scaling by a best of 0 divides by this instead
SHORT_FIELD_WEIGHT = 4.0  # the estimate: a group in the name, summary or keywords, over the text


class TextMatch(Protocol):
    """What each database offers for the words of one search (database_sqlite,
    database_postgres). Rows are (IndexedService id, ...)."""

    def ids(self) -> np.ndarray:
        """Every service the words match."""

    def scores(self, size: int, only: list[int] | None = None) -> list[tuple[int, float]]:
        """Every match (or `only` these) with its score over all its text, fields weighted
        (higher is better); `size` is how many services are indexed, for a database that has
        to weigh words by how rare they are itself."""

    def ids_of(self, group: analysis.TermGroup) -> np.ndarray:
        """Every service that matches one group of words, whatever the others."""

    def short_ids(self, group: analysis.TermGroup) -> np.ndarray:
        """Every service that has the group in its name, summary or keywords."""

    def highlights(self, pks: list[int], start: str, stop: str) -> list[tuple]:
        """(id, name, summary, description snippet), each match between start and stop."""


MatchMaker = Callable[[list[analysis.TermGroup], bool], TextMatch]  # (groups, any_word)


@dataclass(frozen=True)
class Outcome:
    run: "Run"
    suggestion: str | None = None  # "did you mean"
    showing_suggestion: bool = False  # the run is for the suggestion: nothing matched as typed
    relaxed: bool = False  # fewer than FEW services matched every word; the run matches any
    every_word: int = 0  # when relaxed, how many services matched every word (they come first)


def find(text_match: MatchMaker, query: ServiceQuery) -> Outcome:
    """The words as typed; else with unknown words corrected ("did you mean"); then, when few
    services have every word, those first and after them the ones with most of the words."""
    text = query.text
    suggestion, showing_suggestion = None, False
    spelled = analysis.fix_misspellings(text)
    if spelled:
        # A known misspelling is put right before the words are read, so the word it means
        # joins its phrases: "speach therapy" is "speech therapy", with its synonyms, not
        # "speech" and "therapy" apart.
        text = spelled
        suggestion, showing_suggestion = spelled, True
    groups = analysis.parse(text, allow_prefix=analysis.last_word_as_typed(query.text, text))
    snap = snapshot.current()
    run = Run(text_match, snap, query, groups, any_word=False, text=text)
    if groups and run.total == 0:
        corrected = analysis.correct(text, _is_known, _candidates)
        if corrected:
            fixed = analysis.parse(corrected)
            retry = Run(text_match, snap, query, fixed, any_word=False, text=corrected)
            if retry.total:
                # From here the corrected words are the search, as if typed: "wheelchare
                # basketball" goes on to the other wheelchair sports as "wheelchair
                # basketball" does, and their words side by side count the same.
                text, groups, run = corrected, fixed, retry
                suggestion, showing_suggestion = corrected, True
    required, _optional = analysis.deciding(groups)
    if goes_on(text, run.total, required):
        wider = Run(text_match, snap, query, groups, any_word=True, text=text)
        if wider.total > run.total:
            return Outcome(wider, suggestion, showing_suggestion, relaxed=True,
                           every_word=run.total)
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
        text: str | None = None,
    ):
        self.snap = snap
        self.query = query
        self.text = query.text if text is None else text  # the words matched: maybe corrected
        # Common words decide nothing while other words were typed; they only add to a score.
        self.required, self.optional = analysis.deciding(groups)
        self.any_word = any_word
        self.text_match = text_match
        self.match = text_match(self.required, any_word) if groups else None
        self.nearest: np.ndarray | None = None  # squared miles per position, with a postcode
        # Positions that match only through a need their words name (search.ranking): the
        # database found none of those words in them, so they have no score over the text.
        self.by_need_only = np.zeros(0, dtype=np.int64)
        self.exact: np.ndarray | None = None  # positions whose name is exactly the words
        self.filters = self._filters()
        self.scope = self._scope()
        self.total = int(np.count_nonzero(self.scope))

    # Filters --------------------------------------------------------------------------------

    def _filters(self) -> dict[str, np.ndarray]:
        q, snap = self.query, self.snap
        filters: dict[str, np.ndarray] = {}
        if self.match:
            said = snap.mask_of_ids(self.match.ids())
            by_need = self._matched_by_need()
            if by_need is not None:
                self.by_need_only = np.flatnonzero(by_need & ~said)
                said |= by_need
            filters["text"] = said
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

    def _matched_by_need(self) -> np.ndarray | None:
        """The services indexed under a need the words name ("autistic", "partially
        sighted"), which match the words too (search.ranking) when they are one group or any
        of them will do; None when no group names a need, or when every word must be said."""
        if not self.any_word and len(self.required) > 1:
            return None
        codes = sorted({code for group in self.required for code in needs_of(group)})
        return self.snap.mask_of_values("need", codes) if codes else None

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
        positions = by_name[self.scope[by_name]]
        if self.query.needs:
            positions = positions[np.argsort(-self._named_for_needs(positions), kind="stable")]
        positions = positions[:wanted]
        return positions, np.zeros(len(positions))

    def _named_for_needs(self, positions: np.ndarray) -> np.ndarray:
        """Browsing by need (search.ranking): 2 where the service names a need ticked in its
        name, summary or keywords, 1 where only in its description, else 0."""
        phrases = need_phrases(self.query.needs)
        if not phrases:
            return np.zeros(len(positions))
        group = analysis.TermGroup(phrases)
        said = self.text_match([group], True)
        short = self.snap.positions_of_ids(said.short_ids(group))
        anywhere = self.snap.positions_of_ids(said.ids_of(group))
        return np.isin(positions, short).astype(np.float64) + np.isin(positions, anywhere)

    def _by_distance(self) -> tuple[np.ndarray, np.ndarray]:
        """Nearest first; at the same distance (one venue, many services) the best match, or
        browsing by need the one named for it."""
        positions = np.flatnonzero(self.scope)
        scores = np.zeros(self.snap.size)
        if self.match:
            ranked, ranked_scores = self._relevance()
            scores[ranked] = ranked_scores
        elif self.query.needs:
            scores[positions] = self._named_for_needs(positions)
        order = np.lexsort(
            (self.snap.name_rank[positions], -scores[positions], self.nearest[positions])
        )
        positions = positions[order]
        return positions, scores[positions]

    def _by_relevance(self, wanted: int) -> tuple[np.ndarray, np.ndarray]:
        """The best `wanted` matches in scope (and any that tie with the last), best first."""
        positions, scores = self._relevance()
        keep = self.scope[positions]
        return _best_first(positions[keep], scores[keep], self.snap.name_rank, wanted)

    def _relevance(self) -> tuple[np.ndarray, np.ndarray]:
        """(positions, scores) of every match, by search.ranking's rules: the database's score
        over all the text, lifted for common words, the words side by side and an age's stage
        of life; with any of the words, tiers by how rare the words a service has are; an
        exact name above everything."""
        positions, scores, exact = self._scores()
        if len(positions) == 0:
            return positions, scores
        if self.optional:
            common = np.zeros(len(positions))
            for group in self.optional:
                common += self._has(group, positions)
            scores = scores * (1.0 + COMMON_SHARE * common / len(self.optional))
        typed = phrase(self.text) if len(self.required) + len(self.optional) > 1 else None
        if typed:
            as_typed = analysis.TermGroup(analysis.said_alike(typed))
            # Side by side in the name, summary or keywords counts again: "breastfeeding
            # support" is what the support groups are named, while the venues that welcome
            # breastfeeding say "breastfeeding" in their name and "support" only in passing.
            side_by_side = self._has(as_typed, positions) + self._has_short(as_typed, positions)
            scores = scores * (1.0 + PHRASE_SHARE * side_by_side)
        if not self.any_word:  # with any of the words, the tiers weigh it (below)
            scores = scores * self._own_words_share(positions)
        ruled_out = np.zeros(len(positions), dtype=bool)
        held_against = ages_held_against(self.query.age_months, self.query.text)
        if held_against:
            fits, rules_out = self.snap.stated_ages_against(*held_against)
            ruled_out = rules_out[positions]
            # Named for the months before a birth, or for grown-ups only when the age is a
            # child's (ranking.not_for): not for this child.
            named_for = analysis.TermGroup(
                tuple(tuple(analysis.words(p)) for p in not_for(held_against)))
            ruled_out |= self._has_short(named_for, positions).astype(bool)
        if maybe_grown_up(self.query.age_months, self.query.text):
            # "My son": a service for 16 and over may be for him, but less likely.
            grown_up = self.snap.stated_from(GROWN_UP_MONTHS)[positions]
            scores = scores * np.where(grown_up, GROWN_UP_SHARE, 1.0)
        lifted = lifted_ages(self.query.age_months, held_against)
        if lifted:  # then held_against is the ages lifted, and `fits` is for them
            _ages, stages = lifted
            named = fits[positions].astype(np.float64)
            if stages:
                named = np.maximum(named, self._has(analysis.TermGroup(stages), positions))
            scores = scores * (1.0 + AGE_SHARE * named)
        if not exact.all():  # the estimated ones go below every service scored exactly
            scores = np.where(exact, scores + float(scores[~exact].max()) + 1.0, scores)
        # Tiers: every score now sits below the next whole step of `tier`.
        tier = float(scores.max()) + 1.0
        if self.any_word and len(self.required) > 1:
            coverage = np.zeros(len(positions))
            asked = asked_for(self.text)
            for group in self.required:
                has = self._has(group, positions)
                if group.own:  # what a concept added counts for less than the words typed
                    own = self._has_typed(group, positions)
                    has = own + CONCEPT_SHARE * (has - own)
                has = np.maximum(has, self._has_need(group, positions))
                coverage += self._rarity(group) * asked_weight(group, asked) * has
            if blends(self.text, asked):
                # Every word of the question may be context ("wont talk to me", "at school"):
                # the rarity of the words a service has is weighed beside its score over the
                # text, each scaled to its best, instead of above it.
                text_score = scores / max(tier - 1.0, TINY)
                share = coverage / max(float(coverage.max()), TINY)
                scores = text_score + QUESTION_COVERAGE_SHARE * share
                tier = float(scores.max()) + 1.0
            else:
                levels = np.unique(coverage, return_inverse=True)[1]
                scores = scores + levels * tier
                tier *= int(levels.max()) + 1
        scores = scores + self._exact(positions) * tier
        # Last and strongest: a service whose words say it is for other ages ("for adults",
        # "aged 13-16") goes below every service that may be for the age asked about.
        return positions, scores + (~ruled_out) * (2 * tier)

    def _scores(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(positions, scores, scored exactly) of every match: the database's scores, or past
        ESTIMATE_PAST matches its scores for the best by an estimate, the estimate for the rest.
        The estimate is bm25 without counting: each phrase a service has, by how rare it is,
        more when the group is in its name, summary or keywords."""
        ids = self.match.ids()
        extra = self.by_need_only
        if len(ids) <= ESTIMATE_PAST:
            positions, scores = self._positions(self.match.scores(self.snap.size))
            positions = np.concatenate([positions, extra])
            scores = np.concatenate([np.maximum(scores, 0.0), np.zeros(len(extra))])
            return positions, scores, np.ones(len(positions), dtype=bool)
        positions = np.concatenate([self.snap.positions_of_ids(ids), extra])
        estimate = np.zeros(len(positions))
        for group in self.required:
            said = np.zeros(len(positions))
            for alternative in group.alternatives:
                said += self._rarity(analysis.TermGroup((alternative,))) * self._has(
                    analysis.TermGroup((alternative,)), positions)
            short = self._has_short(group, positions)
            estimate += said * (1.0 + (SHORT_FIELD_WEIGHT - 1.0) * short)
        in_scope = self.scope[positions]
        ranked = np.lexsort((-estimate, ~in_scope))[:EXACTLY_SCORED]  # in scope, best, first
        chosen = self.snap.ids[positions[ranked]].tolist()
        exact_positions, exact_scores = self._positions(
            self.match.scores(self.snap.size, only=chosen)
        )
        scored = np.isin(positions, exact_positions)
        scores = estimate.copy()
        order = np.argsort(positions)
        where = order[np.searchsorted(positions[order], exact_positions)]
        scores[where] = np.maximum(exact_scores, 0.0)
        return positions, scores, scored

    def _own_words_share(self, positions: np.ndarray) -> np.ndarray:
        """1 where a service has what was typed (or a synonym of it) for every group a concept
        widened; CONCEPT_SHARE where it has only the wider words the concept added ("mental
        health" for "counselling"); between, by how many of those groups it has."""
        widened = [group for group in self.required if group.own]
        if not widened:
            return np.ones(len(positions))
        said = sum(self._has_typed(group, positions) for group in widened) / len(widened)
        return said + CONCEPT_SHARE * (1.0 - said)

    def _has_short(self, group: analysis.TermGroup, positions: np.ndarray) -> np.ndarray:
        matching = self.snap.positions_of_ids(self.match.short_ids(group))
        return np.isin(positions, matching).astype(np.float64)

    def _has_typed(self, group: analysis.TermGroup, positions: np.ndarray) -> np.ndarray:
        """1.0 where the service says what was typed for this group (or a synonym of it), not
        only what a concept added; 0.0 everywhere when that cannot be said (analysis)."""
        typed = group.said_as_typed
        return self._has(typed, positions) if typed else np.zeros(len(positions))

    def _rarity(self, group: analysis.TermGroup) -> float:
        """How much having this group of words says: bm25's inverse document frequency, from
        how many services say what was typed or a synonym of it (not the wider words a
        concept adds: "self harming" says more than "talk", even beside "mental health")."""
        size = self.snap.size
        typed = group.said_as_typed
        found = min(len(self.match.ids_of(typed)), size) if typed else 0
        return float(np.log(1.0 + (size - found + 0.5) / (found + 0.5)))

    def _has_need(self, group: analysis.TermGroup, positions: np.ndarray) -> np.ndarray:
        """NEED_SHARE where the service is indexed under a need the group's words name."""
        codes = needs_of(group)
        if not codes:
            return np.zeros(len(positions))
        return NEED_SHARE * self.snap.mask_of_values("need", codes)[positions]

    def _has(self, group: analysis.TermGroup, positions: np.ndarray) -> np.ndarray:
        """1.0 where the service at each position matches this group of words, else 0.0."""
        matching = self.snap.positions_of_ids(self.match.ids_of(group))
        return np.isin(positions, matching).astype(np.float64)

    def _positions(self, rows: list[tuple[int, float]]) -> tuple[np.ndarray, np.ndarray]:
        """(positions, scores) for (id, score) rows; ids the copy does not know are left out."""
        ids = np.array([row[0] for row in rows], dtype=np.int64)
        scores = np.array([row[1] or 0.0 for row in rows], dtype=np.float64)
        positions = self.snap.lookup(ids)
        known = positions >= 0
        return positions[known], scores[known]

    def _exact(self, positions: np.ndarray) -> np.ndarray:
        """1.0 where the service's whole name is what the family typed: it comes first. As
        typed, not as corrected: a name equal to our guess at what they meant is not one they
        asked for by name."""
        if self.exact is None:
            name = " ".join(analysis.words(self.query.text))
            with connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT id FROM {SERVICE} WHERE searchable = %s AND sort_name = %s",
                    [True, name],
                )
                ids = np.array([row[0] for row in cursor.fetchall()], dtype=np.int64)
            self.exact = self.snap.positions_of_ids(ids)
        return np.isin(positions, self.exact).astype(np.float64)

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


def _best_first(positions: np.ndarray, scores: np.ndarray, name_rank: np.ndarray,
                wanted: int) -> tuple[np.ndarray, np.ndarray]:
    """Highest score first; equal scores A to Z (then by id, which name_rank includes). Only
    the best `wanted` and whatever ties with the last of them are sorted: sorting all 20,000
    of a broad word's matches cost 1 ms of a page that shows 20."""
    if 0 < wanted < len(scores) // 2:
        cut = np.partition(scores, len(scores) - wanted)[len(scores) - wanted]
        best = scores >= cut
        positions, scores = positions[best], scores[best]
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
