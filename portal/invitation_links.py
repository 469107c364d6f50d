"""What every emailed invitation link in the portal has in common.

Four kinds of invitation exist: staff roles (portal.accounts.invitations), carers and young
people joining a record (portal.family.carers), professionals a family shares with
(portal.sharing.professional_invitations) and young people joining a Young Commissioners group
(youngcommissioners.group_setup). Each keeps its own table and its own rules for what
accepting does; the link itself works the same way everywhere, so it is written once, here:

- the link holds a random token; the database keeps only its SHA-256 hash, so a copy of the
  database opens nothing;
- each inviter has an allowance per hour and per day, counted from the invitation rows
  themselves (only invitations really sent count, and every web process agrees), and a refusal
  says when the next one may go;
- a used, cancelled or expired link says so in plain English, as does a link opened by
  someone signed in with another address.
"""

import hashlib
import secrets
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from django.utils import timezone

# (period, most, "an hour"): how many invitations one person may send in each period.
Limits = tuple[tuple[timedelta, int, str], ...]
DAYS_VALID = 7


class InvitationError(Exception):
    """The invitation cannot be used; the message is written for the person holding the link."""


class SendingLimitReached(Exception):
    """The inviter has sent their allowance for now; the message says when they can send again."""


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> tuple[str, str]:
    """(the token for the emailed link, the hash the database keeps)."""
    token = secrets.token_urlsafe(32)
    return token, hash_token(token)


def check_sending_limits(
    sent_since: Callable[[datetime], Iterable[datetime]], limits: Limits,
    now: datetime | None = None,
) -> None:
    """Raise SendingLimitReached when the inviter has sent as many as `limits` allow for now.
    `sent_since(moment)` gives the times of the inviter's invitations sent after `moment`
    (from every table that counts towards their allowance)."""
    now = now or timezone.now()
    for period, most, per in limits:
        sent = sorted(sent_since(now - period))
        if len(sent) < most:
            continue
        # The allowance comes back as old invitations leave the window: after the one that
        # takes the count below the limit.
        freed_by = sent[len(sent) - most]
        raise SendingLimitReached(
            f"You can send up to {most} invitations {per}. You have reached that, so this "
            f"invitation has not been sent. You can send it from {when(freed_by + period, now)}."
        )


def when(moment: datetime, now: datetime) -> str:
    """GOV.UK style: "4:05pm", or "9am on 26 November" when it is not today. Rounded up to the
    minute, so the time given is never a few seconds too early."""
    moment = timezone.localtime(moment)
    if moment.second or moment.microsecond:
        moment = moment.replace(second=0, microsecond=0) + timedelta(minutes=1)
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    text = f"{hour}{minutes}{'am' if moment.hour < 12 else 'pm'}"
    if moment.date() != timezone.localtime(now).date():
        text += f" on {moment.day} {moment:%B}"
    return text


def spent_reason(invitation, cancelled_by: str = "the person who sent it") -> str | None:
    """Why this link cannot be used any more, or None while it still works. Reads the
    invitation's `accepted_at`, `cancelled_at` and `expires_at`."""
    if invitation.accepted_at:
        return "This invitation has already been used. Each invitation link works only once."
    if invitation.cancelled_at:
        return f"This invitation has been cancelled by {cancelled_by}."
    if invitation.expires_at <= timezone.now():
        return f"This invitation has expired. Invitations last for {DAYS_VALID} days."
    return None


def wrong_account(invitation, user) -> str | None:
    """The message for someone signed in with another address than the one invited."""
    if user.email.lower() != invitation.email.lower():
        return (
            f"This invitation is for {invitation.email}, but you are signed in as {user.email}. "
            "Sign out and sign in with that address to accept it."
        )
    return None
