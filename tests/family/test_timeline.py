"""timeline.py: sources from every family app, newest first, cut to the page's length."""

from datetime import UTC, datetime, timedelta

import pytest

from portal.family import timeline
from portal.family.timeline import TimelineEntry

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db


@pytest.fixture
def extra_source():
    start = datetime(2026, 1, 1, tzinfo=UTC)

    def thirty_entries(child):
        return [TimelineEntry(start + timedelta(days=n), f"Entry {n}", "") for n in range(30)]

    timeline.register_timeline_source(thirty_entries)
    yield
    timeline._sources.pop(f"{thirty_entries.__module__}.{thirty_entries.__qualname__}")


def test_entries_are_newest_first_and_cut_to_the_limit(extra_source):
    child = make_child(make_parent())
    entries = timeline.entries_for(child)
    assert len(entries) == timeline.TIMELINE_LENGTH == 20
    assert entries == sorted(entries, key=lambda e: e.when, reverse=True)
    # The record was started now, so it is the newest of all.
    assert entries[0].title == "Amara's record was started"
    assert entries[1].title == "Entry 29"


def test_registering_the_same_source_twice_counts_it_once(extra_source):
    before = len(timeline.registered_sources())
    for source in timeline.registered_sources():
        timeline.register_timeline_source(source)
    assert len(timeline.registered_sources()) == before
