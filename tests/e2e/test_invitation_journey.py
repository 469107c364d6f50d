"""An officer invites a provider, who accepts by email and must set up MFA before going on."""

import re

import pytest
from django.core import mail

from .browser import PASSWORD, enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

INVITATION_LINK = re.compile(r"https?://\S+/invitations/[^\s/]+/")
# The key in the officer's authenticator app, set up before this journey starts.
OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def officer(make_user):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.models import Organisation
    from portal.accounts.roles import Role

    council = Organisation.objects.create(name="Riverside Council", kind="council")
    Organisation.objects.create(name="Brookfield Short Breaks", kind="provider")
    user = make_user(email="officer@riverside.example", roles=(Role.OFFICER,), organisation=council)
    TOTP.activate(user, OFFICER_SECRET)
    return user


def test_invited_provider_accepts_and_must_set_up_mfa_before_reaching_their_account(
    open_browser, officer
):
    provider_email = "manager@brookfield.example"

    # Given a council officer signed in with their password and authenticator app
    officer_page = open_browser()
    sign_in(officer_page, officer.email)
    enter_authenticator_code(officer_page, OFFICER_SECRET)

    # When they invite a provider to Brookfield Short Breaks
    officer_page.goto("/invitations/new/")
    officer_page.get_by_label("Email address").fill(provider_email)
    officer_page.get_by_label("Provider", exact=True).check()
    officer_page.get_by_label("Organisation").select_option(label="Brookfield Short Breaks")
    officer_page.get_by_role("button", name="Send invitation").click()
    officer_page.wait_for_load_state()

    # Then they are told it was sent, and the provider gets an email with a link
    assert officer_page.get_by_text(f"Invitation sent to {provider_email}").is_visible()
    invitations = [message for message in mail.outbox if message.to == [provider_email]]
    assert len(invitations) == 1
    link = INVITATION_LINK.search(invitations[0].body)
    assert link, f"no invitation link in the email:\n{invitations[0].body}"

    # When the provider opens the link in their own browser and creates a password
    provider_page = open_browser()
    provider_page.goto(link.group(0))
    assert "Brookfield Short Breaks" in provider_page.locator("h1").inner_text()
    provider_page.locator("input[name=display_name]").fill("Sam Provider")
    provider_page.locator("input[name=password1]").fill(PASSWORD)
    provider_page.locator("input[name=password2]").fill(PASSWORD)
    provider_page.get_by_role("button", name="Create account").click()
    provider_page.wait_for_load_state()

    # Then they must set up an authenticator app before anything else
    assert "/accounts/2fa/totp/activate/" in provider_page.url
    provider_page.goto("/account/")
    assert "/accounts/2fa/totp/activate/" in provider_page.url

    # When they add the key shown on the page to their app and enter the code it gives
    secret = provider_page.locator("#authenticator-secret").inner_text().strip()
    assert re.fullmatch(r"[A-Z2-7]{16,}", secret.replace(" ", "")), secret
    enter_authenticator_code(provider_page, secret.replace(" ", ""))

    # Then they reach their account page, which shows their role, organisation and MFA status
    provider_page.goto("/account/")
    assert provider_page.url.endswith("/account/")
    assert provider_page.locator("h1").inner_text().strip() == "Your account"
    assert provider_page.get_by_text(provider_email).is_visible()
    assert provider_page.get_by_text("Provider", exact=True).is_visible()
    assert provider_page.get_by_text("Brookfield Short Breaks").is_visible()
    assert provider_page.locator(".govuk-summary-list").get_by_text("On", exact=True).is_visible()

    # And the invitation link cannot be used a second time
    response = open_browser().goto(link.group(0))
    assert response.status in (404, 410)
