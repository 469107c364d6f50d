"""Small real files of each allowed kind, built here so no binary fixtures live in the tree."""

import io
import struct
import zipfile
import zlib

from PIL import Image

from portal.family.documents.demo import report_pdf


def pdf(text: str = "Speech and language therapy report") -> bytes:
    """A minimal, valid one-page PDF with a line of text (the demo's own PDF writer)."""
    return report_pdf((text,))


def png(size=(4, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def jpeg(size=(4, 4)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (30, 30, 200)).save(out, format="JPEG")
    return out.getvalue()


CONTENT_TYPES_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Letter from school</w:t></w:r></w:p></w:body></w:document>"
)


def _part(name: str) -> zipfile.ZipInfo:
    # A fixed date, so the same sample is the same bytes in every run and every test worker.
    part = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    part.compress_type = zipfile.ZIP_DEFLATED
    return part


def docx(extra: dict[str, bytes] | None = None, content_types: str = CONTENT_TYPES_XML) -> bytes:
    """A minimal Word document that Word and LibreOffice open."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_part("[Content_Types].xml"), content_types)
        archive.writestr(_part("_rels/.rels"), RELS_XML)
        archive.writestr(_part("word/document.xml"), DOCUMENT_XML)
        for name, data in (extra or {}).items():
            archive.writestr(_part(name), data)
    return out.getvalue()


def zip_bomb_docx(unpacked_megabytes: int = 200, honest_sizes: bool = True) -> bytes:
    """A .docx-shaped zip whose extra part is megabytes of zeros squeezed into kilobytes.
    With honest_sizes=False the zip claims the part is tiny (a bomb that lies)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(_part("[Content_Types].xml"), CONTENT_TYPES_XML)
        archive.writestr(_part("_rels/.rels"), RELS_XML)
        archive.writestr(_part("word/document.xml"), DOCUMENT_XML)
        # Written a megabyte at a time, so the test never holds the unpacked size in memory.
        with archive.open(_part("word/media/padding.bin"), "w") as part:
            for _ in range(unpacked_megabytes):
                part.write(bytes(1024 * 1024))
    data = out.getvalue()
    if not honest_sizes:
        data = _understate_sizes(data, "word/media/padding.bin")
    return data


def _understate_sizes(data: bytes, name: str) -> bytes:
    """Rewrite the central directory's uncompressed size for `name` to 1 byte."""
    encoded = name.encode()
    at = data.rfind(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack("<H", data[at + 28 : at + 30])[0]
        if data[at + 46 : at + 46 + name_length] == encoded:
            size = struct.unpack("<I", data[at + 24 : at + 28])[0]
            if size != 0xFFFFFFFF:
                return data[: at + 24] + struct.pack("<I", 1) + data[at + 28 :]
            return data
        at = data.rfind(b"PK\x01\x02", 0, at)
    return data


def elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\0" + b"\0" * 8 + struct.pack("<HH", 2, 62) + b"\0" * 200


def windows_exe() -> bytes:
    return b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff\0\0" + b"\0" * 200 + zlib.compress(b"x")
