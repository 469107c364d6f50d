"""Two-factor authentication: forced for staff-side roles and staff, optional for families."""

import time

import pytest
import time_machine
from allauth.mfa.models import Authenticator

from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user, totp_code

from .helpers import sign_in, sign_in_with_code

pytestmark = pytest.mark.django_db

ACTIVATE = "/accounts/2fa/totp/activate/"


def _activate_totp(client):
    """Do what a person does on the set-up page: read the key, type the app's code."""
    page = client.get(ACTIVATE)
    assert page.status_code == 200
    secret = page.context["form"].secret
    assert secret in page.content.decode()  # the key is shown for people who cannot scan
    response = client.post(ACTIVATE, {"code": totp_code(secret)})
    return secret, response


@pytest.mark.parametrize(
    "role", [Role.PROVIDER, Role.KEY_WORKER, Role.OFFICER, Role.SAFEGUARDING_LEAD, Role.SITE_ADMIN]
)
def test_mfa_role_without_totp_is_sent_to_set_up_from_every_page(client, role):
    make_user(role, email="worker@example.org", organisation=OrganisationFactory())
    sign_in(client, "worker@example.org")

    for path in ["/account/", "/", "/invitations/", "/admin/", "/accounts/password/change/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"] == f"{ACTIVATE}?required=1", path


def test_set_up_page_explains_why_and_shows_the_key(client):
    make_user(Role.PROVIDER, email="provider@example.org")
    sign_in(client, "provider@example.org")

    page = client.get(f"{ACTIVATE}?required=1")

    body = page.content.decode()
    assert page.status_code == 200
    assert "You need to set up an authenticator app before you can continue" in body
    assert 'id="authenticator-secret"' in body


def test_mfa_role_without_totp_can_still_sign_out_and_load_static_files(client):
    make_user(Role.PROVIDER, email="provider@example.org")
    sign_in(client, "provider@example.org")

    assert client.get("/accounts/logout/").status_code == 200
    assert client.get("/static/govuk/css/portal.css").status_code != 302
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/account/")["Location"].startswith("/accounts/login/")


def test_after_activating_totp_a_provider_can_proceed_and_must_use_a_code_next_time(client):
    make_user(Role.PROVIDER, email="provider@example.org")
    sign_in(client, "provider@example.org")

    # When they set up the app (no second password prompt straight after signing in)
    secret, response = _activate_totp(client)

    # Then they see their recovery codes and can reach their account
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/recovery-codes/"
    codes_page = client.get(response["Location"])
    assert "Your recovery codes" in codes_page.content.decode()
    assert client.get("/account/").status_code == 200
    assert "On" in client.get("/account/").content.decode()

    # And at the next sign-in a password alone is not enough
    client.post("/accounts/logout/")
    response = sign_in(client, "provider@example.org")
    assert response["Location"] == "/accounts/2fa/authenticate/"
    assert client.get("/account/").status_code == 302

    # A wrong code is refused with a clear error
    wrong = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert "Incorrect code" in wrong.content.decode()
    assert "There is a problem" in wrong.content.decode()

    # The right code lets them in (next 30-second window, as the same code cannot be reused)
    with time_machine.travel(time.time() + 30, tick=False):
        response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
        assert response.status_code == 302
        assert client.get("/account/").status_code == 200


def test_a_wrong_code_on_set_up_is_refused_and_nothing_is_saved(client):
    user = make_user(Role.PROVIDER, email="provider@example.org")
    sign_in(client, "provider@example.org")
    client.get(ACTIVATE)

    response = client.post(ACTIVATE, {"code": "123"})

    assert "There is a problem" in response.content.decode()
    assert not Authenticator.objects.filter(user=user).exists()


def test_families_are_not_forced_to_set_up_mfa_but_can_turn_it_on(client):
    make_user(Role.PARENT, email="parent@example.org")
    sign_in(client, "parent@example.org")

    account = client.get("/account/")
    assert account.status_code == 200
    assert 'Set up<span class="govuk-visually-hidden"> two-factor authentication' in (
        account.content.decode()
    )

    # A family member signing in a while ago is asked for their password again first
    with time_machine.travel(time.time() + 600, tick=False):
        response = client.get(ACTIVATE)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/reauthenticate/")
        client.post(response["Location"], {"password": "correct horse battery staple"})
        _, response = _activate_totp(client)
        assert response.status_code == 302

    assert Authenticator.objects.filter(
        user__email="parent@example.org", type=Authenticator.Type.TOTP
    ).exists()


def test_mfa_user_with_totp_signs_in_with_a_code(client):
    make_user(Role.OFFICER, email="officer@example.org", mfa=True)

    response = sign_in_with_code(client, "officer@example.org")

    assert response.status_code == 302
    assert client.get("/account/").status_code == 200


def test_wagtail_admin_sign_in_page_hands_over_to_allauth(client):
    response = client.get("/admin/login/?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_wagtail_admin_sends_signed_out_people_to_allauth(client):
    response = client.get("/admin/pages/", follow=True)

    assert response.redirect_chain[-1][0] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    assert "Sign in" in response.content.decode()


def test_signed_in_person_without_admin_access_gets_a_plain_refusal_not_a_loop(client):
    client.force_login(make_user(Role.PARENT))

    response = client.get("/admin/", follow=True)

    assert response.status_code == 403
    assert len(response.redirect_chain) == 1
    assert "You cannot use the admin" in response.content.decode()


def test_staff_user_without_totp_is_forced_to_set_up_mfa_before_the_admin(client):
    make_user(email="staff@example.org", is_staff=True, is_superuser=True)
    sign_in(client, "staff@example.org")

    response = client.get("/admin/")
    assert response["Location"] == f"{ACTIVATE}?required=1"

    _activate_totp(client)
    assert client.get("/admin/").status_code == 200
