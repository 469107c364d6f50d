"""Taking an upload into a child's record: check what it is, scan it, encrypt it, record it.

Every step that can refuse runs before anything is written, so a refused upload changes
nothing; and the encrypted file is written before its row, inside the same transaction, so a
failure part-way leaves at most an orphaned encrypted file, never a row without its file.
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from portal import private_files

from . import file_types, virus_scan
from .models import Document, DocumentVersion, ProfilePhoto, ScanStatus, StoredFile

DOCUMENT_FOLDER = "documents"
PHOTO_FOLDER = "photos"

Refused = file_types.Refused


def document_limits() -> file_types.Limits:
    return file_types.Limits(max_bytes=settings.FAMILY_DOCUMENT_MAX_BYTES)


def photo_limits() -> file_types.Limits:
    return file_types.Limits(max_bytes=settings.PROFILE_PHOTO_MAX_BYTES)


@dataclass(frozen=True)
class Upload:
    """A file as the form received it: its bytes and the name it had on the person's device."""

    data: bytes
    filename: str

    @classmethod
    def from_file(cls, uploaded, limit: int) -> "Upload":
        # Read no more than one byte past the limit: enough to know it is too big.
        uploaded.seek(0)
        return cls(data=uploaded.read(limit + 1), filename=uploaded.name or "")


def check_document(upload: Upload) -> file_types.CheckedFile:
    return file_types.check(upload.data, file_types.DOCUMENT_KINDS, document_limits())


def check_photo(upload: Upload) -> file_types.CheckedFile:
    return file_types.check(upload.data, file_types.IMAGE_KINDS, photo_limits())


def check_room_for_another(child) -> None:
    limit = settings.FAMILY_DOCUMENTS_PER_CHILD
    if Document.objects.filter(child=child).count() >= limit:
        raise Refused(
            f"This record already holds {limit} documents, the most it can. Add a new version "
            "to an existing document instead, or ask the council for help."
        )


def _stored_fields(upload: Upload, checked: file_types.CheckedFile, folder: str, user) -> dict:
    result = virus_scan.scan(upload.data)
    return {
        "stored_name": private_files.save(upload.data, folder),
        "original_filename": upload.filename[:255],
        "size": checked.size,
        "sha256": hashlib.sha256(upload.data).hexdigest(),
        "content_type": checked.content_type,
        "scan_status": ScanStatus(result.verdict.value),
        "scanned_at": None if result.verdict == virus_scan.Verdict.NOT_SCANNED else timezone.now(),
        "uploaded_by": user,
    }


@transaction.atomic
def add_document(child, *, title: str, kind: str, upload: Upload, user) -> Document:
    check_room_for_another(child)
    checked = check_document(upload)
    document = Document.objects.create(child=child, title=title, kind=kind, uploaded_by=user)
    DocumentVersion.objects.create(
        document=document, number=1, **_stored_fields(upload, checked, DOCUMENT_FOLDER, user)
    )
    return document


@transaction.atomic
def add_version(document: Document, *, upload: Upload, user) -> DocumentVersion:
    checked = check_document(upload)
    # Locked, so two uploads at once get numbers 2 and 3 rather than both 2.
    Document.objects.select_for_update().filter(pk=document.pk).first()
    newest = document.versions.aggregate(newest=Max("number"))["newest"] or 0
    version = DocumentVersion.objects.create(
        document=document,
        number=newest + 1,
        **_stored_fields(upload, checked, DOCUMENT_FOLDER, user),
    )
    document.updated_at = version.created_at
    document.save(update_fields=["updated_at"])
    return version


@transaction.atomic
def set_photo(child, *, upload: Upload, user) -> ProfilePhoto:
    checked = check_photo(upload)
    old = ProfilePhoto.objects.filter(child=child).first()
    if old is not None:
        old_name = old.stored_name
        old.delete()
        transaction.on_commit(lambda: private_files.delete(old_name))
    return ProfilePhoto.objects.create(
        child=child, **_stored_fields(upload, checked, PHOTO_FOLDER, user)
    )


@transaction.atomic
def remove_photo(child) -> bool:
    photo = ProfilePhoto.objects.filter(child=child).first()
    if photo is None:
        return False
    name = photo.stored_name
    photo.delete()
    transaction.on_commit(lambda: private_files.delete(name))
    return True


def contents(stored: StoredFile) -> bytes:
    """The decrypted bytes of a stored file (the caller has asked the policy already)."""
    return private_files.read(stored.stored_name)


def delete_files(stored_names) -> None:
    for name in stored_names:
        private_files.delete(name)


def scan_waiting(limit: int | None = None) -> dict[str, int]:
    """Scan the files still "not yet scanned" (or whose scan failed), for a council that sets
    up clamd after families have uploaded. Returns how many got each verdict."""
    counts: dict[str, int] = {}
    if not virus_scan.ClamdAddress.from_settings().configured:
        return counts
    waiting = [ScanStatus.NOT_SCANNED, ScanStatus.FAILED]
    for model in (DocumentVersion, ProfilePhoto):
        for stored in model.objects.filter(scan_status__in=waiting).order_by("created_at")[:limit]:
            result = virus_scan.scan(contents(stored))
            model.objects.filter(pk=stored.pk).update(
                scan_status=ScanStatus(result.verdict.value), scanned_at=timezone.now()
            )
            counts[result.verdict.value] = counts.get(result.verdict.value, 0) + 1
    return counts
