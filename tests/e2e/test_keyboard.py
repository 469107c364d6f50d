"""A keyboard user can skip the header and navigation straight to the page's content."""

import pytest

pytestmark = pytest.mark.browser


def test_first_tab_focuses_skip_link_and_enter_moves_focus_to_main_content(page):
    # Given a keyboard user on the home page
    page.goto("/")

    # When they press Tab once
    page.keyboard.press("Tab")

    # Then the skip link has focus, and it is shown to them
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".govuk-skip-link").is_visible()

    # When they press Enter
    page.keyboard.press("Enter")

    # Then focus is on the main content, so the next Tab continues from there
    page.wait_for_function("() => document.activeElement.id === 'main-content'")
    assert page.evaluate("() => document.activeElement.tagName") == "MAIN"
