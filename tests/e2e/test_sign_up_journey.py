"""A parent signs up, confirms their email address from the email, signs out and back in."""

import re

import pytest
from django.core import mail

from .browser import PASSWORD, sign_in

pytestmark = pytest.mark.browser

CONFIRM_LINK = re.compile(r"https?://\S+/accounts/confirm-email/[^\s/]+/?")


def _submit(page, field_name):
    page.locator(f"form:has([name={field_name}]) [type=submit]:not([form])").first.click()
    page.wait_for_load_state()


def test_parent_signs_up_confirms_email_then_signs_out_and_in_again(page):
    email = "new.parent@example.org"

    # Given a parent on the sign-up page
    page.goto("/accounts/signup/")

    # When they give their email address and a password twice
    page.locator("input[name=email]").fill(email)
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    _submit(page, "password1")

    # Then they are told to check their email, and an email with a confirmation link arrives
    assert "/accounts/confirm-email/" in page.url
    page.get_by_text(re.compile("email", re.I)).first.wait_for()
    assert [message.to for message in mail.outbox] == [[email]]
    link = CONFIRM_LINK.search(mail.outbox[0].body)
    assert link, f"no confirmation link in the email:\n{mail.outbox[0].body}"

    # When they open the link and confirm
    page.goto(link.group(0))
    assert page.get_by_text(email).first.is_visible()
    page.get_by_role("button", name=re.compile("confirm", re.I)).click()
    page.wait_for_load_state()

    # Then they are signed in, start from search, and their account is one link away
    assert page.url.endswith("/start/")
    assert page.locator("h1").first.inner_text().strip() == "Find help and support"
    page.get_by_role("link", name="Go to your account").click()
    assert page.locator("h1").first.inner_text().strip() == "Your account"
    assert page.get_by_text(email).first.is_visible()

    # When they sign out
    page.get_by_role("link", name=re.compile("sign out", re.I)).first.click()
    page.wait_for_load_state()
    sign_out_button = page.get_by_role("button", name=re.compile("sign out", re.I))
    if sign_out_button.count():
        sign_out_button.first.click()
        page.wait_for_load_state()

    # Then the header offers to sign in again, and the account page asks them to sign in
    assert page.get_by_role("link", name=re.compile("sign in", re.I)).first.is_visible()
    page.goto("/account/")
    assert "/accounts/login/" in page.url

    # When they sign in with the same email address and password
    sign_in(page, email)

    # Then they are back where signing in starts
    assert page.url.endswith("/start/")
    assert page.get_by_text("Signed in as").first.is_visible()
