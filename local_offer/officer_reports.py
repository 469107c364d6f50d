"""Admin reports for council officers: listing freshness and statutory coverage."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from portal.accounts.policy import is_officer

from .coverage import coverage_report, dead_ends
from .freshness_report import report_counts, report_rows
from .freshness_states import Freshness, freshness_of
from .listing import MONTHS

PER_PAGE = 50
DEAD_END_LIMIT = 50


class OfficerReportView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not is_officer(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "listing_months": MONTHS}


class FreshnessReportView(OfficerReportView):
    page_title = "Listing freshness"
    template_name = "local_offer/admin/freshness_report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        chosen = self.request.GET.get("state", "")
        state = Freshness(chosen) if chosen in Freshness._value2member_map_ else None
        page = Paginator(report_rows(today, state), PER_PAGE).get_page(self.request.GET.get("p"))
        for listing in page.object_list:
            listing.freshness = freshness_of(listing, today, listing.reminder_sent)
        context.update(
            today=today,
            state=state,
            counts=report_counts(today),
            listings=page,
            report_url=reverse("local_offer_freshness_report"),
        )
        return context


class CoverageReportView(OfficerReportView):
    page_title = "Statutory coverage"
    template_name = "local_offer/admin/coverage_report.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            report=coverage_report(),
            dead_ends=dead_ends(limit=DEAD_END_LIMIT),
            dead_end_limit=DEAD_END_LIMIT,
        )
        return context
