"""The one place that answers "may this user do this to this child's record?".

Every view of the family apps asks here. A child someone may not reach is a 404 for every
method, so another family's record looks exactly like one that does not exist.

Today the answer comes from the family itself: a child's current carers and the young person
may do everything (except that a young person cannot end a carer's access until the record is
theirs, issue 13). A council officer may see who a child's carers are and end a carer's
access (a court order, a looked-after child), and nothing else. Anyone else reaches a record
only through what the family grants them, and that is decided by the sharing app's policy,
which registers itself here (`register_sharing`): this app never imports it, so the two apps do
not depend on each other. With nothing registered, nobody outside the family gets anything.

Every page of a child's record gets its child through `child_for_request`, which also writes
the access-log row for anyone who is not family, in the request's transaction.

Who "the family" is changes as the child grows up (handover.py): the carers and the young
person until the young person takes the record over and their rights have passed; then the
young person alone, and the carers reach only what the young person grants them; or, if an
officer has recorded that the young person lacks capacity for this decision, the representative
named, who acts for them (the young person still sees their own record, but does not decide who
else does).
"""

from collections.abc import Callable
from functools import wraps

from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404

from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role

from . import handover
from .handover import Holder
from .models import CarerAccess, Child
from .sections import GRANTABLE_SECTIONS, Action, Section  # noqa: F401 (named here by other apps)


def _current_carer(user) -> QuerySet[CarerAccess]:
    return CarerAccess.objects.filter(child=OuterRef("pk"), user=user, ended_at__isnull=True)


def children_for(user) -> QuerySet[Child]:
    """The children whose record this user holds or acts for, or may see as the child."""
    if not user.is_authenticated:
        return Child.objects.none()
    # Only children this person is linked to at all are annotated with who holds them.
    linked = Child.objects.filter(
        Q(Exists(_current_carer(user))) | Q(young_person=user)
        | Q(pk__in=handover.represented_by(user))
    ).annotate(_viewer_is_carer=Exists(_current_carer(user)))
    return handover.with_holder(linked).filter(handover.holders_q(user))


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
    """Whoever holds the record (handover.py): its current carers and the young person; once
    the young person has taken it over, the young person; or the representative acting for
    them, and the young person, who still sees their own record (may() keeps the decisions to
    the representative)."""
    if not user.is_authenticated:
        return False
    holder = handover.holding_of(child)
    if holder.holder == Holder.YOUNG_PERSON:
        return is_young_person(user, child)
    if holder.holder == Holder.REPRESENTATIVE:
        return holder.representative_id == user.pk or is_young_person(user, child)
    return is_young_person(user, child) or _is_carer(user, child)


def may_share(user, child: Child) -> bool:
    """Who decides who else sees the record: whoever holds it, except a young person for whom
    a representative acts (Mental Capacity Act 2005)."""
    if not is_family(user, child):
        return False
    holder = handover.holding_of(child)
    return holder.holder != Holder.REPRESENTATIVE or holder.representative_id == user.pk


# The sharing app's answers, registered by its AppConfig.ready(): `decide(user, child,
# section, action)` returns something truthy when allowed (sharing's Decision, which also names
# the grant), and `record(user, child, section, action, decision, page)` writes a log row.
_sharing_decide: Callable | None = None
_sharing_record: Callable | None = None


def register_sharing(decide: Callable, record: Callable) -> None:
    global _sharing_decide, _sharing_record
    _sharing_decide, _sharing_record = decide, record


def _decision(user, child: Child, section: Section, action: Action):
    """Sharing's decision for this person, remembered on the child for this request so that
    a page asking the same question twice (the view, then its template) costs one look-up."""
    if _sharing_decide is None:
        return None
    known = child.__dict__.setdefault("_sharing_decisions", {})
    key = (user.pk, section, action)
    if key not in known:
        known[key] = _sharing_decide(user, child, section, action)
    return known[key]


def _granted(user, child: Child, section: Section, action: Action) -> bool:
    """What the family has shared with this person: sharing's policy decides."""
    return bool(_decision(user, child, section, action))


def may(user, child: Child, section: Section, action: Action) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if is_family(user, child):
        # A young person for whom a representative acts sees and adds to their record; the
        # representative manages who else may.
        return action != Action.MANAGE or may_share(user, child)
    if section == Section.CARERS and action == Action.VIEW and is_officer(user):
        return True  # to end a carer's access: may_end_access
    return _granted(user, child, section, action)


def _lookup(user, child_id) -> Child | None:
    """The child, with whether this user is a current carer and what decides who holds the
    record (handover.py) read in the same query. Every record page starts here."""
    child = (
        handover.with_decision(
            Child.objects.annotate(_viewer_is_carer=Exists(_current_carer(user)))
        )
        .filter(pk=child_id)
        .first()
    )
    if child is not None:
        child.__dict__.setdefault("_carer_of", {})[user.pk] = child._viewer_is_carer
    return child


def _allowed_child(user, child: Child | None, section: Section, action: Action) -> Child:
    if child is None or not may(user, child, section, action):
        raise Http404("Page not found")
    return child


def get_child_or_404(user, child_id, section: Section, action: Action) -> Child:
    """The child, if this user may do `action` in `section` of its record; else 404."""
    if not user.is_authenticated:
        raise Http404("Page not found")
    return _allowed_child(user, _lookup(user, child_id), section, action)


def _request_child(request, child_id) -> Child | None:
    # Looked up once per request: the view decorator and the view ask about the same child.
    known = request.__dict__.setdefault("_record_children", {})
    if str(child_id) not in known:
        known[str(child_id)] = _lookup(request.user, child_id)
    return known[str(child_id)]


def atomic_for_outsiders(view):
    """Run a record page inside one transaction for anyone outside the child's family, so the
    access-log row `child_for_request` writes and the page's own writes are kept or lost
    together. The family's own pages need no log row and so no transaction of their own."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        user = request.user
        child_id = kwargs.get("child_id")
        if user.is_authenticated and child_id is not None:
            child = _request_child(request, child_id)
            if child is not None and is_family(user, child):
                return view(request, *args, **kwargs)
        with transaction.atomic():
            request._accesses_to_log = []
            try:
                response = view(request, *args, **kwargs)
                _log_accesses(request, response)
            finally:
                del request._accesses_to_log
            return response

    # Copied outward by each decorator's functools.wraps, so a test can check every URL's view.
    wrapped.atomic_for_outsiders = True
    return wrapped


def child_for_request(request, child_id, section: Section, action: Action = Action.VIEW) -> Child:
    """The child for this page, or 404; for anyone outside the family, the access is written to
    the sharing app's log in this request's transaction, so a read or write that fails leaves
    no log row behind, and a log row that cannot be written stops the read or write. Views
    calling this are wrapped in `atomic_for_outsiders`."""
    user = request.user
    if not user.is_authenticated:
        raise Http404("Page not found")
    child = _allowed_child(user, _request_child(request, child_id), section, action)
    if is_family(user, child) or is_young_person(user, child) or _sharing_record is None:
        return child
    if not transaction.get_connection().in_atomic_block:
        # Fail closed: an access written outside the page's transaction could outlive it.
        raise RuntimeError("A record page for someone outside the family must be atomic.")
    access = (user, child, section, action, _decision(user, child, section, action),
              request.get_full_path()[:500])
    pending = getattr(request, "_accesses_to_log", None)
    if pending is not None:
        pending.append(access)  # written by atomic_for_outsiders once the page has answered
    else:
        _sharing_record(*_as_done(access, request.method == "POST"))
    return child


def _as_done(access: tuple, written: bool) -> tuple:
    # A look at a form, or a form sent back with its errors, is a look; only a form that was
    # saved is the add or change itself, so the family never reads of an addition not made.
    user, child, section, action, decision, page = access
    return user, child, section, action if written else Action.VIEW, decision, page


def _log_accesses(request, response) -> None:
    """Write the page's access-log rows inside its transaction, now that the page has answered:
    a POST answered with a redirect saved what was sent."""
    saved = request.method == "POST" and response.status_code in (301, 302, 303)
    for access in request._accesses_to_log:
        _sharing_record(*_as_done(access, saved))


def may_start_record(user) -> bool:
    """Parents and carers add children; staff and young people do not start records."""
    return user.is_authenticated and has_role(user, Role.PARENT)


def may_end_access(user, access: CarerAccess) -> bool:
    """Another current carer, or a council officer, may end a carer's access; so may the
    young person once the record is theirs, or the representative acting for them. A carer
    leaving is done by someone else."""
    if not access.is_current or not user.is_authenticated:
        return False
    if is_officer(user):
        return True
    if access.user_id == user.pk:
        return False
    if handover.holding_of(access.child).holder != Holder.CARERS:
        return may_share(user, access.child)
    return _is_carer(user, access.child)
