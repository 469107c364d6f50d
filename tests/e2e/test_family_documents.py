"""A parent uploads a report to their child's record and downloads it again: the bytes they get
back are the bytes they uploaded, a renamed program is refused in plain words, and axe-core
finds nothing to fix on any page of the way (documents, upload, errors, photo, your data)."""

from pathlib import Path

import pytest

from tests.family.documents import samples

from .axe import assert_no_axe_violations
from .browser import sign_in

pytestmark = pytest.mark.browser


@pytest.fixture
def parent_with_child(make_user):
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org", display_name="Sam")
    return parent, make_child(parent, first_name="Ada")


def test_a_parent_uploads_a_report_and_downloads_the_same_bytes(
    axe_page, parent_with_child, tmp_path
):
    page = axe_page
    parent, child = parent_with_child
    report = samples.pdf("Ada's speech and language therapy report")
    sign_in(page, parent.email)

    # Given the child's documents, empty so far
    page.goto(f"/family/children/{child.pk}/documents/")
    assert page.locator("h1").inner_text().strip() == "Documents"
    assert page.get_by_text("No documents have been added yet.").is_visible()
    assert_no_axe_violations(page)

    # When they try a program renamed report.pdf, it is refused in plain words
    page.get_by_role("button", name="Add a document").click()
    assert_no_axe_violations(page)
    page.get_by_label("Title").fill("Speech therapy report")
    page.get_by_label("Report").check()
    page.get_by_label("Upload a file").set_input_files(
        {"name": "report.pdf", "mimeType": "application/pdf", "buffer": samples.elf()}
    )
    page.get_by_role("button", name="Upload document").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert "whatever its name says" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)

    # And then upload the real report
    page.get_by_label("Upload a file").set_input_files(
        {"name": "report.pdf", "mimeType": "application/pdf", "buffer": report}
    )
    page.get_by_role("button", name="Upload document").click()

    # Then the document's page says it was added and not yet scanned
    assert page.locator("h1").inner_text().strip() == "Speech therapy report"
    assert page.get_by_text("Not yet checked for viruses").first.is_visible()
    assert_no_axe_violations(page)

    # And the download is the very same file
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download").click()
    saved = tmp_path / "downloaded.pdf"
    download_info.value.save_as(saved)
    assert Path(saved).read_bytes() == report
    assert download_info.value.suggested_filename == "report.pdf"

    # And the list shows it with its newest version
    page.goto(f"/family/children/{child.pk}/documents/")
    assert page.get_by_role("link", name="Speech therapy report", exact=True).is_visible()
    assert_no_axe_violations(page)


def test_the_photo_and_your_data_pages_have_no_accessibility_violations(
    axe_page, parent_with_child
):
    page = axe_page
    parent, child = parent_with_child
    sign_in(page, parent.email)

    page.goto(f"/family/children/{child.pk}/photo/")
    assert_no_axe_violations(page)
    page.get_by_label("Upload a photo").set_input_files(
        {"name": "ada.png", "mimeType": "image/png", "buffer": samples.png((60, 60))}
    )
    page.get_by_role("button", name="Save the photo").click()
    photo = page.get_by_role("img", name="The current photo of Ada")
    photo.wait_for()  # the saved page may still be loading on a busy machine
    assert photo.is_visible()
    assert_no_axe_violations(page)

    page.goto("/account/your-data/")
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Ask for a copy of your data").click()
    assert page.get_by_text("Your data is ready").is_visible()
    assert_no_axe_violations(page)
