"""Voice: feedback on the Local Offer, the safeguarding screen's phrases and alerts.

A feedback item keeps what the person typed privately; only an officer's anonymised copy is
ever published. Contact details, when someone wants a reply, live in their own table so the
text that may be published never sits beside them.
"""

import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from portal.accounts.roles import Role

# No 0/O or 1/I/L: references are read out on the phone.
REFERENCE_LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
MAX_TEXT = 2000


def new_reference() -> str:
    return "FB-" + "".join(secrets.choice(REFERENCE_LETTERS) for _ in range(6))


class ScreeningPhrase(models.Model):
    """One phrase the safeguarding screen looks for (youngcommissioners/safeguarding.py says how
    phrases are written). Kept by the safeguarding lead in the admin."""

    phrase = models.CharField(max_length=200, unique=True)
    note = models.CharField(
        max_length=300, blank=True, help_text="Why it is on the list, for whoever reads it next."
    )
    active = models.BooleanField(
        default=True, help_text="Switched off phrases are kept but not looked for."
    )
    built_in = models.BooleanField(default=False, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["phrase"]

    def __str__(self):
        return self.phrase


@register_setting(icon="warning")
class SafeguardingContacts(BaseGenericSetting):
    """Who hears at once when the screen flags an item, and who is told if nobody acts."""

    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", limit_choices_to={"groups__name": str(Role.SAFEGUARDING_LEAD)},
        verbose_name="Designated safeguarding lead",
    )
    deputy = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", limit_choices_to={"groups__name": str(Role.SAFEGUARDING_LEAD)},
        verbose_name="Deputy safeguarding lead",
    )
    officer_on_duty = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", limit_choices_to={"groups__name": str(Role.OFFICER)},
        help_text="Told as well when an alert is not acknowledged within 2 hours. "
        "If nobody is chosen, every council officer is told.",
    )

    complaints_url = models.URLField(
        "Complaints process", blank=True,
        help_text="The council's page on making a complaint. A comment an officer marks as a "
        "complaint is handled there, and the person is given this link.",
    )

    class Meta:
        verbose_name = "Safeguarding contacts and complaints"


class Feedback(models.Model):
    class Category(models.TextChoices):
        # SEND Regulations 2014, regulation 56: the three things the council must ask about.
        CONTENT = "content", "What is in the Local Offer, and what is missing"
        ACCESSIBILITY = "accessibility", "How easy the Local Offer is to find, use and understand"
        DEVELOPMENT = "development", "How the Local Offer was developed, and who was asked"
        SERVICE = "service", "Something about this service"

    class Status(models.TextChoices):
        SAFEGUARDING = "safeguarding", "Waiting for the safeguarding lead"
        NEW = "new", "Waiting for an officer"
        PUBLISHED = "published", "Published"
        COMPLAINT = "complaint", "Handled as a complaint"
        NOT_PUBLISHED = "not_published", "Not for publication"
        MERGED = "merged", "Merged with another comment"

    class Rating(models.IntegerChoices):
        AWFUL = 1, "Really bad"
        BAD = 2, "Bad"
        OK = 3, "OK"
        GOOD = 4, "Good"
        GREAT = 5, "Really good"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    reference = models.CharField(max_length=12, unique=True, default=new_reference)
    created_at = models.DateTimeField(db_index=True)
    category = models.CharField(max_length=20, choices=Category.choices)
    # A Local Offer listing by its page id: the Local Offer owns the page, so no foreign key;
    # the title is kept as it was when the comment was left.
    service_page_id = models.PositiveIntegerField(null=True, blank=True, db_index=True)
    service_title = models.CharField(max_length=255, blank=True)
    young_persons_form = models.BooleanField(default=False)
    rating = models.PositiveSmallIntegerField(choices=Rating.choices, null=True, blank=True)
    # What the person typed: private, seen by officers and the safeguarding lead only.
    better = models.TextField("What would make it better", blank=True)
    comments = models.TextField(blank=True)
    # What the public may see, once an officer has decided.
    published_better = models.TextField(blank=True)
    published_comments = models.TextField(blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_reason = models.TextField(blank=True)
    merged_into = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="duplicates"
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name_plural = "feedback"

    def __str__(self):
        return self.reference

    @property
    def about(self) -> str:
        return self.service_title or "The Local Offer"


class FeedbackContact(models.Model):
    """How to reach someone who asked for a reply: apart from what they wrote, never published."""

    feedback = models.OneToOneField(Feedback, on_delete=models.CASCADE, related_name="contact")
    name = models.CharField(max_length=100, blank=True)
    email = models.EmailField(max_length=254)

    def __str__(self):
        return f"Contact for {self.feedback_id}"


class SafeguardingAlert(models.Model):
    """A flagged item: who was told when, who acknowledged it, and what the lead did."""

    class Outcome(models.TextChoices):
        RELEASED = "released", "No concern: send on to officers as usual"
        WITHHELD = "withheld", "Concern acted on: never to be published"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # Exactly one of these is the flagged item (a check constraint holds it): feedback, a
    # Young Commissioner's scored comment, or a recommendation's text.
    feedback = models.OneToOneField(
        Feedback, null=True, blank=True, on_delete=models.CASCADE,
        related_name="safeguarding_alert",
    )
    review_score = models.OneToOneField(
        "ReviewScore", null=True, blank=True, on_delete=models.CASCADE,
        related_name="safeguarding_alert",
    )
    recommendation = models.OneToOneField(
        "Recommendation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="safeguarding_alert",
    )
    matched = models.TextField(help_text="The screening phrases that matched, one a line.")
    raised_at = models.DateTimeField(db_index=True)
    escalated_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    cleared_at = models.DateTimeField(null=True, blank=True)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    outcome = models.CharField(max_length=20, choices=Outcome.choices, blank=True)
    action_taken = models.TextField(blank=True)

    class Meta:
        ordering = ["raised_at"]
        constraints = [
            models.CheckConstraint(
                name="safeguarding_alert_has_one_item",
                condition=(
                    models.Q(feedback__isnull=False, review_score__isnull=True,
                             recommendation__isnull=True)
                    | models.Q(feedback__isnull=True, review_score__isnull=False,
                               recommendation__isnull=True)
                    | models.Q(feedback__isnull=True, review_score__isnull=True,
                               recommendation__isnull=False)
                ),
            )
        ]

    def __str__(self):
        return f"Alert on {self.reference}"

    @property
    def item(self):
        return self.feedback or self.review_score or self.recommendation

    @property
    def reference(self) -> str:
        if self.feedback_id:
            return self.feedback.reference
        if self.review_score_id:
            return f"Review comment {str(self.review_score_id)[:8].upper()}"
        return f"Recommendation {str(self.recommendation_id)[:8].upper()}"

    @property
    def about(self) -> str:
        if self.feedback_id:
            return self.feedback.about
        if self.review_score_id:
            return f"A Young Commissioner's review of {self.review_score.service.title}"
        return f"A recommendation from {self.recommendation.group.name}"

    @property
    def open(self) -> bool:
        return self.cleared_at is None


# Young Commissioners: groups of young people who review services and recommend changes.


class CommissionerGroup(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=120, unique=True)
    supporting_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", limit_choices_to={"groups__name": str(Role.OFFICER)},
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="Membership", related_name="commissioner_groups"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Membership(models.Model):
    # The address of the "remove this member" page: never the row's sequential number.
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(CommissionerGroup, on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # Children's code, high privacy by default: a member's name is seen only inside the group
    # unless they choose otherwise.
    name_shown_outside = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="one_membership_per_group")
        ]

    def __str__(self):
        return f"{self.user} in {self.group}"


class Project(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    group = models.ForeignKey(CommissionerGroup, on_delete=models.CASCADE, related_name="projects")
    title = models.CharField(max_length=200)
    description = models.TextField(blank=True)
    starts_on = models.DateField(null=True, blank=True)
    ends_on = models.DateField(null=True, blank=True)
    # The services the group reviews in this project. None chosen: any published service.
    services = models.ManyToManyField("local_offer.ServicePage", blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "title"]

    def __str__(self):
        return self.title


class Criterion(models.Model):
    """Something the group judges services by, in its own words ("staff listen to me")."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    group = models.ForeignKey(CommissionerGroup, on_delete=models.CASCADE, related_name="criteria")
    text = models.CharField(max_length=120)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["group", "text"], name="criterion_once_per_group")
        ]

    def __str__(self):
        return self.text


class ReviewScore(models.Model):
    """One member's score (1 to 5) for one service against one criterion, with an optional
    comment. A comment the safeguarding screen flags holds the whole score back until the lead
    clears it."""

    class Status(models.TextChoices):
        SHOWN = "shown", "Shown to the group"
        HELD = "held", "Waiting for the safeguarding lead"
        WITHHELD = "withheld", "Withheld by the safeguarding lead"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    group = models.ForeignKey(CommissionerGroup, on_delete=models.CASCADE, related_name="scores")
    project = models.ForeignKey(Project, null=True, blank=True, on_delete=models.SET_NULL)
    service = models.ForeignKey(
        "local_offer.ServicePage", on_delete=models.CASCADE, related_name="+"
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    # Empty once the member's account is deleted: the score stays in the group's counts with
    # nothing to say whose it was (docs/voice.md, "When a member leaves or deletes their
    # account").
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    score = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(blank=True, max_length=MAX_TEXT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SHOWN)
    scored_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["member", "project", "service", "criterion"],
                name="one_score_per_member_and_project",
            ),
            models.CheckConstraint(
                name="score_one_to_five", condition=models.Q(score__gte=1, score__lte=5)
            ),
        ]

    def __str__(self):
        return f"{self.score} for {self.criterion} by member {self.member_id}"


class Recommendation(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", "Received"
        CONSIDERING = "considering", "Under consideration"
        ACCEPTED = "accepted", "Accepted"
        PARTLY = "partly", "Partly accepted"
        NOT_ACCEPTED = "not_accepted", "Not accepted"
        DONE = "done", "Done"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    group = models.ForeignKey(
        CommissionerGroup, on_delete=models.CASCADE, related_name="recommendations"
    )
    project = models.ForeignKey(Project, null=True, blank=True, on_delete=models.SET_NULL)
    title = models.CharField(max_length=200)
    text = models.TextField(max_length=MAX_TEXT)
    # Held while the safeguarding lead looks at it: nobody else sees it until cleared.
    held = models.BooleanField(default=False)
    withheld = models.BooleanField(default=False)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RECEIVED)
    progress = models.PositiveSmallIntegerField(
        default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", limit_choices_to={"groups__name": str(Role.OFFICER)},
    )
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                name="progress_zero_to_hundred", condition=models.Q(progress__lte=100)
            )
        ]

    def __str__(self):
        return self.title

    @property
    def visible(self) -> bool:
        return not (self.held or self.withheld)


class AppendOnly(models.Model):
    """History rows are written once: saving one again or deleting it is refused."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise ValueError("History is kept as it was written and cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("History is kept as it was written and cannot be deleted.")


class RecommendationEvent(AppendOnly):
    """One move of a recommendation: its status and progress after it, a dated milestone, and
    the reason (required when it is not accepted)."""

    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="history"
    )
    at = models.DateTimeField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(max_length=20, choices=Recommendation.Status.choices)
    progress = models.PositiveSmallIntegerField()
    milestone = models.CharField(max_length=300, blank=True)
    milestone_date = models.DateField(null=True, blank=True)
    reason = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_status_display()} on {self.at:%Y-%m-%d}"


class Milestone(models.Model):
    """A step a recommendation's owner plans, with the date it should happen by. One not done
    by its date is late, and the page says so."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    recommendation = models.ForeignKey(
        Recommendation, on_delete=models.CASCADE, related_name="milestones"
    )
    title = models.CharField(max_length=200)
    planned_for = models.DateField()
    done = models.BooleanField(default=False)
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["planned_for", "title"]

    def __str__(self):
        return self.title

    def late(self, today) -> bool:
        return not self.done and self.planned_for < today


INVITATION_LIFETIME = timedelta(days=7)


def _invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class CommissionerInvitation(models.Model):
    """An invitation to join a Young Commissioners group. Like the family's and the staff
    invitations: a random token in the emailed link, only its hash kept, single use, 7 days."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    group = models.ForeignKey(
        CommissionerGroup, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField("email address")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} to {self.group}"

    @property
    def is_waiting(self) -> bool:
        return not (self.accepted_at or self.cancelled_at) and self.expires_at > timezone.now()
