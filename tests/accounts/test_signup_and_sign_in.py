"""Sign-up with email verification, sign-in by email, passwords, password reset, rate limits."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail

from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.factories import PASSWORD, make_user

from .helpers import link_in_last_email, path_of, sign_in

pytestmark = pytest.mark.django_db


def _sign_up(client, email="new.parent@example.org", password=PASSWORD, password2=None):
    return client.post(
        "/accounts/signup/",
        {"email": email, "password1": password, "password2": password2 or password},
    )


def test_sign_up_sends_verification_email_then_confirming_signs_in_as_parent(client):
    # Given a new visitor signs up
    response = _sign_up(client)

    # Then they are asked to check their email, and one email was sent to them
    assert response.status_code == 302
    assert response["Location"] == "/accounts/confirm-email/"
    page = client.get(response["Location"])
    assert "Check your email" in page.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.parent@example.org"]

    # And they are not signed in yet
    assert client.get("/account/").status_code == 302

    # When they open the link and confirm
    link = path_of(link_in_last_email(r"https?://\S+/accounts/confirm-email/\S+"))
    confirm_page = client.get(link)
    assert "Confirm your email address" in confirm_page.content.decode()
    response = client.post(link)

    # Then they are signed in, as a parent or carer
    assert response.status_code == 302
    account = client.get("/account/")
    assert account.status_code == 200
    assert "new.parent@example.org" in account.content.decode()
    assert "Parent or carer" in account.content.decode()
    user = User.objects.get(email="new.parent@example.org")
    assert list(user.groups.values_list("name", flat=True)) == [str(Role.PARENT)]


def test_unverified_account_cannot_sign_in_until_email_confirmed(client):
    _sign_up(client, email="waiting@example.org")
    client.logout()
    mail.outbox.clear()

    response = sign_in(client, "waiting@example.org")

    assert response["Location"] == "/accounts/confirm-email/"
    assert len(mail.outbox) == 1  # the link is sent again
    assert client.get("/account/").status_code == 302


def test_a_200_character_passphrase_is_accepted(client):
    passphrase = ("riverside otter paddles under the old stone bridge " * 5)[:200]
    assert len(passphrase) == 200

    response = _sign_up(client, email="long@example.org", password=passphrase)

    assert response.status_code == 302
    user = User.objects.get(email="long@example.org")
    assert user.check_password(passphrase)


def test_a_password_over_256_characters_is_refused_with_a_clear_error(client):
    response = _sign_up(client, email="toolong@example.org", password="x7!" * 86)

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "256 characters or fewer" in body
    assert not User.objects.filter(email="toolong@example.org").exists()


@pytest.mark.parametrize("common", ["password123", "qwertyuiop", "1234567890"])
def test_a_common_password_is_refused(client, common):
    response = _sign_up(client, email="common@example.org", password=common)

    body = response.content.decode()
    assert "There is a problem" in body
    assert "too common" in body
    assert not User.objects.filter(email="common@example.org").exists()


def test_mismatched_passwords_show_a_field_error_and_keep_the_email(client):
    response = _sign_up(client, email="typo@example.org", password=PASSWORD, password2="other")

    body = response.content.decode()
    assert "There is a problem" in body
    assert "govuk-error-message" in body
    assert 'value="typo@example.org"' in body


def test_empty_sign_up_names_each_missing_field(client):
    response = client.post("/accounts/signup/", {})

    body = response.content.decode()
    assert "Enter your email address" in body
    assert "Enter a password" in body
    assert 'href="#id_email"' in body  # the error summary links to the field


def test_sign_in_by_email_reaches_the_start_page(client):
    make_user(Role.PARENT, email="parent@example.org")

    response = sign_in(client, "parent@example.org", follow=True)

    assert response.redirect_chain[-1][0] == "/start/"
    assert "Your account" in response.content.decode()


def test_wrong_password_shows_the_gov_uk_error_summary(client):
    make_user(Role.PARENT, email="parent@example.org")

    response = sign_in(client, "parent@example.org", password="not my password")

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "The email address or password is not correct." in body
    assert client.get("/account/").status_code == 302


def test_empty_sign_in_names_both_fields(client):
    response = client.post("/accounts/login/", {})

    body = response.content.decode()
    assert "Enter your email address" in body
    assert "Enter your password" in body


def test_the_sixth_failed_sign_in_within_five_minutes_is_refused(client, rate_limits_on):
    make_user(Role.PARENT, email="parent@example.org")
    for _ in range(5):
        response = sign_in(client, "parent@example.org", password="wrong guess")
        assert "not correct" in response.content.decode()

    # Even the right password is refused now
    response = sign_in(client, "parent@example.org")

    body = response.content.decode()
    assert "You have tried to sign in too many times. Wait 5 minutes, then try again." in body
    assert client.get("/account/").status_code == 302


def test_password_reset_emails_a_single_use_link_that_sets_a_new_password(client):
    make_user(Role.PARENT, email="parent@example.org")

    response = client.post("/accounts/password/reset/", {"email": "parent@example.org"})
    assert response["Location"] == "/accounts/password/reset/done/"
    link = path_of(link_in_last_email(r"https?://\S+/accounts/password/reset/key/\S+"))

    form_page = client.get(link, follow=True)
    assert "Choose a new password" in form_page.content.decode()
    new_password = "a brand new riverside passphrase"
    response = client.post(
        form_page.redirect_chain[-1][0], {"password1": new_password, "password2": new_password}
    )
    assert response.status_code == 302
    assert "Your password has been changed" in client.get(response["Location"]).content.decode()

    # The old password no longer works, the new one does
    assert "not correct" in sign_in(client, "parent@example.org").content.decode()
    assert sign_in(client, "parent@example.org", password=new_password).status_code == 302
    # And the link cannot be used twice
    client.logout()
    reused = client.get(link, follow=True)
    assert "This link cannot be used" in reused.content.decode()


def test_password_reset_for_unknown_email_looks_the_same(client):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response["Location"] == "/accounts/password/reset/done/"


def test_password_reset_is_rate_limited_with_a_plain_page(client, rate_limits_on):
    make_user(Role.PARENT, email="parent@example.org")
    for _ in range(5):
        client.post("/accounts/password/reset/", {"email": "parent@example.org"})

    response = client.post("/accounts/password/reset/", {"email": "parent@example.org"})

    assert response.status_code == 429
    assert "You have tried too many times" in response.content.decode()


def test_every_role_group_exists_after_migrations():
    names = set(Group.objects.values_list("name", flat=True))

    assert {str(role) for role in Role} <= names


@pytest.mark.parametrize(
    ("role", "admin_access"),
    [
        (Role.PARENT, False),
        (Role.YOUNG_PERSON, False),
        (Role.YOUNG_COMMISSIONER, False),
        (Role.KEY_WORKER, False),
        (Role.PROVIDER, True),
        (Role.OFFICER, True),
        (Role.SAFEGUARDING_LEAD, True),
        (Role.SITE_ADMIN, True),
    ],
)
def test_wagtail_admin_access_follows_the_role(role, admin_access):
    user = make_user(role)

    assert user.has_perm("wagtailadmin.access_admin") is admin_access
