"""What kind of file an upload really is, decided from its bytes alone.

A file's name and the type the browser claims are both chosen by whoever sends it, so neither
is read: `report.pdf` that starts with an executable's header is refused. Allowed are PDF,
PNG, JPEG and Word (.docx). A .docx is a zip, so it must hold Word's own parts, carry no macros,
and expand to a sensible size: a zip bomb (a few kilobytes that unpack to gigabytes) is refused
by actually counting what each part unpacks to, up to a cap, not by trusting the sizes the zip
declares about itself.

Pure: no database and no settings; callers pass the limits.
"""

import io
import zipfile
from dataclasses import dataclass
from enum import StrEnum

MEGABYTE = 1024 * 1024


class Kind(StrEnum):
    PDF = "pdf"
    PNG = "png"
    JPEG = "jpeg"
    DOCX = "docx"


CONTENT_TYPES = {
    Kind.PDF: "application/pdf",
    Kind.PNG: "image/png",
    Kind.JPEG: "image/jpeg",
    Kind.DOCX: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
EXTENSIONS = {Kind.PDF: "pdf", Kind.PNG: "png", Kind.JPEG: "jpg", Kind.DOCX: "docx"}
DOCUMENT_KINDS = frozenset(Kind)
IMAGE_KINDS = frozenset({Kind.PNG, Kind.JPEG})



def extension_for(content_type: str) -> str:
    """The file extension for a content type this module decided (for download names)."""
    for kind, known in CONTENT_TYPES.items():
        if known == content_type:
            return EXTENSIONS[kind]
    return "bin"


_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MEGABYTE
    # A real .docx of 20 MB (mostly pictures, already compressed) unpacks to a little more;
    # text compresses about 10:1. Beyond these it is not a document somebody wrote.
    max_unpacked_bytes: int = 100 * MEGABYTE
    max_ratio: int = 100
    max_zip_entries: int = 2000


@dataclass(frozen=True)
class CheckedFile:
    kind: Kind
    size: int

    @property
    def content_type(self) -> str:
        return CONTENT_TYPES[self.kind]

    @property
    def extension(self) -> str:
        return EXTENSIONS[self.kind]


class Refused(Exception):
    """The upload is not accepted; str() is a plain-English sentence for the person."""


def _megabytes(size: int) -> str:
    return f"{size / MEGABYTE:g} MB"


def sniff(data: bytes, limits: Limits) -> Kind | None:
    """The kind of file these bytes are, or None if they are none of the allowed kinds."""
    if data.startswith(b"%PDF-"):
        return Kind.PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return Kind.PNG
    if data.startswith(b"\xff\xd8\xff"):
        return Kind.JPEG
    if data.startswith(b"PK\x03\x04"):
        _check_word(data, limits)
        return Kind.DOCX
    return None


def _check_word(data: bytes, limits: Limits) -> None:
    not_word = Refused(
        "The selected file is a zip file, not a Word document. Save it from Word as a .docx "
        "file and try again."
    )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise not_word from exc
    names = {entry.filename for entry in entries}
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise not_word
    if len(entries) > limits.max_zip_entries:
        raise _too_much_inside(limits)
    declared = sum(entry.file_size for entry in entries)
    if declared > limits.max_unpacked_bytes or declared > limits.max_ratio * max(len(data), 1):
        raise _too_much_inside(limits)
    unpacked = _unpacked_size(archive, entries, cap=limits.max_unpacked_bytes)
    if unpacked is None or unpacked > limits.max_ratio * max(len(data), 1):
        raise _too_much_inside(limits)
    content_types = archive.read("[Content_Types].xml")
    if _WORD_MAIN.encode() not in content_types or "word/vbaProject.bin" in names:
        raise Refused(
            "The selected Word document contains macros or is not a plain .docx file. Save it "
            "from Word as a \"Word Document (.docx)\" and try again."
        )


def _unpacked_size(archive: zipfile.ZipFile, entries, cap: int) -> int | None:
    """How many bytes the parts really unpack to (the sizes a zip declares can lie), or None
    as soon as that passes `cap`. Also None for a damaged part."""
    total = 0
    try:
        for entry in entries:
            with archive.open(entry) as part:
                while chunk := part.read(64 * 1024):
                    total += len(chunk)
                    if total > cap:
                        return None
    except (zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError):
        return None
    return total


def _too_much_inside(limits: Limits) -> Refused:
    return Refused(
        "The selected file unpacks to far more than a Word document would "
        f"(more than {_megabytes(limits.max_unpacked_bytes)}), so it was not accepted."
    )


def check(data: bytes, allowed: frozenset[Kind], limits: Limits) -> CheckedFile:
    """Accept `data` as one of `allowed` kinds, or raise Refused saying why."""
    if not data:
        raise Refused("The selected file is empty. Choose a file that has something in it.")
    if len(data) > limits.max_bytes:
        raise Refused(f"The selected file must be smaller than {_megabytes(limits.max_bytes)}.")
    kind = sniff(data, limits)
    if kind is None or kind not in allowed:
        raise Refused(_wrong_kind_message(allowed))
    return CheckedFile(kind=kind, size=len(data))


def _wrong_kind_message(allowed: frozenset[Kind]) -> str:
    if allowed <= IMAGE_KINDS:
        return (
            "The selected file must be a photo saved as a PNG or JPEG. Its contents are not a "
            "PNG or JPEG image, whatever its name says."
        )
    return (
        "The selected file must be a PDF, a Word document (.docx), or a PNG or JPEG image. "
        "Its contents are not one of these, whatever its name says."
    )
