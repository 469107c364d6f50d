"""Carers: invite another carer or the young person by email, accept, cancel, and end a
carer's access (by another carer, or by an officer who records why)."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from portal.accounts.roles import Role, has_role
from portal.family import carers
from portal.family.models import RecordInvitation
from tests.factories import OrganisationFactory, make_user

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db


@pytest.fixture
def parent():
    return make_parent(display_name="Sam Okafor")


@pytest.fixture
def child(parent):
    return make_child(parent, first_name="Ada")


def _invite(client, child, email="tunde@example.org", invited_as="carer"):
    client.post(
        f"/family/children/{child.pk}/carers/invite/",
        {"email": email, "invited_as": invited_as, "relationship": "Dad"},
    )
    return re.search(r"http://testserver(/family/invitations/\S+/)", mail.outbox[-1].body)[1]


def test_a_second_carer_accepts_an_invitation_and_sees_the_same_child(client, parent, child):
    client.force_login(parent)
    link = _invite(client, child)
    email = mail.outbox[-1]
    assert email.to == ["tunde@example.org"]
    assert "Ada" not in email.body and "Ada" not in email.subject  # no child's details by email
    waiting = client.get(f"/family/children/{child.pk}/carers/").content.decode()
    assert "tunde@example.org" in waiting

    tunde = make_parent(email="tunde@example.org", display_name="Tunde Okafor")
    client.force_login(tunde)
    assert client.get(link).status_code == 200
    response = client.post(link)
    assert response["Location"] == f"/family/children/{child.pk}/"
    assert "Ada Okafor" in client.get("/family/").content.decode()
    assert child.carers.filter(user=tunde, ended_at__isnull=True).exists()
    # The link worked once.
    assert client.post(link).status_code == 410
    record = client.get(f"/family/children/{child.pk}/").content.decode()
    assert "Tunde Okafor became a carer" in record


def test_signed_out_the_link_asks_to_sign_in_or_create_an_account(client, parent, child):
    client.force_login(parent)
    link = _invite(client, child)
    client.logout()
    html = client.get(link).content.decode()
    assert "Sign in with tunde@example.org" in html
    assert "/accounts/login/?next=" in html and "/accounts/signup/?next=" in html


def test_someone_signed_in_with_another_address_cannot_accept(client, parent, child):
    client.force_login(parent)
    link = _invite(client, child)
    stranger = make_parent()
    client.force_login(stranger)
    assert client.get(link).status_code == 403
    assert client.post(link).status_code == 409
    assert not child.carers.filter(user=stranger).exists()


def test_expired_cancelled_and_unknown_links_say_why(client, parent, child):
    client.force_login(parent)
    link = _invite(client, child)
    invitation = RecordInvitation.objects.get()
    invitation.expires_at = timezone.now() - timedelta(minutes=1)
    invitation.save()
    assert "has expired" in client.get(link).content.decode()
    invitation.expires_at = timezone.now() + timedelta(days=1)
    invitation.save()
    client.post(f"/family/children/{child.pk}/carers/invitations/{invitation.pk}/cancel/")
    assert "has been cancelled" in client.get(link).content.decode()
    assert client.get("/family/invitations/not-a-token/").status_code == 404


def test_invitations_have_an_allowance(client, parent, child):
    client.force_login(parent)
    for number in range(carers.SENDING_LIMITS[0][1]):
        _invite(client, child, email=f"person{number}@example.org")
    response = client.post(
        f"/family/children/{child.pk}/carers/invite/",
        {"email": "one-more@example.org", "invited_as": "carer"},
    )
    assert response.status_code == 429
    assert "You can send up to 5 invitations an hour" in response.content.decode()
    assert "one-more@example.org" in response.content.decode()  # kept in the form


def test_a_bad_email_address_is_refused_plainly(client, parent, child):
    client.force_login(parent)
    response = client.post(
        f"/family/children/{child.pk}/carers/invite/",
        {"email": "not an email", "invited_as": "carer"},
    )
    assert "Enter an email address in the correct format" in response.content.decode()
    assert not RecordInvitation.objects.exists()


def test_a_carer_ends_another_carers_access_and_they_get_404(client, parent, child):
    second = make_parent(display_name="Tunde Okafor")
    access = carers.CarerAccess.objects.create(child=child, user=second, relationship="Dad")
    client.force_login(parent)
    response = client.post(
        f"/family/children/{child.pk}/carers/{access.public_id}/end/", {"reason": "We agreed"}
    )
    assert response.status_code == 302
    access.refresh_from_db()
    assert access.ended_at and access.ended_by == parent and access.end_reason == "We agreed"
    carers_page = client.get(f"/family/children/{child.pk}/carers/").content.decode()
    assert "Carers whose access has ended" in carers_page and "We agreed" in carers_page
    client.force_login(second)
    for address in ("", "profile/", "notes/", "carers/"):
        assert client.get(f"/family/children/{child.pk}/{address}").status_code == 404
    assert "Ada" not in client.get("/family/").content.decode()


def test_an_officer_ends_access_with_a_reason(client, parent, child):
    council = OrganisationFactory(name="Riverside Council", kind="council")
    officer = make_user(Role.OFFICER, organisation=council, mfa=True, display_name="Chris Evans")
    child.date_of_birth = timezone.localdate() - timedelta(days=3000)
    child.save()
    client.force_login(officer)
    dob = child.date_of_birth
    found = client.get("/family/find-a-record/", {
        "first_name": "ada", "last_name": "OKAFOR", "date_of_birth_0": dob.day,
        "date_of_birth_1": dob.month, "date_of_birth_2": dob.year,
    }).content.decode()
    assert f"/family/children/{child.pk}/carers/" in found
    # The officer sees who the carers are, never the record itself.
    assert client.get(f"/family/children/{child.pk}/").status_code == 404
    access = child.carers.get(user=parent)
    end = f"/family/children/{child.pk}/carers/{access.public_id}/end/"
    refused = client.post(end, {})
    assert "Choose why you are ending their access" in refused.content.decode()
    access.refresh_from_db()
    assert access.ended_at is None
    client.post(end, {"reason_kind": "Court order", "reason": "Family court, 1 March 2026"})
    access.refresh_from_db()
    assert access.end_reason == "Court order: Family court, 1 March 2026"
    assert access.ended_by == officer
    client.force_login(parent)
    assert client.get(f"/family/children/{child.pk}/").status_code == 404


def test_a_young_person_is_linked_and_sees_their_own_record(client, parent, child):
    client.force_login(parent)
    link = _invite(client, child, email="ada@example.org", invited_as="young_person")
    ada = make_user(email="ada@example.org", display_name="Ada Okafor")
    client.force_login(ada)
    client.post(link)
    child.refresh_from_db()
    assert child.young_person == ada
    assert has_role(ada, Role.YOUNG_PERSON)
    record = client.get(f"/family/children/{child.pk}/").content.decode()
    assert "Your record" in record
    start = client.get("/start/").content.decode()
    assert "Your record" in start and f'href="/family/children/{child.pk}/"' in start
    # Until the record is theirs (issue 13) they cannot end a carer's access.
    carers_page = client.get(f"/family/children/{child.pk}/carers/").content.decode()
    assert "End access" not in carers_page
    # Once linked, the form no longer offers to invite the young person.
    client.force_login(parent)
    form = client.get(f"/family/children/{child.pk}/carers/invite/").content.decode()
    assert "The young person themself" not in form


def test_the_email_names_the_inviter_as_written(client, child):
    inviter = make_parent(display_name="Siobhan O'Brien")
    carers.CarerAccess.objects.create(child=child, user=inviter)
    client.force_login(inviter)
    _invite(client, child)
    assert mail.outbox[-1].subject == (
        "Siobhan O'Brien has invited you to a record on the SEND portal"
    )
