"""What the Local Offer remembers about keeping listings right: each listing's review cycle
(freshness reminders) and the problems families report."""

from django.db import models
from django.utils import timezone


class FreshnessReminder(models.Model):
    """One review cycle of one listing, counted from the date it was last confirmed.

    A row exists once the listing is six months old. It records the reminder email (so a daily
    job run twice never sends it twice), when officers were told (nine months), when it left
    search (twelve months) and who confirmed it. Confirming starts a new cycle, so the next row
    has a later cycle_start.
    """

    page = models.ForeignKey(
        "local_offer.ServicePage", on_delete=models.CASCADE, related_name="freshness_reminders"
    )
    cycle_start = models.DateField(help_text="The 'last checked' date this cycle counts from.")
    sent_at = models.DateTimeField("reminder sent", null=True, blank=True)
    sent_to = models.CharField(max_length=500, blank=True)
    flagged_at = models.DateTimeField("flagged to officers", null=True, blank=True)
    hidden_at = models.DateTimeField("hidden from search", null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    confirmed_by = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-cycle_start"]
        constraints = [
            models.UniqueConstraint(fields=["page", "cycle_start"], name="one_reminder_per_cycle")
        ]

    def __str__(self):
        return f"{self.page} (checked {self.cycle_start:%d %b %Y})"


class ProblemReport(models.Model):
    """Someone told us a listing is wrong. Officers work it through to resolved or rejected."""

    class Kind(models.TextChoices):
        CLOSED = "closed", "The service has closed"
        WRONG_DETAILS = "wrong_details", "Contact details, address or times are wrong"
        OUT_OF_DATE = "out_of_date", "Other information is out of date"
        OTHER = "other", "Something else"

    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_PROGRESS = "in_progress", "In progress"
        RESOLVED = "resolved", "Resolved"
        REJECTED = "rejected", "Rejected"

    page = models.ForeignKey(
        "local_offer.ServicePage",
        on_delete=models.CASCADE,
        related_name="problem_reports",
        verbose_name="listing",
    )
    kind = models.CharField("what is wrong", max_length=20, choices=Kind.choices)
    details = models.TextField(blank=True)
    contact_email = models.EmailField("reporter's email", blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    officer_notes = models.TextField(
        blank=True, help_text="For the council only: what was done and why."
    )
    created_at = models.DateTimeField("reported", default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    # The same words about the same listing while the report is open count here, not as a new
    # report (local_offer/reports.py): officers see how many people said it, and nobody is
    # emailed again.
    times_reported = models.PositiveIntegerField(default=1)
    last_reported_at = models.DateTimeField("last reported", default=timezone.now)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "problem report"
        indexes = [models.Index(fields=["page", "fingerprint"], name="problem_report_repeats")]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.page}"
