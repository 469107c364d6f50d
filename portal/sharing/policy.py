"""The only place that decides what someone outside a child's family may do in the record.

The family app's policy answers for the family itself and asks `decide` for everyone else (it is
registered there by apps.py, so the family app never imports this one). Budgets, documents,
exports and every other page reach this through `portal.family.policy`.

A grant works only while it is in force (started, not ended, not revoked: all at the moment of
the request, so a revoke or an end date takes effect on the very next request), only for the
person named or a current member of the organisation named, and only for someone who signs in
with a code from an authenticator app (professional roles: RequireMFAMiddleware signs out any
session of theirs that skipped the code before a page is reached). The exception is a young
person's grant to their own parent or carer (`to_family_member`), whose role never uses one.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from portal.accounts.roles import requires_mfa, role_names
from portal.family.models import Child
from portal.family.policy import GRANTABLE_SECTIONS, Action, Section

from .models import AccessLog, Grant, GrantPermission, Viewer

# An officer's look at who a record is shared with (not the record) is logged under this name.
SHARING_SECTION = "sharing"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    grant: Grant | None = None
    reason: str = ""

    def __bool__(self) -> bool:
        return self.allowed


def _refused(reason: str) -> Decision:
    return Decision(False, None, reason)


def active_grants_for(user, at=None) -> QuerySet[Grant]:
    """Every grant in force for this person now: to them, or to their organisation."""
    if not user.is_authenticated or not user.is_active:
        return Grant.objects.none()
    grants = Grant.objects.active(at).reaching(user)
    if not requires_mfa(user):
        grants = grants.filter(to_family_member=True)
    return grants.select_related("child", "grantee_user__organisation", "grantee_organisation")


def grants_for_child(child: Child) -> QuerySet[Grant]:
    """Every grant the family has made for this child, current, future and ended."""
    return (
        Grant.objects.filter(child=child)
        .select_related("grantee_user__organisation", "grantee_organisation", "revoked_by")
        .prefetch_related(Prefetch("permissions", queryset=GrantPermission.objects.all()))
    )


def decide(user, child: Child, section: Section, action: Action, *, at=None) -> Decision:
    """May this person (not the child's family: the family policy answers for them) do
    `action` in `section` of `child`'s record at `at` (now)? Names the grant that allows it.

    Section.RECORD, the record's front page, is allowed by any grant in force to see any
    section of it."""
    if not user.is_authenticated or not user.is_active:
        return _refused("not signed in")
    if action == Action.MANAGE:
        return _refused("managing a record is never shared")
    if section != Section.RECORD and section not in GRANTABLE_SECTIONS:
        return _refused("this part of the record is for the family only")
    grants = Grant.objects.active(at).reaching(user).filter(child=child)
    if section == Section.RECORD:
        grants = grants.filter(permissions__action=Action.VIEW)
    else:
        grants = grants.filter(permissions__section=section, permissions__action=action)
    if not requires_mfa(user):
        grants = grants.filter(to_family_member=True)
    # The grant to the person by name first: it is the one the family chose most precisely.
    found = sorted(grants.distinct(), key=lambda g: (g.grantee_user_id is None, g.ends_at))
    if found:
        return Decision(True, found[0], "granted")
    return _refused("no grant in force allows this")


# --- The access log ------------------------------------------------------------------------


def _viewer_for(user) -> Viewer:
    viewer, _ = Viewer.objects.get_or_create(user=user, defaults={"name": user.get_full_name()})
    return viewer


def _role_words(user) -> str:
    names = sorted(role_names(user))
    return names[0] if len(names) == 1 else ", ".join(names)


def log_access(user, child: Child, section, action, decision=None, page: str = "") -> AccessLog:
    """Write one log row: who (as they are now), in what role and organisation, which section
    and action, under which grant (none for an officer's own duty), from which page. Called in
    the same transaction as the read or write it records."""
    grant = decision.grant if isinstance(decision, Decision) else None
    return AccessLog.objects.create(
        viewer=_viewer_for(user),
        role=_role_words(user),
        organisation_name=str(user.organisation) if user.organisation_id else "",
        child=child,
        section=str(section),
        action=str(action),
        grant=grant,
        at=timezone.now(),
        page=page[:500],
    )


def log_for_child(child: Child) -> QuerySet[AccessLog]:
    return AccessLog.objects.filter(child=child).select_related("viewer")


def people_in_log(child: Child) -> list[Viewer]:
    """Everyone who has looked at this child's record, for the log page's filter."""
    return list(
        Viewer.objects.filter(accesses__child=child).distinct().order_by("name", "pk")
    )
