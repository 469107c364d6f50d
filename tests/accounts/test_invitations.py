"""Invitations: who can send them, single-use expiring links, accepting, cancelling."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.utils import timezone

from portal.accounts import invitations
from portal.accounts.models import Invitation, User
from portal.accounts.roles import Role
from tests.factories import make_user, totp_code

from .helpers import link_in_last_email, path_of, sign_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "kingfisher over the weir at dawn"


def _invite(client, email, role, organisation):
    return client.post(
        "/invitations/new/", {"email": email, "role": str(role), "organisation": organisation.pk}
    )


def _issue(inviter, email="new.provider@example.org", role=Role.PROVIDER, organisation=None):
    issued = invitations.issue(
        email=email,
        role=role,
        organisation=organisation,
        invited_by=inviter,
        build_link=lambda token: f"http://testserver/invitations/{token}/",
    )
    return issued.invitation, path_of(issued.link)


def test_officer_invites_a_provider_who_accepts_and_is_forced_to_set_up_mfa(
    client, officer, provider_org
):
    # Given an officer sends an invitation
    client.force_login(officer)
    response = _invite(client, "New.Provider@Example.org", Role.PROVIDER, provider_org)
    assert response["Location"] == "/invitations/"
    listing = client.get("/invitations/").content.decode()
    assert "Invitation sent to new.provider@example.org" in listing
    assert "Waiting" in listing

    # Then the invitee gets an email with a link, and only a hash of the token is stored
    assert mail.outbox[-1].to == ["new.provider@example.org"]
    link = path_of(link_in_last_email(r"https?://\S+/invitations/\S+/"))
    token = link.rstrip("/").rsplit("/", 1)[-1]
    invitation = Invitation.objects.get()
    assert token not in invitation.token_hash
    assert invitation.token_hash == invitations.hash_token(token)

    # When the invitee opens the link and sets a password
    client.logout()
    page = client.get(link)
    body = page.content.decode()
    assert "Join Brookfield Short Breaks" in body
    assert "new.provider@example.org" in body
    response = client.post(
        link, {"display_name": "Pat", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )

    # Then their account exists with the role and organisation, and MFA set-up comes first
    user = User.objects.get(email="new.provider@example.org")
    assert set(user.groups.values_list("name", flat=True)) == {"Provider"}
    assert user.organisation == provider_org
    assert user.emailaddress_set.get().verified
    assert response["Location"] == "/accounts/2fa/totp/activate/"
    assert client.get("/account/")["Location"] == "/accounts/2fa/totp/activate/?required=1"
    setup = client.get("/accounts/2fa/totp/activate/")
    assert setup.status_code == 200
    client.post("/accounts/2fa/totp/activate/", {"code": totp_code(setup.context["form"].secret)})
    assert client.get("/account/").status_code == 200

    # And the link cannot be used again
    client.logout()
    reused = client.get(link)
    assert reused.status_code == 410
    assert "already been used" in reused.content.decode()


def test_invitation_link_expires_after_seven_days(client, officer, provider_org):
    _, link = _issue(officer, organisation=provider_org)

    with time_machine.travel(timezone.now() + timedelta(days=7, minutes=1)):
        response = client.get(link)
        posted = client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert response.status_code == 410
    assert "This invitation has expired" in response.content.decode()
    assert posted.status_code == 410
    assert not User.objects.filter(email="new.provider@example.org").exists()


def test_invitation_still_works_on_day_six(client, officer, provider_org):
    _, link = _issue(officer, organisation=provider_org)

    with time_machine.travel(timezone.now() + timedelta(days=6)):
        response = client.get(link)

    assert response.status_code == 200


def test_cancelled_invitation_shows_a_plain_page(client, officer, provider_org):
    invitation, link = _issue(officer, organisation=provider_org)
    client.force_login(officer)

    response = client.post(f"/invitations/{invitation.pk}/cancel/", follow=True)
    assert "has been cancelled" in response.content.decode()
    assert "Cancelled" in response.content.decode()
    client.logout()

    page = client.get(link)
    assert page.status_code == 410
    assert "cancelled by the person who sent it" in page.content.decode()


def test_unknown_token_shows_a_not_found_page(client):
    response = client.get("/invitations/" + "x" * 43 + "/")

    assert response.status_code == 404
    assert "We do not recognise this link" in response.content.decode()


def test_bad_password_on_accept_shows_errors_and_creates_nothing(client, officer, provider_org):
    _, link = _issue(officer, organisation=provider_org)

    response = client.post(link, {"password1": "password123", "password2": "password123"})

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "too common" in body
    assert not User.objects.filter(email="new.provider@example.org").exists()
    assert Invitation.objects.get().status == Invitation.Status.PENDING


def test_existing_account_is_asked_to_sign_in_then_gets_the_role(client, officer, provider_org):
    parent = make_user(Role.PARENT, email="new.provider@example.org")
    _, link = _issue(officer, organisation=provider_org)

    page = client.get(link)
    assert "There is already an account" in page.content.decode()
    assert "Sign in to accept" in page.content.decode()

    sign_in(client, "new.provider@example.org")
    response = client.post(link)

    assert response["Location"] == "/account/"
    parent.refresh_from_db()
    assert set(parent.groups.values_list("name", flat=True)) == {"Parent or carer", "Provider"}
    assert parent.organisation == provider_org
    # Now a provider, they must set up MFA before anything else
    assert client.get("/account/")["Location"] == "/accounts/2fa/totp/activate/?required=1"


def test_signed_in_as_someone_else_cannot_accept(client, officer, provider_org):
    make_user(Role.PARENT, email="new.provider@example.org")
    other = make_user(Role.PARENT, email="someone.else@example.org")
    _, link = _issue(officer, organisation=provider_org)
    client.force_login(other)

    response = client.post(link)

    assert response.status_code == 403
    assert "this invitation is for new.provider@example.org" in response.content.decode()
    assert Invitation.objects.get().status == Invitation.Status.PENDING


def test_organisation_admin_invites_a_colleague_to_their_own_organisation(client, provider_org):
    admin = make_user(
        Role.PROVIDER, organisation=provider_org, mfa=True, is_organisation_admin=True
    )
    client.force_login(admin)

    form_page = client.get("/invitations/new/").content.decode()
    assert "Council officer" not in form_page  # cannot invite officers
    response = _invite(client, "colleague@example.org", Role.KEY_WORKER, provider_org)

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organisation == provider_org
    assert invitation.role == "Key worker"


def test_organisation_admin_cannot_invite_to_another_organisation(client, provider_org, council):
    admin = make_user(
        Role.PROVIDER, organisation=provider_org, mfa=True, is_organisation_admin=True
    )
    client.force_login(admin)

    response = _invite(client, "sneaky@example.org", Role.PROVIDER, council)

    assert response.status_code == 200
    assert "Select the organisation they will belong to" in response.content.decode()
    assert not Invitation.objects.exists()


def test_organisation_admin_cannot_invite_an_officer(client, provider_org):
    admin = make_user(
        Role.PROVIDER, organisation=provider_org, mfa=True, is_organisation_admin=True
    )
    client.force_login(admin)

    response = _invite(client, "boss@example.org", Role.OFFICER, provider_org)

    assert "There is a problem" in response.content.decode()
    assert not Invitation.objects.exists()


def test_organisation_admin_sees_and_cancels_only_their_organisations_invitations(
    client, officer, provider_org, council
):
    admin = make_user(
        Role.PROVIDER, organisation=provider_org, mfa=True, is_organisation_admin=True
    )
    own, _ = _issue(officer, email="mine@example.org", organisation=provider_org)
    other, _ = _issue(officer, email="theirs@example.org", role=Role.OFFICER, organisation=council)
    client.force_login(admin)

    listing = client.get("/invitations/").content.decode()
    assert "mine@example.org" in listing
    assert "theirs@example.org" not in listing
    assert client.post(f"/invitations/{other.pk}/cancel/").status_code == 404
    other.refresh_from_db()
    assert other.status == Invitation.Status.PENDING


def test_a_second_invitation_while_one_is_waiting_is_refused(client, officer, provider_org):
    client.force_login(officer)
    _invite(client, "twice@example.org", Role.PROVIDER, provider_org)

    response = _invite(client, "twice@example.org", Role.PROVIDER, provider_org)

    assert "There is already a waiting invitation" in response.content.decode()
    assert Invitation.objects.count() == 1


def test_invitation_form_errors_use_the_error_summary(client, officer):
    client.force_login(officer)

    response = client.post("/invitations/new/", {"email": "not-an-email"})

    body = response.content.decode()
    assert "There is a problem" in body
    assert "Enter an email address in the correct format" in body
    assert "Select what the person will do" in body
    assert re.search(r'href="#id_role_0"', body)


def test_people_without_invite_rights_get_not_found(client):
    parent = make_user(Role.PARENT)
    client.force_login(parent)

    assert client.get("/invitations/new/").status_code == 404
    assert client.post("/invitations/new/", {"email": "x@example.org"}).status_code == 404
    assert not Invitation.objects.exists()


def test_empty_accept_form_names_the_missing_password(client, officer, provider_org):
    _, link = _issue(officer, organisation=provider_org)

    response = client.post(link, {})

    body = response.content.decode()
    assert "Enter a password" in body
    assert "Enter your password again" in body
    assert not User.objects.filter(email="new.provider@example.org").exists()


def test_officer_can_make_the_invitee_their_organisations_admin(client, officer, provider_org):
    client.force_login(officer)
    client.post(
        "/invitations/new/",
        {
            "email": "lead@example.org",
            "role": "Provider",
            "organisation": provider_org.pk,
            "makes_organisation_admin": "on",
        },
    )
    link = path_of(link_in_last_email(r"https?://\S+/invitations/\S+/"))
    client.logout()

    client.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    assert User.objects.get(email="lead@example.org").is_organisation_admin


def test_organisation_admin_cannot_appoint_another_admin(client, provider_org):
    admin = make_user(
        Role.PROVIDER, organisation=provider_org, mfa=True, is_organisation_admin=True
    )
    client.force_login(admin)

    assert "manage colleagues" not in client.get("/invitations/new/").content.decode()
    client.post(
        "/invitations/new/",
        {
            "email": "x@example.org",
            "role": "Provider",
            "organisation": provider_org.pk,
            "makes_organisation_admin": "on",
        },
    )

    assert Invitation.objects.get().makes_organisation_admin is False


def test_long_invitation_lists_are_split_into_pages(client, officer, provider_org, monkeypatch):
    # Paging, not the sending allowance (test_invitation_limits.py), is what this test is about.
    monkeypatch.setattr(invitations, "SENDING_LIMITS", ())
    for number in range(55):
        _issue(officer, email=f"person{number}@example.org", organisation=provider_org)
    client.force_login(officer)

    first = client.get("/invitations/").content.decode()
    second = client.get("/invitations/?page=2").content.decode()
    nonsense = client.get("/invitations/?page=banana")

    assert first.count("govuk-table__row") == 51  # 50 rows and the heading row
    assert "Next<span" in first
    assert second.count("govuk-table__row") == 6
    assert nonsense.status_code == 200
