"""Data that leaves with the person, and what erasing their account does to sharing.

Export: the grants covering the records they hold (made by them or by the record's other
holders), the grants made to them, every access they made to a child's record, and every
access anyone made to the records they hold.

Erasure keeps the family's log whole: the person behind each row (a `Viewer`) loses their name,
so the family still sees "a key worker at Riverside Council looked at goals", and no log row is
changed or deleted (the log is append-only). Grants made to the person end with them: the
database removes them with the account. Grants they made for a record others still hold stay
with that record, without their name.
"""

from django.utils import timezone

from portal.accounts.data_export import ExportSection, register_export
from portal.accounts.deletion import ErasureReport, Kept, register_erasure
from portal.family import policy as family_policy

from .models import (
    AccessLog,
    Grant,
    GrantNotice,
    GrantPermission,
    ProfessionalInvitation,
    Viewer,
)

SHARING_MODELS = (Grant, GrantPermission, GrantNotice, AccessLog, Viewer, ProfessionalInvitation)


def _grant_row(grant: Grant, *, with_grantee: bool) -> dict:
    row = {
        "shares": grant.abilities(),
        "purpose": grant.purpose,
        "starts_at": grant.starts_at,
        "ends_at": grant.ends_at,
        "revoked_at": grant.revoked_at,
        "state": grant.state(),
    }
    if with_grantee:
        row = {"with": grant.grantee_name, "child": grant.child.first_name, **row}
    return row


def _log_row(entry: AccessLog, *, with_who: bool) -> dict:
    row = {
        "at": entry.at,
        "what": entry.did,
        "role": entry.role,
        "organisation": entry.organisation_name,
        "page": entry.page,
    }
    if with_who:
        row = {"who": entry.who, **row}
    return row


def export_sharing(user) -> ExportSection:
    held = family_policy.children_for(user)
    made = (
        Grant.objects.filter(child__in=held)
        .select_related("child", "grantee_user__organisation", "grantee_organisation")
        .prefetch_related("permissions")
        .order_by("created_at")
    )
    received = (
        Grant.objects.filter(grantee_user=user).prefetch_related("permissions")
        .order_by("created_at")
    )
    mine = AccessLog.objects.filter(viewer__user=user).select_related("viewer").order_by("at")
    about_theirs = (
        AccessLog.objects.filter(child__in=held).select_related("viewer").order_by("at")
    )
    return ExportSection(records={
        "Sharing of the records you hold": [_grant_row(g, with_grantee=True) for g in made],
        "Records shared with you": [_grant_row(g, with_grantee=False) for g in received],
        "Your looks at children's records": [_log_row(e, with_who=False) for e in mine],
        "Who has looked at the records you hold": [
            _log_row(e, with_who=True) for e in about_theirs
        ],
        "Invitations to professionals for the records you hold": [
            {"email": i.email, "purpose": i.purpose, "sent_at": i.created_at,
             "accepted_at": i.accepted_at, "expires_at": i.expires_at}
            for i in ProfessionalInvitation.objects.filter(child__in=held).order_by("created_at")
        ],
    })


def erase_sharing(user) -> ErasureReport:
    report = ErasureReport()
    ProfessionalInvitation.objects.filter(email__iexact=user.email).delete()
    named = Viewer.objects.filter(user=user)
    if named.exists():
        # The one row erasure changes: the log rows that point at it stay as they are.
        named.update(name="", erased_at=timezone.now(), user=None)
        report.kept.append(Kept(
            "The families' records of when you looked at their children's information",
            "Each family keeps the record that their child's information was looked at, now "
            "without your name: only your role and organisation at the time stay.",
        ))
    received = Grant.objects.filter(grantee_user=user).count()
    if received:
        report.erased.append(
            f"{received} grant{'s' if received != 1 else ''} that shared a child's record "
            "with you"
        )
    if Grant.objects.filter(granted_by=user).exists():
        report.kept.append(Kept(
            "Sharing you set up for records someone else also holds",
            "It belongs to the record, which its other holders keep; your name is taken off.",
        ))
    return report


def register() -> None:
    """Called from the app's ready()."""
    register_export("sharing", export_sharing, covers=SHARING_MODELS)
    register_erasure("sharing", erase_sharing, covers=SHARING_MODELS)
