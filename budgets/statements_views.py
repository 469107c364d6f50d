"""The monthly statement as a page, a CSV and a PDF, for the family (and whoever the sharing
policy lets see the budget) and for council officers. All three are drawn from one
`statements.Statement`; who may see it is policy.py's answer, as for the budget page."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from portal import csv_export

from . import policy, statements, statements_pdf

FORMATS = ("page", "csv", "pdf")


class MonthForm(forms.Form):
    month = forms.ChoiceField(label="Month", error_messages={
        "required": "Choose a month",
        "invalid_choice": "Choose a month of the plan year, up to this month",
    })

    def __init__(self, data, *, months):
        super().__init__(data)
        self.fields["month"].choices = [(f"{m:%Y-%m}", f"{m:%B %Y}") for m in months]
        self.months = {f"{m:%Y-%m}": m for m in months}

    def chosen(self):
        return self.months[self.cleaned_data["month"]]


def _respond(request, budget, child, *, fmt, officer):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    today = timezone.localdate()
    months = statements.months_of(budget, today)
    default = statements.default_month(budget, today)
    form = MonthForm(request.GET if "month" in request.GET else None, months=months)
    month = None
    if form.is_bound:
        month = form.chosen() if form.is_valid() else None
    else:
        month = default
        if default is not None:
            form.initial["month"] = f"{default:%Y-%m}"
    if fmt != "page":
        if month is None:
            raise Http404("Page not found")  # the page explains; a download has nothing to say
        statement = statements.statement_for(budget, month)
        name = f"budget-statement-{month:%Y-%m}"
        if fmt == "csv":
            return csv_export.response(name, statements.csv_rows(statement))
        download = HttpResponse(statements_pdf.pdf_bytes(statement, child),
                                content_type="application/pdf")
        download["Content-Disposition"] = f'attachment; filename="{name}.pdf"'
        return download
    statement = statements.statement_for(budget, month) if month is not None else None
    if officer:
        base = reverse("budgets:officer_statement", args=[budget.pk])
        back = reverse("budgets:officer_budget", args=[budget.pk])
    else:
        base = reverse("budgets:statement", args=[child.pk, budget.pk])
        back = reverse("budgets:budget_year", args=[child.pk, budget.pk])
    context = {
        "budget": budget, "child": child, "form": form, "statement": statement,
        "first_month": budget.starts_on.replace(day=1), "officer": officer,
        "csv_url": f"{base}csv/?month={month:%Y-%m}" if month else "",
        "pdf_url": f"{base}pdf/?month={month:%Y-%m}" if month else "",
        "back_url": back,
    }
    return render(request, "budgets/statement.html", context)


@login_required
@transaction.atomic  # the sharing policy logs a key worker's look in the page's transaction
def statement(request, child_id, budget_id, fmt="page"):
    child, found = policy.family_budget_or_404(request, child_id, budget_id)
    return _respond(request, found, child, fmt=fmt, officer=False)


@login_required
@transaction.atomic  # the officer's look goes in the family's access log with the page
def officer_statement(request, budget_id, fmt="page"):
    found = policy.officer_budget_or_404(request.user, budget_id)
    response = _respond(request, found, found.child, fmt=fmt, officer=True)
    if response.status_code == 200:
        policy.log_officer(request, found)
    return response
