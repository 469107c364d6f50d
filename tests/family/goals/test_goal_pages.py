"""Setting goals, rating them and changing their status, as a parent does it through the pages:
plain-English errors, nothing saved is lost on a bad input, and nothing is ever deleted."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.goals.models import Goal, GoalRating, GoalStatusChange
from tests.factories import make_user
from tests.family.helpers import make_child, make_parent

from .helpers import GAS_WORDS, make_goal, rate

pytestmark = pytest.mark.django_db


@pytest.fixture
def family(client):
    parent = make_parent(display_name="Sam Okafor")
    young_person = make_user(Role.YOUNG_PERSON, display_name="Amara Okafor")
    child = make_child(parent, young_person=young_person)
    client.force_login(parent)
    return child, parent, young_person


def goals_url(child):
    return f"/family/children/{child.pk}/goals/"


def goal_url(goal):
    return f"/family/children/{goal.child_id}/goals/{goal.pk}/"


def on(day_month_year: str) -> dict:
    """The rating date as the three GOV.UK boxes post it: "2 3 2026" is 2 March 2026."""
    parts = day_month_year.split(" ")
    return {f"rated_on_{i}": part for i, part in enumerate(parts)}


def test_a_parent_adds_a_copm_goal(client, family):
    child, parent, _ = family

    response = client.post(goals_url(child) + "new/", {
        "wording": "Get dressed for school on my own", "adulthood_area": "independent_living",
        "ehc_outcome": "Amara will dress herself by the end of Year 4", "scale": "copm",
        "importance": "8",
    })

    goal = Goal.objects.get(child=child)
    assert response["Location"] == goal_url(goal)
    assert (goal.scale, goal.importance, goal.status) == ("copm", 8, "active")
    assert goal.get_adulthood_area_display() == "Independent living"
    assert goal.created_by == parent


def test_a_parent_adds_a_gas_goal_with_their_own_words_for_each_level(client, family):
    child, _, _ = family
    words = dict(zip(["gas_minus_2", "gas_minus_1", "gas_expected", "gas_plus_1", "gas_plus_2"],
                     GAS_WORDS, strict=True))

    client.post(goals_url(child) + "new/", {"wording": "Order a drink in a café", "scale": "gas",
                                            **words})

    goal = Goal.objects.get(child=child)
    assert goal.gas_words == dict(zip([-2, -1, 0, 1, 2], GAS_WORDS, strict=True))
    assert goal.importance is None


def test_a_goal_needs_its_wording_its_scale_and_the_scales_details(client, family):
    child, _, _ = family

    empty = client.post(goals_url(child) + "new/", {})
    copm = client.post(goals_url(child) + "new/", {"wording": "Swim", "scale": "copm",
                                                   "importance": "11"})
    gas = client.post(goals_url(child) + "new/", {"wording": "Swim", "scale": "gas",
                                                  "gas_minus_2": "Stays out of the water"})

    assert "Enter what the goal is" in empty.text
    assert "Choose how you will rate the goal" in empty.text
    assert "Enter how important the goal is as a whole number from 1 to 10" in copm.text
    assert "Describe level 0 in your own words" in gas.text
    assert "Describe level -2 in your own words" not in gas.text
    assert "Swim</textarea>" in gas.text  # what they typed is kept
    assert Goal.objects.count() == 0


def test_a_copm_rating_is_saved_with_who_rated_it_and_their_role(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)

    response = client.post(goal_url(goal) + "ratings/new/", {
        **on("2 3 2026"), "performance": "3", "satisfaction": "4",
        "comment": "Needed help with buttons",
    })

    assert response.status_code == 302
    rating = GoalRating.objects.get(goal=goal)
    assert (rating.rated_on, rating.performance, rating.satisfaction) == (date(2026, 3, 2), 3, 4)
    assert (rating.rated_by_name, rating.rated_by_role) == ("Sam Okafor", "Parent")
    page = client.get(goal_url(goal)).text
    assert "Sam Okafor (Parent)" in page
    assert "Needed help with buttons" in page


def test_the_young_person_rates_as_themself(client, family):
    child, parent, young_person = family
    goal = make_goal(child, parent, scale="gas")
    client.force_login(young_person)

    client.post(goal_url(goal) + "ratings/new/", {**on("2 3 2026"), "level": "-1"})

    rating = GoalRating.objects.get(goal=goal)
    assert (rating.level, rating.performance, rating.rated_by_role) == (-1, None, "Young person")


@pytest.mark.parametrize(
    ("posted", "message"),
    [
        ({**on("  "), "performance": "4", "satisfaction": "4"}, "Enter the date of the rating"),
        ({**on("30 2 2026"), "performance": "4", "satisfaction": "4"},
         "Date of the rating must be a real date, like 27 3 2026"),
        ({**on("2 3 "), "performance": "4", "satisfaction": "4"},
         "Date of the rating must include a year"),
        ({**on("FUTURE"), "performance": "4", "satisfaction": "4"},
         "Date of the rating must be today or in the past"),
        ({**on("2 3 2026"), "performance": "0", "satisfaction": "4"},
         "Enter how well it goes as a whole number from 1 to 10"),
        ({**on("2 3 2026"), "performance": "4", "satisfaction": "lots"},
         "Enter how happy you are as a whole number from 1 to 10"),
        ({**on("2 3 2026"), "performance": "4"},
         "Enter how happy you are as a whole number from 1 to 10"),
    ],
)
def test_a_bad_rating_says_what_to_fix_and_loses_nothing_already_saved(
    client, family, posted, message
):
    child, parent, _ = family
    goal = make_goal(child, parent)
    earlier = rate(goal, parent, date(2026, 1, 5), performance=2, satisfaction=3, comment="First")
    if posted["rated_on_0"] == "FUTURE":
        tomorrow = timezone.localdate() + timedelta(days=1)
        posted = {**posted, **on(f"{tomorrow.day} {tomorrow.month} {tomorrow.year}")}

    response = client.post(goal_url(goal) + "ratings/new/", {**posted, "comment": "Typed a lot"})

    assert response.status_code == 200
    assert message in response.text
    assert "There is a problem" in response.text
    assert "Typed a lot" in response.text  # what they typed is still in the form
    assert list(GoalRating.objects.filter(goal=goal)) == [earlier]
    earlier.refresh_from_db()
    assert (earlier.performance, earlier.satisfaction, earlier.comment) == (2, 3, "First")


def test_the_rating_date_is_three_boxes_filled_with_today_and_kept_after_an_error(
    client, family
):
    child, parent, _ = family
    goal = make_goal(child, parent)
    today = timezone.localdate()

    blank = client.get(goal_url(goal) + "ratings/new/").text
    bad = client.post(goal_url(goal) + "ratings/new/", {**on("31 4 2026"), "performance": "4",
                                                       "satisfaction": "4"}).text

    assert 'type="date"' not in blank
    assert 'class="govuk-date-input"' in blank
    assert f'name="rated_on_0" type="text" inputmode="numeric" value="{today.day}"' in blank
    assert f'name="rated_on_2" type="text" inputmode="numeric" value="{today.year}"' in blank
    assert 'name="rated_on_0" type="text" inputmode="numeric" value="31"' in bad
    assert 'name="rated_on_1" type="text" inputmode="numeric" value="4"' in bad
    assert 'href="#id_rated_on"' in bad  # the error summary leads to the boxes


def test_a_gas_rating_must_be_one_of_the_five_levels(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent, scale="gas")

    missing = client.post(goal_url(goal) + "ratings/new/", {**on("2 3 2026")})
    wrong = client.post(goal_url(goal) + "ratings/new/", {**on("2 3 2026"), "level": "3"})

    assert "Choose the level that best describes things now" in missing.text
    assert "Choose one of the five levels" in wrong.text
    assert GoalRating.objects.count() == 0


def test_the_rating_form_offers_the_familys_own_words_for_each_level(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent, scale="gas")

    page = client.get(goal_url(goal) + "ratings/new/").text

    assert "+1: Orders a drink in words" in page
    assert "-2: Needs a grown-up beside them to order" in page


def test_the_goal_page_shows_the_chart_the_table_and_the_summary(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)
    rate(goal, parent, date(2026, 3, 2), performance=3, satisfaction=4)
    rate(goal, parent, date(2026, 6, 1), performance=6, satisfaction=5)

    page = client.get(goal_url(goal)).text

    assert f'aria-labelledby="chart-{goal.pk}-title chart-{goal.pk}-desc"' in page
    assert "Performance went from 3 to 6 since March: a meaningful change." in page
    assert "Meaningful change" in page  # the highlight, in words
    assert ">Ratings</caption>" in page
    assert page.count('class="progress-chart__point"') == 4


def test_a_goal_without_ratings_has_an_empty_state_and_no_chart(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)

    page = client.get(goal_url(goal)).text

    assert "No ratings yet. Add the first rating to start the chart." in page
    assert "<svg" not in page
    assert "Add a rating" in page


def test_changing_status_keeps_the_goal_and_records_when_and_who(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)
    rate(goal, parent, performance=3, satisfaction=3)

    client.post(goal_url(goal) + "status/", {"status": "stopped", "reason": "Not the priority"})
    client.post(goal_url(goal) + "status/", {"status": "active"})

    goal.refresh_from_db()
    assert goal.status == "active"
    assert GoalRating.objects.filter(goal=goal).count() == 1
    changes = list(GoalStatusChange.objects.filter(goal=goal).values_list(
        "from_status", "to_status", "changed_by_name", "reason"))
    assert changes == [("active", "stopped", "Sam Okafor", "Not the priority"),
                       ("stopped", "active", "Sam Okafor", "")]
    assert "Stopped on" in client.get(goal_url(goal)).text


def test_the_status_form_refuses_the_status_the_goal_already_has(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)

    response = client.post(goal_url(goal) + "status/", {"status": "active"})

    assert "Choose a status the goal does not already have" in response.text
    assert GoalStatusChange.objects.count() == 0


def test_editing_the_wording_keeps_the_scale_and_ratings(client, family):
    child, parent, _ = family
    goal = make_goal(child, parent)
    rate(goal, parent, performance=3, satisfaction=3)

    bad = client.post(goal_url(goal) + "edit/", {"wording": ""})
    client.post(goal_url(goal) + "edit/", {"wording": "Get dressed, shoes too"})

    assert "Enter what the goal is" in bad.text
    goal.refresh_from_db()
    assert (goal.wording, goal.scale, goal.ratings.count()) == ("Get dressed, shoes too", "copm", 1)


def test_the_goals_list_puts_active_goals_first_and_groups_the_rest(client, family):
    child, parent, _ = family
    make_goal(child, parent, wording="Stopped one", status="stopped")
    make_goal(child, parent, wording="Achieved one", status="achieved")
    make_goal(child, parent, wording="Active one")
    make_goal(child, parent, wording="Paused one", status="paused")

    page = client.get(goals_url(child)).text

    order = [page.index(text) for text in (
        "Active goals", "Active one", "Achieved goals", "Achieved one", "Paused goals",
        "Paused one", "Stopped goals", "Stopped one",
    )]
    assert order == sorted(order)


def test_a_goal_cannot_hold_both_scales():
    from django.db import IntegrityError, transaction

    parent = make_parent()
    child = make_child(parent)
    with transaction.atomic(), pytest.raises(IntegrityError):
        Goal.objects.create(child=child, wording="x", scale="gas", importance=5,
                            gas_minus_2="a", gas_minus_1="b", gas_expected="c", gas_plus_1="d",
                            gas_plus_2="e")
