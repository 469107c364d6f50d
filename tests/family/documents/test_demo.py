"""The documents demo: one real PDF report for the demo child, encrypted, added once."""

import io

import pytest

from portal.accounts import demo as accounts_demo
from portal.family import demo as family_demo
from portal.family.documents import demo, uploads
from portal.family.documents.models import Document

pytestmark = pytest.mark.django_db


def test_the_demo_child_gets_one_readable_report_however_often_it_runs():
    out = io.StringIO()
    accounts_demo.seed(out)
    family_demo.seed(out)

    demo.seed(out)
    demo.seed(out)

    document = Document.objects.get(title=demo.TITLE)
    assert document.child.first_name == "Ada"
    version = document.versions.get()
    data = uploads.contents(version)
    assert data.startswith(b"%PDF-1.4") and b"Speech and language therapy report" in data
    assert version.content_type == "application/pdf"
    assert "already there" in out.getvalue()
