"""Goals on the record's timeline: added, rated, status changed, newest first, linked."""

from datetime import date

import pytest

from portal.family import timeline
from portal.family.goals import goal_records
from portal.family.goals.timeline_source import goal_entries
from tests.family.helpers import make_child, make_parent

from .helpers import make_goal, rate

pytestmark = pytest.mark.django_db


def test_the_source_is_registered_when_the_app_starts():
    assert goal_entries in timeline.registered_sources()


def test_goals_ratings_and_status_changes_reach_the_record_page(client):
    parent = make_parent(display_name="Sam Okafor")
    child = make_child(parent)
    goal = make_goal(child, parent, wording="Swim a width")
    rate(goal, parent, date(2026, 3, 2), performance=3, satisfaction=4)
    goal_records.change_status(goal, parent, "achieved")

    entries = timeline.entries_for(child)
    ours = [(e.title, e.detail) for e in entries if e.url and "/goals/" in e.url]

    assert ours == [
        ("Goal achieved", "Swim a width"),
        ("Goal rated", "Swim a width: performance 3, satisfaction 4 (by Sam Okafor)"),
        ("Goal added", "Swim a width"),
    ]
    client.force_login(parent)
    assert "Goal rated" in client.get(f"/family/children/{child.pk}/").text


def test_another_childs_goals_stay_off_this_timeline():
    parent = make_parent()
    child, sibling = make_child(parent), make_child(parent, first_name="Noor")
    make_goal(sibling, parent, wording="Noor's goal")

    assert goal_entries(child) == []
