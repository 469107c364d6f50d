"""Wagtail's userbar ("edit this page") is drawn for the people who edit, and a family's page
costs no permission query to leave it out."""

import pytest
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.accounts.roles import Role
from tests.factories import make_user

from .conftest import html_of

pytestmark = pytest.mark.django_db

USERBAR = "<wagtail-userbar"


def test_a_parent_sees_no_userbar_and_no_permission_is_looked_up(client, shell_pages):
    client.force_login(make_user(Role.PARENT))
    client.get("/")  # the site and its settings are cached from here on

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/")

    assert page.status_code == 200 and USERBAR not in html_of(page)
    assert not [q for q in queries if "auth_permission" in q["sql"]]


def test_a_young_person_with_a_parents_role_too_sees_none(client, shell_pages):
    user = make_user(Role.YOUNG_PERSON)
    user.groups.add(*make_user(Role.PARENT).groups.all())
    client.force_login(user)

    assert USERBAR not in html_of(client.get("/"))


def test_an_editor_sees_the_userbar(client, shell_pages, editor):
    client.force_login(editor)

    assert USERBAR in html_of(client.get("/"))


def test_an_officer_sees_it_through_their_groups_admin_access(client, shell_pages):
    client.force_login(make_user(Role.OFFICER, mfa=True))  # the seed gives officers the admin

    assert USERBAR in html_of(client.get("/"))


def test_a_key_worker_without_the_admin_is_asked_and_sees_none(client, shell_pages):
    client.force_login(make_user(Role.KEY_WORKER, mfa=True))

    with CaptureQueriesContext(connection) as queries:
        page = client.get("/")

    assert USERBAR not in html_of(page)
    assert [q for q in queries if "auth_permission" in q["sql"]]  # Wagtail was asked


def test_a_parent_given_the_admin_by_hand_is_still_not_shown_it(client, shell_pages):
    # Families' groups are never given the admin; if someone did, the bar stays off (the
    # admin itself still decides who may enter it).
    parent = make_user(Role.PARENT)
    parent.groups.get().permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(parent)

    assert USERBAR not in html_of(client.get("/"))
