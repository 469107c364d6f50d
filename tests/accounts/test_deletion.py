"""Deleting an account: confirmation, every app's erasure hook, all or nothing, last site admin."""

import pytest

from portal.accounts import deletion
from portal.accounts.models import User
from portal.accounts.roles import Role
from tests.clients import PortalClient as Client
from tests.factories import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def parent():
    return make_user(Role.PARENT, email="parent@example.org")


@pytest.fixture
def hook():
    calls = []

    def erase_saved_services(user):
        calls.append(user.email)
        return deletion.ErasureReport(
            erased=["Your saved services"],
            kept=[deletion.Kept("Personal budget payments", "Kept for audit for 6 years.")],
        )

    deletion.register_erasure("test-saved-services", erase_saved_services)
    yield calls
    deletion.unregister_erasure("test-saved-services")


def test_confirmation_page_explains_what_is_erased_and_kept(client, parent):
    client.force_login(parent)

    body = client.get("/account/delete/").content.decode()

    assert "We erase" in body
    assert "The council must keep" in body
    assert "financial records" in body
    assert "Enter your password to confirm" in body


def test_deleting_runs_every_hook_signs_out_and_lists_what_happened(client, parent, hook):
    client.force_login(parent)
    other_browser = Client()
    other_browser.force_login(parent)

    response = client.post("/account/delete/", {"password": PASSWORD})

    body = response.content.decode()
    assert response.status_code == 200
    assert "Your account has been deleted" in body
    assert "Your saved services" in body
    assert "Personal budget payments" in body
    assert "Kept for audit for 6 years." in body
    assert hook == ["parent@example.org"]
    assert not User.objects.filter(email="parent@example.org").exists()
    assert client.get("/account/").status_code == 302
    assert other_browser.get("/account/").status_code == 302


def test_wrong_password_deletes_nothing(client, parent, hook):
    client.force_login(parent)

    response = client.post("/account/delete/", {"password": "not it"})

    body = response.content.decode()
    assert "There is a problem" in body
    assert "Your account has not been deleted" in body
    assert hook == []
    assert User.objects.filter(email="parent@example.org").exists()


def test_empty_confirmation_asks_for_the_password(client, parent):
    client.force_login(parent)

    response = client.post("/account/delete/", {})

    assert "Enter your password to confirm you want to delete your account" in (
        response.content.decode()
    )


def test_a_failing_hook_rolls_everything_back_and_says_so(client, parent, hook):
    def broken(user):
        User.objects.filter(pk=user.pk).update(display_name="half erased")
        raise RuntimeError("storage offline")

    deletion.register_erasure("test-broken", broken)
    client.force_login(parent)
    try:
        response = client.post("/account/delete/", {"password": PASSWORD})
    finally:
        deletion.unregister_erasure("test-broken")

    body = response.content.decode()
    assert "Nothing has been deleted" in body
    parent.refresh_from_db()
    assert parent.display_name == ""  # the half-done change was rolled back
    assert client.get("/account/").status_code == 200


def test_the_last_site_admin_cannot_delete_themselves(client):
    admin = make_user(Role.SITE_ADMIN, mfa=True)
    client.force_login(admin)

    page = client.get("/account/delete/")
    response = client.post("/account/delete/", {"password": PASSWORD})

    assert "You are the only site admin" in page.content.decode()
    assert "You are the only site admin" in response.content.decode()
    assert User.objects.filter(pk=admin.pk).exists()


def test_a_site_admin_can_delete_themselves_when_another_remains(client):
    admin = make_user(Role.SITE_ADMIN, mfa=True)
    make_user(Role.SITE_ADMIN, mfa=True)
    client.force_login(admin)

    response = client.post("/account/delete/", {"password": PASSWORD})

    assert "Your account has been deleted" in response.content.decode()
    assert not User.objects.filter(pk=admin.pk).exists()


def test_accounts_own_hook_erases_invitations_to_the_person(parent):
    from portal.accounts import invitations
    from tests.factories import OrganisationFactory

    officer = make_user(Role.OFFICER, mfa=True)
    invitations.issue(
        email="parent@example.org",
        role=Role.PROVIDER,
        organisation=OrganisationFactory(),
        invited_by=officer,
        build_link=lambda token: token,
    )

    outcome = deletion.delete_account(parent)

    assert "Invitations sent to your email address" in outcome.erased
    assert not parent.__class__.objects.filter(email="parent@example.org").exists()
    from portal.accounts.models import Invitation

    assert not Invitation.objects.filter(email="parent@example.org").exists()


def test_account_that_other_records_must_keep_is_emptied_instead(client, parent, monkeypatch):
    from django.db.models import ProtectedError

    def protected(self, *args, **kwargs):
        # Stands in for a record another app must keep (a payment pointing at the user).
        raise ProtectedError("kept for audit", set())

    monkeypatch.setattr(User, "delete", protected)
    client.force_login(parent)

    response = client.post("/account/delete/", {"password": PASSWORD})

    assert "we kept an empty account" in response.content.decode()
    shell = User.objects.get(pk=parent.pk)
    assert shell.email.endswith("@deleted.invalid")
    assert not shell.is_active
    assert not shell.has_usable_password()
    assert not shell.groups.exists()
    assert client.get("/account/").status_code == 302
