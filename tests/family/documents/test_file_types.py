"""file_types.py: the kind of an upload is decided from its bytes, never its name."""

import random

import pytest

from portal.family.documents import file_types
from portal.family.documents.file_types import DOCUMENT_KINDS, IMAGE_KINDS, Kind, Limits, Refused

from . import samples

LIMITS = Limits()


@pytest.mark.parametrize(
    ("data", "kind", "content_type"),
    [
        (samples.pdf(), Kind.PDF, "application/pdf"),
        (samples.png(), Kind.PNG, "image/png"),
        (samples.jpeg(), Kind.JPEG, "image/jpeg"),
        (
            samples.docx(),
            Kind.DOCX,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
    ],
    ids=["pdf", "png", "jpeg", "docx"],
)
def test_each_allowed_kind_is_recognised_from_its_bytes(data, kind, content_type):
    checked = file_types.check(data, DOCUMENT_KINDS, LIMITS)

    assert checked.kind == kind
    assert checked.content_type == content_type
    assert checked.size == len(data)


@pytest.mark.parametrize(
    "data", [samples.elf(), samples.windows_exe(), b"<html><script>"], ids=["elf", "exe", "html"]
)
def test_an_executable_or_web_page_is_refused_whatever_it_is_called(data):
    with pytest.raises(Refused, match="Its contents are not one of these, whatever its name"):
        file_types.check(data, DOCUMENT_KINDS, LIMITS)


def test_an_empty_file_is_refused():
    with pytest.raises(Refused, match="The selected file is empty"):
        file_types.check(b"", DOCUMENT_KINDS, LIMITS)


def test_a_file_over_the_limit_is_refused_before_its_type_is_read():
    with pytest.raises(Refused, match="must be smaller than 1 MB"):
        file_types.check(
            b"%PDF-" + bytes(1024 * 1024), DOCUMENT_KINDS, Limits(max_bytes=1024 * 1024)
        )


def test_a_zip_bomb_named_docx_is_refused():
    bomb = samples.zip_bomb_docx(unpacked_megabytes=200)
    assert len(bomb) < 1024 * 1024  # a few hundred kilobytes on the wire

    with pytest.raises(Refused, match="unpacks to far more than a Word document"):
        file_types.check(bomb, DOCUMENT_KINDS, LIMITS)


def test_a_zip_bomb_that_lies_about_its_size_is_refused_by_counting():
    bomb = samples.zip_bomb_docx(unpacked_megabytes=20, honest_sizes=False)

    with pytest.raises(Refused, match="unpacks to far more"):
        file_types.check(bomb, DOCUMENT_KINDS, Limits(max_unpacked_bytes=10 * 1024 * 1024))


def test_a_compressible_but_modest_docx_is_accepted():
    # Text compresses well (a few times over): a long report is a document, not a bomb.
    words = ["speech", "language", "therapy", "progress", "school", "target", "week", "good"]
    rng = random.Random(12)
    text = " ".join(rng.choice(words) for _ in range(300_000)).encode()
    document = samples.docx({"word/styles.xml": text})

    assert file_types.check(document, DOCUMENT_KINDS, LIMITS).kind == Kind.DOCX


def test_a_plain_zip_is_not_a_word_document():
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("holiday.txt", "photos")

    with pytest.raises(Refused, match="is a zip file, not a Word document"):
        file_types.check(out.getvalue(), DOCUMENT_KINDS, LIMITS)


def test_a_word_document_with_macros_is_refused():
    with_macros = samples.docx({"word/vbaProject.bin": b"\0" * 100})

    with pytest.raises(Refused, match="contains macros"):
        file_types.check(with_macros, DOCUMENT_KINDS, LIMITS)


def test_a_damaged_zip_is_refused_plainly():
    with pytest.raises(Refused, match="not a Word document"):
        file_types.check(b"PK\x03\x04" + b"\x00" * 50, DOCUMENT_KINDS, LIMITS)


def test_a_photo_must_be_an_image():
    with pytest.raises(Refused, match="must be a photo saved as a PNG or JPEG"):
        file_types.check(samples.pdf(), IMAGE_KINDS, LIMITS)
    assert file_types.check(samples.jpeg(), IMAGE_KINDS, LIMITS).kind == Kind.JPEG
