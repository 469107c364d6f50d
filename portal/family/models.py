"""The family's own record: a child, the carers who hold it, and what they write in it.

Who may see or change any of it is decided in policy.py, never here or in a view.
"""

from uuid import uuid4

from django.conf import settings
from django.db import models
from django.utils import timezone


class Child(models.Model):
    # A random id: record addresses must not be guessable or countable.
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    first_name = models.CharField(max_length=100)
    last_name = models.CharField(max_length=100, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    # The child themself, once they have an account: they may see their own record.
    young_person = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="own_record",
    )

    class Meta:
        ordering = ["first_name", "last_name", "created_at"]
        verbose_name_plural = "children"

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class CarerAccess(models.Model):
    """One carer's own access to one child's record. Ending it keeps the row (who, when, why),
    so the family and the council can see the history; a current carer has no `ended_at`."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="carers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="carer_accesses"
    )
    relationship = models.CharField(max_length=100, blank=True)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    started_at = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    end_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["started_at"]
        verbose_name_plural = "carer accesses"
        constraints = [
            # One current access per carer and child; ended ones stay as history.
            models.UniqueConstraint(
                fields=["child", "user"],
                condition=models.Q(ended_at__isnull=True),
                name="family_one_current_access_per_carer",
            )
        ]

    def __str__(self):
        return f"{self.user} for {self.child}"

    @property
    def is_current(self) -> bool:
        return self.ended_at is None
