"""Sharing with a professional who has no account yet: the share form emails an invitation that
names the family only as "a family"; it lasts 7 days, works once, obeys the family's allowance,
and on acceptance by a professional's account (security code and all) the grant is theirs."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from portal.family import carers
from portal.family.policy import Section
from portal.sharing.models import Grant, ProfessionalInvitation
from tests.clients import PortalClient
from tests.factories import make_user

from .helpers import make_child, make_key_worker, make_parent

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate


def share_form(email="hannah@riverside.example", **extra):
    today = TODAY()
    ends = today + timedelta(days=90)
    return {
        "who": "person", "email": email, "sections": ["goals"], "actions": ["add"],
        "purpose": "Annual review at Riverside Primary",
        "starts_on_0": today.day, "starts_on_1": today.month, "starts_on_2": today.year,
        "ends_on_0": ends.day, "ends_on_1": ends.month, "ends_on_2": ends.year, **extra,
    }


@pytest.fixture
def family():
    mum = make_parent(display_name="Sam Okafor")
    return mum, make_child(mum, first_name="Ada")


def invite(client, child, email="hannah@riverside.example"):
    response = client.post(f"/sharing/children/{child.pk}/share/", share_form(email))
    assert response.status_code == 302, response.content.decode()[:3000]
    return re.search(r"http://testserver(/sharing/invitations/\S+/)", mail.outbox[-1].body)[1]


def test_sharing_with_someone_without_an_account_invites_them(client, family):
    mum, child = family
    client.force_login(mum)
    link = invite(client, child)

    email = mail.outbox[-1]
    assert email.to == ["hannah@riverside.example"]
    assert "A family has shared part of a child's record with you" in email.body
    for secret in ("Ada", "Okafor", "Sam", "Annual review", "goals"):
        assert secret not in email.body and secret not in email.subject
    assert not Grant.objects.exists()
    invitation = ProfessionalInvitation.objects.get()
    assert invitation.sections == ["goals"] and "add" in invitation.actions
    assert abs(invitation.expires_at - invitation.created_at - timedelta(days=7)) < timedelta(
        seconds=1
    )

    # Signed out, the page names the family only as "a family".
    page = PortalClient().get(link).content.decode()
    assert "A family has shared" in page and "Ada" not in page and "Sam" not in page


def test_a_professional_accepts_and_the_grant_is_theirs(client, family):
    mum, child = family
    client.force_login(mum)
    link = invite(client, child)
    hannah = make_key_worker(email="hannah@riverside.example", display_name="Hannah Price")

    professional = PortalClient()
    professional.force_login(hannah)  # with a security code, as RequireMFAMiddleware insists
    assert professional.get(link).status_code == 200
    assert professional.post(link)["Location"] == "/sharing/caseload/"
    grant = Grant.objects.get()
    assert grant.grantee_user == hannah and grant.granted_by == mum
    assert grant.allows(Section.GOALS, "add")
    assert professional.get(f"/family/children/{child.pk}/").status_code == 200
    # The link worked once.
    assert professional.post(link).status_code == 410


def test_a_password_only_session_cannot_use_the_grant(family):
    mum, child = family
    parent_client = PortalClient()
    parent_client.force_login(mum)
    link = invite(parent_client, child)
    hannah = make_key_worker(email="hannah@riverside.example")
    with_code = PortalClient()
    with_code.force_login(hannah)
    with_code.post(link)

    without_code = PortalClient()
    without_code.force_login(hannah, mfa=False)
    response = without_code.get(f"/family/children/{child.pk}/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_wrong_or_non_professional_account_expired_or_used_link_is_refused(client, family):
    mum, child = family
    client.force_login(mum)
    link = invite(client, child)

    stranger = PortalClient()
    stranger.force_login(make_key_worker(email="someone-else@riverside.example"))
    assert stranger.get(link).status_code == 403
    assert stranger.post(link).status_code == 409

    public = PortalClient()
    public.force_login(make_user(email="hannah@riverside.example"))  # not a professional
    assert "signs in with a security code" in public.get(link).content.decode()
    assert public.post(link).status_code == 409
    assert not Grant.objects.exists()

    ProfessionalInvitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    assert "has expired" in public.get(link).content.decode()
    assert public.post(link).status_code == 410
    assert not Grant.objects.exists()


def test_professional_invitations_count_in_the_familys_allowance(client, family):
    mum, child = family
    client.force_login(mum)
    for number in range(carers.SENDING_LIMITS[0][1] - 1):
        client.post(f"/family/children/{child.pk}/carers/invite/",
                    {"email": f"person{number}@example.org", "invited_as": "carer"})
    invite(client, child, email="first@riverside.example")
    response = client.post(f"/sharing/children/{child.pk}/share/",
                           share_form("second@riverside.example"))
    assert response.status_code == 429
    assert "You can send up to 5 invitations an hour" in response.content.decode()
    assert ProfessionalInvitation.objects.count() == 1
