"""The account page shows who you are, what you can do, and how to leave."""

import base64
import io
from pathlib import Path

import pytest

from portal.accounts import demo
from portal.accounts.models import Organisation, User
from portal.accounts.roles import MFA_REQUIRED_ROLES, Role
from tests.factories import OrganisationFactory, make_user, totp_code

from .helpers import sign_in

pytestmark = pytest.mark.django_db


def test_account_page_shows_email_roles_organisation_and_mfa_status(client):
    org = OrganisationFactory(name="Brookfield Short Breaks")
    user = make_user(Role.PROVIDER, organisation=org, mfa=True, email="p@example.org")
    client.force_login(user)

    body = client.get("/account/").content.decode()

    assert "p@example.org" in body
    assert "Provider" in body
    assert "Brookfield Short Breaks" in body
    assert 'govuk-tag--green">On' in body
    assert "/accounts/password/change/" in body
    assert "/accounts/email/" in body
    assert "Delete your account" in body


def test_family_account_page_offers_optional_mfa(client):
    client.force_login(make_user(Role.PARENT))

    body = client.get("/account/").content.decode()

    assert 'govuk-tag--grey">Off' in body
    assert "/accounts/2fa/totp/activate/" in body
    assert "Invite someone" not in body


def test_officer_account_page_links_to_invitations(client):
    client.force_login(make_user(Role.OFFICER, mfa=True))

    body = client.get("/account/").content.decode()

    assert "/invitations/new/" in body


def test_allauth_pages_use_the_gov_uk_layout(client):
    for path in ["/accounts/login/", "/accounts/signup/", "/accounts/password/reset/"]:
        body = client.get(path).content.decode()
        assert "govuk-button" in body, path
        assert "placeholder=" not in body, path
        assert "govuk-skip-link" in body, path


def test_demo_seed_is_idempotent_and_every_demo_login_works(client):
    out = io.StringIO()
    demo.seed(out)
    demo.seed(out)

    assert Organisation.objects.filter(name="Riverside Council").count() == 1
    assert User.objects.filter(email__endswith="@riverside.example").count() == len(Role)
    assert "parent-or-carer@riverside.example" in out.getvalue()
    for role in Role:
        email = f"{role.value.lower().replace(' ', '-')}@riverside.example"
        client.logout()
        response = sign_in(client, email, password=demo.DEMO_PASSWORD)
        assert response.status_code == 302, email
        if role in MFA_REQUIRED_ROLES:
            assert response["Location"] == "/accounts/2fa/authenticate/", email
            client.post("/accounts/2fa/authenticate/", {"code": totp_code(demo.DEMO_TOTP_SECRET)})
        assert client.get("/account/").status_code == 200, email
        assert str(role) in client.get("/account/").content.decode()


def test_officer_can_add_an_organisation_in_the_admin(client):
    officer = make_user(Role.OFFICER, mfa=True)
    client.force_login(officer)

    listing = client.get("/admin/snippets/accounts/organisation/")
    response = client.post(
        "/admin/snippets/accounts/organisation/add/",
        {"name": "Oak Tree Nursery", "kind": "education"},
    )

    assert listing.status_code == 200
    assert response.status_code == 302
    assert Organisation.objects.filter(name="Oak Tree Nursery").exists()


def test_provider_cannot_manage_organisations_in_the_admin(client):
    client.force_login(make_user(Role.PROVIDER, mfa=True))

    response = client.post(
        "/admin/snippets/accounts/organisation/add/",
        {"name": "Oak Tree Nursery", "kind": "education"},
    )

    assert response.status_code in (302, 403)
    assert not Organisation.objects.filter(name="Oak Tree Nursery").exists()


def test_demo_authenticator_secret_is_long_enough_for_current_apps():
    # Authenticator libraries refuse secrets under 128 bits (pyotp: "at least 112"); the
    # README's oathtool line prints codes from the same secret.
    assert len(base64.b32decode(demo.DEMO_TOTP_SECRET)) * 8 >= 160
    assert demo.DEMO_TOTP_SECRET in (Path(__file__).resolve().parents[2] / "README.md").read_text()
