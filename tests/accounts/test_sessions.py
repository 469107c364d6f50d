"""Sessions end server-side: idle and absolute limits, sign-out, password change, no-store."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from portal.accounts.roles import Role
from tests.clients import PortalClient as Client
from tests.factories import PASSWORD, make_user

from .helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def parent():
    return make_user(Role.PARENT, email="parent@example.org")


def _copy_of(client):
    """A second browser holding the same session cookie, like a stolen or copied cookie."""
    other = Client()
    other.cookies = client.cookies.__class__(client.cookies)
    return other


def test_idle_session_ends_after_the_idle_limit(client, parent, settings):
    settings.SESSION_IDLE_SECONDS = 30 * 60
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_in(client, "parent@example.org")
        assert client.get("/account/").status_code == 200

    with time_machine.travel(start + timedelta(minutes=29), tick=False):
        assert client.get("/account/").status_code == 200

    with time_machine.travel(start + timedelta(minutes=29 + 31), tick=False):
        response = client.get("/account/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?timed_out=1"
        page = client.get(response["Location"])
        assert "You were signed out to keep your account safe" in page.content.decode()
        assert client.get("/account/").status_code == 302


def test_active_session_still_ends_at_the_absolute_limit(client, parent, settings):
    settings.SESSION_IDLE_SECONDS = 30 * 60
    settings.SESSION_COOKIE_AGE = 12 * 60 * 60
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        sign_in(client, "parent@example.org")

    # Busy every 20 minutes, so never idle...
    minute = 20
    while minute < 12 * 60:
        with time_machine.travel(start + timedelta(minutes=minute), tick=False):
            assert client.get("/account/").status_code == 200, minute
        minute += 20

    # ...but 12 hours after signing in the session is over
    with time_machine.travel(start + timedelta(hours=12, minutes=1), tick=False):
        response = client.get("/account/")
        assert response["Location"] == "/accounts/login/?timed_out=1"


def test_sign_out_ends_the_session_on_the_server(client, parent):
    sign_in(client, "parent@example.org")
    copied = _copy_of(client)
    assert copied.get("/account/").status_code == 200

    client.post("/accounts/logout/")

    assert copied.get("/account/").status_code == 302


def test_password_change_ends_the_old_session(client, parent):
    sign_in(client, "parent@example.org")
    copied = _copy_of(client)
    new_password = "a long new passphrase for the river"

    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": new_password, "password2": new_password},
    )

    assert response.status_code == 302
    assert copied.get("/account/").status_code == 302
    assert client.get("/account/").status_code == 302
    assert sign_in(client, "parent@example.org", password=new_password).status_code == 302


def test_password_change_with_wrong_current_password_changes_nothing(client, parent):
    sign_in(client, "parent@example.org")

    response = client.post(
        "/accounts/password/change/",
        {"oldpassword": "wrong", "password1": "x" * 20 + "yz", "password2": "x" * 20 + "yz"},
    )

    assert "There is a problem" in response.content.decode()
    parent.refresh_from_db()
    assert parent.check_password(PASSWORD)
    assert client.get("/account/").status_code == 200


def test_signed_in_pages_are_not_stored(client, parent):
    client.force_login(parent)

    response = client.get("/account/")

    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_public_pages_for_signed_out_visitors_stay_cacheable(client):
    response = client.get("/")

    assert "no-store" not in response.get("Cache-Control", "")
