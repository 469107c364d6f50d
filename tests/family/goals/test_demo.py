"""The demo's goals: six months of COPM and GAS ratings for the demo parent's child with the
EHC plan, and saved services; loading it again changes nothing."""

import io

import pytest

from portal.family.goals import demo
from portal.family.goals.models import Goal, GoalRating, SavedService
from tests.family.helpers import make_child, make_parent
from tests.local_offer.page_support import build_page_tree

pytestmark = pytest.mark.django_db


def test_the_demo_child_gets_goals_with_six_months_of_ratings_and_saved_services(client):
    build_page_tree()  # a published "Autism-friendly swimming"
    parent = make_parent(email=demo.PARENT, display_name="Sam Okafor")
    co_parent = make_parent(email=demo.CO_PARENT, display_name="Tunde Okafor")
    child = make_child(parent, co_parent, first_name="Ada")

    demo.seed(io.StringIO())
    demo.seed(io.StringIO())

    goals = Goal.objects.filter(child=child)
    assert {goal.scale for goal in goals} == {"copm", "gas"}
    assert goals.count() == len(demo.GOALS)
    ratings = GoalRating.objects.filter(goal__child=child)
    assert ratings.count() == sum(len(spec.ratings) for spec in demo.GOALS)
    span = max(r.rated_on for r in ratings) - min(r.rated_on for r in ratings)
    assert span.days >= 170
    assert {r.rated_by_name for r in ratings} == {"Sam Okafor", "Tunde Okafor"}
    assert list(SavedService.objects.filter(child=child).values_list("service_name", flat=True)) \
        == ["Autism-friendly swimming"]
    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/goals/").text
    assert "Meaningful change" in page and "Expected outcome reached" in page


def test_without_the_demo_family_it_adds_nothing_and_says_so():
    out = io.StringIO()

    demo.seed(out)

    assert "no demo child" in out.getvalue()
    assert not Goal.objects.exists()
