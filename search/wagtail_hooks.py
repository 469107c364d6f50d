"""The admin's Reports menu: searches that found nothing, for council officers."""

from django.urls import path, reverse
from wagtail import hooks

from portal.pages.admin_views import OfficersOnlyMenuItem

from .officer_reports import UnmetSearchesReportView, unmet_searches_csv


@hooks.register("register_admin_urls")
def register_unmet_searches_urls():
    return [
        path(
            "reports/searches-that-found-nothing/",
            UnmetSearchesReportView.as_view(),
            name="search_unmet_searches_report",
        ),
        path(
            "reports/searches-that-found-nothing/results/",
            UnmetSearchesReportView.as_view(results_only=True),
            name="search_unmet_searches_report_results",
        ),
        path(
            "reports/searches-that-found-nothing/csv/",
            unmet_searches_csv,
            name="search_unmet_searches_csv",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_unmet_searches_menu_item():
    return OfficersOnlyMenuItem(
        "Searches that found nothing",
        reverse("search_unmet_searches_report"),
        icon_name="search",
        order=830,
    )
