"""axe-core (WCAG 2.2 A and AA rules) finds nothing to fix on the pages everyone reaches."""

import pytest

from .axe import assert_no_axe_violations
from .browser import sign_in

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        pytest.param("/", id="home"),
        pytest.param("/accounts/login/", id="sign-in"),
        pytest.param("/accounts/signup/", id="sign-up"),
        pytest.param("/glossary/", id="glossary"),
    ],
)
def test_public_page_has_no_accessibility_violations(axe_page, path):
    # Given a visitor who is not signed in
    # When they open the page
    response = axe_page.goto(path)

    # Then it is served with a heading, and axe-core finds no WCAG 2.2 A/AA violation
    assert response.status == 200
    assert axe_page.locator("h1").first.is_visible()
    assert_no_axe_violations(axe_page)


def test_account_page_for_a_signed_in_parent_has_no_accessibility_violations(
    axe_page, make_user
):
    # Given a parent with a verified account who signs in
    make_user(email="parent@example.org")
    sign_in(axe_page, "parent@example.org")

    # When they open their account page
    axe_page.goto("/account/")

    # Then they see their own account, and axe-core finds no violation
    assert axe_page.locator("h1").first.inner_text().strip() == "Your account"
    assert axe_page.get_by_text("parent@example.org").first.is_visible()
    assert_no_axe_violations(axe_page)


def test_page_not_found_has_no_accessibility_violations(axe_page):
    # When a visitor follows a link to a page that does not exist
    response = axe_page.goto("/no-such-page-here/")

    # Then they get the "page not found" page, which axe-core finds nothing wrong with
    assert response.status == 404
    assert "not found" in axe_page.locator("h1").first.inner_text().lower()
    assert_no_axe_violations(axe_page)


def test_server_error_page_has_no_accessibility_violations(axe_page, settings):
    # Given a page that fails on the server (test-only URL, never in production)
    settings.ROOT_URLCONF = "tests.e2e.urls_server_error"

    # When a visitor opens it
    response = axe_page.goto("/e2e-server-error/")

    # Then they get the "problem with the service" page, which axe-core finds nothing wrong with
    assert response.status == 500
    assert "problem with the service" in axe_page.locator("h1").first.inner_text().lower()
    assert_no_axe_violations(axe_page)
