"""Small receipts made on the spot for the demo family's spends: a one-page PDF naming the payee,
date and amount, or a small PNG. Nothing is read from outside the repository; both pass the
same checks a family's upload does (receipts.check)."""

import struct
import zlib
from datetime import date

from .money import pounds


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(payee: str, spent_on: date, amount_pence: int) -> bytes:
    """A one-page PDF receipt, written out object by object with its cross-reference table."""
    lines = ["Receipt", payee, f"{spent_on:%-d %B %Y}", f"Paid: {pounds(amount_pence)}"]
    shown = " T* ".join(f"({_pdf_text(line.replace('£', 'GBP '))}) Tj" for line in lines)
    stream = f"BT /F1 14 Tf 18 TL 72 720 Td {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 420 595] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    table = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{table}\n%%EOF\n"
            .encode())
    return bytes(out)


def png(width: int = 48, height: int = 64, shade: int = 230) -> bytes:
    """A small grey PNG standing in for a photo of a paper receipt, with darker lines of
    "print" across it."""
    rows = []
    for y in range(height):
        printed = y % 8 in (3, 4) and 6 < y < height - 6
        row = bytes(90 if printed and 6 <= x < width - 6 else shade for x in range(width))
        rows.append(b"\x00" + row)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows))) + chunk(b"IEND", b""))
