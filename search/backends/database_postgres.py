"""PostgreSQL's part of the database backend: tsvector finds the words, ts_rank_cd scores them,
ts_headline marks them.

Two vectors on the service row (migrations 0002 and 0007): every text field, and a short one of
the name, summary and keywords that ranking reads first. Offers what
search.backends.database_search asks of each database (its TextMatch), and `optimise()` for
after a rebuild.

The SQL is assembled from constant table names and "%s" placeholders only; the words travel as
parameters (hence the file-wide S608 exemption).
"""
# ruff: noqa: S608

import numpy as np
from django.db import connection

from ..analysis import TermGroup
from ..models import IndexedService

SERVICE = IndexedService._meta.db_table
RANK_WEIGHTS = "'{0.1, 0.2, 0.4, 1.0}'"  # ts_rank_cd's weights for the D, C, B and A labels


class TextMatch:
    """The words as one tsquery: each word or any of its synonyms (as a phrase), the last word
    also as a prefix; all of the words, or with any_word any of them."""

    def __init__(self, groups: list[TermGroup], any_word: bool):
        parts, self.params = [], []
        for group in groups:
            options = []
            for alt in group.alternatives:
                options.append("phraseto_tsquery('english', %s)")
                self.params.append(" ".join(alt))
            if group.prefix:
                options.append("to_tsquery('english', %s)")
                self.params.append(f"{group.word}:*")
            parts.append("(" + " || ".join(options) + ")")
        self.expression = "(" + (" || " if any_word else " && ").join(parts) + ")"
        self._short_scores: list[tuple[int, float]] | None = None

    def ids(self) -> np.ndarray:
        """One pass over the matches gives both the ids and the short-field scores: phrase
        matches ("speech and language therapy") make PostgreSQL re-read each candidate row, so
        a second statement for the scores would pay that twice."""
        expression = self.expression
        rows = _rows(
            f"SELECT id, CASE WHEN short_vector @@ {expression} THEN "
            f"ts_rank_cd({RANK_WEIGHTS}, short_vector, {expression}) END "
            f"FROM {SERVICE} WHERE search_vector @@ {expression}",
            self.params * 3,
        )
        self._short_scores = [row for row in rows if row[1] is not None]
        return np.array([row[0] for row in rows], dtype=np.int64)

    def short_field_scores(self) -> list[tuple[int, float]]:
        if self._short_scores is None:
            self.ids()
        return self._short_scores

    def all_text_scores(self) -> list[tuple[int, float]]:
        return _rows(
            f"SELECT id, ts_rank_cd({RANK_WEIGHTS}, search_vector, {self.expression}) "
            f"FROM {SERVICE} WHERE search_vector @@ {self.expression}",
            self.params * 2,
        )

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


def optimise() -> None:
    """Nothing to do after a rebuild here (SQLite merges its FTS5 segments at this point)."""


def _rows(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()
