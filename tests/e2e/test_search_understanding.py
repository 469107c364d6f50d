"""A parent types their child's age and their postcode into the search box, in a real browser:
the page turns them into filters they can see and remove by keyboard, and axe-core finds
nothing wrong with the page that explains it."""

import pytest

from .axe import assert_no_axe_violations
from .test_search_journey import local_offer, results_heading, search_for  # noqa: F401

pytestmark = pytest.mark.browser


def test_a_parent_types_an_age_and_a_postcode_and_can_remove_each(page, local_offer):  # noqa: F811
    # When a parent searches in their own words
    search_for(page, "swimming for my 8 year old near RV1 2AB")
    # Then only the swimming near RV1 2AB that fits an 8 year old is found
    assert results_heading(page) == "2 services found"
    main = page.locator("main").inner_text()
    assert "We used part of your search as filters:" in main
    assert "Age: 8 years old" in main
    assert "Distance: Within 5 miles of RV1 2AB" in main
    assert page.get_by_label("What are you looking for?").input_value() == (
        "swimming for my 8 year old near RV1 2AB"
    )

    # When they remove the distance with the keyboard
    page.get_by_role(
        "link", name="Remove filter Distance: Within 5 miles of RV1 2AB (from your search)"
    ).focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Then every swimming service for an 8 year old is back, and the place has left the box
    assert results_heading(page) == "3 services found"
    assert page.get_by_label("What are you looking for?").input_value() == (
        "swimming for my 8 year old"
    )
    assert "Distance:" not in page.locator("main").inner_text()


def test_the_filters_read_from_the_words_have_no_accessibility_violations(axe_page, local_offer):  # noqa: F811
    axe_page.goto("/local-offer/search/?q=swimming+for+my+30+year+old+near+RV1+2AB")
    main = axe_page.locator("main").inner_text()
    assert "we have not filtered by age 30" in main
    assert "Distance: Within 5 miles of RV1 2AB" in main
    assert_no_axe_violations(axe_page)
