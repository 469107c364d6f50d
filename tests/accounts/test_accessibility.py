"""axe-core (WCAG 2.2 A/AA) over every accounts page, in headless Chromium, including error states.

Uses the browser fixtures from tests/e2e (Debian's Chromium, live server, axe injection),
made available here by tests/accounts/conftest.py.
"""

import pytest

from portal.accounts.roles import Role
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import enter_authenticator_code
from tests.e2e.conftest import sign_in as browser_sign_in
from tests.factories import PASSWORD, TOTP_SECRET, OrganisationFactory, make_user

pytestmark = pytest.mark.browser


def _check(page, path, status=200):
    response = page.goto(path)
    assert response.status == status, path
    assert page.url.endswith(path), f"{path} ended at {page.url}"
    assert_no_axe_violations(page)


def test_signed_out_account_pages_have_no_violations(axe_page):
    for path in [
        "/accounts/login/",
        "/accounts/login/?timed_out=1",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/password/reset/done/",
        "/accounts/confirm-email/",
    ]:
        _check(axe_page, path)
    _check(axe_page, "/invitations/" + "x" * 43 + "/", status=404)

    # Error states: the error summary and field errors
    axe_page.goto("/accounts/signup/")
    axe_page.locator("input[name=password1]").fill("password123")
    axe_page.get_by_role("button", name="Create account").click()
    axe_page.wait_for_load_state()
    assert axe_page.get_by_text("There is a problem").is_visible()
    assert_no_axe_violations(axe_page)

    axe_page.goto("/accounts/login/")
    axe_page.get_by_role("button", name="Sign in").click()
    axe_page.wait_for_load_state()
    assert_no_axe_violations(axe_page)


def test_officer_and_organisation_admin_pages_have_no_violations(axe_page):
    from portal.accounts import invitations

    org = OrganisationFactory(name="Brookfield Short Breaks")
    officer = make_user(
        Role.OFFICER,
        organisation=org,
        mfa=True,
        is_organisation_admin=True,
        email="officer@example.org",
    )
    make_user(Role.PROVIDER, organisation=org, mfa=True, email="colleague@example.org")
    issued = invitations.issue(
        email="invitee@example.org",
        role=Role.PROVIDER,
        organisation=org,
        invited_by=officer,
        build_link=lambda token: f"/invitations/{token}/",
    )
    browser_sign_in(axe_page, officer.email, PASSWORD)
    enter_authenticator_code(axe_page, TOTP_SECRET)

    for path in [
        "/account/",
        "/invitations/",
        "/invitations/new/",
        "/organisation/colleagues/",
        "/account/delete/",
        "/accounts/password/change/",
        "/accounts/email/",
        "/accounts/2fa/",
    ]:
        _check(axe_page, path)

    axe_page.goto("/invitations/new/")
    axe_page.get_by_role("button", name="Send invitation").click()
    axe_page.wait_for_load_state()
    assert axe_page.get_by_text("There is a problem").is_visible()
    assert_no_axe_violations(axe_page)

    axe_page.goto("/account/delete/")
    axe_page.get_by_role("button", name="Delete my account").click()
    axe_page.wait_for_load_state()
    assert_no_axe_violations(axe_page)

    # The invitation as its recipient sees it (signed out)
    axe_page.context.clear_cookies()
    _check(axe_page, issued.link)


def test_mfa_set_up_page_has_no_violations(axe_page):
    make_user(Role.PROVIDER, organisation=OrganisationFactory(), email="p@example.org")
    browser_sign_in(axe_page, "p@example.org", PASSWORD)

    assert "/accounts/2fa/totp/activate/" in axe_page.url
    assert_no_axe_violations(axe_page)
