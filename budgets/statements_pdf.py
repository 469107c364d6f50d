"""The monthly statement as a PDF: the same `Statement` as the page and the CSV, laid out by a
print template and drawn by WeasyPrint (which needs Pango from the system: `make install`
installs it)."""

from django.template.loader import render_to_string
from django.utils import timezone

from .statements import Statement


def pdf_bytes(statement: Statement, child) -> bytes:
    # Imported here: WeasyPrint loads its system libraries on import, which only this needs.
    from weasyprint import HTML

    html = render_to_string("budgets/statement_pdf.html", {
        "statement": statement, "child": child, "made_on": timezone.localdate(),
    })
    return HTML(string=html).write_pdf()
