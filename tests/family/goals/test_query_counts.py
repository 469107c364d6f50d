"""A child's goals pages cost a fixed number of queries, however many goals and ratings."""

from datetime import date, timedelta

import pytest

from portal.family.goals.models import GoalRating
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
    assert response.text.count('<li class="govuk-!-margin-bottom-6">') == GOALS


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

    assert response.text.count("No longer listed") == 30
