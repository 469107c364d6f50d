"""The record's timeline: everything added to a child's record, newest first.

Each app registers a source in its AppConfig.ready():

    from portal.family.timeline import TimelineEntry, register_timeline_source

    def goal_entries(child) -> list[TimelineEntry]:
        ...  # the app's own newest TIMELINE_LENGTH entries at most, in one or two queries

    register_timeline_source(goal_entries)

The record page shows the newest TIMELINE_LENGTH entries of all sources together. A source
that returns more than that only costs time: anything older is cut off here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

TIMELINE_LENGTH = 20


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime
    title: str
    detail: str = ""
    url: str | None = None


TimelineSource = Callable[[object], list[TimelineEntry]]
_sources: dict[str, TimelineSource] = {}


def register_timeline_source(fn: TimelineSource) -> TimelineSource:
    """Add a source (registering the same function again replaces it). Usable as a decorator."""
    _sources[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return fn


def registered_sources() -> list[TimelineSource]:
    return list(_sources.values())


def entries_for(child, limit: int = TIMELINE_LENGTH) -> list[TimelineEntry]:
    entries = [entry for source in _sources.values() for entry in source(child)]
    entries.sort(key=lambda entry: entry.when, reverse=True)
    return entries[:limit]
