"""Who holds a child's record: starting one, inviting another carer or the young person,
accepting, and ending a carer's access.

Invitation links work as every invitation in the portal does (portal/invitation_links.py):
only the token's hash stored, single use, 7 days, and an allowance per inviter so a stolen
session or a script cannot mail strangers. The staff invitation did not fit (it joins an
organisation in a role); a family's invitation joins a child's record.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal import invitation_links
from portal.accounts.roles import Role, forget_roles

from . import handover, record_events
from .models import INVITATION_LIMITS, CarerAccess, Child, RecordInvitation
from .policy import Section

SENDING_LIMITS = INVITATION_LIMITS


InvitationError = invitation_links.InvitationError
SendingLimitReached = invitation_links.SendingLimitReached


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: RecordInvitation
    link: str


@transaction.atomic
def start_record(
    *, by, first_name: str, last_name: str = "", date_of_birth=None, relationship: str = ""
) -> Child:
    """A parent or carer adds a child: they are its first carer."""
    child = Child.objects.create(
        first_name=first_name, last_name=last_name, date_of_birth=date_of_birth, created_by=by
    )
    CarerAccess.objects.create(child=child, user=by, relationship=relationship, added_by=by)
    record_events.record(
        child, by, Section.PROFILE, f"{child.first_name}'s record was started",
        url=reverse("family:record", args=[child.pk]),
    )
    return child


def current_carers(child: Child):
    return child.carers.filter(ended_at__isnull=True).select_related("user", "added_by")


def past_carers(child: Child):
    return (
        child.carers.filter(ended_at__isnull=False)
        .select_related("user", "ended_by")
        .order_by("-ended_at")
    )


def waiting_invitations(child: Child):
    return child.invitations.filter(
        accepted_at__isnull=True, cancelled_at__isnull=True, expires_at__gt=timezone.now()
    ).select_related("invited_by")


def invite(
    *, child: Child, email: str, invited_as: str, relationship: str, invited_by, build_link
) -> IssuedInvitation:
    """Create an invitation and email its link; `build_link(token)` returns the absolute URL.
    The email names neither the child nor anything about them: only the link and the inviter."""
    token, token_hash = invitation_links.new_token()
    User = get_user_model()
    with transaction.atomic():
        # Lock the inviter's row so two tabs cannot both send the last one of an allowance.
        User.objects.select_for_update().filter(pk=invited_by.pk).first()
        check_sending_limits(invited_by)
        invitation = RecordInvitation.objects.create(
            child=child,
            email=User.objects.normalize_email(email).lower(),
            invited_as=invited_as,
            relationship=relationship,
            invited_by=invited_by,
            token_hash=token_hash,
        )
        record_events.record(
            child, invited_by, Section.CARERS,
            f"{invitation.email} was invited to {_as_what(invitation)}",
            url=reverse("family:carers", args=[child.pk]),
        )
    link = build_link(token)
    context = {"invitation": invitation, "link": link, "inviter": invited_by}
    send_mail(
        subject=render_to_string("family/email/invitation_subject.txt", context).strip(),
        message=render_to_string("family/email/invitation_message.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
    return IssuedInvitation(invitation=invitation, link=link)


YOUNG_PERSON_INVITATIONS = (RecordInvitation.As.YOUNG_PERSON, RecordInvitation.As.TAKE_OVER)


def _as_what(invitation: RecordInvitation) -> str:
    if invitation.invited_as == RecordInvitation.As.TAKE_OVER:
        return "take over their own record"
    if invitation.invited_as == RecordInvitation.As.YOUNG_PERSON:
        return "see their own record"
    return "help keep the record"


def check_sending_limits(inviter, now: datetime | None = None) -> None:
    def sent_since(moment):
        return RecordInvitation.objects.filter(
            invited_by=inviter, created_at__gt=moment
        ).values_list("created_at", flat=True)

    invitation_links.check_sending_limits(sent_since, SENDING_LIMITS, now)


def find(token: str) -> RecordInvitation | None:
    return (
        RecordInvitation.objects.select_related("child", "invited_by")
        .filter(token_hash=invitation_links.hash_token(token))
        .first()
    )


def unusable_reason(invitation: RecordInvitation) -> str | None:
    return invitation_links.spent_reason(invitation)


@transaction.atomic
def accept(invitation: RecordInvitation, user) -> Child:
    """The invited person, signed in with the invited address, joins the record."""
    invitation = RecordInvitation.objects.select_for_update().get(pk=invitation.pk)
    reason = unusable_reason(invitation) or invitation_links.wrong_account(invitation, user)
    if reason:
        raise InvitationError(reason)
    child = Child.objects.select_for_update().get(pk=invitation.child_id)
    if invitation.invited_as in YOUNG_PERSON_INVITATIONS:
        if child.young_person_id not in (None, user.pk):
            raise InvitationError("Someone else already holds this record as the young person.")
        if Child.objects.filter(young_person=user).exclude(pk=child.pk).exists():
            raise InvitationError("Your account is already linked to your own record.")
        child.young_person = user
        child.save(update_fields=["young_person"])
        _give_role(user, Role.YOUNG_PERSON)
        title = f"{user.get_full_name()} can now see their own record"
        if invitation.invited_as == RecordInvitation.As.TAKE_OVER:
            try:
                handover.take_over(child, user)
            except handover.HandoverError as error:
                raise InvitationError(str(error)) from None
    else:
        CarerAccess.objects.get_or_create(
            child=child,
            user=user,
            ended_at=None,
            defaults={"relationship": invitation.relationship, "added_by": invitation.invited_by},
        )
        _give_role(user, Role.PARENT)
        title = f"{user.get_full_name()} became a carer"
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    record_events.record(
        child, user, Section.CARERS, title, url=reverse("family:carers", args=[child.pk])
    )
    return child


def _give_role(user, role: Role) -> None:
    group, _ = Group.objects.get_or_create(name=str(role))
    user.groups.add(group)
    forget_roles(user)


def cancel(invitation: RecordInvitation) -> bool:
    """Cancel a waiting invitation. False if it was no longer waiting."""
    return bool(
        RecordInvitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, cancelled_at__isnull=True
        ).update(cancelled_at=timezone.now())
    )


@transaction.atomic
def end_access(access: CarerAccess, *, by, reason: str) -> bool:
    """End one carer's access, keeping who ended it, when and why. False if already ended."""
    ended = CarerAccess.objects.filter(pk=access.pk, ended_at__isnull=True).update(
        ended_at=timezone.now(), ended_by=by, end_reason=reason
    )
    if ended:
        record_events.record(
            access.child, by, Section.CARERS,
            f"{access.user.get_full_name()}'s access was ended",
            detail=reason,
            url=reverse("family:carers", args=[access.child_id]),
        )
    return bool(ended)
