"""A child's documents (reports, plans, letters) and profile photo.

The files themselves are encrypted under PRIVATE_FILES_ROOT (portal/private_files.py); these
rows say what each one is, who added it and whether the virus scan passed. A new version of a
document never replaces an old one: each upload is its own DocumentVersion.
"""

from uuid import uuid4

from django.conf import settings
from django.db import models
from django.utils import timezone


class ScanStatus(models.TextChoices):
    NOT_SCANNED = "not_scanned", "Not yet scanned"
    CLEAN = "clean", "Clean"
    INFECTED = "infected", "Infected"
    FAILED = "failed", "Scan failed"


class Document(models.Model):
    class Kind(models.TextChoices):
        REPORT = "report", "Report"
        PLAN = "plan", "Plan"
        LETTER = "letter", "Letter"
        OTHER = "other", "Other"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey("family.Child", on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.REPORT)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # When the newest version arrived: the list shows recently changed documents first.
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-updated_at", "title"]
        indexes = [models.Index(fields=["child", "-updated_at"])]

    def __str__(self):
        return self.title


class StoredFile(models.Model):
    """What every encrypted file row records: where it is, what it was, and its scan."""

    stored_name = models.CharField(max_length=200, unique=True)  # under PRIVATE_FILES_ROOT
    original_filename = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100)  # decided from the bytes, never the name
    scan_status = models.CharField(
        max_length=20, choices=ScanStatus.choices, default=ScanStatus.NOT_SCANNED
    )
    scanned_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True

    @property
    def may_be_served(self) -> bool:
        return self.scan_status != ScanStatus.INFECTED


class DocumentVersion(StoredFile):
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()

    class Meta:
        ordering = ["document", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "number"], name="family_documents_one_number_per_version"
            )
        ]

    def __str__(self):
        return f"{self.document} (version {self.number})"


class ProfilePhoto(StoredFile):
    """The optional photo on a child's one-page profile (one per child; a new one replaces it)."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.OneToOneField(
        "family.Child", on_delete=models.CASCADE, related_name="profile_photo"
    )

    def __str__(self):
        return f"Photo of {self.child}"
