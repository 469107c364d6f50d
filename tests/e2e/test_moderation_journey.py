"""A provider changes its listing in the Wagtail admin; nothing goes live until a council
officer approves it; then families see the change. Plus axe on the pages families use."""

import pytest

from .axe import axe_violations, format_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

PROVIDER_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
NEW_SUMMARY = "Drop-in advice on talking and listening, now on Saturday mornings too."


def provider_and_officer(tree, make_user):
    """The speech provider's staff member and a council officer, each with an authenticator
    app, and council moderation switched on (the other journeys start here too)."""
    from allauth.mfa.totp.internal.auth import TOTP

    from local_offer.moderation import ensure_council_moderation, grant_provider_access
    from portal.accounts.roles import Role

    ensure_council_moderation()
    provider = make_user(
        email="priya@speech.example", roles=(Role.PROVIDER,), organisation=tree.speech.organisation
    )
    TOTP.activate(provider, PROVIDER_SECRET)
    grant_provider_access(provider)
    officer = make_user(email="officer@riverside.example", roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    return provider, officer


@pytest.fixture
def local_offer(site_pages, make_user):
    """A Local Offer with two providers' listings, a provider's staff member and an officer."""
    from tests.local_offer.moderation_support import build_tree

    tree = build_tree()
    provider, officer = provider_and_officer(tree, make_user)
    tree.speech_listing.refresh_from_db()
    return tree, provider, officer


def open_more_actions(page):
    page.locator("footer .w-dropdown__toggle").click()


def test_provider_change_goes_live_only_after_the_officer_approves(open_browser, local_offer):
    tree, provider, officer = local_offer
    listing_id = tree.speech_listing.pk
    public_url = tree.speech_listing.url

    # Given the provider signed in with their password and authenticator app
    provider_page = open_browser()
    sign_in(provider_page, provider.email)
    enter_authenticator_code(provider_page, PROVIDER_SECRET)

    # When they change their listing's summary and submit it for moderation (the main button)
    provider_page.goto(f"/admin/pages/{listing_id}/edit/")
    provider_page.locator("#id_summary").fill(NEW_SUMMARY)
    provider_page.get_by_role("button", name="Submit to Council moderation").click()
    provider_page.wait_for_load_state()

    # Then the public page has not changed yet
    family_page = open_browser()
    family_page.goto(public_url)
    assert NEW_SUMMARY not in family_page.content()

    # When an officer signs in, finds it waiting for review and approves it
    officer_page = open_browser()
    sign_in(officer_page, officer.email)
    enter_authenticator_code(officer_page, OFFICER_SECRET)
    officer_page.goto("/admin/")
    assert officer_page.get_by_text("Speech and language drop-in").first.is_visible()
    officer_page.goto(f"/admin/pages/{listing_id}/edit/")
    open_more_actions(officer_page)
    officer_page.get_by_role("button", name="Approve and Publish").click()
    officer_page.wait_for_load_state()
    officer_page.wait_for_url("**/admin/**")

    # Then they are told which listing went live
    assert officer_page.get_by_text("'Speech and language drop-in' is live").is_visible()

    # Then families see the change
    family_page.goto(public_url)
    assert family_page.get_by_text(NEW_SUMMARY).is_visible()


def test_service_page_and_report_form_have_no_axe_violations(axe_page, local_offer):
    tree, _, _ = local_offer
    for path in (
        tree.speech_listing.url,
        f"/local-offer/report-a-problem/{tree.speech_listing.pk}/",
    ):
        axe_page.goto(path)
        violations = axe_violations(axe_page)
        assert not violations, format_violations(path, violations)


def test_report_form_errors_have_no_axe_violations_and_keep_the_text(axe_page, local_offer):
    tree, _, _ = local_offer
    path = f"/local-offer/report-a-problem/{tree.speech_listing.pk}/"
    axe_page.goto(path)
    axe_page.get_by_label("Tell us more").fill("They moved to the library.")
    axe_page.get_by_role("button", name="Send report").click()
    axe_page.wait_for_load_state()

    assert axe_page.get_by_text("Select what is wrong with this page").first.is_visible()
    assert axe_page.get_by_label("Tell us more").input_value() == "They moved to the library."
    violations = axe_violations(axe_page)
    assert not violations, format_violations(path + " (with errors)", violations)

    # And the whole form works by keyboard: choose, type and send without a mouse.
    axe_page.get_by_label("The service has closed").focus()
    axe_page.keyboard.press("Space")
    assert axe_page.get_by_label("The service has closed").is_checked()
    axe_page.get_by_role("button", name="Send report").focus()
    with axe_page.expect_navigation():
        axe_page.keyboard.press("Enter")
    assert axe_page.get_by_role("heading", name="Report sent").is_visible()
