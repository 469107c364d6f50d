"""The shell in a real browser: small screens, the menu button, the council colour, axe-core."""

import io

import pytest

from portal.pages import demo
from portal.pages.models import CouncilSettings
from tests.e2e.axe import assert_no_axe_violations

pytestmark = pytest.mark.browser

SHELL_PATHS = ["/", "/about-the-local-offer/", "/get-help-and-advice/", "/contact/",
               "/tell-us-what-you-think/", "/accessibility-statement/", "/privacy/", "/cookies/",
               "/glossary/"]


@pytest.fixture
def seeded(site_pages):
    demo.seed(io.StringIO())


@pytest.mark.parametrize("path", SHELL_PATHS)
def test_shell_pages_fit_a_320_pixel_screen_without_sideways_scrolling(page, seeded, path):
    # WCAG 2.2 reflow (1.4.10): 320 CSS pixels is a 1280 px window zoomed to 400%.
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(path)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 320


def test_on_a_small_screen_the_menu_button_shows_and_hides_the_navigation(page, seeded):
    page.set_viewport_size({"width": 375, "height": 700})
    page.goto("/")
    menu = page.get_by_role("button", name="Menu")
    words = page.locator("#navigation").get_by_role("link", name="Words we use", exact=True)
    assert menu.is_visible() and not words.is_visible()
    menu.click()
    assert menu.get_attribute("aria-expanded") == "true" and words.is_visible()
    menu.click()
    assert not words.is_visible()


def test_on_a_wide_screen_the_navigation_shows_without_a_menu_button(page, seeded):
    page.goto("/")
    assert page.locator("#navigation").get_by_role("link", name="Words we use").is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()


def test_the_header_takes_the_council_colour_under_the_content_security_policy(page, seeded):
    # Given the council chooses a purple header
    council = CouncilSettings.load()
    council.brand_colour = "#4c2c92"
    council.save()
    # When a visitor opens the site (the page fixture fails on any CSP violation)
    page.goto("/")
    colour = page.evaluate(
        "() => getComputedStyle(document.querySelector('.portal-header')).backgroundColor")
    # Then the header is purple
    assert colour == "rgb(76, 44, 146)"


@pytest.mark.parametrize("path", SHELL_PATHS[1:])
def test_shell_pages_have_no_wcag_violations(axe_page, seeded, path):
    axe_page.goto(path)
    assert_no_axe_violations(axe_page)
