"""PostgreSQL's part of the database backend: tsvector finds the words, ts_rank_cd scores them,
ts_headline marks them.

The weighted vector over every text field (migration 0002: name A, summary and keywords B,
description C) is what is matched and ranked. Offers what search.backends.database_search asks
of each database (its TextMatch), and `optimise()` for after a rebuild.

The SQL is assembled from constant table names and "%s" placeholders only; the words travel as
parameters (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import math

import numpy as np
from django.db import connection

from ..analysis import TermGroup
from ..models import IndexedService
from ..synonyms import loses_an_end
from . import snapshot

SERVICE = IndexedService._meta.db_table
# The english text search configuration's stop words (PostgreSQL's
# share/tsearch_data/english.stop, the Snowball list): never in a tsvector, and dropped from a
# phrase. tests/search/test_ranking.py checks the server agrees.
_ENGLISH_STOP = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now
"""
STOP_WORDS = frozenset(_ENGLISH_STOP.split())
# ts_rank_cd's weights for the D, C, B and A labels: description C counts a tenth of the name
# A, summary and keywords B four tenths, as SQLite's bm25 column weights (10, 4, 1, 4).
RANK_WEIGHTS = "'{0.1, 0.1, 0.4, 1.0}'"
# ts_rank_cd (normalisation 0) adds up where a term is, so five mentions in a short
# description outweighed the same words as a service's name. Each term's sum is saturated
# as bm25 does (k1, b; FIELD_SCALE puts one mention in a name at SQLite's 10), with the
# service's length in words against the matches' average: a word said ten times is not ten
# times the match, and a long description does not win by length alone. The length is the
# words FTS5 counts (IndexedService.word_count), not the vector's distinct lexemes: with
# those, the real set's nDCG@10 was 0.897 against SQLite's 0.902, and with words 0.901.
K1, B = 1.2, 0.75
FIELD_SCALE = 10.0


class TextMatch:
    """The words as one tsquery: each word or any of its synonyms (as a phrase), the last word
    also as a prefix; all of the words, or with any_word any of them."""

    def __init__(self, groups: list[TermGroup], any_word: bool):
        self.groups = groups
        parts, self.params = [], []
        for group in groups:
            sql, params = _group_query(group)
            parts.append(sql)
            self.params += params
        self.expression = "(" + (" || " if any_word else " && ").join(parts) + ")"
        self._group_ids: dict[tuple, np.ndarray] = {}
        self._ids: np.ndarray | None = None

    def ids(self) -> np.ndarray:
        if self._ids is None:
            self._ids = _ids(self.expression, self.params)
        return self._ids

    def scores(self, size: int, only: list[int] | None = None) -> list[tuple[int, float]]:
        """ts_rank_cd over the weighted vector, for each phrase the words may be matched by,
        each weighted by how rare that phrase is (bm25's inverse document frequency, which
        ts_rank_cd has none of, and which FTS5's bm25 applies per phrase): a rare word in a
        description ("respite") can then outweigh a common synonym in names ("short
        breaks"). One statement ranks the matches, one counts each phrase's services."""
        terms = [term for group in self.groups for term in _terms(group)]
        within = "" if only is None else " AND id = ANY(%s)"
        these = [] if only is None else [list(only)]
        ranks = ", ".join(
            f"ts_rank_cd({RANK_WEIGHTS}, search_vector, {sql}, 0)" for sql, _param in terms
        )
        params = [param for _sql, param in terms]
        rows = _rows(
            f"SELECT id, COALESCE(word_count, length(search_vector)), {ranks} FROM {SERVICE} "
            f"WHERE search_vector @@ {self.expression}{within}",
            params + self.params + these,
        )
        if not rows:
            return []
        weights = [1.0] if len(terms) == 1 else [
            _rarity(count, size) for count in self._counts(terms)
        ]
        table = np.array(rows, dtype=np.float64)  # id, length, a rank per term
        scores = _saturated(table[:, 2:], table[:, 1:2]) @ np.array(weights)
        return list(zip(table[:, 0].astype(np.int64).tolist(), scores.tolist(), strict=True))

    def _counts(self, terms: list[tuple[str, str]]) -> list[int]:
        """How many services each term matches. A phrase whose services the search has
        already read (ids_of, past ESTIMATE_PAST) is not counted again: at 50,000 services
        that second pass over the same vectors was a quarter of a broad search's time."""
        found: list[int | None] = []
        for sql, param in terms:
            known = self._group_ids.get(("any", TermGroup((tuple(param.split(" ")),))))
            found.append(len(known) if known is not None and sql.startswith("phrase") else None)
        missing = [term for term, count in zip(terms, found, strict=True) if count is None]
        if missing:
            counts = ", ".join(
                f"count(*) FILTER (WHERE search_vector @@ {sql})" for sql, _ in missing
            )
            anything = " || ".join(sql for sql, _param in missing)
            params = [param for _sql, param in missing]
            (counted,) = _rows(
                f"SELECT {counts} FROM {SERVICE} WHERE search_vector @@ ({anything})", params * 2
            )
            counted = iter(counted)
            found = [next(counted) if count is None else count for count in found]
        return found

    def ids_of(self, group: TermGroup) -> np.ndarray:
        if ("any", group) not in self._group_ids:
            self._group_ids["any", group] = _ids(*_group_query(group))
        return self._group_ids["any", group]

    def short_ids(self, group: TermGroup) -> np.ndarray:
        """From the name, summary and keywords' own vector (migration 0011), and for a phrase
        the vector cannot hold, from the name's words (`_named`)."""
        if ("short", group) not in self._group_ids:
            sql, params = _group_query(group)
            cut = [alt for alt in group.alternatives if loses_an_end(alt, STOP_WORDS)]
            named, named_params = _named(cut)
            self._group_ids["short", group] = _ids(
                f"{sql}{named}", params + named_params, column="short_vector"
            )
        return self._group_ids["short", group]

    def highlights(self, pks: list[int], start: str, stop: str) -> list[tuple]:
        marks = ", ".join(["%s"] * len(pks))
        whole = f"StartSel={start}, StopSel={stop}, HighlightAll=true"
        snippet = f"StartSel={start}, StopSel={stop}, MaxWords=30, MinWords=12, MaxFragments=2"
        return _rows(
            "SELECT s.id, ts_headline('english', s.name, typed.q, %s), "
            "ts_headline('english', s.summary, typed.q, %s), "
            "ts_headline('english', s.description, typed.q, %s) "
            f"FROM {SERVICE} s, (SELECT {self.expression} AS q) typed WHERE s.id IN ({marks})",
            [whole, whole, snippet, *self.params, *pks],
        )


def _terms(group: TermGroup) -> list[tuple[str, str]]:
    """Each way the group may be matched, as (tsquery SQL, its parameter): every alternative as
    a phrase, and the unfinished word's prefix. A phrase that starts or ends with a stop word
    is left out while the group has other ways: PostgreSQL drops that word and would match
    far more than was meant ("into work" would be any "work", "parents to be" any
    "parents")."""
    alternatives = [alt for alt in group.alternatives if not loses_an_end(alt, STOP_WORDS)]
    terms = [("phraseto_tsquery('english', %s)", " ".join(alt))
             for alt in alternatives or group.alternatives]
    if group.prefix:
        terms.append(("to_tsquery('english', %s)", f"{group.word}:*"))
    return terms


def _group_query(group: TermGroup) -> tuple[str, list[str]]:
    """One group as a tsquery: any of its terms."""
    terms = _terms(group)
    return "(" + " || ".join(sql for sql, _ in terms) + ")", [param for _, param in terms]


def _named(phrases: list[tuple[str, ...]]) -> tuple[str, list[str]]:
    """SQL to follow a tsquery match ("OR ..."): the name says one of these phrases word for
    word. For the phrases that begin or end with one of PostgreSQL's stop words, which no
    tsvector holds: a name for grown-ups only ("Over 50s Walking Football": "over" is one)
    must still be read as one (ranking.not_for). The name's words are its sort_name, as
    search.analysis reads words; they are only letters and digits, so nothing in them is a
    LIKE wildcard."""
    if not phrases:
        return "", []
    said = "".join(" OR (' ' || sort_name || ' ') LIKE %s" for _ in phrases)
    return said, [f"% {' '.join(words)} %" for words in phrases]


def _ids(expression: str, params: list[str], column: str = "search_vector") -> np.ndarray:
    """Every matching id as one joined string (as snapshot reads its columns)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT string_agg(id::text, ',') FROM {SERVICE} WHERE {column} @@ {expression}",
            params,
        )
        return snapshot.numbers(cursor.fetchone()[0], np.int64)


def _saturated(ranks: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """bm25's term frequency part over ts_rank_cd's weighted sums (a row per service, a column
    per term), each service's length against the matches' average."""
    found = ranks * FIELD_SCALE
    average = float(lengths.mean()) or 1.0
    return found * (K1 + 1.0) / (found + K1 * (1.0 - B + B * lengths / average))


def _rarity(found: int, size: int) -> float:
    """bm25's inverse document frequency."""
    found = min(found, size)
    return math.log(1.0 + (size - found + 0.5) / (found + 0.5))


def optimise() -> None:
    """Nothing to do after a rebuild here (SQLite merges its FTS5 segments at this point)."""


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
