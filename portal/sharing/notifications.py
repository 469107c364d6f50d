"""Who hears that something happened through sharing, and the emails that tell them.

- The family (whoever holds the record: family.handover.holders_of) hears when someone outside
  it adds a rating or a comment to a goal, or uploads a document: an email, and a notice on
  their home page (family.models.FamilyNotice).
- The person a grant is for (or everyone in the organisation it is for) hears when it is made,
  changed, revoked or has ended; ended grants are found by the daily `tell_ended_grants`.

Every message says that something happened and where to look, never what: no child's name in
an email, no needs, diagnosis, goal, rating or comment text anywhere (tests read the bodies).
The goals and documents models belong to the family app; their saves are heard by model label,
so this app does not import them.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models.signals import post_save
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from portal.accounts.models import User
from portal.accounts.roles import role_names
from portal.family import handover
from portal.family import policy as family_policy
from portal.family.models import Child, FamilyNotice

from . import grants as grant_records
from .models import Grant, GrantNotice


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _send(template: str, context: dict, recipients: list[str]) -> None:
    if not recipients:
        return
    send_mail(
        subject=render_to_string(f"sharing/email/{template}_subject.txt", context).strip(),
        message=render_to_string(f"sharing/email/{template}_message.txt", context),
        from_email=None,
        recipient_list=recipients,
    )


# --- The family hears what was added -------------------------------------------------------


@dataclass(frozen=True)
class Addition:
    what: str  # "added a rating to", "uploaded a document to"
    section: str  # "goals", "documents"
    url_name: str


RATING = Addition("added a rating or comment to", "goals", "family_goals:goals")
DOCUMENT = Addition("uploaded a document to", "documents", "family_documents:list")


def _who(user) -> str:
    """"Hannah Price, key worker at Riverside Council": a name, a role and where they work."""
    roles = sorted(role_names(user))
    role = roles[0].lower() if roles else "someone"
    where = f" at {user.organisation}" if user.organisation_id else ""
    return f"{user.get_full_name()}, {role}{where}"


def tell_family(child, by, addition: Addition) -> FamilyNotice | None:
    """Someone outside the family added something: a notice on the family's home page now, an
    email to each person who holds the record once the addition is committed."""
    if by is None or family_policy.is_family(by, child) or family_policy.is_young_person(
        by, child
    ):
        return None
    try:
        path = reverse(addition.url_name, kwargs={"child_id": child.pk})
    except NoReverseMatch:  # the section's app is not installed
        path = reverse("family:record", args=[child.pk])
    notice = FamilyNotice.objects.create(
        child=child,
        text=f"{_who(by)} {addition.what} {child.first_name}'s {addition.section}"[:200],
        url=path,
    )
    # Read afresh: the child in hand may be older than a handover in this same request.
    holders = handover.holders_of(Child.objects.get(pk=child.pk))
    recipients = [user.email for user in holders if user.email]
    context = {"addition": addition, "link": absolute(reverse("family:children"))}
    transaction.on_commit(lambda: _send("family_addition", context, recipients))
    return notice


def _rating_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        tell_family(instance.goal.child, instance.rated_by, RATING)


def _version_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        tell_family(instance.document.child, instance.uploaded_by, DOCUMENT)


# --- The people a grant is for hear about it -----------------------------------------------

WHAT_HAPPENED = {
    "made": "A family has shared part of a child's record with you",
    "changed": "A family has changed what they share with you",
    "revoked": "A family has stopped sharing a child's record with you",
    "ended": "Sharing of a child's record with you has ended, on the date the family chose",
}


def grantee_emails(grant: Grant) -> list[str]:
    if grant.grantee_user_id:
        user = grant.grantee_user
        return [user.email] if user.is_active and user.email else []
    return list(
        User.objects.filter(organisation_id=grant.grantee_organisation_id, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def tell_grantee(grant: Grant, what: str) -> None:
    # Everything shared with someone is listed on their caseload page, a parent's too.
    context = {"what_happened": WHAT_HAPPENED[what],
               "link": absolute(reverse("sharing:caseload"))}
    _send("grant", context, grantee_emails(grant))


def grant_changed(change: grant_records.Change) -> None:
    """Subscribed to grants.py: runs once the grant's change is committed."""
    GrantNotice.objects.create(grant=change.grant, what=change.what)
    tell_grantee(change.grant, change.what)


@dataclass
class EndedCheck:
    told: int = 0

    def summary(self) -> str:
        return f"Ended grants: told the people {self.told} grant{'s' if self.told != 1 else ''} " \
               "were for."


def tell_ended_grants(now=None) -> EndedCheck:
    """Daily: tell the people each grant was for that it has ended (on its end date, not
    revoked), once per grant however often this runs."""
    now = now or timezone.now()
    result = EndedCheck()
    ended = (
        Grant.objects.filter(ends_at__lte=now, revoked_at__isnull=True)
        .exclude(notices__what="ended")
        .select_related("grantee_user")
    )
    for grant in ended:
        try:
            with transaction.atomic():
                GrantNotice.objects.create(grant=grant, what="ended", sent_at=now)
        except IntegrityError:
            continue  # another run told them a moment ago
        tell_grantee(grant, "ended")
        result.told += 1
    return result


def connect() -> None:
    """Called from the app's ready()."""
    post_save.connect(_rating_saved, sender="family_goals.GoalRating",
                      dispatch_uid="sharing_tell_family_rating")
    post_save.connect(_version_saved, sender="family_documents.DocumentVersion",
                      dispatch_uid="sharing_tell_family_document")
    grant_records.subscribe(grant_changed)
