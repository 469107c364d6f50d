"""The one way the portal writes CSV: any cell a spreadsheet could read as a formula is escaped,
whoever typed it (a family's problem report, a provider's page title, an officer's note).

Excel, LibreOffice and Google Sheets run a cell that starts with `=`, `+`, `-` or `@` (and some
do after a tab or carriage return), so `=HYPERLINK("http://x")` typed into a public form would
arrive in an officer's spreadsheet as a live link. Following OWASP's advice on CSV injection, such
a text cell gets a leading single quote: spreadsheets show it as text, and a person reading the
file sees exactly what was typed after the quote.

Numbers, dates and times are written as they are (a negative balance stays a number), so pass
money and counts as numbers, not as formatted text. This module imports no app of ours, so
every app (and the Wagtail admin's exports, see portal/pages/spreadsheet_exports.py) can use it.
"""

import csv
import datetime
import decimal
from collections.abc import Iterable, Iterator

from django.http import StreamingHttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
# Values a spreadsheet reads as data, never as a formula, so they are written untouched.
PLAIN_VALUES = (
    bool, int, float, decimal.Decimal, datetime.date, datetime.datetime, datetime.time
)  # fmt: skip


def escape_cell(value):
    """The value to write in a cell: text that would start a formula gets a leading quote."""
    if value is None or isinstance(value, PLAIN_VALUES):
        return value
    text = value if isinstance(value, str) else str(value)
    if text.startswith(FORMULA_STARTS):
        return ESCAPE + text
    return text


def escape_row(row: Iterable) -> list:
    return [escape_cell(value) for value in row]


class Writer:
    """csv.writer with every cell escaped: `writer(file).writerow([...])`."""

    def __init__(self, file, **fmtparams):
        self._writer = csv.writer(file, **fmtparams)

    @property
    def dialect(self):
        return self._writer.dialect

    def writerow(self, row: Iterable):
        return self._writer.writerow(escape_row(row))

    def writerows(self, rows: Iterable[Iterable]):
        for row in rows:
            self.writerow(row)


def writer(file, **fmtparams) -> Writer:
    return Writer(file, **fmtparams)


class DictWriter(csv.DictWriter):
    """csv.DictWriter with every cell escaped (the header row too)."""

    def writerow(self, rowdict: dict):
        return super().writerow({key: escape_cell(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts: Iterable[dict]):
        # csv.DictWriter.writerows does not go through writerow, so escape here as well.
        for rowdict in rowdicts:
            self.writerow(rowdict)


class Echo:
    """A file that hands back what is written to it, so rows can stream out of a response."""

    def write(self, value: str) -> bytes:
        return value.encode("utf-8")


def stream(rows: Iterable[Iterable]) -> Iterator[bytes]:
    """Each row as escaped CSV bytes, for a StreamingHttpResponse."""
    out = writer(Echo())
    for row in rows:
        yield out.writerow(row)


def response(filename: str, rows: Iterable[Iterable]) -> StreamingHttpResponse:
    """A CSV download named `filename` (".csv" is added if missing): `rows` is the header row
    followed by the data rows."""
    download = StreamingHttpResponse(stream(rows), content_type="text/csv; charset=utf-8")
    name = "".join(char for char in filename if char.isalnum() or char in "-_.") or "export"
    if not name.lower().endswith(".csv"):
        name += ".csv"
    download["Content-Disposition"] = f'attachment; filename="{name}"'
    return download
