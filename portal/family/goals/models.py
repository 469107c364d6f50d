"""Goals the family sets for a child, their ratings over time, and Local Offer services saved
to a child's record.

Goals are never deleted: a stopped goal stays in the history, and each change of status is
kept with its date and who made it. Who may see or change any of this is decided in
portal/family/policy.py, never here.
"""

from uuid import uuid4

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from portal.family.models import Child

from . import scales
from .scales import Scale


class AdulthoodArea(models.TextChoices):
    """The four Preparing for Adulthood outcomes (SEND Code of Practice, chapter 8)."""

    EMPLOYMENT = "employment", "Employment"
    INDEPENDENT_LIVING = "independent_living", "Independent living"
    COMMUNITY = "friends_community", "Friends, relationships and community"
    GOOD_HEALTH = "good_health", "Good health"


class GoalStatus(models.TextChoices):
    ACTIVE = "active", "Active"
    ACHIEVED = "achieved", "Achieved"
    PAUSED = "paused", "Paused"
    STOPPED = "stopped", "Stopped"


# The GAS levels' fields, lowest first: gas_minus_2 ... gas_plus_2.
GAS_WORD_FIELDS = ("minus_2", "minus_1", "expected", "plus_1", "plus_2")


def _copm_or_gas() -> Q:
    """Exactly one scale: COPM goals have an importance and no level words; GAS goals have all
    five level words and no importance."""
    gas_words = [f"gas_{name}" for name in GAS_WORD_FIELDS]
    copm = Q(scale=Scale.COPM, importance__gte=scales.COPM_LOWEST,
             importance__lte=scales.COPM_HIGHEST)
    for field in gas_words:
        copm &= Q(**{field: ""})
    gas = Q(scale=Scale.GAS, importance__isnull=True)
    for field in gas_words:
        gas &= ~Q(**{field: ""})
    return copm | gas


class Goal(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="goals")
    wording = models.TextField("What the goal is")
    adulthood_area = models.CharField(
        "Preparing for Adulthood area", max_length=30, choices=AdulthoodArea.choices, blank=True
    )
    # Free text until the EHC plan has outcomes of its own to link to.
    ehc_outcome = models.TextField("EHC plan outcome", blank=True)
    scale = models.CharField(max_length=10, choices=Scale.choices)
    importance = models.PositiveSmallIntegerField(null=True, blank=True)
    gas_minus_2 = models.TextField(blank=True)
    gas_minus_1 = models.TextField(blank=True)
    gas_expected = models.TextField(blank=True)
    gas_plus_1 = models.TextField(blank=True)
    gas_plus_2 = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=GoalStatus.choices, default=GoalStatus.ACTIVE)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]
        constraints = [
            models.CheckConstraint(condition=_copm_or_gas(), name="family_goals_one_scale"),
        ]

    def __str__(self):
        return self.wording

    @property
    def gas_words(self) -> dict[int, str]:
        """The family's words for each level, -2 to +2."""
        return {
            level: getattr(self, f"gas_{name}")
            for level, name in zip(scales.GAS_LEVELS, GAS_WORD_FIELDS, strict=True)
        }

    @property
    def is_active(self) -> bool:
        return self.status == GoalStatus.ACTIVE


class GoalStatusChange(models.Model):
    """A goal's status history: achieved, paused, stopped or active again, when and by whom."""

    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=10, choices=GoalStatus.choices)
    to_status = models.CharField(max_length=10, choices=GoalStatus.choices)
    reason = models.TextField(blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept as written then, so the history still reads right if the account goes.
    changed_by_name = models.CharField(max_length=200, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["changed_at"]

    def __str__(self):
        return f"{self.goal}: {self.from_status} to {self.to_status}"


class GoalRating(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    goal = models.ForeignKey(Goal, on_delete=models.CASCADE, related_name="ratings")
    rated_on = models.DateField()
    rated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Who rated it and in what role (a parent, the young person, a therapist), as at the time.
    rated_by_name = models.CharField(max_length=200, blank=True)
    rated_by_role = models.CharField(max_length=100, blank=True)
    performance = models.PositiveSmallIntegerField(null=True, blank=True)
    satisfaction = models.PositiveSmallIntegerField(null=True, blank=True)
    level = models.SmallIntegerField(null=True, blank=True)
    comment = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["rated_on", "created_at"]
        constraints = [
            # A COPM rating has both scores and no level; a GAS rating a level and no scores.
            models.CheckConstraint(
                condition=(
                    Q(performance__gte=scales.COPM_LOWEST, performance__lte=scales.COPM_HIGHEST,
                      satisfaction__gte=scales.COPM_LOWEST,
                      satisfaction__lte=scales.COPM_HIGHEST, level__isnull=True)
                    | Q(level__gte=scales.GAS_LOWEST, level__lte=scales.GAS_HIGHEST,
                        performance__isnull=True, satisfaction__isnull=True)
                ),
                name="family_goals_rating_values",
            ),
        ]

    def __str__(self):
        return f"{self.goal} on {self.rated_on}"


class SavedService(models.Model):
    """A Local Offer service a family keeps on a child's record, with their own note.

    The service is named by its page id and the name and address it had when saved (not a
    foreign key): a listing the council removes later stays on the list as "no longer listed".
    """

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(Child, on_delete=models.CASCADE, related_name="saved_services")
    service_id = models.PositiveIntegerField()
    service_name = models.CharField(max_length=255)
    service_url = models.CharField(max_length=500, blank=True)
    note = models.TextField(blank=True)
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-saved_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["child", "service_id"], name="family_goals_service_saved_once"
            ),
        ]

    def __str__(self):
        return self.service_name
