"""The council overview of all budgets, for officers: filters, a page of budgets with their sums
and flags (overview.py adds them up in the database), GOV.UK paging."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.utils import timezone

from . import overview, policy
from .models import FundingStream

PER_PAGE = 50


class OverviewForm(forms.Form):
    plan_year = forms.TypedChoiceField(label="Plan year", required=False, coerce=int,
                                       empty_value=None)
    stream = forms.ChoiceField(label="Funding stream", required=False,
                               choices=[("", "Every stream"), *FundingStream.Kind.choices])
    flagged = forms.BooleanField(label="Only budgets with an over- or under-spend",
                                 required=False)

    def __init__(self, data, *, years):
        super().__init__(data)
        field = self.fields["plan_year"]
        field.choices = [("", "Every plan year")] + [
            (str(year), f"{year} to {year + 1}") for year in years
        ]
        field.error_messages["invalid_choice"] = "Choose a plan year from the list"
        self.fields["stream"].error_messages["invalid_choice"] = "Choose a stream from the list"

    def filters(self) -> overview.OverviewFilters:
        if not self.is_bound or not self.is_valid():
            return overview.OverviewFilters()
        data = self.cleaned_data
        return overview.OverviewFilters(plan_year=data["plan_year"], stream_kind=data["stream"],
                                        flagged_only=data["flagged"])


@login_required
def budgets_overview(request):
    policy.require_officer(request.user)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    asked = {key: value for key, value in request.GET.items() if key != "page"}
    form = OverviewForm(request.GET if asked else None, years=overview.plan_years())
    filters = form.filters()
    page = Paginator(overview.OverviewList(filters, timezone.localdate()), PER_PAGE).get_page(
        request.GET.get("page"))
    return render(request, "budgets/overview.html", {
        "form": form, "page": page, "filters": filters, "filtered": bool(asked),
    })
