"""Making, changing and revoking grants: the writes behind the family's sharing page (and the
young person's handover, which shares the record back with their carers)."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from portal.family.policy import Action, Section

from .models import GRANTABLE, Grant, GrantPermission, default_end


class GrantError(ValueError):
    """A grant that cannot be made as asked; the message is plain English for the page."""


@dataclass(frozen=True)
class Change:
    """What `grant_changed` subscribers are told (S2's notifications)."""

    grant: Grant
    what: str  # "made", "changed", "revoked"


_subscribers = []


def subscribe(callback) -> None:
    """Call `callback(Change)` after a grant is made, changed or revoked (once committed)."""
    if callback not in _subscribers:
        _subscribers.append(callback)


def _tell(grant: Grant, what: str) -> None:
    for callback in list(_subscribers):
        transaction.on_commit(lambda callback=callback: callback(Change(grant, what)))


def permissions_for(sections: Iterable[str], actions: Iterable[str]) -> set[tuple[str, str]]:
    """(section, action) pairs: seeing each chosen section, and each chosen further action
    where that section has it (ratings and comments on goals, uploads to documents, reviewing
    the budget's spends). An action written "section:action" (as the share form sends them)
    is for that one section only, so uploading documents never also lets someone review
    spends."""
    actions = {str(a) for a in actions} | {Action.VIEW.value}
    pairs = set()
    for section in sections:
        section = Section(section)
        if section not in GRANTABLE:
            raise GrantError(f"{section.value} cannot be shared.")
        pairs |= {
            (section.value, a.value) for a in GRANTABLE[section]
            if a.value in actions or f"{section.value}:{a.value}" in actions
        }
    return pairs


def _set_permissions(grant: Grant, pairs: set[tuple[str, str]]) -> None:
    if not pairs:
        raise GrantError("Choose at least one part of the record to share.")
    GrantPermission.objects.filter(grant=grant).delete()
    GrantPermission.objects.bulk_create(
        GrantPermission(grant=grant, section=section, action=action) for section, action in pairs
    )
    grant.__dict__.get("_prefetched_objects_cache", {}).pop("permissions", None)


@transaction.atomic
def create_grant(
    *, child, granted_by, sections, actions=(Action.VIEW,), purpose: str,
    grantee_user=None, grantee_organisation=None, starts_at=None, ends_at=None,
    to_family_member: bool = False,
) -> Grant:
    """Share `sections` (with `actions`) of `child`'s record with one person or one whole
    organisation, from `starts_at` (now) to `ends_at` (12 months later): never open-ended."""
    if (grantee_user is None) == (grantee_organisation is None):
        raise GrantError("Choose one person or one organisation to share with.")
    starts_at = starts_at or timezone.now()
    ends_at = ends_at or default_end(starts_at)
    if ends_at <= starts_at:
        raise GrantError("The end date must be after the start date.")
    grant = Grant.objects.create(
        child=child, granted_by=granted_by, grantee_user=grantee_user,
        grantee_organisation=grantee_organisation, purpose=purpose.strip(),
        starts_at=starts_at, ends_at=ends_at, to_family_member=to_family_member,
    )
    _set_permissions(grant, permissions_for(sections, actions))
    _tell(grant, "made")
    return grant


@transaction.atomic
def change_grant(grant: Grant, *, sections, actions, ends_at, purpose=None) -> Grant:
    """Change what a grant covers and when it ends; takes effect on the next request."""
    if ends_at <= grant.starts_at:
        raise GrantError("The end date must be after the start date.")
    grant.ends_at = ends_at
    if purpose is not None:
        grant.purpose = purpose.strip()
    grant.changed_at = timezone.now()
    grant.save(update_fields=["ends_at", "purpose", "changed_at"])
    _set_permissions(grant, permissions_for(sections, actions))
    _tell(grant, "changed")
    return grant


@transaction.atomic
def revoke(grant: Grant, *, by) -> bool:
    """End a grant now: the grantee's next request is refused. False if it had already ended."""
    now = timezone.now()
    if grant.revoked_at is not None or grant.ends_at <= now:
        return False
    grant.revoked_at = now
    grant.revoked_by = by
    grant.save(update_fields=["revoked_at", "revoked_by"])
    _tell(grant, "revoked")
    return True
