"""SQLite's part of the database backend: FTS5 finds the words, scores them and marks them.

One FTS5 table over every text field (migration 0002, with prefix indexes from 0006). Offers
what search.backends.database_search asks of each database (its TextMatch), and `optimise()`
for after a rebuild.

The SQL is assembled from constant table names and "%s" placeholders only; the words travel as
a parameter (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import numpy as np
from django.db import connection

from ..analysis import TermGroup
from ..models import IndexedService
from . import snapshot

FTS = "search_service_fts"
# bm25 column weights: name, summary, description, keywords (higher counts more).
FTS_WEIGHTS = "10.0, 4.0, 1.0, 4.0"
# Most searches match a few hundred services: found and scored in one pass of SCORED_FIRST.
# A broader one's ids are read (cheap: no scores), then it is scored in one pass up to
# SCORED_ALL (the search's own ESTIMATE_PAST), or past that kept as ids alone, and the
# search picks which to score. Scoring costs about 8 microseconds a match, matching about 3.
SCORED_FIRST = 500
SCORED_ALL = 5000
SHORT_COLUMNS = "name summary keywords_text"  # what a service is about, in an FTS5 column filter
SERVICE = IndexedService._meta.db_table  # the text FTS indexes (its external content)
# The page's scratch index: one per connection, made on first use in its temporary schema (so
# writing it takes no lock on the database), tokenized as the main index is (migration 0006).
PAGE_NAME = "search_page_fts"
PAGE = f"temp.{PAGE_NAME}"
# Up to this many matches, marking the page in the main index costs less than copying it.
MARKED_IN_PLACE = 1000
CREATE_PAGE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {PAGE} USING fts5(name, summary, description, "
    "keywords_text, tokenize='porter unicode61 remove_diacritics 2')"
)


class TextMatch:
    """The words as one FTS5 MATCH expression: each word or any of its synonyms (as a
    phrase), the last word also as a prefix; all of the words, or with any_word any of them."""

    def __init__(self, groups: list[TermGroup], any_word: bool):
        parts = [_group_expression(group) for group in groups]
        self.expression = (" OR " if any_word else " AND ").join(parts)
        self._group_ids: dict[tuple, np.ndarray] = {}
        self._ids: np.ndarray | None = None
        self._scores: list[tuple[int, float]] | None = None

    def ids(self) -> np.ndarray:
        """Every matching id; as a side effect the scores too, when they cost no more than
        finding the ids again (see SCORED_FIRST and SCORED_ALL)."""
        if self._ids is None:
            with connection.cursor() as cursor:
                # One statement, read in two steps: FTS5 scores a row as it is read, so the
                # first SCORED_FIRST are not scored again when the rest are wanted (a third
                # of a 2,500-match search's time when it was a LIMIT statement and a second).
                cursor.execute(self._scoring, [self.expression])
                rows = cursor.fetchmany(SCORED_FIRST + 1)
                if len(rows) > SCORED_FIRST:
                    # Every id, unscored, says how many there are: kept when there are too
                    # many to score, so a broad word is matched twice, not three times.
                    self._ids = _ids(self.expression)
                    if len(self._ids) > SCORED_ALL:
                        return self._ids
                    rows += cursor.fetchall()
            self._scores = rows
            self._ids = np.array([row[0] for row in rows], dtype=np.int64)
        return self._ids

    def scores(self, size: int, only: list[int] | None = None) -> list[tuple[int, float]]:
        """bm25 over every field, weighted: each phrase counts by how rare it is (a rare word
        in a description can outweigh a common one in a name). FTS5 knows the size."""
        sql = self._scoring
        if only is None:
            self.ids()
            return self._scores if self._scores is not None else _rows(sql, [self.expression])
        # "+rowid": match once, then score only these rows (bm25 runs for rows that pass).
        # Not "rowid IN": bm25 would work out each phrase's count over the whole index again
        # for every id (500 ids took 600 ms at 50,000 services).
        return _rows(f"{sql} AND +rowid IN ({', '.join(['%s'] * len(only))})",
                     [self.expression, *only])

    @property
    def _scoring(self) -> str:
        return f"SELECT rowid, -bm25({FTS}, {FTS_WEIGHTS}) FROM {FTS} WHERE {FTS} MATCH %s"

    def ids_of(self, group: TermGroup) -> np.ndarray:
        return self._cached(("any", group), _group_expression(group))

    def short_ids(self, group: TermGroup) -> np.ndarray:
        return self._cached(("short", group), f"{{{SHORT_COLUMNS}}} : {_group_expression(group)}")

    def _cached(self, key: tuple, expression: str) -> np.ndarray:
        if key not in self._group_ids:
            self._group_ids[key] = _ids(expression)
        return self._group_ids[key]

    def highlights(self, pks: list[int], start: str, stop: str) -> list[tuple]:
        """The page's words marked: in the main index when the words match few services, else
        in a scratch index of the page's rows alone (the same marks: same tokenizer, same
        words). The main index matches every service first and keeps the page's, 1.5-5 ms for
        a broad word at 50,000 services; copying 20 rows and matching those costs 0.7 ms."""
        marks = ", ".join(["%s"] * len(pks))
        marking = [start, stop, start, stop, start, stop, "…", self.expression]
        if len(self.ids()) <= MARKED_IN_PLACE:
            # "+rowid": match once, then keep the page's rows ("rowid IN" seeks each id in
            # every phrase's word lists: faster for some words, several times slower for others).
            return _rows(f"{_marking(FTS, FTS)} AND +rowid IN ({marks})", [*marking, *pks])
        with connection.cursor() as cursor:
            cursor.execute(CREATE_PAGE)  # a few microseconds once it exists
            cursor.execute(f"DELETE FROM {PAGE}")
            cursor.execute(
                f"INSERT INTO {PAGE}(rowid, name, summary, description, keywords_text) "
                f"SELECT id, name, summary, description, keywords_text FROM {SERVICE} "
                f"WHERE id IN ({marks})",
                pks,
            )
            cursor.execute(_marking(PAGE_NAME, PAGE), marking)
            return cursor.fetchall()


def _marking(name: str, table: str) -> str:
    return (
        f"SELECT rowid, highlight({name}, 0, %s, %s), highlight({name}, 1, %s, %s), "
        f"snippet({name}, 2, %s, %s, %s, 24) FROM {table} WHERE {name} MATCH %s"
    )


def _group_expression(group: TermGroup) -> str:
    options = [f'"{" ".join(alt)}"' for alt in group.alternatives]
    if group.prefix:
        options.append(f'"{group.word}"*')
    return "(" + " OR ".join(options) + ")"


def _ids(expression: str) -> np.ndarray:
    """Every service id FTS5 matches, as one comma-separated string: building 20,000 Python
    rows costs three times what FTS5 spends finding them."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT group_concat(rowid) FROM {FTS} WHERE {FTS} MATCH %s", [expression])
        joined = cursor.fetchone()[0]
    return snapshot.numbers(joined, np.int64)


def optimise() -> None:
    """Merge the FTS5 index's segments after a rebuild, so searches read one b-tree."""
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
