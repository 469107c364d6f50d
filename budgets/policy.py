"""Every access rule for personal budgets, in one place.

A budget is part of a child's record, so who may see it is the family policy's answer for the
budget section (carers and the young person; a key worker where the family granted the section,
decided and logged by the sharing policy behind that seam). Council officers set budgets up and
approve overspends on their own pages, which need the officer role (and so two-factor sign-in).
Anyone refused gets a 404, whatever the method, like every other record page.

An officer's look at a child's budget (and a review they save) is written to the sharing app's
access log, as a key worker's is, so the family sees the council's reads too: it is the
officer's own duty, so the row names no grant.
"""

from django.http import Http404

from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role
from portal.family import policy as family_policy
from portal.family.models import Child
from portal.family.policy import Action, Section
from portal.sharing import policy as sharing_policy

from .models import Budget, Spend

SECTION = Section.BUDGET

__all__ = ["Action", "SECTION"]


def may_set_up(user) -> bool:
    """Create budgets, add streams and provisions, make amendments."""
    return is_officer(user)


def may_approve_overspend(user) -> bool:
    return is_officer(user)


def child_or_404(request, child_id, action: Action = Action.VIEW):
    """The child, if this person may `action` its budget section; anyone outside the family is
    logged by the sharing policy, so the view must run in a transaction."""
    return family_policy.child_for_request(request, child_id, SECTION, action)


def family_budget_or_404(request, child_id, budget_id, action: Action = Action.VIEW):
    """The child and one of its budgets, if this person may `action` the budget section."""
    child = child_or_404(request, child_id, action)
    budget = Budget.objects.filter(pk=budget_id, child=child).first()
    if budget is None:
        raise Http404("Page not found")
    return child, budget


def require_officer(user) -> None:
    if not may_set_up(user):
        raise Http404("Page not found")


def officer_budget_or_404(user, budget_id) -> Budget:
    require_officer(user)
    budget = Budget.objects.select_related("child").filter(pk=budget_id).first()
    if budget is None:
        raise Http404("Page not found")
    return budget


def officer_child_or_404(user, child_id):
    """Officers set budgets up for any child's record (they find it by name and date of birth,
    as on the family app's find-a-record page)."""
    require_officer(user)
    child = Child.objects.filter(pk=child_id).first()
    if child is None:
        raise Http404("Page not found")
    return child


def may_record_spend(user, child) -> bool:
    """Recording a spend is adding to the budget section: the family, or whoever the family
    granted that."""
    return family_policy.may(user, child, SECTION, Action.ADD)


def spend_of_child_or_404(child, spend_id) -> Spend:
    found = (
        Spend.objects.select_related("provision", "budget")
        .filter(pk=spend_id, budget__child=child).first()
    )
    if found is None:
        raise Http404("Page not found")
    return found


def may_review_spend(user, child) -> bool:
    """A key worker the family granted changes to the budget section reviews spends, as a
    council officer does on the officer's pages. The family never reviews its own."""
    return not family_policy.is_family(user, child) and family_policy.may(
        user, child, SECTION, Action.CHANGE
    )


def may_read_held_explanation(user) -> bool:
    """A family's explanation of planned spending that the safeguarding screen flagged is for
    the safeguarding lead first (they clear it for officers on the reclaim page)."""
    return has_role(user, Role.SAFEGUARDING_LEAD)


def require_reclaim_reader(user) -> None:
    """Officers decide reclaims; a safeguarding lead opens one to read a held explanation."""
    if not (may_set_up(user) or may_read_held_explanation(user)):
        raise Http404("Page not found")


def log_officer(request, budget: Budget, action: Action = Action.VIEW) -> None:
    """Write an officer's read (or, with Action.CHANGE, a saved review) of this budget to the
    family's access log, in the page's transaction. A budget whose record was erased has no
    family to tell."""
    if budget.child_id is None:
        return
    sharing_policy.log_access(request.user, budget.child, SECTION, action,
                              page=request.get_full_path())
