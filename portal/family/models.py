"""The family's own record: a child, the carers who hold it, and what they write in it.

Who may see or change any of it is decided in policy.py, never here or in a view.
"""

from datetime import timedelta
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
    # When the young person accepted taking the record over (handover.py: they hold it from the
    # day their rights pass, never before). Empty: the carers hold it.
    taken_over_at = models.DateTimeField(null=True, blank=True)

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

    # The id in addresses (ending this access); the row's own id stays internal.
    public_id = models.UUIDField(default=uuid4, unique=True, editable=False)
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


class RecordEvent(models.Model):
    """One line of the record's timeline: something added or changed, by whom, when. Written
    by the modules that do the adding (record_events.py), read by the timeline in one query."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="events")
    when = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    section = models.CharField(max_length=20)
    title = models.CharField(max_length=200)
    detail = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-when", "-pk"]
        indexes = [models.Index(fields=["child", "-when"])]

    def __str__(self):
        return self.title


class Profile(models.Model):
    """The one-page profile, in the child's or family's own words."""

    child = models.OneToOneField(
        Child, on_delete=models.CASCADE, primary_key=True, related_name="profile"
    )
    liked_and_admired = models.TextField("What people like and admire about me", blank=True)
    important_to_me = models.TextField("What is important to me", blank=True)
    how_to_support_me = models.TextField("How best to support me", blank=True)
    how_i_communicate = models.TextField("How I communicate", blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self):
        return f"Profile of {self.child}"

    @property
    def is_empty(self) -> bool:
        return not any(
            (
                self.liked_and_admired,
                self.important_to_me,
                self.how_to_support_me,
                self.how_i_communicate,
            )
        )


class Needs(models.Model):
    """SEN2 primary and secondary need (the Local Offer's codes), medication and allergies."""

    child = models.OneToOneField(
        Child, on_delete=models.CASCADE, primary_key=True, related_name="needs"
    )
    # SEN2 codes as the Local Offer files services under them (local_offer.services.need_types).
    primary_need = models.CharField(max_length=10, blank=True)
    secondary_need = models.CharField(max_length=10, blank=True)
    medication = models.TextField(blank=True)
    allergies = models.TextField(blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "needs"

    def __str__(self):
        return f"Needs of {self.child}"


class Diagnosis(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="diagnoses")
    name = models.CharField(max_length=200)
    diagnosed_on = models.DateField(null=True, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["diagnosed_on", "added_at"]
        verbose_name_plural = "diagnoses"

    def __str__(self):
        return self.name


class Professional(models.Model):
    """Someone involved with the child: a name the family keeps, not an account."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="professionals")
    name = models.CharField(max_length=200)
    role = models.CharField(max_length=200, blank=True)
    organisation = models.CharField(max_length=200, blank=True)
    contact = models.CharField(max_length=300, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name", "added_at"]

    def __str__(self):
        return self.name


class EhcPlan(models.Model):
    """The school or setting and where the education, health and care (EHC) plan has got to.
    The dates that are due come from ehc_timeline.py; only what happened is stored here."""

    class Decision(models.TextChoices):
        ASSESS = "assess", "The council will assess"
        NOT_ASSESS = "not_assess", "The council will not assess"

    child = models.OneToOneField(
        Child, on_delete=models.CASCADE, primary_key=True, related_name="ehc_plan"
    )
    school_or_setting = models.CharField(max_length=200, blank=True)
    requested_on = models.DateField(null=True, blank=True)
    decided_on = models.DateField(null=True, blank=True)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    draft_issued_on = models.DateField(null=True, blank=True)
    final_issued_on = models.DateField(null=True, blank=True)
    last_review_on = models.DateField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"EHC plan of {self.child}"


class PlanException(models.Model):
    """A reason the law allows for a step to take longer (SEND Regulations 2014, reg 13(3)),
    recorded with the date the step is now due."""

    class Step(models.TextChoices):
        DECISION = "decision", "Decision whether to assess"
        DRAFT = "draft", "Draft plan"
        FINAL = "final", "Final plan"

    plan = models.ForeignKey(EhcPlan, on_delete=models.CASCADE, related_name="exceptions")
    step = models.CharField(max_length=20, choices=Step.choices)
    due_on = models.DateField()
    reason = models.TextField()
    recorded_at = models.DateTimeField(default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["recorded_at"]

    def __str__(self):
        return f"{self.get_step_display()} due {self.due_on}"


class Note(models.Model):
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.text[:50]


INVITATION_LIFETIME = timedelta(days=7)
# A family invites a handful of people, ever: far fewer than staff send. Every invitation a
# family sends counts (carers, the young person, professionals: portal/sharing).
INVITATION_LIMITS: tuple[tuple[timedelta, int, str], ...] = (
    (timedelta(hours=1), 5, "an hour"),
    (timedelta(days=1), 20, "a day"),
)


def _default_invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class RecordInvitation(models.Model):
    """An invitation to hold a child's record: as another carer, or as the child themself.

    Like the staff invitations (portal/accounts), single use, 7 days, and only a hash of the
    emailed token is kept."""

    class As(models.TextChoices):
        CARER = "carer", "Carer"
        YOUNG_PERSON = "young_person", "The young person"
        # The young person, to take the record over when their rights pass (handover.py).
        TAKE_OVER = "take_over", "The young person, to take over the record"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField("email address")
    invited_as = models.CharField(max_length=20, choices=As.choices, default=As.CARER)
    relationship = models.CharField(max_length=100, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_default_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} for {self.child}"

    @property
    def is_waiting(self) -> bool:
        return not (self.accepted_at or self.cancelled_at) and self.expires_at > timezone.now()


class CapacityDecision(models.Model):
    """A council officer's record that the young person lacks (or, on review, has) the mental
    capacity to decide who sees their record (Mental Capacity Act 2005). Each review is a new
    row, so the history stays; the newest row is the one in force (handover.py)."""

    class Representative(models.TextChoices):
        PARENT = "parent", "A parent"
        DEPUTY = "deputy", "A deputy appointed by the Court of Protection"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="capacity_decisions")
    lacks_capacity = models.BooleanField()
    decided_on = models.DateField()
    representative = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    representative_kind = models.CharField(
        max_length=20, choices=Representative.choices, blank=True
    )
    # Where the decision is written down (a reference, not the assessment itself).
    reference = models.CharField(max_length=200, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-recorded_at", "-pk"]
        get_latest_by = "recorded_at"

    def __str__(self):
        return f"Capacity decision for {self.child} on {self.decided_on}"


class FamilyNotice(models.Model):
    """A line on the family's home page saying that someone outside the family did something in
    the record ("Hannah Price added a rating in Goals"): that it happened and where to look,
    never what was written. Written by the sharing app; read by the home page."""

    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="notices")
    text = models.CharField(max_length=200)
    url = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["child", "-created_at"])]

    def __str__(self):
        return self.text
