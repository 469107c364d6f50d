"""The database backend's filter columns, held in memory: one copy per version of the index.

Counting every facet value over thousands of matches is what made a new search slow in SQL
(about 130 ms at 50,000 services). Held as numpy arrays, the same counts take about a
millisecond: each filter becomes a true/false array over the services, a facet count is how
many of one value's services are still true. The words themselves are still matched by the
database (FTS5 or tsvector), which hands back ids; the copy turns them into positions here.

The copy is tied to the token in search_indexstate, which every change to the index rewrites in
its own transaction. A search reads the token (one small query) and reloads the copy when it
has moved on, so every process sees a change as soon as it is committed, and a rolled-back
change leaves nothing behind. Loading takes about 0.14 s at 50,000 services and 6 ms at a
real council's 2,000 (SQLite); docs/benchmarks.md has the figures.

The SQL here names tables from model metadata only; no value a family typed reaches it.
"""
# ruff: noqa: S608

import math
import secrets
import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from django.db import connection

from portal import ages

from .. import ranking
from ..limits import AGE_BANDS
from ..models import (
    IndexedFacet,
    IndexedLocation,
    IndexedOpeningTime,
    IndexedService,
    IndexState,
)

SERVICE = IndexedService._meta.db_table
FACET = IndexedFacet._meta.db_table
LOCATION = IndexedLocation._meta.db_table
HOURS = IndexedOpeningTime._meta.db_table
STATE = IndexState._meta.db_table
OPEN_AGE_TOP = 10**6  # a service with no upper age limit: older than any age asked about
MILES_PER_DEGREE = 69.0934  # great-circle miles per degree of latitude
NOWHERE = np.empty(0, dtype=np.int32)


@dataclass(frozen=True)
class IndexSnapshot:
    """Every listed service as a position 0..size-1 (ascending id), and its filter columns."""

    key: tuple
    ids: np.ndarray  # int64, ascending: the IndexedService id at each position
    position_of_id: np.ndarray  # int32, indexed by id: its position, or -1
    name_rank: np.ndarray  # int32 per position: place in A to Z order (sort_name, then id)
    by_name: np.ndarray  # int32 positions in A to Z order
    cost: np.ndarray  # int8 per position: index into cost_types
    cost_types: tuple[str, ...]
    personal_budget: np.ndarray  # bool per position
    holidays: np.ndarray  # bool per position
    min_age: np.ndarray  # int32 months per position; -1 when there is no lower limit
    max_age: np.ndarray  # int32 months per position; OPEN_AGE_TOP when there is no upper limit
    # The ages its words state, when its fields state none (for ranking only): -1 and
    # OPEN_AGE_TOP for an open side or no statement; states_ages says which have one.
    stated_min_age: np.ndarray
    stated_max_age: np.ndarray
    states_ages: np.ndarray  # bool per position
    facets: dict[str, dict[str, np.ndarray]]  # "need" -> "ASD" -> positions (int32)
    location_position: np.ndarray  # int32 per location with a point
    latitude: np.ndarray  # float64 per location
    longitude: np.ndarray
    hour_position: np.ndarray  # int32 per opening slot
    hour_starts: np.ndarray  # minutes of the week
    hour_ends: np.ndarray

    @property
    def size(self) -> int:
        return len(self.ids)

    def everything(self) -> np.ndarray:
        return np.ones(self.size, dtype=bool)

    def mask_at(self, positions: np.ndarray) -> np.ndarray:
        """True at these positions, false everywhere else."""
        mask = np.zeros(self.size, dtype=bool)
        mask[positions] = True
        return mask

    def mask_of_ids(self, ids: np.ndarray) -> np.ndarray:
        """True at the position of each id; ids this copy does not know (written after it was
        loaded, so a newer copy will have them) are left out."""
        return self.mask_at(self.positions_of_ids(ids))

    def positions_of_ids(self, ids: np.ndarray) -> np.ndarray:
        positions = self.lookup(ids)
        return positions[positions >= 0]

    def lookup(self, ids: np.ndarray) -> np.ndarray:
        """The position of each id, -1 where the copy does not know it (keeps arrays that run
        alongside the ids, such as scores, aligned)."""
        return _lookup(self.position_of_id, ids)

    def mask_of_values(self, facet: str, values) -> np.ndarray:
        mask = np.zeros(self.size, dtype=bool)
        known = self.facets.get(facet, {})
        for value in values:
            mask[known.get(value, NOWHERE)] = True
        return mask

    def ages_overlap(self, low_months: int, high_months: int) -> np.ndarray:
        """The service's age range (open-ended when unset) overlaps low..high months."""
        return (self.min_age <= high_months) & (self.max_age >= low_months)

    def stated_ages_against(
        self, low_months: int, high_months: int
    ) -> tuple[np.ndarray, np.ndarray]:
        """(fits, rules out) per position: the words state ages that lie within the range or
        reach its middle (search.ranking.fits_stated_ages), or share none of it."""
        stated_min, stated_max = self.stated_min_age, self.stated_max_age
        overlap = (stated_min <= high_months) & (stated_max >= low_months)
        middle = ranking.middle_month(low_months, high_months)
        inside = (stated_min >= low_months) & (stated_max <= high_months)
        reaches_middle = (stated_min <= middle) & (stated_max >= middle)
        return self.states_ages & (inside | reaches_middle), self.states_ages & ~overlap

    def stated_from(self, months: int) -> np.ndarray:
        """Per position: the words state ages that start at `months` or older."""
        return self.states_ages & (self.stated_min_age >= months)

    def open_at(self, minute_of_week: int) -> np.ndarray:
        open_now = (self.hour_starts <= minute_of_week) & (self.hour_ends > minute_of_week)
        return self.mask_at(self.hour_position[open_now])

    def squared_miles_from(self, latitude: float, longitude: float, radius: float) -> np.ndarray:
        """Per service, the squared distance in miles to its nearest location within the
        radius, or infinity. Flat earth scaled at the search point: within 0.5% of the great
        circle at 50 miles in Britain, the rule the SQL version used before."""
        lon_scale = MILES_PER_DEGREE * math.cos(math.radians(latitude))
        d2 = ((self.latitude - latitude) * MILES_PER_DEGREE) ** 2 + (
            (self.longitude - longitude) * lon_scale
        ) ** 2
        inside = d2 <= radius * radius
        nearest = np.full(self.size, np.inf)
        np.minimum.at(nearest, self.location_position[inside], d2[inside])
        return nearest

    @cached_property
    def age_bands(self) -> list[tuple[str, np.ndarray]]:
        """The age facet's bands (limits.AGE_BANDS) as true/false arrays, made once per copy."""
        return [
            (code, self.ages_overlap(*ages.months_of(low, high)))
            for code, _label, low, high in AGE_BANDS
        ]


# -- the token ------------------------------------------------------------------------------


def mark_changed() -> None:
    """Call inside the transaction that changes the index: the new token commits with it."""
    token = secrets.randbits(62)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {STATE} SET token = %s WHERE id = 1", [token])
        if cursor.rowcount == 0:
            cursor.execute(f"INSERT INTO {STATE} (id, token) VALUES (1, %s)", [token])


def current_token() -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT token FROM {STATE} WHERE id = 1")
        row = cursor.fetchone()
    return int(row[0]) if row else 0


# -- the copy in this process -----------------------------------------------------------------

_lock = threading.Lock()
_held: IndexSnapshot | None = None


def current() -> IndexSnapshot:
    """The copy for the index as this connection sees it now, loading it if it has changed."""
    global _held
    key = (connection.alias, connection.settings_dict.get("NAME"), current_token())
    held = _held
    if held is not None and held.key == key:
        return held
    with _lock:
        if _held is None or _held.key != key:
            _held = load(key)
        return _held


def forget() -> None:
    """Drop the copy (tests that swap databases under a running process)."""
    global _held
    with _lock:
        _held = None


def load(key: tuple) -> IndexSnapshot:
    """Read the copy with a handful of statements, each column as one joined string: 50,000
    services as Python rows would take most of a second; this way about 0.1 s."""
    with connection.cursor() as cursor:
        # One statement: the columns come back aligned, in whatever order the rows are read.
        ids, min_age, max_age, stated_min, stated_max, states = _columns(
            cursor,
            ["id", "coalesce(min_age_months, -1)", f"coalesce(max_age_months, {OPEN_AGE_TOP})",
             "coalesce(stated_min_age_months, -1)",
             f"coalesce(stated_max_age_months, {OPEN_AGE_TOP})",
             "CASE WHEN stated_min_age_months IS NULL AND stated_max_age_months IS NULL "
             "THEN 0 ELSE 1 END"],
            SERVICE,
        )
        # A to Z in the database's own collation, as browsing always was. Row by row: an
        # aggregate over an ordered subquery need not keep the order.
        cursor.execute(f"SELECT id FROM {SERVICE} ORDER BY sort_name, id")
        by_name = np.fromiter((row[0] for row in cursor.fetchall()), dtype=np.int64)
        cost_rows = _groups(cursor, f"SELECT cost_type, {{}} FROM {SERVICE} GROUP BY cost_type")
        budget = _column(cursor, f"SELECT id FROM {SERVICE} WHERE accepts_personal_budget", "id")
        holidays = _column(cursor, f"SELECT id FROM {SERVICE} WHERE runs_in_school_holidays", "id")
        facet_rows = _groups(
            cursor, f"SELECT facet || ':' || value, {{}} FROM {FACET} GROUP BY facet, value",
            "service_id",
        )
        located, latitude, longitude = _columns(
            cursor, ["service_id", "latitude", "longitude"],
            f"{LOCATION} WHERE latitude IS NOT NULL AND longitude IS NOT NULL",
        )
        hour_ids, starts, ends = _columns(cursor, ["service_id", "starts", "ends"], HOURS)

    order = np.argsort(ids, kind="stable")
    ids = ids.astype(np.int64)[order]
    size = len(ids)
    position_of_id = np.full(int(ids[-1]) + 1 if size else 0, -1, dtype=np.int32)
    position_of_id[ids] = np.arange(size, dtype=np.int32)

    def positions(service_ids: np.ndarray) -> np.ndarray:
        found = _lookup(position_of_id, service_ids)
        return found[found >= 0]

    def mask(service_ids: np.ndarray) -> np.ndarray:
        result = np.zeros(size, dtype=bool)
        result[positions(service_ids)] = True
        return result

    cost_types = tuple(sorted(cost_rows))
    cost = np.zeros(size, dtype=np.int8)
    for code, value in enumerate(cost_types):
        cost[positions(cost_rows[value])] = code
    name_order = positions(by_name).astype(np.int32)
    name_rank = np.empty(size, dtype=np.int32)
    name_rank[name_order] = np.arange(len(name_order), dtype=np.int32)
    facets: dict[str, dict[str, np.ndarray]] = {}
    for label, service_ids in facet_rows.items():
        facet, value = label.split(":", 1)
        facets.setdefault(facet, {})[value] = positions(service_ids)
    where = _lookup(position_of_id, located)
    keep = where >= 0
    hour_where = _lookup(position_of_id, hour_ids)
    hour_keep = hour_where >= 0
    return IndexSnapshot(
        key=key,
        ids=ids,
        position_of_id=position_of_id,
        name_rank=name_rank,
        by_name=name_order,
        cost=cost,
        cost_types=cost_types,
        personal_budget=mask(budget),
        holidays=mask(holidays),
        min_age=min_age.astype(np.int32)[order],
        max_age=max_age.astype(np.int32)[order],
        stated_min_age=stated_min.astype(np.int32)[order],
        stated_max_age=stated_max.astype(np.int32)[order],
        states_ages=states.astype(bool)[order],
        facets=facets,
        location_position=where[keep],
        latitude=latitude[keep],
        longitude=longitude[keep],
        hour_position=hour_where[hour_keep],
        hour_starts=starts.astype(np.int32)[hour_keep],
        hour_ends=ends.astype(np.int32)[hour_keep],
    )


def _joined(expression: str) -> str:
    """SQL that joins a column's values into one comma-separated string."""
    if connection.vendor == "postgresql":
        return f"string_agg(({expression})::text, ',')"
    return f"group_concat({expression})"


def numbers(joined: str | None, dtype=np.float64) -> np.ndarray:
    """A comma-separated string from group_concat / string_agg as an array (None: empty)."""
    if not joined:
        return np.empty(0, dtype=dtype)
    return np.fromstring(joined, dtype=dtype, sep=",")  # text mode: not deprecated


def _columns(cursor, expressions: list[str], source: str) -> list[np.ndarray]:
    cursor.execute(f"SELECT {', '.join(_joined(e) for e in expressions)} FROM {source}")
    row = cursor.fetchone()
    return [numbers(joined) for joined in row]


def _column(cursor, sql: str, column: str) -> np.ndarray:
    cursor.execute(f"SELECT {_joined(column)} FROM ({sql}) q")
    return numbers(cursor.fetchone()[0], np.int64)


def _groups(cursor, sql: str, column: str = "id") -> dict[str, np.ndarray]:
    """{label: ids} from a "SELECT label, {} ... GROUP BY" query ({} becomes the joined ids)."""
    cursor.execute(sql.format(_joined(column)))
    return {label: numbers(joined, np.int64) for label, joined in cursor.fetchall()}


def _lookup(position_of_id: np.ndarray, service_ids) -> np.ndarray:
    """Positions for ids, -1 for any id not in the copy (a row written between two of the
    loading statements belongs to the next copy)."""
    ids = np.array(service_ids, dtype=np.int64)
    known = (ids >= 0) & (ids < len(position_of_id))
    found = np.full(len(ids), -1, dtype=np.int32)
    found[known] = position_of_id[ids[known]]
    return found
