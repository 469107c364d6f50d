"""The one place that answers "may this user do this to this child's record?".

Every view of the family apps asks here. A child someone may not reach is a 404 for every
method, so another family's record looks exactly like one that does not exist.

Today the answer comes from the family itself: a child's current carers and the young person
may do everything (except that a young person cannot end a carer's access until the record is
theirs, issue 13). A council officer may see who a child's carers are and end a carer's
access (a court order, a looked-after child), and nothing else. Professionals will reach a
record only through what the family grants them: `_granted` is that seam, and refuses
everything until then.
"""

from enum import StrEnum

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role

from .models import CarerAccess, Child


class Section(StrEnum):
    PROFILE = "profile"
    NEEDS = "needs"
    EHC_PLAN = "ehc_plan"
    GOALS = "goals"
    DOCUMENTS = "documents"
    SAVED_SERVICES = "saved_services"
    NOTES = "notes"
    CARERS = "carers"


class Action(StrEnum):
    VIEW = "view"
    ADD = "add"  # add ratings, comments, notes
    CHANGE = "change"  # edit, upload, archive
    MANAGE = "manage"  # carers, delete-like acts


def _current_carer(user) -> QuerySet[CarerAccess]:
    return CarerAccess.objects.filter(child=OuterRef("pk"), user=user, ended_at__isnull=True)


def children_for(user) -> QuerySet[Child]:
    """The children whose record this user may open: as a current carer or as the child."""
    if not user.is_authenticated:
        return Child.objects.none()
    return Child.objects.filter(Q(Exists(_current_carer(user))) | Q(young_person=user))


def _is_carer(user, child: Child) -> bool:
    # Remembered on the child, per user, so a page asking many questions costs one query.
    known = child.__dict__.setdefault("_carer_of", {})
    if user.pk not in known:
        known[user.pk] = CarerAccess.objects.filter(
            child=child, user=user, ended_at__isnull=True
        ).exists()
    return known[user.pk]


def is_young_person(user, child: Child) -> bool:
    return user.is_authenticated and child.young_person_id == user.pk


def is_family(user, child: Child) -> bool:
    """A current carer or the young person: whoever holds the record."""
    if not user.is_authenticated:
        return False
    return is_young_person(user, child) or _is_carer(user, child)


def _granted(user, child: Child, section: Section, action: Action) -> bool:
    """What the family has shared with this person (issue 13: consent grants). Nothing yet."""
    return False


def may(user, child: Child, section: Section, action: Action) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if is_family(user, child):
        return True
    if section == Section.CARERS and action == Action.VIEW and is_officer(user):
        return True  # to end a carer's access: may_end_access
    return _granted(user, child, section, action)


def get_child_or_404(user, child_id, section: Section, action: Action) -> Child:
    """The child, if this user may do `action` in `section` of its record; else 404."""
    if not user.is_authenticated:
        raise Http404("Page not found")
    child = (
        Child.objects.annotate(_viewer_is_carer=Exists(_current_carer(user)))
        .filter(pk=child_id)
        .first()
    )
    if child is None:
        raise Http404("Page not found")
    child.__dict__.setdefault("_carer_of", {})[user.pk] = child._viewer_is_carer
    if not may(user, child, section, action):
        raise Http404("Page not found")
    return child


def may_start_record(user) -> bool:
    """Parents and carers add children; staff and young people do not start records."""
    return user.is_authenticated and has_role(user, Role.PARENT)


def may_end_access(user, access: CarerAccess) -> bool:
    """Another current carer, or a council officer, may end a carer's access. A young person
    may not until the record is theirs (issue 13); a carer leaving is done by someone else."""
    if not access.is_current or not user.is_authenticated:
        return False
    if is_officer(user):
        return True
    return access.user_id != user.pk and _is_carer(user, access.child)
