"""Uploading through the pages: what is accepted, what is refused (and that a refusal loses
nothing), versions, and how a download is served."""

import hashlib
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from portal.family.documents import uploads
from portal.family.documents.models import Document, DocumentVersion, ScanStatus
from portal.family.timeline import entries_for

from . import samples

pytestmark = pytest.mark.django_db


def _add(client, child, data, name="report.pdf", title="School report", kind="report",
         content_type="application/pdf"):
    return client.post(
        reverse("family_documents:add", kwargs={"child_id": child.pk}),
        {"title": title, "kind": kind, "file": SimpleUploadedFile(name, data, content_type)},
    )


def _saved_state(child):
    versions = DocumentVersion.objects.filter(document__child=child).order_by("pk")
    return [(v.pk, v.stored_name, v.sha256) for v in versions]


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (samples.pdf(), "report.pdf"),
        (samples.png(), "scan.png"),
        (samples.jpeg(), "photo of letter.jpeg"),
        (samples.docx(), "plan.docx"),
    ],
    ids=["pdf", "png", "jpeg", "docx"],
)
def test_a_parent_uploads_each_allowed_kind_and_downloads_the_same_bytes(
    client, family, data, name
):
    client.force_login(family["parent"])

    response = _add(client, family["child"], data, name=name, content_type="text/plain")

    assert response.status_code == 302
    document = Document.objects.get(child=family["child"], title="School report")
    version = document.versions.get()
    download = client.get(
        reverse(
            "family_documents:download",
            kwargs={"child_id": family["child"].pk, "document_id": document.pk,
                    "version_id": version.pk},
        )
    )
    assert download.status_code == 200
    assert download.content == data
    assert version.sha256 == hashlib.sha256(data).hexdigest()
    # The checked type, never the browser's "text/plain".
    assert download["Content-Type"] == version.content_type != "text/plain"
    assert download["Content-Disposition"].startswith("attachment; filename=")
    assert download["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in download["Cache-Control"] and "private" in download["Cache-Control"]


def test_the_file_on_disk_is_encrypted(client, family, settings):
    report = samples.pdf("Private therapy notes for Amara")
    client.force_login(family["parent"])

    _add(client, family["child"], report)

    version = DocumentVersion.objects.get(document__title="School report")
    on_disk = (Path(settings.PRIVATE_FILES_ROOT) / version.stored_name).read_bytes()
    assert report not in on_disk and b"Private therapy notes" not in on_disk
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.pdf"))


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (samples.elf(), "report.pdf", "Its contents are not one of these, whatever its name says"),
        (samples.windows_exe(), "letter.docx", "Its contents are not one of these"),
        (samples.zip_bomb_docx(200), "plan.docx", "unpacks to far more than a Word document"),
        (b"", "empty.pdf", "The selected file is empty"),
        (b"%PDF-1.4" + bytes(20 * 1024 * 1024), "huge.pdf", "must be smaller than 20 MB"),
    ],
    ids=["renamed-elf", "renamed-windows-exe", "zip-bomb", "empty", "oversized"],
)
def test_a_refused_upload_says_why_and_keeps_everything_already_saved(
    client, family, data, name, message, settings
):
    client.force_login(family["parent"])
    before = _saved_state(family["child"])
    files_before = sorted(Path(settings.PRIVATE_FILES_ROOT).rglob("*.enc"))

    response = _add(client, family["child"], data, name=name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert _saved_state(family["child"]) == before
    assert sorted(Path(settings.PRIVATE_FILES_ROOT).rglob("*.enc")) == files_before
    assert uploads.contents(family["version"]) == samples.pdf()


def test_a_refused_new_version_keeps_the_old_one(client, family):
    client.force_login(family["parent"])
    url = reverse(
        "family_documents:version_add",
        kwargs={"child_id": family["child"].pk, "document_id": family["document"].pk},
    )

    response = client.post(url, {"file": SimpleUploadedFile("v2.pdf", samples.elf())})

    assert response.status_code == 200
    assert list(family["document"].versions.values_list("number", flat=True)) == [1]


def test_a_new_version_keeps_the_old_ones_and_the_list_shows_the_newest(client, family):
    client.force_login(family["second_carer"])
    child, document = family["child"], family["document"]
    url = reverse(
        "family_documents:version_add",
        kwargs={"child_id": child.pk, "document_id": document.pk},
    )

    response = client.post(url, {"file": SimpleUploadedFile("v2.docx", samples.docx())})

    assert response.status_code == 302
    assert list(document.versions.values_list("number", flat=True)) == [2, 1]
    assert uploads.contents(document.versions.get(number=1)) == samples.pdf()
    listing = client.get(reverse("family_documents:list", kwargs={"child_id": child.pk}))
    page = listing.content.decode()
    assert "Version 2" in page and "1 earlier version" in page
    detail = client.get(
        reverse(
            "family_documents:detail", kwargs={"child_id": child.pk, "document_id": document.pk}
        )
    ).content.decode()
    assert "Earlier versions" in detail and "speech report.pdf" in detail


def test_the_count_limit_refuses_one_more_and_says_what_to_do(client, family, settings):
    settings.FAMILY_DOCUMENTS_PER_CHILD = 1  # the family fixture already holds one
    client.force_login(family["parent"])

    response = _add(client, family["child"], samples.pdf())

    assert response.status_code == 200
    assert "already holds 1 documents, the most it can" in response.content.decode()
    assert Document.objects.filter(child=family["child"]).count() == 1


def test_an_infected_version_is_never_served(client, family):
    version = family["version"]
    version.scan_status = ScanStatus.INFECTED
    version.save()
    client.force_login(family["parent"])
    url = reverse(
        "family_documents:download",
        kwargs={"child_id": family["child"].pk, "document_id": family["document"].pk,
                "version_id": version.pk},
    )

    response = client.get(url)

    assert response.status_code == 403
    assert samples.pdf() not in response.content
    assert "cannot be downloaded" in response.content.decode()


def test_without_a_scanner_the_family_is_told_plainly(client, family):
    client.force_login(family["parent"])

    page = client.get(
        reverse("family_documents:list", kwargs={"child_id": family["child"].pk})
    ).content.decode()

    assert family["version"].scan_status == ScanStatus.NOT_SCANNED
    assert "Not yet checked for viruses" in page


def test_a_hostile_filename_is_not_echoed_into_the_download_header(client, family):
    client.force_login(family["parent"])
    _add(client, family["child"], samples.pdf(), name='evil"\r\nSet-Cookie: x=1;.html')
    version = DocumentVersion.objects.get(document__title="School report")

    response = client.get(
        reverse(
            "family_documents:download",
            kwargs={"child_id": family["child"].pk, "document_id": version.document_id,
                    "version_id": version.pk},
        )
    )

    disposition = response["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition and "Set-Cookie" not in disposition
    assert disposition.endswith('.pdf"')


def test_documents_appear_on_the_timeline(family):
    uploads.add_version(
        family["document"],
        upload=uploads.Upload(samples.pdf("v2"), "v2.pdf"),
        user=family["parent"],
    )

    titles = [entry.title for entry in entries_for(family["child"])]

    assert "New version of Speech therapy report (version 2)" in titles
    assert "Document added: Speech therapy report" in titles


def test_the_list_costs_a_fixed_few_queries(client, family, django_assert_max_num_queries):
    for number in range(15):
        uploads.add_document(
            family["child"], title=f"Letter {number}", kind="letter",
            upload=uploads.Upload(samples.pdf(), "l.pdf"), user=family["parent"],
        )
    client.force_login(family["parent"])
    url = reverse("family_documents:list", kwargs={"child_id": family["child"].pk})

    # Session, user, roles, site and council shell (8), child, count, documents, versions,
    # permissions and the session save: the same for 1 document or 20.
    with django_assert_max_num_queries(16):
        response = client.get(url)

    assert response.status_code == 200
    assert response.content.decode().count("Download<span") == 16
