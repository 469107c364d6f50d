"""One way in: only allauth's sign-in takes a password, and for anyone who must use MFA a
session opens nothing until it has passed the code prompt.

A security review signed in to the editing area through Wagtail's own `/_util/login/` with a
password alone. These tests walk every address the site serves, post staff credentials to each,
and check no session comes out signed in; and they force a password-only session (as any future
login path would make) and check it opens no staff page.
"""

import pytest
from django.contrib.auth import SESSION_KEY
from django.test import override_settings

import portal.urls
from portal.accounts.roles import MFA_REQUIRED_ROLES, Role
from tests.clients import PortalClient
from tests.factories import PASSWORD, OrganisationFactory, make_user

from .helpers import sign_in, sign_in_with_code
from .urlwalk import walk

pytestmark = pytest.mark.django_db

ADMIN_EMAIL = "site-admin@example.org"
# The staff pages a password-only session must not open (each is 200 with the code).
STAFF_PAGES = [
    "/admin/",
    "/admin/users/",
    "/admin/reports/site-history/",
    "/admin/pages/",
    "/account/",
    "/invitations/",
]


def _credentials():
    # Every field name a sign-in form might read, and where an attacker would like to land.
    return {
        "login": ADMIN_EMAIL,
        "username": ADMIN_EMAIL,
        "email": ADMIN_EMAIL,
        "password": PASSWORD,
        "next": "/admin/users/",
    }


def _addresses_that_sign_in(urlconf=None):
    """Post staff credentials to every address; return those after which the session is
    signed in, or reaches the admin."""
    found = []
    for address in walk(urlconf).addresses:
        browser = PortalClient(raise_request_exception=False)
        with override_settings(ROOT_URLCONF=urlconf or "portal.urls"):
            browser.post(address.path, _credentials())
            signed_in = SESSION_KEY in browser.session
            admin = browser.get("/admin/users/")
        if signed_in or admin.status_code == 200:
            found.append(address.pattern)
    return found


@pytest.fixture
def site_admin():
    return make_user(
        Role.SITE_ADMIN,
        email=ADMIN_EMAIL,
        organisation=OrganisationFactory(),
        mfa=True,
        is_staff=True,
        is_superuser=True,
    )


def test_no_address_signs_staff_in_with_a_password_alone(site_admin):
    assert _addresses_that_sign_in() == []


def test_the_walk_finds_a_plain_login_view(site_admin):
    # Given the site plus one plain Django sign-in view, the walk reports that view.
    assert _addresses_that_sign_in("tests.accounts.urls_with_plain_login") == ["plain-login/"]


def test_the_walk_reaches_every_pattern():
    result = walk()

    assert result.unfilled == []
    assert len(result.addresses) > 300
    # A pattern hidden behind an earlier one is only ever hidden by one of the site's own
    # top-level routes: a hand-over to allauth, or an admin view that shows less.
    own_routes = {str(entry.pattern) for entry in portal.urls.urlpatterns}
    assert result.shadowed
    for address in result.shadowed:
        assert address.pattern in own_routes, address


@pytest.mark.parametrize("path", ["/_util/login/", "/admin/login/"])
def test_other_login_pages_hand_over_to_allauth_keeping_next(client, path):
    response = client.get(f"{path}?next=/admin/pages/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fadmin%2Fpages%2F"


def test_wagtail_login_ignores_posted_password(client, site_admin):
    response = client.post("/_util/login/", _credentials())

    assert response["Location"] == "/accounts/login/"
    assert SESSION_KEY not in client.session


def test_wagtail_login_is_no_way_round_the_rate_limit(client, site_admin, settings):
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "5/5m/ip,5/5m/key"}
    for _ in range(25):
        client.post("/_util/login/", {**_credentials(), "password": "wrong-guess"})
        sign_in(client, ADMIN_EMAIL, password="wrong-guess")

    sign_in(client, ADMIN_EMAIL)

    assert client.get("/admin/users/").status_code == 302
    assert SESSION_KEY not in client.session


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_password_only_session_opens_no_staff_page(client, site_admin, path):
    # Given a session signed in without the code, as any path that skips allauth would make
    client.force_login(site_admin, mfa=False)

    response = client.get(path)

    # Then it is signed out and sent to sign in, coming back here afterwards
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert SESSION_KEY not in client.session
    assert client.get("/account/")["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("role", sorted(MFA_REQUIRED_ROLES))
def test_password_only_session_is_signed_out_for_every_mfa_role(client, role):
    user = make_user(role, organisation=OrganisationFactory(), mfa=True)
    client.force_login(user, mfa=False)

    response = client.post("/account/delete/", {"password": PASSWORD})

    assert response["Location"] == "/accounts/login/"  # a POST is not replayed after sign-in
    assert SESSION_KEY not in client.session
    assert user.__class__.objects.filter(pk=user.pk).exists()


def test_family_account_without_mfa_needs_no_code(client):
    parent = make_user(Role.PARENT)
    client.force_login(parent, mfa=False)

    assert client.get("/account/").status_code == 200


def test_family_account_that_chose_mfa_is_held_to_it_only_if_required(client):
    # Families may add an authenticator app; it is asked for at sign-in (allauth), but the
    # per-session rule is for the roles that must use MFA.
    parent = make_user(Role.PARENT, mfa=True)
    client.force_login(parent, mfa=False)

    assert client.get("/account/").status_code == 200


def test_signing_in_with_the_code_opens_the_staff_pages(client, site_admin):
    response = sign_in_with_code(client, ADMIN_EMAIL)

    assert response.status_code == 302
    for path in STAFF_PAGES:
        assert client.get(path).status_code == 200, path


def test_setting_up_the_app_counts_as_this_sessions_code(client):
    from tests.factories import totp_code

    make_user(Role.OFFICER, email="new.officer@example.org", organisation=OrganisationFactory())
    sign_in(client, "new.officer@example.org")
    setup = client.get("/accounts/2fa/totp/activate/")

    client.post("/accounts/2fa/totp/activate/", {"code": totp_code(setup.context["form"].secret)})

    assert client.get("/account/").status_code == 200
    assert client.get("/admin/").status_code == 200
