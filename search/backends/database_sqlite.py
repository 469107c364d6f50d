"""SQLite's part of the database backend: FTS5 finds the words, scores them and marks them.

Two FTS5 tables (migrations 0002 and 0006): every text field, and a short one of the name,
summary and keywords that ranking reads first. Offers what search.backends.database_search
asks of each database (its TextMatch), and `optimise()` for after a rebuild.

The SQL is assembled from constant table names and "%s" placeholders only; the words travel as
a parameter (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import numpy as np
from django.db import connection

from ..analysis import TermGroup
from . import snapshot

FTS = "search_service_fts"
SHORT_FTS = "search_service_short_fts"  # name, summary, keywords only: ranking (migration 0006)
# bm25 column weights: name, summary, description, keywords (higher counts more).
FTS_WEIGHTS = "10.0, 4.0, 1.0, 4.0"
SHORT_WEIGHTS = "10.0, 4.0, 4.0"


class TextMatch:
    """The words as one FTS5 MATCH expression: each word or any of its synonyms (as a
    phrase), the last word also as a prefix; all of the words, or with any_word any of them."""

    def __init__(self, groups: list[TermGroup], any_word: bool):
        parts = []
        for group in groups:
            options = [f'"{" ".join(alt)}"' for alt in group.alternatives]
            if group.prefix:
                options.append(f'"{group.word}"*')
            parts.append("(" + " OR ".join(options) + ")")
        self.expression = (" OR " if any_word else " AND ").join(parts)

    def ids(self) -> np.ndarray:
        """Every service id FTS5 matches, as one comma-separated string: building 20,000
        Python rows costs three times what FTS5 spends finding them."""
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT group_concat(rowid) FROM {FTS} WHERE {FTS} MATCH %s", [self.expression]
            )
            joined = cursor.fetchone()[0]
        return snapshot.numbers(joined, np.int64)

    def short_field_scores(self) -> list[tuple[int, float]]:
        return _rows(
            f"SELECT rowid, -bm25({SHORT_FTS}, {SHORT_WEIGHTS}) FROM {SHORT_FTS} "
            f"WHERE {SHORT_FTS} MATCH %s",
            [self.expression],
        )

    def all_text_scores(self) -> list[tuple[int, float]]:
        return _rows(
            f"SELECT rowid, -bm25({FTS}, {FTS_WEIGHTS}) FROM {FTS} WHERE {FTS} MATCH %s",
            [self.expression],
        )

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


def optimise() -> None:
    """Merge the FTS5 indexes' segments after a rebuild, so searches read one b-tree each."""
    with connection.cursor() as cursor:
        for table in (FTS, SHORT_FTS):
            cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
