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
from . import snapshot

FTS = "search_service_fts"
# bm25 column weights: name, summary, description, keywords (higher counts more).
FTS_WEIGHTS = "10.0, 4.0, 1.0, 4.0"
# Most searches match a few hundred services: found and scored in one pass of SCORED_FIRST.
# A broader one is counted (cheap: no scores), then scored in one pass up to SCORED_ALL (the
# search's own ESTIMATE_PAST), or past that read as ids alone, and the search picks which
# to score. Scoring costs about 8 microseconds a match, matching about 3.
SCORED_FIRST = 500
SCORED_ALL = 5000
SHORT_COLUMNS = "name summary keywords_text"  # what a service is about, in an FTS5 column filter


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
                    if _count(self.expression) <= SCORED_ALL:
                        rows += cursor.fetchall()
                    else:
                        rows = None
            if rows is None:
                self._ids = _ids(self.expression)
            else:
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
        marks = ", ".join(["%s"] * len(pks))
        return _rows(
            f"SELECT rowid, highlight({FTS}, 0, %s, %s), highlight({FTS}, 1, %s, %s), "
            f"snippet({FTS}, 2, %s, %s, %s, 24) FROM {FTS} "
            # "+rowid": match once, then keep the page's rows. As "rowid IN", SQLite hands
            # each id to FTS5, which runs the whole match again per id (10x slower).
            f"WHERE {FTS} MATCH %s AND +rowid IN ({marks})",
            [start, stop, start, stop, start, stop, "…", self.expression, *pks],
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


def _count(expression: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {FTS} WHERE {FTS} MATCH %s", [expression])
        return cursor.fetchone()[0]


def optimise() -> None:
    """Merge the FTS5 index's segments after a rebuild, so searches read one b-tree."""
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {FTS}({FTS}) VALUES ('optimize')")


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
