"""Setting up a Young Commissioners group: its name and supporting officer, inviting young
people to join and removing a member, its projects and the services in scope, and the criteria
the group judges services by.

Invitation links work as every invitation in the portal does (portal/invitation_links.py):
only the token's hash kept, single use, 7 days, and an allowance per officer counted from the
invitations table, so a stolen session or a script cannot mail strangers.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone

from portal import invitation_links
from portal.accounts.roles import Role, forget_roles

from .models import CommissionerGroup, CommissionerInvitation, Criterion, Membership, Project

# An officer sets up a group of ten or twenty young people, not hundreds a day.
SENDING_LIMITS: tuple[tuple[timedelta, int, str], ...] = (
    (timedelta(hours=1), 20, "an hour"),
    (timedelta(days=1), 60, "a day"),
)
INVITATION_SUBJECT = "You are invited to join a Young Commissioners group"


InvitationError = invitation_links.InvitationError
SendingLimitReached = invitation_links.SendingLimitReached


@dataclass(frozen=True)
class IssuedInvitation:
    invitation: CommissionerInvitation
    link: str


def waiting_invitations(group: CommissionerGroup):
    return group.invitations.filter(
        accepted_at__isnull=True, cancelled_at__isnull=True, expires_at__gt=timezone.now()
    ).select_related("invited_by")


def check_sending_limits(inviter, now: datetime | None = None) -> None:
    def sent_since(moment):
        return CommissionerInvitation.objects.filter(
            invited_by=inviter, created_at__gt=moment
        ).values_list("created_at", flat=True)

    invitation_links.check_sending_limits(sent_since, SENDING_LIMITS, now)


def invite(*, group: CommissionerGroup, email: str, invited_by, build_link) -> IssuedInvitation:
    """Create an invitation and email its link; `build_link(token)` returns the absolute URL.
    The email names the group and the officer, nothing about anyone in it."""
    token, token_hash = invitation_links.new_token()
    User = get_user_model()
    with transaction.atomic():
        # Lock the inviter's row so two tabs cannot both send the last one of an allowance.
        User.objects.select_for_update().filter(pk=invited_by.pk).first()
        check_sending_limits(invited_by)
        invitation = CommissionerInvitation.objects.create(
            group=group, email=User.objects.normalize_email(email).lower(),
            invited_by=invited_by, token_hash=token_hash,
        )
    link = build_link(token)
    body = render_to_string(
        "youngcommissioners/email/invitation.txt",
        {"invitation": invitation, "group": group, "link": link, "inviter": invited_by},
    )
    send_mail(INVITATION_SUBJECT, body, None, [invitation.email])
    return IssuedInvitation(invitation, link)


def find(token: str) -> CommissionerInvitation | None:
    return (
        CommissionerInvitation.objects.select_related("group", "invited_by")
        .filter(token_hash=invitation_links.hash_token(token)).first()
    )


def unusable_reason(invitation: CommissionerInvitation) -> str | None:
    return invitation_links.spent_reason(invitation)


@transaction.atomic
def accept(invitation: CommissionerInvitation, user) -> CommissionerGroup:
    """The invited young person, signed in with the invited address, joins the group."""
    invitation = CommissionerInvitation.objects.select_for_update().get(pk=invitation.pk)
    reason = unusable_reason(invitation) or invitation_links.wrong_account(invitation, user)
    if reason:
        raise InvitationError(reason)
    Membership.objects.get_or_create(group=invitation.group, user=user)
    role, _ = Group.objects.get_or_create(name=str(Role.YOUNG_COMMISSIONER))
    user.groups.add(role)
    forget_roles(user)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation.group


def cancel(invitation: CommissionerInvitation) -> bool:
    """False if it was no longer waiting."""
    return bool(
        CommissionerInvitation.objects.filter(
            pk=invitation.pk, accepted_at__isnull=True, cancelled_at__isnull=True
        ).update(cancelled_at=timezone.now())
    )


def remove_member(membership: Membership) -> None:
    """They leave the group: its pages are closed to them. Their scores stay in the group's
    counts (they were given as a member); their recommendations stay the group's."""
    membership.delete()


def save_project(project: Project, services=None) -> Project:
    project.save()
    if services is not None:
        project.services.set(services)
    return project


def services_in_scope(project: Project | None):
    """The services a project reviews, or None when it has none chosen (any service)."""
    if project is None:
        return None
    chosen = list(project.services.values_list("pk", flat=True))
    return chosen or None


class CriterionTaken(Exception):
    pass


def save_criterion(criterion: Criterion) -> Criterion:
    """Add or change a criterion; the same words twice in one group are refused."""
    if criterion.position == 0 and criterion._state.adding:
        criterion.position = criterion.group.criteria.count()
    taken = Criterion.objects.filter(group=criterion.group, text__iexact=criterion.text.strip())
    if taken.exclude(pk=criterion.pk).exists():
        raise CriterionTaken(f"The group already judges services by \u201c{criterion.text}\u201d")
    criterion.text = criterion.text.strip()
    try:
        with transaction.atomic():
            criterion.save()
    except IntegrityError:
        raise CriterionTaken(
            f"The group already judges services by \u201c{criterion.text}\u201d"
        ) from None
    return criterion
