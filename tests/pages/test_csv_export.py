"""The portal's one CSV writer (portal/csv_export.py) and the Wagtail admin's exports that use it:
a cell a spreadsheet would run as a formula arrives as text, whoever typed it."""

import ast
import csv
import datetime
import io
from decimal import Decimal
from pathlib import Path

import pytest
from django.urls import reverse
from wagtail.models import Site

from portal import csv_export
from portal.pages.models import ContentPage

TYPED = ['=HYPERLINK("http://x")', "-1+1", "@SUM(1)", "+44 1632 960000", "\tTAB", "\rCR"]


def read_back(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("value", TYPED)
def test_text_that_would_start_a_formula_gets_a_leading_quote(value):
    assert csv_export.escape_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["Closed in July", "", "Phone 01632 960000", "a=b", "O'Brien", "Total: -1"]
)
def test_ordinary_text_is_written_as_typed(value):
    assert csv_export.escape_cell(value) == value


@pytest.mark.parametrize(
    "value",
    [None, -1, -1.5, Decimal("-12.50"), True, datetime.date(2026, 1, 2),
     datetime.datetime(2026, 1, 2, 3, 4), datetime.time(9, 30)],
)  # fmt: skip
def test_numbers_and_dates_are_data_not_formulas_and_stay_as_they_are(value):
    assert csv_export.escape_cell(value) == value


def test_anything_else_is_escaped_as_the_text_it_would_be_written_as():
    class Listing:
        def __str__(self):
            return "=1+1"

    assert csv_export.escape_cell(Listing()) == "'=1+1"


def test_the_writer_escapes_every_cell_of_every_row():
    out = io.StringIO()
    writer = csv_export.writer(out)
    writer.writerow(["Details", "Count"])
    writer.writerows([[text, -1] for text in TYPED])

    rows = read_back(out.getvalue())

    assert rows[0] == ["Details", "Count"]
    assert [row[0] for row in rows[1:]] == ["'" + text for text in TYPED]
    assert {row[1] for row in rows[1:]} == {"-1"}  # a number, written as a number


def test_the_dict_writer_escapes_header_rows_and_writerows_too():
    # csv.DictWriter.writerows skips writerow, so both are checked.
    out = io.StringIO()
    writer = csv_export.DictWriter(out, fieldnames=["=heading"])
    writer.writeheader()
    writer.writerow({"=heading": TYPED[0]})
    writer.writerows([{"=heading": text} for text in TYPED[1:]])

    rows = read_back(out.getvalue())

    assert rows[0] == ["'=heading"]
    assert [row[0] for row in rows[1:]] == ["'" + text for text in TYPED]


def test_a_download_streams_escaped_rows_with_a_safe_file_name():
    response = csv_export.response('report"; x=.csv', [["Need"], ["=1+1"], ["Autism"]])

    body = b"".join(response.streaming_content).decode()

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="reportx.csv"'
    assert read_back(body) == [["Need"], ["'=1+1"], ["Autism"]]


def test_the_writer_imports_no_app_so_every_app_can_use_it():
    tree = ast.parse(Path(csv_export.__file__).read_text())
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            imported.add("." * node.level + (node.module or ""))
    assert imported <= {"csv", "datetime", "decimal", "collections.abc", "django.http"}, imported


# --- Wagtail's own reports use it too -------------------------------------------------------------


def test_wagtails_own_report_exports_are_escaped(client, editor):
    # Given a page whose title a spreadsheet would run (editors and providers type titles)
    home = Site.objects.get(is_default_site=True).root_page
    page = home.add_child(instance=ContentPage(title='=HYPERLINK("http://x")', slug="formula"))
    page.save_revision().publish()

    # When the aging pages report is downloaded as CSV
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})
    chunks = response.streaming_content if response.streaming else [response.content]
    rows = read_back(b"".join(chunks).decode())

    # Then the title is there as text
    titles = [row[0] for row in rows[1:]]
    assert "'" + TYPED[0] in titles
    assert not any(title.startswith("=") for title in titles)
