"""A parent searches the Local Offer in a real browser: search, filter, clear, page through,
open a result; suggestions as they type; and axe-core finds nothing wrong on any state of the
search page (results, no results, mistakes)."""

import re

import pytest

from local_offer import search_index
from search import api as search_api
from tests.search.service_pages import local_offer_tree, publish_service

from .axe import assert_no_axe_violations

pytestmark = pytest.mark.browser


@pytest.fixture
def local_offer(site_pages):
    """25 published services: 3 swimming (2 for physical disability), the rest clubs."""
    from portal.pages.models import CouncilSettings

    council = CouncilSettings.load()
    council.iass_phone = "01632 960111"
    council.save()
    services = local_offer_tree()
    with search_index.paused():
        publish_service(services, "Otters Disability Swimming Club", needs=["PD"],
                        postcode="RV1 2AB", point=(52.2, -1.5), accepts_personal_budget=True,
                        cost_type="charge", cost_pence=500, cost_unit="session",
                        min_age_months=60, max_age_months=143)
        publish_service(services, "Splash Swimming Lessons", needs=["PD", "ASD"],
                        postcode="RV1 3CD", point=(52.21, -1.49))
        publish_service(services, "Quiet Autism Swimming", needs=["ASD"])
        for number in range(1, 23):
            publish_service(services, f"Riverside Youth Club {number:02d}", needs=["SEMH"])
    search_api.rebuild_from_sources()
    return services


def search_for(page, words: str) -> None:
    page.goto("/local-offer/search/")
    page.get_by_label("What are you looking for?").fill(words)
    page.get_by_role("button", name="Search", exact=True).click()
    page.wait_for_load_state()


def results_heading(page) -> str:
    return page.locator("#results-heading").inner_text().strip()


def test_a_parent_searches_filters_clears_pages_and_opens_a_result(page, local_offer):
    # Given a parent on the search page
    # When they search for swimming
    search_for(page, "swimming")
    # Then they see the three swimming services
    assert results_heading(page) == "3 services found"

    # When they tick "Physical disability" (its count is shown) and apply the filters
    page.get_by_label(re.compile(r"^Physical disability \(2")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_load_state()
    # Then two services remain and the filter is listed as selected
    assert results_heading(page) == "2 services found"
    assert page.get_by_role("link", name="Remove filter Need: Physical disability").is_visible()
    assert page.get_by_text("Accepts personal budgets").first.is_visible()

    # When they remove that filter
    page.get_by_role("link", name="Remove filter Need: Physical disability").click()
    page.wait_for_load_state()
    # Then the search for swimming is back to three, with the words kept
    assert results_heading(page) == "3 services found"
    assert page.get_by_label("What are you looking for?").input_value() == "swimming"

    # When they clear the words and look through everything, then go to the next page
    search_for(page, "")
    assert results_heading(page) == "25 services found"
    page.get_by_role("link", name="Next page").click()
    page.wait_for_load_state()
    # Then they are on page 2 of 2
    assert "page=2" in page.url
    assert page.locator(".govuk-pagination [aria-current=page]").inner_text().strip() == "2"
    assert page.locator(".portal-result").count() == 5

    # When they open a result
    first = page.locator(".portal-result h3 a").first
    title = first.inner_text().strip()
    first.click()
    page.wait_for_load_state()
    # Then the service's own page opens
    assert page.locator("h1").first.inner_text().strip() == title


def test_suggestions_appear_as_a_parent_types_and_can_be_chosen_by_keyboard(page, local_offer):
    # Given the search page with JavaScript on
    page.goto("/local-offer/search/")
    box = page.get_by_role("combobox", name="What are you looking for?")
    # When the parent types the start of a word
    box.press_sequentially("otte", delay=50)
    # Then a list of suggestions appears with the matching service
    option = page.get_by_role("option", name="Otters Disability Swimming Club")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    # When they choose it with the arrow key and Enter
    box.press("ArrowDown")
    with page.expect_navigation():
        box.press("Enter")
    # Then that search runs and the service is first
    assert "q=Otters" in page.url
    assert page.locator(".portal-result h3").first.inner_text() == "Otters Disability Swimming Club"


def test_the_search_page_works_without_javascript(chromium_browser, live_server, local_offer):
    context = chromium_browser.new_context(base_url=live_server.url, java_script_enabled=False)
    try:
        page = context.new_page()
        search_for(page, "swimming")
        assert results_heading(page) == "3 services found"
        assert page.locator("#filters").get_attribute("open") is not None
    finally:
        context.close()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("?q=swimming&postcode=RV1+2AB", "2 services found", id="results"),
        pytest.param("?q=trampolining&need=VI", "No services found", id="no-results"),
        pytest.param("?q=swimming&age=seven&postcode=XYZ", "There is a problem", id="errors"),
    ],
)
def test_search_page_has_no_accessibility_violations(axe_page, local_offer, query, expected):
    axe_page.goto("/local-offer/search/" + query)
    assert expected in axe_page.locator("main").inner_text()
    assert_no_axe_violations(axe_page)
