"""The admin report of searches that found nothing, by need, age and area, for council officers.

The counting is search_log.unmet_needs() (the planning dashboard reads the same groups); this
module only chooses the dates, checks who is asking and lays the groups out as a Wagtail report
and as a CSV file.
"""

from datetime import date, timedelta

import django_filters
from django import forms
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets.button import Button

from portal import csv_export
from portal.accounts.policy import is_officer

from .search_log import MIN_GROUP_SIZE, SearchLog, UnmetNeed, unmet_needs

DEFAULT_DAYS = 30
PER_PAGE = 50


class DateRangeForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        span = cleaned.get("searched")
        if span and span.start and span.stop and span.start > span.stop:
            self.add_error("searched", "The first date must be the same as or before the last date")
        return cleaned


class UnmetSearchFilterSet(WagtailFilterSet):
    # Only its form is used: the dates go to unmet_needs(), which counts in the database.
    searched = django_filters.DateFromToRangeFilter(
        field_name="searched_at", label="Searched between", widget=DateRangePickerWidget
    )

    class Meta:
        model = SearchLog
        fields = []
        form = DateRangeForm


def chosen_dates(params, today: date) -> tuple[date, date]:
    """The first and last day asked for. With no dates (or a range that ends before it
    starts), the last 30 days; with only a first day, up to `today`; with only a last day, the
    30 days up to it."""
    form = UnmetSearchFilterSet(params).form
    span = form.cleaned_data.get("searched") if form.is_valid() else None
    first = _day(span.start) if span else None
    last = _day(span.stop) if span else None
    if last is None:
        last = today if first is None else max(first, today)
    if first is None:
        first = last - timedelta(days=DEFAULT_DAYS - 1)
    return first, last


def _day(moment) -> date | None:
    return timezone.localtime(moment).date() if moment else None


class OfficersOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        # Wagtail has already sent anyone without admin access to sign in or to "no access";
        # an admin user who is not an officer gets the same 404 as a page that is not there.
        if not is_officer(request.user):
            raise Http404("Page not found")
        return super().dispatch(request, *args, **kwargs)


class UnmetSearchesReportView(OfficersOnlyMixin, ReportView):
    page_title = "Searches that found nothing"
    header_icon = "search"
    results_template_name = "search/admin/unmet_searches_results.html"
    index_url_name = "search_unmet_searches_report"
    index_results_url_name = "search_unmet_searches_report_results"
    filterset_class = UnmetSearchFilterSet
    paginate_by = PER_PAGE
    columns = [
        Column("need_label", label="Need"),
        Column("age_label", label="Age"),
        Column("area_label", label="Area"),
        Column("searches", label="Searches that found nothing"),
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False  # the CSV has its own URL and writer (unmet_searches_csv)

    @cached_property
    def dates(self) -> tuple[date, date]:
        return chosen_dates(self.request.GET, timezone.localdate())

    def get_queryset(self) -> list[UnmetNeed]:
        return unmet_needs(*self.dates)

    def get_filtered_queryset(self):
        return self.get_queryset()  # the dates were applied while counting

    @cached_property
    def csv_url(self) -> str:
        first, last = self.dates
        query = f"searched_from={first.isoformat()}&searched_to={last.isoformat()}"
        return f"{reverse('search_unmet_searches_csv')}?{query}"

    @cached_property
    def header_more_buttons(self):
        return [Button("Download CSV", url=self.csv_url, icon_name="download", priority=100)]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            first_day=self.dates[0],
            last_day=self.dates[1],
            minimum=MIN_GROUP_SIZE,
            csv_url=self.csv_url,
        )
        return context


def unmet_searches_csv(request):
    if not is_officer(request.user):
        raise Http404("Page not found")
    first, last = chosen_dates(request.GET, timezone.localdate())
    heading = ["Need", "Need codes", "Age", "Area", "Searches that found nothing"]
    rows = [
        [group.need_label, " ".join(group.needs), group.age_label, group.area_label,
         group.searches]
        for group in unmet_needs(first, last)
    ]
    return csv_export.response(
        f"searches-that-found-nothing-{first.isoformat()}-to-{last.isoformat()}.csv",
        [heading, *rows],
    )
