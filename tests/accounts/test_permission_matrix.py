"""What each role can reach among the accounts pages and the admin (issue 2's permission test).

Signed-out people are sent to sign in; signed-in people who may not use a staff page get 404
(see portal/accounts/policy.py); MFA roles without an authenticator app are sent to set one up.
"""

import pytest

from portal.accounts.roles import MFA_REQUIRED_ROLES, Role
from tests.factories import OrganisationFactory, make_user

pytestmark = pytest.mark.django_db

URLS = ["/account/", "/invitations/", "/invitations/new/", "/organisation/colleagues/", "/admin/"]
LOGIN = "login"  # redirect to the allauth sign-in page
NO_ADMIN = "no-admin"  # redirect to /admin/login/, which answers 403 "You cannot use the admin"
MFA_SETUP = "mfa-setup"

# role (or None for signed out), organisation admin? -> expected outcome per URL, in URLS order
MATRIX = {
    "anonymous": (None, False, [LOGIN, LOGIN, LOGIN, LOGIN, LOGIN]),
    "parent": (Role.PARENT, False, [200, 404, 404, 404, NO_ADMIN]),
    "young person": (Role.YOUNG_PERSON, False, [200, 404, 404, 404, NO_ADMIN]),
    "young commissioner": (Role.YOUNG_COMMISSIONER, False, [200, 404, 404, 404, NO_ADMIN]),
    "provider": (Role.PROVIDER, False, [200, 404, 404, 404, 200]),
    "provider organisation admin": (Role.PROVIDER, True, [200, 200, 200, 200, 200]),
    "key worker": (Role.KEY_WORKER, False, [200, 404, 404, 404, NO_ADMIN]),
    "key worker organisation admin": (Role.KEY_WORKER, True, [200, 200, 200, 200, NO_ADMIN]),
    "officer": (Role.OFFICER, False, [200, 200, 200, 404, 200]),
    "safeguarding lead": (Role.SAFEGUARDING_LEAD, False, [200, 404, 404, 404, 200]),
    "site admin": (Role.SITE_ADMIN, False, [200, 200, 200, 404, 200]),
}

CASES = [
    pytest.param(role, org_admin, url, expected, id=f"{name} {url}")
    for name, (role, org_admin, outcomes) in MATRIX.items()
    for url, expected in zip(URLS, outcomes, strict=True)
]


def _assert_outcome(response, url, expected):
    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith(("/accounts/login/", "/admin/login/"))
    elif expected == NO_ADMIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
    elif expected == MFA_SETUP:
        assert response.status_code == 302
        assert response["Location"] == "/accounts/2fa/totp/activate/?required=1"
    else:
        assert response.status_code == expected


@pytest.mark.parametrize(("role", "org_admin", "url", "expected"), CASES)
def test_role_reaches_url(client, role, org_admin, url, expected):
    if role is not None:
        user = make_user(
            role,
            organisation=OrganisationFactory(),
            mfa=role in MFA_REQUIRED_ROLES,
            is_organisation_admin=org_admin,
        )
        client.force_login(user)

    response = client.get(url)

    _assert_outcome(response, url, expected)


@pytest.mark.parametrize("role", sorted(MFA_REQUIRED_ROLES))
@pytest.mark.parametrize("url", URLS)
def test_mfa_role_without_totp_is_sent_to_set_up_first(client, role, url):
    client.force_login(make_user(role, organisation=OrganisationFactory(), mfa=False))

    _assert_outcome(client.get(url), url, MFA_SETUP)


def test_signed_out_visitor_ends_at_the_sign_in_page_from_admin(client):
    response = client.get("/admin/", follow=True)

    assert response.redirect_chain[-1][0].startswith("/accounts/login/")
