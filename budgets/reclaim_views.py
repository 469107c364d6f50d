"""The year-end reclaim's pages: the family's answer, the officers' list and decision, and the
safeguarding lead's look at an explanation the screen held back. The rules are in reclaim.py
and policy.py; these views join them to forms and templates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from . import ledger, policy, reclaim
from .models import Budget, ReclaimProposal
from .money import pounds
from .reclaim_forms import AnswerForm, DecisionForm
from .views import _posted, _reading_only

PER_PAGE = 25
S = ReclaimProposal.Status


def _proposal_or_404(budget) -> ReclaimProposal:
    found = ReclaimProposal.objects.filter(budget=budget).select_related(
        "transaction__reversed_by").first()
    if found is None:
        raise Http404("Page not found")
    return found


@login_required
@transaction.atomic  # the sharing policy logs a key worker's look in the page's transaction
def family_reclaim(request, child_id, budget_id):
    answering = request.method == "POST"
    child, budget = policy.family_budget_or_404(
        request, child_id, budget_id, policy.Action.ADD if answering else policy.Action.VIEW)
    proposal = _proposal_or_404(budget)
    initial = {"explanation": proposal.explanation}
    if proposal.committed_pence:
        initial["committed"] = f"{proposal.committed_pence / 100:.2f}"
    form = AnswerForm(_posted(request), initial=initial)
    if answering and form.is_valid():
        try:
            reclaim.respond(proposal, reclaim.Answer(
                form.cleaned_data["committed"], form.cleaned_data["explanation"]),
                by=request.user)
        except ledger.LedgerError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Thank you. The council will read this before it decides.")
            return redirect("budgets:reclaim", child.pk, budget.pk)
    context = {"child": child, "budget": budget, "form": form,
               "can_answer": proposal.status == S.PROPOSED
               and policy.may_record_spend(request.user, child),
               **reclaim.summary(proposal, reclaim.reasoning_for(proposal))}
    return render(request, "budgets/reclaim.html", context)


@login_required
def officer_reclaims(request):
    policy.require_officer(request.user)
    if refused := _reading_only(request):
        return refused
    status = request.GET.get("status", S.PROPOSED)
    if status not in S.values:
        status = S.PROPOSED
    page = Paginator(reclaim.officer_list(status), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "budgets/officer_reclaims.html", {
        "page": page, "status": status, "statuses": S.choices,
        "today": timezone.localdate(),
    })


@login_required
def officer_reclaim(request, budget_id):
    user = request.user
    policy.require_reclaim_reader(user)
    budget = Budget.objects.select_related("child").filter(pk=budget_id).first()
    if budget is None:
        raise Http404("Page not found")
    proposal = _proposal_or_404(budget)
    lead = policy.may_read_held_explanation(user)
    officer = policy.may_set_up(user)
    form = DecisionForm(_posted(request) if officer else None)
    if request.method == "POST":
        if lead and "clear" in request.POST and proposal.held_for_safeguarding:
            reclaim.clear(proposal, by=user)
            messages.success(request, "Officers can now read the family's explanation.")
            return redirect("budgets:officer_reclaim", budget.pk)
        if not officer:
            raise Http404("Page not found")
        if form.is_valid():
            data = form.cleaned_data
            try:
                if data["decision"] == "confirm":
                    reclaim.confirm(proposal, reclaim.Decision(data["amount"], data["reason"]),
                                    by=user, today=timezone.localdate())
                    done = f"{pounds(data['amount'])} has been reclaimed. The family has been told."
                else:
                    reclaim.withdraw(proposal, by=user, reason=data["reason"])
                    done = "The proposal has been withdrawn. The family has been told."
            except ledger.LedgerError as error:
                form.add_error(None, str(error))
            else:
                messages.success(request, done)
                return redirect("budgets:officer_reclaim", budget.pk)
    today = timezone.localdate()
    context = {"budget": budget, "child": budget.child, "form": form, "officer": officer,
               "lead": lead, "may_decide": reclaim.may_decide_on(proposal, today),
               "show_explanation": not proposal.held_for_safeguarding or lead,
               **reclaim.summary(proposal, reclaim.reasoning_for(proposal))}
    return render(request, "budgets/officer_reclaim.html", context)
