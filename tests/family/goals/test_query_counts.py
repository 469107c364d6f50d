"""A child's goals pages cost a fixed number of queries, however many goals and ratings."""

import re
from datetime import date, timedelta

import pytest

from portal.family.goals.models import GoalRating
from portal.family.goals.views import PER_PAGE
from tests.family.helpers import make_child, make_parent

from .helpers import make_goal

pytestmark = pytest.mark.django_db
GOALS, RATINGS_PER_GOAL = 50, 10
# Session, user, the child with the policy's answer, goals, ratings, plus the site shell's few.
MOST_QUERIES = 12


def goals_with_ratings(child, parent, goals=GOALS, per_goal=RATINGS_PER_GOAL):
    made = []
    for number in range(goals):
        scale = "gas" if number % 2 else "copm"
        goal = make_goal(child, parent, scale=scale, wording=f"Goal number {number}",
                         **({"status": "paused"} if number % 7 == 0 else {}))
        made.append(goal)
        GoalRating.objects.bulk_create([
            GoalRating(
                goal=goal, rated_on=date(2026, 1, 5) + timedelta(days=14 * step),
                rated_by=parent, rated_by_name="Sam", rated_by_role="Parent",
                **({"level": min(-2 + step // 2, 2)} if scale == "gas"
                   else {"performance": 1 + step % 10, "satisfaction": 2 + step % 9}),
            )
            for step in range(per_goal)
        ])
    return made


@pytest.fixture
def big_record(client):
    parent = make_parent()
    child = make_child(parent)
    goals = goals_with_ratings(child, parent)
    client.force_login(parent)
    client.get("/")  # the site shell is built once per content version, not per page
    return child, goals


def test_the_goals_list_with_50_goals_and_500_ratings_costs_a_fixed_few_queries(
    client, big_record, django_assert_max_num_queries
):
    child, _ = big_record
    assert GoalRating.objects.filter(goal__child=child).count() == 500

    with django_assert_max_num_queries(MOST_QUERIES):
        response = client.get(f"/family/children/{child.pk}/goals/")

    assert response.status_code == 200
    assert response.text.count('<li class="govuk-!-margin-bottom-6">') == PER_PAGE
    assert 'aria-label="Pages of goals"' in response.text


def test_page_3_of_the_goals_list_costs_the_same_and_holds_the_last_goals(
    client, big_record, django_assert_max_num_queries
):
    child, goals = big_record

    with django_assert_max_num_queries(MOST_QUERIES):
        response = client.get(f"/family/children/{child.pk}/goals/?page=3")

    # 50 goals at 20 a page: page 3 has the last 10, active first, then the paused ones
    assert response.text.count('<li class="govuk-!-margin-bottom-6">') == GOALS - 2 * PER_PAGE
    assert "Paused goals" in response.text
    assert "There are no active goals." not in response.text  # they are on earlier pages
    paused = [goal for goal in goals if goal.status == "paused"]
    assert all(f">{goal.wording}</a>" in response.text for goal in paused)


def test_page_2_of_the_goals_list_continues_from_page_1(client, big_record):
    child, goals = big_record

    first = client.get(f"/family/children/{child.pk}/goals/").text
    second = client.get(f"/family/children/{child.pk}/goals/?page=2").text

    active = [goal for goal in goals if goal.status == "active"]
    assert all(f">{goal.wording}</a>" in first for goal in active[:PER_PAGE])
    assert all(f">{goal.wording}</a>" in second for goal in active[PER_PAGE:2 * PER_PAGE])
    assert not any(f">{goal.wording}</a>" in second for goal in active[:PER_PAGE])
    assert 'href="?page=1"' in second and 'href="?page=3"' in second


def test_a_goal_page_costs_the_same_with_many_ratings(
    client, big_record, django_assert_max_num_queries
):
    child, goals = big_record

    with django_assert_max_num_queries(MOST_QUERIES):
        response = client.get(f"/family/children/{child.pk}/goals/{goals[0].pk}/")

    assert response.text.count('class="progress-chart__point"') == 2 * RATINGS_PER_GOAL


def test_the_saved_services_list_costs_a_fixed_few_queries(
    client, big_record, django_assert_max_num_queries
):
    from portal.family.goals.models import SavedService

    child, _ = big_record
    SavedService.objects.bulk_create([
        SavedService(child=child, service_id=100_000 + n, service_name=f"Service {n}")
        for n in range(30)
    ])

    with django_assert_max_num_queries(MOST_QUERIES):
        response = client.get(f"/family/children/{child.pk}/saved/")

    assert response.text.count("No longer listed") == PER_PAGE
    assert 'aria-label="Pages of saved services"' in response.text
    with django_assert_max_num_queries(MOST_QUERIES):
        second = client.get(f"/family/children/{child.pk}/saved/?page=2")
    assert second.text.count("No longer listed") == 30 - PER_PAGE
    names = set(re.findall(r"Service \d+", response.text + second.text))
    assert len(names) == 30  # every saved service is on one page or the other
    past_the_end = client.get(f"/family/children/{child.pk}/saved/?page=9").text
    not_a_number = client.get(f"/family/children/{child.pk}/saved/?page=two").text
    assert past_the_end.count("No longer listed") == 30 - PER_PAGE  # the last page
    assert not_a_number.count("No longer listed") == PER_PAGE  # the first page
