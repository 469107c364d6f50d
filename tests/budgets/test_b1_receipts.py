"""Receipts on direct-payment spends: checked by their bytes, virus-scanned and encrypted like
the record's documents, refused before anything is written (and nothing typed is lost), added
later to a spend already recorded, downloaded only by whoever may see the spend, and in the
family's data download."""

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from budgets import ledger, receipts, receipts_demo, spending
from budgets.models import LedgerTransaction, Receipt, Spend
from portal.accounts.data_export import build_zip
from portal.accounts.roles import Role
from portal.family.documents import virus_scan
from portal.family.policy import Section
from portal.sharing.models import AccessLog
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent
from tests.sharing.helpers import make_key_worker, share

from .helpers import make_budget

pytestmark = pytest.mark.django_db

PNG = receipts_demo.png()
PDF = receipts_demo.pdf("Riverside Youth Club", date(2026, 5, 2), 4_550)


@pytest.fixture
def family():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    return parent, child, budget, provisions["breaks"]


def signed_in(user):
    client = PortalClient()
    client.force_login(user)
    return client


def spend_form(breaks, upload=None, **changes):
    form = {"provision": breaks.pk, "spent_on": "2/5/2026", "amount": "45.50",
            "payee": "Riverside Youth Club", "what_for": "Two Saturday sessions"}
    if upload is not None:
        form["file"] = upload
    return {**form, **changes}


def upload(data, name):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def encrypted_files():
    return sorted(Path(settings.PRIVATE_FILES_ROOT).rglob("*.enc"))


def test_the_family_records_a_spend_with_a_photo_of_the_receipt(family):
    parent, child, budget, breaks = family
    client = signed_in(parent)

    response = client.post(f"/family/children/{child.pk}/budget/{budget.pk}/spends/new/",
                           spend_form(breaks, upload(PNG, "IMG_2041.png")))

    made = Spend.objects.get()
    assert response.status_code == 302
    receipt = made.receipts.get()
    assert (receipt.content_type, receipt.size, receipt.original_filename) == (
        "image/png", len(PNG), "IMG_2041.png")
    assert receipt.scan_status == Receipt.Scan.NOT_SCANNED  # no clamd in the tests
    on_disk = (Path(settings.PRIVATE_FILES_ROOT) / receipt.stored_name).read_bytes()
    assert PNG not in on_disk and receipt.stored_name.startswith("receipts/")

    page = client.get(f"/family/children/{child.pk}/spends/{made.pk}/").content.decode()
    download = f"/family/children/{child.pk}/spends/{made.pk}/receipts/{receipt.pk}/"
    assert download in page and "IMG_2041.png" in page
    got = client.get(download)
    assert got.status_code == 200 and got.content == PNG
    assert got["Content-Type"] == "image/png" and got["X-Content-Type-Options"] == "nosniff"
    assert got["Content-Disposition"].startswith("attachment;")


@pytest.mark.parametrize("data, name, says", [
    (b"MZ\x90\x00 not really a receipt", "receipt.pdf",
     "The receipt must be a PDF, or a photo or scan saved as a PNG or JPEG"),
    (b"", "empty.png", "The selected file is empty"),
    (b"%PDF-" + b"0" * (10 * 1024 * 1024), "huge.pdf", "must be smaller than 10 MB"),
])
def test_a_refused_receipt_saves_nothing_and_keeps_what_was_typed(family, data, name, says):
    parent, child, budget, breaks = family
    transactions, files = LedgerTransaction.objects.count(), encrypted_files()

    response = signed_in(parent).post(
        f"/family/children/{child.pk}/budget/{budget.pk}/spends/new/",
        spend_form(breaks, upload(data, name)))

    page = response.content.decode()
    assert response.status_code == 200 and says in page
    assert "Riverside Youth Club" in page and "Two Saturday sessions" in page and "45.50" in page
    assert Spend.objects.count() == 0 and Receipt.objects.count() == 0
    assert LedgerTransaction.objects.count() == transactions and encrypted_files() == files


def test_a_word_document_is_not_a_receipt():
    word = zipfile.ZipFile(buffer := io.BytesIO(), "w")
    word.writestr("[Content_Types].xml", "application/vnd.openxmlformats-officedocument."
                  "wordprocessingml.document.main+xml")
    word.writestr("word/document.xml", "<w:document/>")
    word.close()

    with pytest.raises(receipts.Refused, match="must be a PDF, or a photo"):
        receipts.check(receipts.Upload(buffer.getvalue(), "receipt.docx"))


def test_a_receipt_is_added_later_and_the_reviewer_is_told_where_to_look(
    family, django_capture_on_commit_callbacks
):
    parent, child, budget, breaks = family
    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                        mfa=True, email="officer@riverside.example")
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Riverside Youth Club", "Two sessions"), by=parent)
    spending.ask(made, by=officer, text="Do you have the receipt?", notify=False)
    client = signed_in(parent)
    url = f"/family/children/{child.pk}/spends/{made.pk}/receipts/new/"

    assert f'href="{url}"' in client.get(
        f"/family/children/{child.pk}/spends/{made.pk}/").content.decode()
    refused = client.post(url, {"file": upload(b"hello", "receipt.pdf")})
    assert "The receipt must be a PDF" in refused.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"file": upload(PDF, "receipt.pdf")})

    assert response.status_code == 302
    assert made.receipts.get().content_type == "application/pdf"
    (email,) = mail.outbox
    assert email.to == ["officer@riverside.example"]
    assert f"/budgets/officer/{budget.pk}/spends/{made.pk}/" in email.body
    for secret in ("Youth Club", "45.50", "Ada", "receipt.pdf"):
        assert secret not in email.body and secret not in email.subject


def test_a_receipt_with_a_virus_is_kept_but_never_served(family, monkeypatch):
    parent, child, budget, breaks = family
    monkeypatch.setattr(virus_scan, "scan",
                        lambda data: virus_scan.ScanResult(virus_scan.Verdict.INFECTED, "Eicar"))
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PDF, "receipt.pdf"))
    receipt = made.receipts.get()

    response = signed_in(parent).get(
        f"/family/children/{child.pk}/spends/{made.pk}/receipts/{receipt.pk}/")

    assert response.status_code == 403 and PDF not in response.content
    assert "cannot be downloaded" in response.content.decode()


def test_receipts_are_reached_only_through_the_policy(family):
    parent, child, budget, breaks = family
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PNG, "receipt.png"))
    receipt = made.receipts.get()
    other = make_parent()
    theirs = make_child(other, first_name="Zed")
    url = f"/family/children/{child.pk}/spends/{made.pk}/receipts/{receipt.pk}/"

    for method in ("get", "post"):
        assert getattr(signed_in(other), method)(url).status_code == 404
        # nor under their own child's address
        assert getattr(signed_in(other), method)(
            f"/family/children/{theirs.pk}/spends/{made.pk}/receipts/{receipt.pk}/"
        ).status_code == 404
    assert signed_in(make_key_worker()).get(url).status_code == 404
    assert signed_in(parent).post(url).status_code == 405

    worker = make_key_worker()
    grant = share(child, with_user=worker, sections=(Section.BUDGET,), by=parent)
    assert signed_in(worker).get(url).content == PNG
    row = AccessLog.objects.get()
    assert (row.section, row.action, row.grant, row.page) == ("budget", "view", grant, url)
    # Seeing the budget is not adding to it.
    assert signed_in(worker).post(
        f"/family/children/{child.pk}/spends/{made.pk}/receipts/new/",
        {"file": upload(PNG, "x.png")}).status_code == 404
    assert made.receipts.count() == 1


def test_the_officer_downloads_a_receipt_and_the_family_sees_it_in_the_log(family):
    parent, child, budget, breaks = family
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PDF, "receipt.pdf"))
    receipt = made.receipts.get()
    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                        mfa=True)
    client = signed_in(officer)

    page = client.get(f"/budgets/officer/{budget.pk}/spends/{made.pk}/").content.decode()
    url = f"/budgets/officer/{budget.pk}/spends/{made.pk}/receipts/{receipt.pk}/"
    assert url in page
    assert client.get(url).content == PDF
    other_budget, _, _ = make_budget(make_child(make_parent()))
    assert client.get(f"/budgets/officer/{other_budget.pk}/spends/{made.pk}/receipts/"
                      f"{receipt.pk}/").status_code == 404

    rows = list(AccessLog.objects.filter(child=child).order_by("at", "pk"))
    assert [(r.section, r.action, r.grant) for r in rows] == [("budget", "view", None)] * 2
    assert rows[1].page == url and rows[0].role == "Council officer"


def test_the_data_download_holds_the_receipts(family):
    parent, child, budget, breaks = family
    spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PDF, "receipt.pdf"))

    archive = zipfile.ZipFile(io.BytesIO(build_zip(parent)))
    (spent,) = json.loads(archive.read("budgets.json"))["budgets"][0]["spends"]
    (listed,) = spent["receipts"]

    assert listed["original_name"] == "receipt.pdf"
    assert archive.read(listed["file"]) == PDF


def test_the_spend_page_asks_the_same_of_the_database_for_one_receipt_or_five(
    family, django_assert_max_num_queries
):
    parent, child, budget, breaks = family
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PNG, "receipt.png"))
    client = signed_in(parent)
    url = f"/family/children/{child.pk}/spends/{made.pk}/"
    client.get(url)  # the session and site are warm

    with django_assert_max_num_queries(QUERIES):
        client.get(url)
    for _ in range(4):
        receipts.attach(made, receipts.Upload(PDF, "receipt.pdf"), by=parent)
    with django_assert_max_num_queries(QUERIES):
        page = client.get(url).content.decode()
    assert page.count("Download the receipt added") == 5


# The session and user, the child and who holds it, the spend, its receipts and its messages,
# and whether this person may review or add: one query for the receipts however many there are.
QUERIES = 14


def test_receipts_kept_before_a_scanner_was_set_up_are_scanned_by_the_command(family, tmp_path,
                                                                             settings):
    import socket
    from io import StringIO

    from django.core.management import call_command

    from tests.family.documents.test_virus_scan import FakeClamd

    parent, child, budget, breaks = family
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 4_550, "Pool", "Swimming"), by=parent,
        receipt=receipts.Upload(PDF, "receipt.pdf"))
    receipt = made.receipts.get()
    assert receipt.scan_status == Receipt.Scan.NOT_SCANNED  # the test settings set no scanner
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(tmp_path / "clamd.sock"))
    server.listen()
    fake = FakeClamd(server)
    settings.CLAMD_SOCKET = str(tmp_path / "clamd.sock")
    out = StringIO()
    try:
        call_command("scan_private_files", stdout=out)
    finally:
        fake.close()

    receipt.refresh_from_db()
    assert receipt.scan_status == Receipt.Scan.CLEAN and receipt.scanned_at is not None
    assert "clean: 1" in out.getvalue()
