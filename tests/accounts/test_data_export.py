"""Downloading your data: asked for on the account page, built by a task, downloaded once by
the person who asked and then deleted."""

import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.accounts import data_export
from portal.accounts.models import DataExport
from portal.accounts.roles import Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    return make_user(Role.PARENT, display_name="Sam")


def _ask(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(reverse("accounts:your_data"))


def test_the_account_page_links_to_your_data(client, person):
    client.force_login(person)

    page = client.get(reverse("accounts:account")).content.decode()

    assert reverse("accounts:your_data") in page


def test_asking_builds_the_export_and_it_downloads_once(
    client, person, settings, django_capture_on_commit_callbacks
):
    client.force_login(person)

    response = _ask(client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    export = DataExport.objects.get(user=person)
    assert export.status == DataExport.Status.READY
    stored = Path(settings.PRIVATE_FILES_ROOT) / export.stored_name
    assert stored.exists() and b"PK" not in stored.read_bytes()[:4]  # encrypted at rest
    page = client.get(reverse("accounts:your_data")).content.decode()
    assert "Your data is ready" in page

    url = reverse("accounts:your_data_download", kwargs={"export_id": export.pk})
    with django_capture_on_commit_callbacks(execute=True):
        download = client.post(url)

    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert download["Content-Disposition"].startswith("attachment;")
    assert download["X-Content-Type-Options"] == "nosniff"
    body = b"".join(download.streaming_content)
    assert int(download["Content-Length"]) == len(body)
    archive = zipfile.ZipFile(io.BytesIO(body))
    assert json.loads(archive.read("accounts.json"))["email"] == person.email
    assert not stored.exists()
    again = client.post(url)
    assert again.status_code == 302 and again["Location"] == reverse("accounts:your_data")
    assert DataExport.objects.get(pk=export.pk).status == DataExport.Status.DOWNLOADED


def test_nobody_else_can_download_it(client, person, django_capture_on_commit_callbacks):
    client.force_login(person)
    _ask(client, django_capture_on_commit_callbacks)
    export = DataExport.objects.get(user=person)
    url = reverse("accounts:your_data_download", kwargs={"export_id": export.pk})

    client.force_login(make_user(Role.PARENT))

    assert client.post(url).status_code == 404
    assert client.get(url).status_code == 405
    assert DataExport.objects.get(pk=export.pk).status == DataExport.Status.READY


def test_signed_out_people_are_sent_to_sign_in(client):
    response = client.get(reverse("accounts:your_data"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_asking_twice_builds_one(client, person, django_capture_on_commit_callbacks):
    client.force_login(person)
    _ask(client, django_capture_on_commit_callbacks)
    _ask(client, django_capture_on_commit_callbacks)

    assert DataExport.objects.filter(user=person).count() == 1


def test_an_export_nobody_downloads_is_deleted_after_a_week(person, settings):
    export = DataExport.objects.create(user=person)
    data_export.build_export.call(str(export.pk))
    export.refresh_from_db()
    stored = Path(settings.PRIVATE_FILES_ROOT) / export.stored_name

    assert data_export.forget_expired(now=timezone.now() + timedelta(days=8)) == 1

    assert not stored.exists()
    assert not DataExport.objects.exists()


def test_a_failing_section_marks_the_export_failed_and_says_so(client, person, settings):
    def broken(user):
        raise RuntimeError("boom")

    data_export.register_export("test-broken", broken)
    try:
        export = DataExport.objects.create(user=person)
        assert data_export.build_export.call(str(export.pk)) == "failed"
    finally:
        data_export.unregister_export("test-broken")
    client.force_login(person)

    page = client.get(reverse("accounts:your_data")).content.decode()

    assert "could not prepare your last copy" in page


def test_deleting_the_account_deletes_an_unused_export(
    person, settings, django_capture_on_commit_callbacks
):
    from portal.accounts import deletion

    export = DataExport.objects.create(user=person)
    data_export.build_export.call(str(export.pk))
    export.refresh_from_db()
    stored = Path(settings.PRIVATE_FILES_ROOT) / export.stored_name

    with django_capture_on_commit_callbacks(execute=True):
        deletion.delete_account(person)

    assert not stored.exists()
