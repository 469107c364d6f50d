"""Receipts for spends: a photo or a PDF, taken the way the family record's documents are
(portal/family/documents/uploads.py): what the file is decided from its bytes, then a virus
scan, then the file encrypted under PRIVATE_FILES_ROOT, then its row.

Every step that can refuse runs before anything is written, so a refused receipt changes
nothing (and the form keeps what was typed); and the encrypted file is written before its row,
inside the caller's transaction, so a failure part-way leaves at most an orphaned encrypted
file, never a row without its file.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from portal import private_files
from portal.family.documents import file_types, virus_scan

from .models import Receipt, Spend

FOLDER = "receipts"
KINDS = frozenset({file_types.Kind.PDF, file_types.Kind.PNG, file_types.Kind.JPEG})
MAX_BYTES = 10 * 1024 * 1024
# A spend queried more than once may gain a few; beyond this it is not receipts any more.
PER_SPEND = 10

Refused = file_types.Refused


def limits() -> file_types.Limits:
    return file_types.Limits(max_bytes=getattr(settings, "BUDGET_RECEIPT_MAX_BYTES", MAX_BYTES))


@dataclass(frozen=True)
class Upload:
    """A file as the form received it: its bytes and the name it had on the person's device."""

    data: bytes
    filename: str

    @classmethod
    def from_file(cls, uploaded) -> "Upload":
        # Read no more than one byte past the limit: enough to know it is too big.
        uploaded.seek(0)
        return cls(data=uploaded.read(limits().max_bytes + 1), filename=uploaded.name or "")


def check(upload: Upload) -> file_types.CheckedFile:
    """The receipt as a PDF, PNG or JPEG, or Refused with a sentence for the family."""
    try:
        return file_types.check(upload.data, KINDS, limits())
    except Refused:
        if upload.data and len(upload.data) <= limits().max_bytes:
            # The documents' own wording offers Word files, which a receipt may not be.
            raise Refused(
                "The receipt must be a PDF, or a photo or scan saved as a PNG or JPEG. The "
                "selected file is not one of these, whatever its name says."
            ) from None
        raise


def check_room(spend: Spend) -> None:
    if spend.receipts.count() >= PER_SPEND:
        raise Refused(f"This spend already has {PER_SPEND} receipts, the most it can hold.")


@transaction.atomic
def attach(spend: Spend, upload: Upload, *, by) -> Receipt:
    """Keep `upload` as a receipt of `spend`. Raises Refused, having written nothing, for a
    file that is not a receipt."""
    checked = check(upload)
    check_room(spend)
    result = virus_scan.scan(upload.data)
    stored_name = private_files.save(upload.data, FOLDER)  # the file first, then its row
    return Receipt.objects.create(
        spend=spend,
        stored_name=stored_name,
        original_filename=upload.filename[:255],
        size=checked.size,
        sha256=hashlib.sha256(upload.data).hexdigest(),
        content_type=checked.content_type,
        scan_status=Receipt.Scan(result.verdict.value),
        scanned_at=None if result.verdict == virus_scan.Verdict.NOT_SCANNED else timezone.now(),
        uploaded_by=by,
    )


def contents(receipt: Receipt) -> bytes:
    """The decrypted bytes (the caller has asked the policy already)."""
    return private_files.read(receipt.stored_name)


def extension_for(receipt: Receipt) -> str:
    return file_types.extension_for(receipt.content_type)


def scan_waiting(limit: int | None = None) -> dict[str, int]:
    """Scan the receipts still "not yet scanned" (or whose scan failed), for a council that
    sets up clamd after families have uploaded: `manage.py scan_private_files` calls it (apps.py
    registers it). Returns how many got each verdict."""
    counts: dict[str, int] = {}
    if not virus_scan.ClamdAddress.from_settings().configured:
        return counts
    waiting = [Receipt.Scan.NOT_SCANNED, Receipt.Scan.FAILED]
    for receipt in Receipt.objects.filter(scan_status__in=waiting).order_by("created_at")[:limit]:
        result = virus_scan.scan(contents(receipt))
        Receipt.objects.filter(pk=receipt.pk).update(
            scan_status=Receipt.Scan(result.verdict.value), scanned_at=timezone.now()
        )
        counts[result.verdict.value] = counts.get(result.verdict.value, 0) + 1
    return counts
