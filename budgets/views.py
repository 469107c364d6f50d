"""Budget pages: the officer's set-up pages and the family's view. Who may see what is asked of
policy.py, money moves only in ledger.py, and the sums come from figures.py; these views join
them to forms and templates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from portal.family.models import Child
from portal.family.policy import Action, atomic_for_outsiders

from . import ledger, policy, reclaim, spending
from .figures import figures_for
from .forms import (
    AmendmentForm,
    AnswerForm,
    BudgetForm,
    FindChildForm,
    ProvisionForm,
    ReviewForm,
    SpendForm,
    StreamForm,
)
from .models import FundingStream
from .receipts import Refused as ReceiptRefused
from .spending_chart import spending_chart


def _posted(request):
    return request.POST if request.method == "POST" else None


def _posted_files(request):
    return request.FILES if request.method == "POST" else None


def _reading_only(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return None


def _budget_context(budget, today):
    figures = figures_for(budget, today)
    chart = spending_chart(
        figures.months, title=f"Spending each month, {budget}", chart_id=f"spending-{budget.pk}"
    )
    amendments = budget.amendments.order_by("-effective_on", "-created_at")
    waiting = budget.spends.exclude(status__in=("approved", "rejected")).select_related(
        "provision")
    return {"budget": budget, "figures": figures, "chart": chart, "amendments": amendments,
            "open_spends": waiting}


# The family's pages.


@login_required
# A key worker's look is logged in the page's transaction; the family's own look needs none
# (the page is read on every visit, and BEGIN/COMMIT are two more round trips).
@atomic_for_outsiders
def budget(request, child_id, budget_id=None):
    child = policy.child_or_404(request, child_id)
    if refused := _reading_only(request):
        return refused
    # With each budget's reclaim proposal, if any: the page shows it at no extra query.
    budgets = list(child.budgets.select_related("reclaim").order_by("-starts_on"))
    if budget_id is None:
        chosen = budgets[0] if budgets else None
    else:
        chosen = next((b for b in budgets if b.pk == budget_id), None)
        if chosen is None:
            raise Http404("Page not found")
    context = {"child": child, "budgets": budgets}
    if chosen is not None:
        context.update(_budget_context(chosen, timezone.localdate()))
        context["reclaim"] = reclaim.for_budget_page(chosen, context["figures"])
    return render(request, "budgets/budget.html", context)


# The council officer's pages.


@login_required
def officer_find(request):
    policy.require_officer(request.user)
    if refused := _reading_only(request):
        return refused
    form = FindChildForm(request.GET if request.GET else None)
    found = None
    if form.is_bound and form.is_valid():
        found = list(
            Child.objects.filter(
                first_name__iexact=form.cleaned_data["first_name"].strip(),
                last_name__iexact=form.cleaned_data["last_name"].strip(),
                date_of_birth=form.cleaned_data["date_of_birth"],
            ).prefetch_related("budgets")[:10]
        )
    return render(request, "budgets/officer_find.html", {"form": form, "found": found})


@login_required
def officer_budget_new(request, child_id):
    child = policy.officer_child_or_404(request.user, child_id)
    form = BudgetForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            created = ledger.open_budget(child, by=request.user, **form.cleaned_data)
        except ledger.LedgerError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "The budget has been created. Now add its funding streams.")
            return redirect("budgets:officer_budget", created.pk)
    return render(request, "budgets/officer_budget_new.html", {"child": child, "form": form})


@login_required
@transaction.atomic  # the officer's look is written to the family's access log with the page
def officer_budget(request, budget_id):
    found = policy.officer_budget_or_404(request.user, budget_id)
    if refused := _reading_only(request):
        return refused
    policy.log_officer(request, found)
    context = _budget_context(found, timezone.localdate())
    context["child"] = found.child
    return render(request, "budgets/officer_budget.html", context)


def _officer_form(request, budget_id, make_form, save, template, message):
    """Show the form; on a valid post save it through the ledger and go back to the budget.
    A refusal from the ledger is shown on the form, with everything typed still there."""
    found = policy.officer_budget_or_404(request.user, budget_id)
    if found.child is None:
        raise Http404("Page not found")  # an erased record's budget is kept, not changed
    form = make_form(found, _posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                save(found, form.cleaned_data, request.user)
        except ledger.LedgerError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, message)
            return redirect("budgets:officer_budget", found.pk)
    return render(request, template, {"budget": found, "child": found.child, "form": form})


@login_required
def officer_stream_new(request, budget_id):
    def save(budget, data, user):
        ledger.add_stream(
            budget, kind=data["kind"], delivery=data["delivery"],
            cost_centre=data["cost_centre"], amount_pence=data["amount"], by=user,
            overspend=data["overspend"],
            overspend_limit_pence=(data["overspend_limit"]
                                   if data["overspend"] == FundingStream.Overspend.APPROVED
                                   else None),
        )

    return _officer_form(
        request, budget_id, lambda budget, data: StreamForm(data, budget=budget), save,
        "budgets/officer_stream_new.html", "The funding stream has been added.",
    )


@login_required
def officer_provision_new(request, budget_id):
    def make_form(budget, data):
        return ProvisionForm(data, budget=budget, goals=budget.child.goals.all())

    def save(budget, data, user):
        ledger.add_provision(
            data["stream"], description=data["description"], outcome=data["outcome"],
            goal=data["goal"], planned_cost_pence=data["planned_cost"], by=user,
        )

    return _officer_form(
        request, budget_id, make_form, save, "budgets/officer_provision_new.html",
        "The provision has been added.",
    )


@login_required
def officer_amendment_new(request, budget_id):
    def save(budget, data, user):
        note = ledger.AmendmentNote(data["reason"], data["effective_on"])
        kind, pk = data["change"].split(":", 1)
        if kind == "stream":
            stream = budget.streams.get(pk=pk)
            ledger.fund(stream, data["amount"], by=user, on=data["effective_on"],
                        memo="Amendment", amendment=note)
        else:
            provision = budget.provisions.get(pk=pk)
            ledger.allocate(provision, data["amount"], by=user, on=data["effective_on"],
                            memo="Amendment", amendment=note)

    return _officer_form(
        request, budget_id, lambda budget, data: AmendmentForm(data, budget=budget), save,
        "budgets/officer_amendment_new.html", "The amendment has been made.",
    )


# Spending from a direct payment: the family records, the council reviews.

SPENDS_PER_PAGE = 20


@login_required
@transaction.atomic
def spends(request, child_id, budget_id):
    child, found = policy.family_budget_or_404(request, child_id, budget_id)
    if refused := _reading_only(request):
        return refused
    page = Paginator(
        found.spends.select_related("provision").order_by("-spent_on", "-recorded_at"),
        SPENDS_PER_PAGE,
    ).get_page(request.GET.get("page"))
    context = {"child": child, "budget": found, "page": page,
               "can_add": policy.may_record_spend(request.user, child)}
    return render(request, "budgets/spends.html", context)


@login_required
@transaction.atomic
def spend_new(request, child_id, budget_id):
    child, found = policy.family_budget_or_404(request, child_id, budget_id, Action.ADD)
    form = SpendForm(_posted(request), _posted_files(request),
                     provisions=spending.direct_payment_provisions(found))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            made = spending.record(spending.SpendDetails(
                provision=data["provision"], spent_on=data["spent_on"],
                amount_pence=data["amount"], payee=data["payee"], what_for=data["what_for"],
            ), by=request.user, receipt=form.receipt)
        except ledger.LedgerError as error:
            form.add_error(None, str(error))
        except ReceiptRefused as refused:
            form.add_error("file", str(refused))
        else:
            messages.success(request, "The spend has been recorded. The council will review it.")
            return redirect("budgets:spend", child.pk, made.pk)
    return render(request, "budgets/spend_new.html",
                  {"child": child, "budget": found, "form": form})


@login_required
@transaction.atomic
def spend(request, child_id, spend_id):
    answering = request.method == "POST"
    child = policy.child_or_404(request, child_id, Action.ADD if answering else Action.VIEW)
    found = policy.spend_of_child_or_404(child, spend_id)
    form = AnswerForm(_posted(request))
    if answering and form.is_valid():
        spending.answer(found, by=request.user, text=form.cleaned_data["text"])
        messages.success(request, "Your answer has been sent to the council.")
        return redirect("budgets:spend", child.pk, found.pk)
    context = {"child": child, "spend": found, "form": form,
               "conversation": found.messages.all(), "officer": False,
               "back_url": reverse("budgets:spends", args=[child.pk, found.budget_id]),
               "can_review": policy.may_review_spend(request.user, child),
               "receipts": _receipt_links(found, "budgets:receipt", child.pk),
               "can_add_receipt": policy.may_record_spend(request.user, child)}
    return render(request, "budgets/spend.html", context)


@login_required
@transaction.atomic  # the officer's look and review are logged with the page
def officer_spend(request, budget_id, spend_id):
    found = policy.officer_budget_or_404(request.user, budget_id)
    item = get_object_or_404(found.spends.select_related("provision"), pk=spend_id)
    response = _review(request, found.child, item, "budgets:officer_spend", (found.pk, item.pk))
    saved = request.method == "POST" and response.status_code == 302
    policy.log_officer(request, found, Action.CHANGE if saved else Action.VIEW)
    return response


def _receipt_links(item, url_name, owner_id):
    """(receipt, its download address) for each receipt of the spend, oldest first."""
    return [(receipt, reverse(url_name, args=[owner_id, item.pk, receipt.pk]))
            for receipt in item.receipts.all()]


@login_required
@transaction.atomic
def spend_review(request, child_id, spend_id):
    """A key worker's review, where the family granted them changes to the budget section."""
    child = policy.child_or_404(request, child_id, policy.Action.CHANGE)
    if not policy.may_review_spend(request.user, child):
        raise Http404("Page not found")
    item = policy.spend_of_child_or_404(child, spend_id)
    return _review(request, child, item, "budgets:spend_review", (child.pk, item.pk))


def _review(request, child, item, done, args):
    form = ReviewForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        decision, text = form.cleaned_data["decision"], form.cleaned_data["text"].strip()
        try:
            if decision == "approve":
                spending.approve(item, by=request.user)
            elif decision == "ask":
                spending.ask(item, by=request.user, text=text)
            else:
                spending.reject(item, by=request.user, reason=text)
        except ledger.LedgerError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, "Your review has been saved. The family has been told.")
            return redirect(done, *args)
    back = (reverse("budgets:officer_budget", args=[item.budget_id])
            if done == "budgets:officer_spend"
            else reverse("budgets:spends", args=[child.pk, item.budget_id]))
    officer = done == "budgets:officer_spend"
    context = {"child": child, "budget": item.budget, "spend": item, "form": form,
               "conversation": item.messages.all(), "officer": True, "back_url": back,
               "receipts": _receipt_links(item, "budgets:officer_receipt" if officer
                                          else "budgets:receipt",
                                          item.budget_id if officer else child.pk)}
    return render(request, "budgets/spend.html", context)
