"""A parent adds a goal for their child, rates it twice (the second time by keyboard alone),
and sees the chart, the table and the words saying what changed; then saves a Local Offer
service from its page and finds it on the child's list. axe-core finds nothing to fix on any
page of the way."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .axe import assert_no_axe_violations
from .browser import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def parent_with_child(make_user):
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org", display_name="Sam Okafor")
    return parent, make_child(parent, first_name="Ada")


@pytest.fixture
def swimming(site_pages):
    from local_offer import search_index
    from search import api as search_api
    from tests.search.service_pages import local_offer_tree, publish_service

    with search_index.paused():
        service = publish_service(local_offer_tree(), "Quiet Autism Swimming", needs=["ASD"])
    search_api.rebuild_from_sources()
    return service


def tab_to(page, name: str, most: int = 80) -> None:
    """Press Tab until the focused element's text is `name`, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => document.activeElement.innerText || ''")
        if focused.strip() == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def tab_to_field(page, name: str, most: int = 80) -> None:
    """Press Tab until the form field called `name` has the focus."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name || ''") == name:
            return
    raise AssertionError(f"Tab never reached the field {name!r}")


def test_a_parent_adds_a_goal_rates_it_twice_and_sees_the_chart_and_table(
    axe_page, parent_with_child
):
    page = axe_page
    parent, child = parent_with_child
    sign_in(page, parent.email)

    # Given the child's goals, none yet
    page.goto(f"/family/children/{child.pk}/goals/")
    assert page.locator("h1").inner_text().strip() == "Goals"
    assert page.get_by_text("There are no active goals.").is_visible()
    assert_no_axe_violations(page)

    # When they add a goal, first forgetting how important it is
    page.get_by_role("button", name="Add a goal").click()
    assert_no_axe_violations(page)
    page.get_by_label("What is the goal?").fill("Get dressed for school on my own")
    page.get_by_label("Independent living").check()
    page.get_by_label("Scores out of 10", exact=False).first.check()
    page.get_by_role("button", name="Save goal").click()
    assert "Enter how important the goal is" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("How important is this goal?").fill("8")
    page.get_by_role("button", name="Save goal").click()

    # Then the goal page has no chart yet, only an empty state
    assert page.locator("h1").inner_text().strip() == "Get dressed for school on my own"
    assert page.get_by_text("No ratings yet.").is_visible()
    assert page.locator("svg.progress-chart").count() == 0
    assert_no_axe_violations(page)

    # When they rate it (two months ago: 3 and 4)
    page.get_by_role("button", name="Add a rating").click()
    assert_no_axe_violations(page)
    earlier = timezone.localdate() - timedelta(days=60)
    dated = page.get_by_role("group", name="Date of the rating")
    dated.get_by_label("Day").fill(str(earlier.day))
    dated.get_by_label("Month").fill(str(earlier.month))
    dated.get_by_label("Year").fill(str(earlier.year))
    page.get_by_label("Performance", exact=False).fill("3")
    page.get_by_label("Satisfaction", exact=False).fill("4")
    page.get_by_label("Comment").fill("Needed help with buttons")
    page.get_by_role("button", name="Save rating").click()
    assert page.locator("svg.progress-chart").is_visible()

    # And rate it again today with the keyboard alone: 6 and 5
    tab_to(page, "Add a rating")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().strip() == "Add a rating"
    # (the date is today's already)
    tab_to_field(page, "performance")
    page.keyboard.type("6")
    tab_to_field(page, "satisfaction")
    page.keyboard.type("5")
    tab_to_field(page, "comment")
    page.keyboard.type("Top button still hard")
    page.keyboard.press("Tab")  # the Save rating button
    assert page.evaluate("() => document.activeElement.innerText").strip() == "Save rating"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Then the chart plots both ratings, the table lists them, and the words say what changed
    chart = page.locator("svg.progress-chart")
    assert chart.get_attribute("role") == "img"
    assert chart.locator("title").text_content() == (
        "Progress chart: Get dressed for school on my own"
    )
    performance = chart.locator("[data-series=performance].progress-chart__point")
    assert [performance.nth(i).get_attribute("data-value") for i in range(2)] == ["3", "6"]
    rows = page.locator("#ratings-table tbody tr")
    assert rows.count() == 2
    cells = rows.nth(1).locator("td")
    assert [cells.nth(i).inner_text().strip() for i in range(4)] == [
        "6", "5", "Sam Okafor (Parent)", "Top button still hard"
    ]
    summary = page.locator(".family-goals-summary").inner_text()
    assert "Performance went from 3 to 6 since" in summary
    assert "a meaningful change" in summary
    assert page.get_by_text("Meaningful change", exact=True).is_visible()
    assert_no_axe_violations(page)

    # And on a phone the page does not scroll sideways: the chart and table scroll in their boxes
    page.set_viewport_size({"width": 375, "height": 800})
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    assert_no_axe_violations(page)
    page.set_viewport_size({"width": 1280, "height": 900})

    # And the goals list shows the goal with its progress
    page.goto(f"/family/children/{child.pk}/goals/")
    assert page.get_by_role("link", name="Get dressed for school on my own").is_visible()
    assert_no_axe_violations(page)


def test_a_parent_saves_a_service_from_its_page_and_sees_it_on_the_list(
    axe_page, parent_with_child, swimming
):
    page = axe_page
    parent, child = parent_with_child
    sign_in(page, parent.email)

    # Given the service's page, which offers saving it
    page.goto(swimming.url)
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Save to your child's record").click()

    # When they add a note and save it
    assert page.get_by_text("It will be saved to Ada's record.").is_visible()
    assert_no_axe_violations(page)
    page.get_by_label("Your note (optional)").fill("Ask about Friday sessions")
    page.get_by_role("button", name="Save service").click()

    # Then it is on Ada's saved services, with the note, and the list can be printed or emailed
    assert page.locator("h1").inner_text().strip() == "Saved services"
    assert page.get_by_role("link", name="Quiet Autism Swimming", exact=True).is_visible()
    assert page.get_by_text("Ask about Friday sessions").is_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Print this list").click()
    assert_no_axe_violations(page)
    page.go_back()
    page.get_by_role("link", name="Email this list to me").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Send the email").click()
    assert page.get_by_text("We have emailed the list to sam@example.org.").is_visible()

    # And the search results offer saving each service too
    page.goto("/local-offer/search/")
    save = page.locator(f'a[href="/family/save-service/?service={swimming.pk}"]')
    assert save.inner_text().startswith("Save to your child's record")
    assert "Quiet Autism Swimming" in save.inner_text()  # which one, for a screen reader
    assert_no_axe_violations(page)


def test_a_parent_rewords_a_goal_and_stops_it_and_it_stays_in_the_history(
    axe_page, parent_with_child
):
    from tests.family.goals.helpers import make_goal

    page = axe_page
    parent, child = parent_with_child
    goal = make_goal(child, parent, scale="gas", wording="Order a drink in a café")
    sign_in(page, parent.email)
    page.goto(f"/family/children/{child.pk}/goals/{goal.pk}/")

    # When they change the wording
    page.get_by_role("link", name="Change the goal's wording", exact=True).click()
    assert_no_axe_violations(page)
    page.get_by_label("What is the goal?").fill("Order a drink for myself in a café")
    page.get_by_role("button", name="Save changes").click()
    assert page.locator("h1").inner_text().strip() == "Order a drink for myself in a café"

    # And stop it, first without choosing a status
    page.get_by_role("link", name="Change the status").click()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Save status").click()
    assert "Choose the goal's new status" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Stopped").check()
    page.get_by_label("Why").fill("Ada finds cafés too loud for now")
    page.get_by_role("button", name="Save status").click()

    # Then the goal says so, keeps its history, and sits under "Stopped goals"
    assert page.get_by_text("The goal is now stopped.").is_visible()
    assert page.get_by_text("Stopped on").is_visible()
    assert_no_axe_violations(page)
    page.goto(f"/family/children/{child.pk}/goals/")
    assert page.get_by_role("heading", name="Stopped goals").is_visible()
    assert page.get_by_text("There are no active goals.").is_visible()
