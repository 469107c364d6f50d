"""An organisation admin lists colleagues and removes one; the removed person is signed out."""

import pytest
from django.contrib.auth.models import Group

from portal.accounts.roles import Role
from tests.clients import PortalClient as Client
from tests.factories import OrganisationFactory, make_user

from .helpers import sign_in_with_code

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():
    return OrganisationFactory(name="Riverside Leisure Trust")


@pytest.fixture
def admin(org):
    return make_user(
        Role.PROVIDER,
        organisation=org,
        mfa=True,
        is_organisation_admin=True,
        email="admin@example.org",
        display_name="Ada Admin",
    )


@pytest.fixture
def colleague(org):
    return make_user(
        Role.PROVIDER, organisation=org, mfa=True, email="col@example.org", display_name="Cal"
    )


def test_admin_sees_colleagues_in_their_organisation_only(client, admin, colleague):
    outsider = make_user(Role.PROVIDER, organisation=OrganisationFactory(), email="out@example.org")
    client.force_login(admin)

    body = client.get("/organisation/colleagues/").content.decode()

    assert "Colleagues at Riverside Leisure Trust" in body
    assert "col@example.org" in body
    assert "admin@example.org" in body
    assert outsider.email not in body


def test_removing_a_colleague_takes_roles_and_organisation_and_signs_them_out(
    client, admin, colleague
):
    colleague_browser = Client()
    sign_in_with_code(colleague_browser, "col@example.org")
    assert colleague_browser.get("/account/").status_code == 200
    client.force_login(admin)

    confirm = client.get(f"/organisation/colleagues/{colleague.pk}/remove/")
    assert "Remove Cal from Riverside Leisure Trust?" in confirm.content.decode()
    response = client.post(f"/organisation/colleagues/{colleague.pk}/remove/", follow=True)

    assert "Cal has been removed from Riverside Leisure Trust" in response.content.decode()
    colleague.refresh_from_db()
    assert colleague.organisation is None
    assert not colleague.groups.exists()
    assert colleague_browser.get("/account/").status_code == 302  # signed out everywhere


def test_removed_colleague_keeps_a_family_role(client, admin, org):
    both = make_user(Role.PROVIDER, organisation=org, mfa=True)
    both.groups.add(Group.objects.get(name="Parent or carer"))
    client.force_login(admin)

    client.post(f"/organisation/colleagues/{both.pk}/remove/")

    assert list(both.groups.values_list("name", flat=True)) == ["Parent or carer"]


def test_admin_cannot_remove_themselves(client, admin):
    client.force_login(admin)

    assert client.post(f"/organisation/colleagues/{admin.pk}/remove/").status_code == 404
    admin.refresh_from_db()
    assert admin.organisation is not None


def test_admin_cannot_remove_someone_from_another_organisation(client, admin):
    outsider = make_user(Role.PROVIDER, organisation=OrganisationFactory(), mfa=True)
    client.force_login(admin)

    assert client.post(f"/organisation/colleagues/{outsider.pk}/remove/").status_code == 404
    outsider.refresh_from_db()
    assert outsider.organisation is not None


def test_a_colleague_who_is_not_admin_cannot_remove_anyone(client, admin, colleague):
    client.force_login(colleague)

    assert client.post(f"/organisation/colleagues/{admin.pk}/remove/").status_code == 404
    assert client.get("/organisation/colleagues/").status_code == 404
