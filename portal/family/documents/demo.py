"""Demo documents (local only; seed_demo refuses to run with DEBUG off): one speech and language
therapy report for Ada, the demo parent's daughter, as a real PDF stored encrypted like any
upload. Safe to run again: a report that is there already is left as it is."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from portal.family.models import Child

from . import uploads
from .models import Document

PARENT = "parent-or-carer@riverside.example"
TITLE = "Speech and language therapy report"
REPORT_LINES = (
    "Riverside Speech and Language Therapy CIC",
    "Speech and language therapy report: Ada Okafor",
    "Seen at Riverside Primary School by Hannah Price, Speech and Language Therapist.",
    "Ada understands short instructions with picture support and uses 3 to 4 word sentences.",
    "She finds it hard to follow spoken instructions in a noisy classroom.",
    "Recommendations: visual timetable; now-and-next board; a quiet space for breaks;",
    "weekly small-group language sessions; review in six months.",
    "This report is invented for the Riverside Council demo.",
)


def report_pdf(lines=REPORT_LINES) -> bytes:
    """A one-page PDF with a line of text per entry (enough to open in any PDF reader)."""
    text = " ".join(
        f"BT /F1 {16 if index == 1 else 11} Tf 56 {760 - 28 * index} Td ({_escape(line)}) Tj ET"
        for index, line in enumerate(lines)
    ).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref
    )
    return bytes(out)


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


@transaction.atomic
def seed(stdout) -> None:
    child = (
        Child.objects.filter(first_name="Ada", last_name="Okafor", created_by__email=PARENT)
        .select_related("created_by")
        .first()
    )
    if child is None:
        stdout.write("Family documents: no demo child to add a report to.\n")
        return
    if Document.objects.filter(child=child, title=TITLE).exists():
        stdout.write("Family documents: the demo report is already there.\n")
        return
    document = uploads.add_document(
        child,
        title=TITLE,
        kind=Document.Kind.REPORT,
        upload=uploads.Upload(report_pdf(), "SALT report Ada Okafor.pdf"),
        user=child.created_by,
    )
    # Dated a month back, so the record's timeline reads like a real one.
    when = timezone.now() - timedelta(days=30)
    Document.objects.filter(pk=document.pk).update(created_at=when, updated_at=when)
    document.versions.update(created_at=when)
    stdout.write("Family documents: added Ada's speech and language therapy report.\n")
