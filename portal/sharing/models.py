"""What a family has shared, with whom, and every look at it.

A `Grant` is the family's consent: a named person, or everyone in a named organisation, may do
chosen things (`GrantPermission`: a section and an action) in one child's record for a purpose,
between two moments. It is never open-ended and never deleted: revoking it stamps the time, so
the family keeps the history of what they shared.

`AccessLog` is append-only: the application never changes or deletes a row (the model refuses,
and docs/sharing.md gives the SQL that makes the database refuse too). The person who looked is a
separate `Viewer` row, so erasing a professional blanks their name there and leaves every log
row standing ("a key worker at Riverside Primary looked at ...").
"""

from datetime import timedelta
from uuid import uuid4

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from portal.family.policy import Action, Section

DEFAULT_LENGTH = timedelta(days=365)

SECTION_WORDS = {
    Section.PROFILE: "the one-page profile",
    Section.NEEDS: "needs",
    Section.EHC_PLAN: "the school and EHC plan",
    Section.GOALS: "goals",
    Section.DOCUMENTS: "documents",
    Section.BUDGET: "the personal budget",
    Section.RECORD: "the record's front page",
    Section.SAVED_SERVICES: "saved services",
    Section.NOTES: "notes",
    Section.CARERS: "carers",
    "sharing": "who the record is shared with",
}
ACTION_WORDS = {
    Action.VIEW: "see",
    Action.ADD: "add ratings and comments to",
    Action.CHANGE: "upload documents to",
}
# Where an action means something else in one section: changing the budget section is
# reviewing the family's spends (approve, ask about, or not approve), never changing money.
SECTION_ACTION_WORDS = {
    (Section.BUDGET, Action.CHANGE): "review the spends in",
}
# Which actions a family may grant in which section, beyond seeing it: ratings and comments are
# added to goals, documents are uploaded to documents, spends from the personal budget are
# reviewed. Nothing else is written by a professional.
GRANTABLE = {
    Section.PROFILE: (Action.VIEW,),
    Section.NEEDS: (Action.VIEW,),
    Section.EHC_PLAN: (Action.VIEW,),
    Section.GOALS: (Action.VIEW, Action.ADD),
    Section.DOCUMENTS: (Action.VIEW, Action.CHANGE),
    Section.BUDGET: (Action.VIEW, Action.CHANGE),
}


def action_words(section, action) -> str:
    return SECTION_ACTION_WORDS.get((section, action), ACTION_WORDS[action])


GRANTABLE_ACTIONS = (Action.VIEW, Action.ADD, Action.CHANGE)  # never MANAGE


def default_end(start=None):
    return (start or timezone.now()) + DEFAULT_LENGTH


class GrantQuerySet(models.QuerySet):
    def active(self, at=None):
        """In force at `at` (now): started, not yet ended, not revoked by then."""
        at = at or timezone.now()
        return self.filter(starts_at__lte=at, ends_at__gt=at).filter(
            Q(revoked_at__isnull=True) | Q(revoked_at__gt=at)
        )

    def reaching(self, user):
        """Grants to this person, or to the organisation they belong to now."""
        reach = Q(grantee_user=user)
        if user.organisation_id is not None:
            reach |= Q(grantee_organisation_id=user.organisation_id)
        return self.filter(reach)


class Grant(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey("family.Child", on_delete=models.CASCADE, related_name="grants")
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    grantee_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE,
        related_name="sharing_grants",
    )
    grantee_organisation = models.ForeignKey(
        "accounts.Organisation", null=True, blank=True, on_delete=models.CASCADE,
        related_name="sharing_grants",
    )
    # A young person sharing their record with their own parent or carer after taking it over
    # (issue 13, growing up): family roles do not sign in with a code, so this grant does not
    # ask for one. Every other grant works only for someone who must (see policy.py).
    to_family_member = models.BooleanField(default=False)
    purpose = models.CharField(max_length=200)
    starts_at = models.DateTimeField(default=timezone.now)
    ends_at = models.DateTimeField(default=default_end)
    created_at = models.DateTimeField(default=timezone.now)
    changed_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = GrantQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_at", "-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(grantee_user__isnull=False, grantee_organisation__isnull=True)
                    | Q(grantee_user__isnull=True, grantee_organisation__isnull=False)
                ),
                name="sharing_grant_one_grantee",
            ),
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="sharing_grant_ends_after_start",
            ),
        ]
        indexes = [models.Index(fields=["child", "ends_at"])]

    def __str__(self):
        return f"{self.grantee_name} for {self.child}"

    # --- What pages say -------------------------------------------------------------------

    @property
    def grantee_name(self) -> str:
        if self.grantee_user_id:
            user = self.grantee_user
            name = user.get_full_name()
            return f"{name} ({user.organisation})" if user.organisation_id else name
        return f"everyone at {self.grantee_organisation}"

    @property
    def last_day(self):
        """The last day the grant works, as a family would say "until 2 December 2027"."""
        return timezone.localtime(self.ends_at - timedelta(microseconds=1)).date()

    @property
    def first_day(self):
        return timezone.localtime(self.starts_at).date()

    def permission_pairs(self) -> set[tuple[str, str]]:
        # Read through .all() so a prefetch_related("permissions") serves every grant on a page.
        return {(p.section, p.action) for p in self.permissions.all()}

    def sections(self) -> list[Section]:
        pairs = self.permission_pairs()
        return [section for section in GRANTABLE if (section, Action.VIEW) in pairs]

    def allows(self, section, action) -> bool:
        return (str(section), str(action)) in self.permission_pairs()

    def abilities(self) -> list[str]:
        """"see and add ratings and comments to goals", one phrase per section."""
        pairs = self.permission_pairs()
        phrases = []
        for section, actions in GRANTABLE.items():
            granted = [action_words(section, a) for a in actions if (section, a) in pairs]
            if granted:
                phrases.append(f"{' and '.join(granted)} {SECTION_WORDS[section]}")
        return phrases

    def describe(self) -> str:
        """The grant in one plain sentence for the family's sharing page."""
        abilities = "; ".join(self.abilities()) or "see nothing"
        return (
            f"{self.grantee_name} can {abilities} until "
            f"{self.last_day:%-d %B %Y}, for: {self.purpose}"
        )

    def state(self, at=None) -> str:
        at = at or timezone.now()
        if self.revoked_at is not None and self.revoked_at <= at:
            return "revoked"
        if self.ends_at <= at:
            return "ended"
        if self.starts_at > at:
            return "future"
        return "active"

    def is_active(self, at=None) -> bool:
        return self.state(at) == "active"


class GrantPermission(models.Model):
    """One thing a grant allows: an action in a section."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="permissions")
    section = models.CharField(max_length=20, choices=[(s.value, s.value) for s in GRANTABLE])
    action = models.CharField(
        max_length=10, choices=[(a.value, a.value) for a in GRANTABLE_ACTIONS],
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["grant", "section", "action"], name="sharing_one_permission_each"
            )
        ]
        indexes = [models.Index(fields=["section", "action"])]

    def __str__(self):
        return f"{self.action} {self.section}"


class Viewer(models.Model):
    """The person behind log rows: the one thing erasure changes, so the log itself never is."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="sharing_viewer",
    )
    name = models.CharField(max_length=200, blank=True)
    erased_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return self.name or "someone whose account has been deleted"


class AppendOnly(Exception):
    """Raised by any attempt to change or delete an access-log row."""


class AccessLogQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("Access-log rows are never changed.")

    def delete(self):
        raise AppendOnly("Access-log rows are never deleted.")

    _raw_delete = delete


class AccessLog(models.Model):
    """One read or write of a child's record by someone outside the family.

    Role and organisation are copied in as they were at the time (they are not personal, and
    they must survive the person's erasure). The child and grant are not database foreign keys:
    a row must never be deleted or changed by a cascade from them."""

    viewer = models.ForeignKey(Viewer, on_delete=models.PROTECT, related_name="accesses")
    role = models.CharField(max_length=100, blank=True)
    organisation_name = models.CharField(max_length=200, blank=True)
    child = models.ForeignKey(
        "family.Child", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )
    section = models.CharField(max_length=20)
    action = models.CharField(max_length=10)
    grant = models.ForeignKey(
        Grant, null=True, blank=True, on_delete=models.DO_NOTHING, db_constraint=False,
        related_name="+",
    )
    at = models.DateTimeField(default=timezone.now)
    page = models.CharField(max_length=500, blank=True)

    objects = AccessLogQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-pk"]
        indexes = [models.Index(fields=["child", "-at"])]

    def __str__(self):
        return f"{self.viewer} {self.action} {self.section} at {self.at:%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("Access-log rows are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("Access-log rows are never deleted.")

    @property
    def section_words(self) -> str:
        return SECTION_WORDS.get(self.section, self.section)

    @property
    def who(self) -> str:
        """"Alex Morgan, key worker at Riverside Council", or, once erased, "a key worker at
        Riverside Council"."""
        role = self.role.lower() or "someone"
        where = f" at {self.organisation_name}" if self.organisation_name else ""
        if self.viewer.name:
            return f"{self.viewer.name}, {role}{where}"
        article = "an" if role[:1] in "aeiou" else "a"
        return f"{article} {role}{where}"

    @property
    def did(self) -> str:
        if (self.section, self.action) == (Section.BUDGET, Action.CHANGE):
            return f"reviewed a spend in {self.section_words}"
        verb = {
            Action.VIEW: "looked at",
            Action.ADD: "added to",
            Action.CHANGE: "uploaded to",
        }.get(self.action, self.action)
        return f"{verb} {self.section_words}"


class GrantNotice(models.Model):
    """That the people a grant is for were told it was made, changed or ended (S2's
    notifications.py): one row per telling, so the daily check of ended grants tells once."""

    grant = models.ForeignKey(Grant, on_delete=models.CASCADE, related_name="notices")
    what = models.CharField(max_length=10)  # made, changed, revoked, ended
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["sent_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["grant"], condition=Q(what="ended"), name="sharing_ended_told_once"
            )
        ]

    def __str__(self):
        return f"{self.what} told for {self.grant_id}"


def _invitation_expiry():
    from portal.family.models import INVITATION_LIFETIME

    return timezone.now() + INVITATION_LIFETIME


class ProfessionalInvitation(models.Model):
    """A family's invitation to a professional who has no account yet (S2's
    professional_invitations.py): what the grant will be, kept until the professional accepts
    with a professional's account; then the grant is made for them. Like every family
    invitation: single use, 7 days, only a hash of the emailed token kept."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    child = models.ForeignKey(
        "family.Child", on_delete=models.CASCADE, related_name="professional_invitations"
    )
    email = models.EmailField()
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    sections = models.JSONField(default=list)
    actions = models.JSONField(default=list)
    purpose = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(null=True, blank=True)
    grant = models.ForeignKey(
        Grant, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} invited to {self.child_id}"
