"""A key worker signing in lands on the children families have shared with them."""

import pytest
from django.core.cache import cache

from portal.accounts.roles import Role
from tests.accounts.helpers import sign_in_with_code
from tests.factories import OrganisationFactory, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()  # allauth refuses a code already used in this window
    yield
    cache.clear()


def test_a_key_worker_lands_on_their_caseload_after_signing_in(client):
    make_user(Role.KEY_WORKER, organisation=OrganisationFactory(), mfa=True,
              email="worker@example.org")

    response = sign_in_with_code(client, "worker@example.org")

    assert response.status_code == 302
    assert response["Location"] == "/sharing/caseload/"
    assert client.get(response["Location"]).status_code == 200
