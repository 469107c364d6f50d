"""Every CSV the Wagtail admin downloads goes through the portal's escaping writer.

Wagtail's SpreadsheetExportMixin serves the `list_export` of every snippet and model viewset, and
also Wagtail's own reports (workflows, site history, aging pages) and form submissions, whose
cells hold text that providers and the public typed. Giving the mixin our CSV writer once, at
start-up, covers all of them, including viewsets added later, with nothing to remember.

XLSX needs nothing more: Wagtail turns a cell openpyxl reads as a formula back into a string,
and a string cell in an XLSX file is never calculated (tests/local_offer/test_reports.py checks
the problem reports' export both ways; tests/pages/test_csv_export.py a Wagtail report).
"""

from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from portal import csv_export


def stream_csv(view, queryset):
    """SpreadsheetExportMixin.stream_csv with the escaping DictWriter in place of csv's."""
    out = csv_export.DictWriter(Echo(), fieldnames=view.list_export)
    yield out.writerow({field: view.get_heading(queryset, field) for field in view.list_export})
    for item in queryset:
        yield view.write_csv_row(out, view.to_row_dict(item))


def protect_admin_exports() -> None:
    # Fail at start-up, not silently, if a Wagtail upgrade renames what we replace.
    for name in ("stream_csv", "write_csv_row", "to_row_dict", "get_heading"):
        if not hasattr(SpreadsheetExportMixin, name):
            raise RuntimeError(f"Wagtail's SpreadsheetExportMixin has no {name}: check {__name__}")
    SpreadsheetExportMixin.stream_csv = stream_csv
