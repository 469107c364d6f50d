"""The officer's audit export page: choose a period and filters, get the ledger's entries as a
CSV that streams from the database (audit_export.py) through the portal's one CSV writer."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseNotAllowed
from django.shortcuts import render

from portal import csv_export
from portal.family.dates import DateField

from . import audit_export, policy
from .models import FundingStream, Provision


class AuditExportForm(forms.Form):
    starts_on = DateField(label="From", what="the first day of the period", past_only=False,
                          help_text="The first day to include.")
    ends_on = DateField(label="To", what="the last day of the period", past_only=False,
                        help_text="The last day to include.")
    stream = forms.ChoiceField(
        label="Funding stream", required=False,
        choices=[("", "Every stream"), *FundingStream.Kind.choices],
    )
    cost_centre = forms.CharField(label="Cost centre code (optional)", required=False,
                                  max_length=40)
    # The Local Offer providers whose services some provision is linked to.
    provider = forms.TypedChoiceField(label="Provider", required=False, coerce=int,
                                      empty_value=None)
    budget = forms.UUIDField(label="Budget reference (optional)", required=False,
                             help_text="From the address of the budget's page.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        provider = self.fields["provider"]
        provider.choices = [("", "Every provider"), *(
            Provision.objects.filter(service__provider__isnull=False)
            .values_list("service__provider_id", "service__provider__name")
            .order_by("service__provider__name").distinct()
        )]
        provider.error_messages["invalid_choice"] = "Choose a provider from the list"
        self.fields["budget"].error_messages["invalid"] = (
            "The budget reference must look like 0b6c1e7a-2f4d-4c39-9a55-3e8f4d1c2b7a"
        )

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "The last day must be the same as or after the first day")
        return cleaned

    def filters(self) -> audit_export.AuditFilters:
        data = self.cleaned_data
        return audit_export.AuditFilters(
            starts_on=data["starts_on"], ends_on=data["ends_on"],
            stream_kind=data["stream"], cost_centre=data["cost_centre"].strip(),
            provider_id=data["provider"],
            budget_id=data["budget"],
        )


@login_required
def audit_export_page(request):
    policy.require_officer(request.user)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    form = AuditExportForm(request.GET if request.GET else None)
    if form.is_bound and form.is_valid():
        filters = form.filters()
        name = f"budget-ledger-{filters.starts_on:%Y-%m-%d}-to-{filters.ends_on:%Y-%m-%d}"
        return csv_export.response(name, audit_export.rows(filters))
    return render(request, "budgets/audit_export.html", {"form": form})
