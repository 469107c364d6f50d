"""The list of your children and a child's record page."""

import pytest

from portal.accounts.roles import Role
from tests.factories import make_user

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db


def test_your_children_lists_only_yours(client):
    parent, other = make_parent(), make_parent()
    mine = make_child(parent, first_name="Amara")
    make_child(other, first_name="Zed")
    client.force_login(parent)
    page = client.get("/family/")
    assert page.status_code == 200
    assert mine.full_name in page.content.decode()
    assert "Zed" not in page.content.decode()


def test_no_children_yet_says_what_to_do(client):
    client.force_login(make_parent())
    assert "You have not added a child yet" in client.get("/family/").content.decode()


def test_record_page_for_a_carer_and_404_for_another_family(client):
    parent = make_parent()
    child = make_child(parent)
    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/")
    assert page.status_code == 200
    assert "Amara&#x27;s record was started" in page.content.decode()
    client.force_login(make_user(Role.PARENT))
    assert client.get(f"/family/children/{child.pk}/").status_code == 404
    assert client.post(f"/family/children/{child.pk}/").status_code == 404


def test_signed_out_visitors_are_sent_to_sign_in(client):
    child = make_child(make_parent())
    page = client.get(f"/family/children/{child.pk}/")
    assert page.status_code == 302
    assert page["Location"].startswith("/accounts/login/")
