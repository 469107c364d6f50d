"""Inviting people into staff-side roles: issue, look up, accept and cancel invitations.

An invitation is the only way to become a provider, key worker, officer or safeguarding lead.
The emailed link works as every invitation's in the portal does (portal/invitation_links.py):
only the token's SHA-256 hash kept, single use, 7 days, an allowance per inviter.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone

from portal import invitation_links

from . import role_changes
from .models import Invitation, Organisation, User
from .roles import Role

InvitationError = invitation_links.InvitationError
SendingLimitReached = invitation_links.SendingLimitReached


# Each invitation emails an address the inviter typed, so each inviter has an allowance: a
# stolen officer session or a script cannot mail hundreds of strangers. The count comes from the
# invitations table itself, so only invitations really sent count (a form with a typo does not),
# it holds across every web process, and the refusal can say when the next one may go.
SENDING_LIMITS: tuple[tuple[timedelta, int, str], ...] = (
    (timedelta(hours=1), 20, "an hour"),
    (timedelta(days=1), 100, "a day"),
)


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: Invitation
    link: str


hash_token = invitation_links.hash_token


def issue(
    *,
    email: str,
    role: Role,
    organisation: Organisation,
    invited_by: User,
    build_link,
    makes_organisation_admin: bool = False,
) -> IssuedInvitation:
    """Create an invitation and email its link. `build_link(token)` returns the absolute URL.

    Raises SendingLimitReached, having created and sent nothing, when the inviter has used up
    their allowance.
    """
    token, token_hash = invitation_links.new_token()
    with transaction.atomic():
        if invited_by is not None:
            # Lock the inviter's row so two tabs cannot both send the last one of an allowance.
            User.objects.select_for_update().filter(pk=invited_by.pk).first()
            check_sending_limits(invited_by)
        invitation = Invitation.objects.create(
            email=User.objects.normalize_email(email).lower(),
            role=str(role),
            organisation=organisation,
            invited_by=invited_by,
            makes_organisation_admin=makes_organisation_admin,
            token_hash=token_hash,
        )
    link = build_link(token)
    context = {"invitation": invitation, "link": link, "inviter": invited_by}
    send_mail(
        subject=render_to_string("accounts/email/invitation_subject.txt", context).strip(),
        message=render_to_string("accounts/email/invitation_message.txt", context),
        from_email=None,
        recipient_list=[invitation.email],
    )
    return IssuedInvitation(invitation=invitation, link=link)


def check_sending_limits(inviter: User, now: datetime | None = None) -> None:
    """Raise SendingLimitReached if `inviter` has already sent as many as they may for now."""
    def sent_since(moment):
        return Invitation.objects.filter(
            invited_by=inviter, created_at__gt=moment
        ).values_list("created_at", flat=True)

    invitation_links.check_sending_limits(sent_since, SENDING_LIMITS, now)


def find(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(token_hash=hash_token(token))
        .first()
    )


def pending_for(email: str, organisation: Organisation):
    return Invitation.objects.filter(
        email__iexact=email,
        organisation=organisation,
        accepted_at__isnull=True,
        revoked_at__isnull=True,
        expires_at__gt=timezone.now(),
    )


def existing_account(invitation: Invitation) -> User | None:
    return User.objects.filter(email__iexact=invitation.email).first()


def unusable_reason(invitation: Invitation) -> str | None:
    """Why this link cannot be used any more, in plain English, or None if it still works."""
    status = invitation.status
    if status == Invitation.Status.ACCEPTED:
        return "This invitation has already been used. Each invitation link works only once."
    if status == Invitation.Status.REVOKED:
        return "This invitation has been cancelled by the person who sent it."
    if status == Invitation.Status.EXPIRED:
        return "This invitation has expired. Invitations last for 7 days."
    return None


def _lock_pending(invitation: Invitation) -> Invitation:
    # Lock the row so two tabs cannot both accept one single-use invitation.
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    reason = unusable_reason(locked)
    if reason:
        raise InvitationError(reason)
    return locked


def _grant(invitation: Invitation, user: User) -> None:
    if user.organisation_id and user.organisation_id != invitation.organisation_id:
        raise InvitationError(
            f"Your account is already linked to {user.organisation}. Ask that organisation's "
            f"admin or the council to remove you before you join {invitation.organisation}."
        )
    group, _ = Group.objects.get_or_create(name=invitation.role)
    user.groups.add(group)
    user.organisation = invitation.organisation
    if invitation.makes_organisation_admin:
        user.is_organisation_admin = True
    user.save(update_fields=["organisation", "is_organisation_admin"])
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    # Apps that act on a new role (a provider gets edit rights to its own listings at once).
    role_changes.role_granted(user, Role(invitation.role))


@transaction.atomic
def accept_with_new_account(invitation: Invitation, *, password: str, display_name: str) -> User:
    """Create the account for the invited address; following the emailed link proves it."""
    invitation = _lock_pending(invitation)
    if existing_account(invitation):
        raise InvitationError(
            "An account with this email address already exists. Sign in to accept."
        )
    user = User.objects.create_user(
        email=invitation.email, password=password, display_name=display_name
    )
    EmailAddress.objects.create(user=user, email=invitation.email, verified=True, primary=True)
    _grant(invitation, user)
    return user


@transaction.atomic
def accept_for_existing_account(invitation: Invitation, user: User) -> None:
    invitation = _lock_pending(invitation)
    if user.email.lower() != invitation.email.lower():
        raise InvitationError(
            f"This invitation is for {invitation.email}, but you are signed in as {user.email}."
        )
    _grant(invitation, user)


def revoke(invitation: Invitation) -> bool:
    """Cancel a waiting invitation. Returns False if it was no longer waiting."""
    updated = Invitation.objects.filter(
        pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    return bool(updated)
