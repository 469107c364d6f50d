"""Sharing with a professional who has no account yet: the family's share form emails them a
link, and when they accept with a professional's account the grant the family chose is made
for them.

Like every invitation in the portal (portal/invitation_links.py): only the token's hash stored,
single use, 7 days; and the same allowance per family member as the family's own invitations
(5 an hour, 20 a day, counting every invitation they sent). Until it is accepted the invitation
names the family only as "a family". The grant then works like any other: only for an account
that must sign in with a security code (policy.decide), which RequireMFAMiddleware makes every
session of theirs do.
"""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from portal import invitation_links
from portal.accounts.roles import requires_mfa
from portal.family.models import INVITATION_LIMITS, RecordInvitation

from . import grants as grant_records
from .models import Grant, ProfessionalInvitation

InvitationError = invitation_links.InvitationError
SendingLimitReached = invitation_links.SendingLimitReached


@dataclass(frozen=True)
class Issued:
    invitation: ProfessionalInvitation
    link: str


def check_sending_limits(inviter, now: datetime | None = None) -> None:
    """Invitations to the record and to professionals count towards one allowance."""
    def sent_since(moment):
        return [
            *RecordInvitation.objects.filter(invited_by=inviter, created_at__gt=moment)
            .values_list("created_at", flat=True),
            *ProfessionalInvitation.objects.filter(invited_by=inviter, created_at__gt=moment)
            .values_list("created_at", flat=True),
        ]

    invitation_links.check_sending_limits(sent_since, INVITATION_LIMITS, now)


def invite(*, child, invited_by, email: str, sections, actions, purpose: str, starts_at,
           ends_at, build_link) -> Issued:
    """Keep the grant the family chose and email the professional a link to accept it."""
    token, token_hash = invitation_links.new_token()
    User = get_user_model()
    with transaction.atomic():
        # Lock the inviter's row so two tabs cannot both send the last one of an allowance.
        User.objects.select_for_update().filter(pk=invited_by.pk).first()
        check_sending_limits(invited_by)
        invitation = ProfessionalInvitation.objects.create(
            child=child, email=User.objects.normalize_email(email).lower(),
            invited_by=invited_by, token_hash=token_hash,
            sections=[str(s) for s in sections], actions=[str(a) for a in actions],
            purpose=purpose.strip(), starts_at=starts_at, ends_at=ends_at,
        )
    link = build_link(token)
    context = {"link": link}
    send_mail(
        subject=render_to_string("sharing/email/professional_invitation_subject.txt",
                                 context).strip(),
        message=render_to_string("sharing/email/professional_invitation_message.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
    return Issued(invitation=invitation, link=link)


def find(token: str) -> ProfessionalInvitation | None:
    return ProfessionalInvitation.objects.filter(
        token_hash=invitation_links.hash_token(token)
    ).first()


def unusable_reason(invitation: ProfessionalInvitation) -> str | None:
    reason = invitation_links.spent_reason(invitation, cancelled_by="the family")
    if reason is None and invitation.ends_at <= timezone.now():
        return "The sharing this invitation was for has already ended."
    return reason


def not_for_this_account(invitation: ProfessionalInvitation, user) -> str | None:
    wrong = invitation_links.wrong_account(invitation, user)
    if wrong:
        return wrong
    if not requires_mfa(user):
        return (
            "This invitation is for a professional's account, which signs in with a security "
            "code. Ask your organisation to invite you to the portal with this email address, "
            "then open this link again."
        )
    return None


@transaction.atomic
def accept(invitation: ProfessionalInvitation, user) -> Grant:
    """The grant the family chose, made for the professional who accepted."""
    invitation = ProfessionalInvitation.objects.select_for_update().get(pk=invitation.pk)
    reason = unusable_reason(invitation) or not_for_this_account(invitation, user)
    if reason:
        raise InvitationError(reason)
    grant = grant_records.create_grant(
        child=invitation.child, granted_by=invitation.invited_by, sections=invitation.sections,
        actions=invitation.actions, purpose=invitation.purpose, grantee_user=user,
        starts_at=max(invitation.starts_at, timezone.now()), ends_at=invitation.ends_at,
    )
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.grant = grant
    invitation.save(update_fields=["accepted_at", "accepted_by", "grant"])
    return grant
