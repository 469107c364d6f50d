"""Phone numbers are tap-to-call links (a parent on a phone should not copy digits by hand)."""

import pytest
from django.template import Context, Template

from portal.pages.models import CouncilSettings


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("01632 960000", "tel:+441632960000"),
        ("+44 (0)1632 960123", "tel:+4401632960123"),
        ("0800 123 4567", "tel:+448001234567"),
        ("00 353 1 234 5678", "tel:0035312345678"),
    ],
)
def test_a_number_becomes_a_tel_link_shown_as_written(written, href):
    html = Template("{% load phone_links %}{{ number|phone_link }}").render(
        Context({"number": written})
    )

    assert html == f'<a class="govuk-link" href="{href}">{written}</a>'


def test_an_empty_number_stays_empty():
    html = Template("{% load phone_links %}{{ number|phone_link }}").render(Context({"number": ""}))

    assert html == ""


@pytest.mark.django_db
def test_the_footer_phone_numbers_can_be_tapped(client):
    council = CouncilSettings.load()
    council.phone, council.iass_phone = "01632 960000", "01632 960123"
    council.save()

    html = client.get("/").content.decode()

    assert 'href="tel:+441632960000"' in html
    assert 'href="tel:+441632960123"' in html
