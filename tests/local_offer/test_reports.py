"""'Report something wrong with this page': the public form, its limits, who hears, and the
officers' list in the admin."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import csv
import io
import re
from datetime import timedelta

import openpyxl
import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from local_offer.models import ProblemReport
from local_offer.reports import MAX_DETAILS, REPORTS_PER_HOUR, REPORTS_PER_LISTING_PER_HOUR

from .moderation_support import officer, speech_staff, tree  # noqa: F401 (fixtures)

DETAILS = "They moved to the library on Mill Lane in September."


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    # The rate limit lives in the cache, which outlives a single test.
    cache.clear()
    yield
    cache.clear()


def form_url(page):
    return reverse("local_offer:report_problem", args=[page.pk])


def test_every_listing_links_to_the_report_form(client, tree):
    html = client.get(tree.speech_listing.url).content.decode()
    assert "Report something wrong with this page" in html
    assert form_url(tree.speech_listing) in html


def test_the_form_asks_what_is_wrong(client, tree):
    html = client.get(form_url(tree.speech_listing)).content.decode()
    assert "Report something wrong with this page" in html
    for choice in (
        "The service has closed",
        "Contact details, address or times are wrong",
        "Other information is out of date",
        "Something else",
    ):
        assert choice in html


def test_a_report_is_saved_and_goes_to_the_provider_and_officers(
    client, tree, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url(tree.speech_listing),
            {"kind": "wrong_details", "details": DETAILS, "contact_email": "sam@family.example"},
            follow=True,
        )

    assert "Report sent" in response.content.decode()
    report = ProblemReport.objects.get()
    assert (report.page_id, report.kind, report.status) == (
        tree.speech_listing.pk,
        "wrong_details",
        ProblemReport.Status.NEW,
    )
    to_provider = next(m for m in mail.outbox if m.to == ["hello@speech.example"])
    to_officers = next(m for m in mail.outbox if m.to == ["officer@riverside.example"])
    assert DETAILS in to_provider.body
    # The provider hears what is wrong, not who said it.
    assert "sam@family.example" not in to_provider.body
    assert "sam@family.example" in to_officers.body
    assert f"/admin/snippets/local_offer/problemreport/edit/{report.pk}/" in to_officers.body


def test_choosing_nothing_shows_an_error_and_keeps_what_was_typed(client, tree):
    response = client.post(form_url(tree.speech_listing), {"details": DETAILS})
    html = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in html
    assert "Select what is wrong with this page" in html
    assert DETAILS in html
    assert not ProblemReport.objects.exists()


def test_something_else_needs_a_description(client, tree):
    response = client.post(form_url(tree.speech_listing), {"kind": "other", "details": "  "})
    assert "Tell us what is wrong" in response.content.decode()
    assert not ProblemReport.objects.exists()


def test_too_much_text_is_refused_but_kept(client, tree):
    long_text = "x" * (MAX_DETAILS + 1)
    response = client.post(
        form_url(tree.speech_listing), {"kind": "out_of_date", "details": long_text}
    )
    html = response.content.decode()
    assert "Tell us more must be 2,000 characters or fewer" in html
    assert long_text in html
    assert not ProblemReport.objects.exists()


def test_a_badly_typed_email_address_is_explained(client, tree):
    response = client.post(
        form_url(tree.speech_listing), {"kind": "closed", "contact_email": "sam at family"}
    )
    html = response.content.decode()
    assert "Enter an email address in the correct format, like name@example.com" in html
    assert 'value="sam at family"' in html
    assert not ProblemReport.objects.exists()


def test_too_many_reports_in_an_hour_are_refused_without_losing_the_text(client, tree):
    for _ in range(REPORTS_PER_HOUR):
        assert client.post(form_url(tree.speech_listing), {"kind": "closed"}).status_code == 302

    response = client.post(form_url(tree.speech_listing), {"kind": "other", "details": DETAILS})

    assert response.status_code == 429
    html = response.content.decode()
    assert "You have sent a lot of reports in the last hour" in html
    assert DETAILS in html
    # The same report ten times is one report that was made ten times
    assert ProblemReport.objects.get().times_reported == REPORTS_PER_HOUR


def test_there_is_no_form_for_a_listing_that_is_not_published(client, tree):
    tree.leisure_listing.unpublish()
    assert client.get(form_url(tree.leisure_listing)).status_code == 404
    assert client.get(reverse("local_offer:report_problem", args=[999999])).status_code == 404


def test_officers_work_reports_in_the_admin(client, tree, officer):
    report = ProblemReport.objects.create(page=tree.speech_listing, kind="closed", details=DETAILS)
    client.force_login(officer)

    listing = client.get(
        reverse("wagtailsnippets_local_offer_problemreport:list"), {"status": "new"}
    )
    assert listing.status_code == 200
    assert tree.speech_listing.title in listing.content.decode()

    edit = reverse("wagtailsnippets_local_offer_problemreport:edit", args=[report.pk])
    assert DETAILS in client.get(edit).content.decode()
    response = client.post(edit, {"status": "resolved", "officer_notes": "Address fixed."})
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.officer_notes, report.details) == (
        "resolved",
        "Address fixed.",
        DETAILS,
    )


def test_providers_do_not_see_the_reports_list(client, tree, speech_staff):
    client.force_login(speech_staff)
    response = client.get(reverse("wagtailsnippets_local_offer_problemreport:list"))
    assert response.status_code in (302, 403)


def test_deleting_an_account_forgets_the_address_left_on_reports(tree):
    from portal.accounts.deletion import registered_erasures
    from portal.accounts.roles import Role
    from tests.factories import make_user

    person = make_user(Role.PARENT, email="sam@family.example")
    report = ProblemReport.objects.create(
        page=tree.speech_listing, kind="closed", details=DETAILS, contact_email="Sam@Family.example"
    )

    outcome = registered_erasures()["local_offer_problem_reports"](person)

    report.refresh_from_db()
    assert report.contact_email == ""
    assert report.details == DETAILS
    assert outcome.erased == ["Your email address on problems you reported with Local Offer pages"]


# --- the hidden box scripts fill in -------------------------------------------------------------


def test_the_hidden_box_is_out_of_sight_out_of_the_tab_order_and_not_announced(client, tree):
    html = client.get(form_url(tree.speech_listing)).content.decode()

    box = re.search(
        r'<div([^>]*)>\s*<label[^>]*>([^<]*)</label>\s*<input([^>]*name="website"[^>]*)>', html
    )
    assert box, "the honeypot box is on the form"
    container, label, field = box.groups()
    # `hidden` and GOV.UK's display-none class take it off the screen and out of the
    # accessibility tree; aria-hidden says so again; tabindex keeps the keyboard out of it.
    assert " hidden" in container and 'aria-hidden="true"' in container
    assert "govuk-!-display-none" in container
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field
    assert label.strip() == "Leave this box empty"


def test_a_filled_in_hidden_box_is_thanked_but_nothing_is_saved_or_sent(
    client, tree, officer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            form_url(tree.speech_listing),
            {"kind": "other", "details": "Cheap watches", "website": "https://spam.example"},
            follow=True,
        )

    assert response.status_code == 200
    assert "Report sent" in response.content.decode()
    assert not ProblemReport.objects.exists()
    assert mail.outbox == []


# --- a limit per listing ------------------------------------------------------------------------


def post_from(client, page, address, **data):
    return client.post(form_url(page), data, REMOTE_ADDR=address)


def test_a_listing_takes_only_so_many_new_reports_an_hour_and_keeps_what_was_typed(client, tree):
    # Given as many different reports about one listing as it takes in an hour, from different
    # people (so no one person's limit is reached)
    for number in range(REPORTS_PER_LISTING_PER_HOUR):
        response = post_from(
            client,
            tree.speech_listing,
            f"203.0.113.{number}",
            kind="other",
            details=f"Problem number {number}",
        )
        assert response.status_code == 302

    # When someone else reports something new about it
    response = post_from(client, tree.speech_listing, "198.51.100.7", kind="other", details=DETAILS)

    # Then they are told plainly, and what they typed is still there
    assert response.status_code == 429
    html = response.content.decode()
    assert "There is a problem" in html
    assert "A lot of problems have been reported with this page in the last hour" in html
    assert DETAILS in html
    assert ProblemReport.objects.count() == REPORTS_PER_LISTING_PER_HOUR
    # Other listings are not affected
    other = post_from(client, tree.leisure_listing, "198.51.100.7", kind="other", details=DETAILS)
    assert other.status_code == 302


def test_a_listing_takes_new_reports_again_after_the_hour(client, tree):
    for number in range(REPORTS_PER_LISTING_PER_HOUR):
        post_from(
            client,
            tree.speech_listing,
            f"203.0.113.{number}",
            kind="other",
            details=f"Problem number {number}",
        )
    ProblemReport.objects.update(created_at=timezone.now() - timedelta(minutes=61))

    response = post_from(client, tree.speech_listing, "198.51.100.7", kind="other", details=DETAILS)

    assert response.status_code == 302
    assert ProblemReport.objects.filter(details=DETAILS).exists()


# --- the same report again ----------------------------------------------------------------------


def test_the_same_report_again_is_counted_on_the_open_one_and_emails_nobody(
    client, tree, officer, django_capture_on_commit_callbacks
):
    # Given a report that has gone to the provider and the officers
    with django_capture_on_commit_callbacks(execute=True):
        post_from(
            client, tree.speech_listing, "203.0.113.1", kind="closed", details="It closed in July."
        )
    emails_after_first = len(mail.outbox)
    assert emails_after_first == 2

    # When two more people say the same, give or take capitals, spaces and a full stop
    with django_capture_on_commit_callbacks(execute=True):
        again = post_from(
            client,
            tree.speech_listing,
            "203.0.113.2",
            kind="closed",
            details="  it closed in   JULY ",
        )
        third = post_from(
            client,
            tree.speech_listing,
            "203.0.113.3",
            kind="closed",
            details="It closed in July.",
            contact_email="kim@family.example",
        )

    # Then each is thanked as usual, nobody is emailed again, and officers see one report
    # that three people made
    assert again.status_code == third.status_code == 302
    assert len(mail.outbox) == emails_after_first
    report = ProblemReport.objects.get()
    assert report.times_reported == 3
    assert report.details == "It closed in July."
    assert report.contact_email == "kim@family.example"  # the first left none
    assert report.last_reported_at > report.created_at

    client.force_login(officer)
    listing = client.get(reverse("wagtailsnippets_local_offer_problemreport:list"))
    cells = [
        cell.strip()
        for cell in re.findall(r"<td[^>]*>(.*?)</td>", listing.content.decode(), flags=re.S)
    ]
    assert "3" in cells


def test_repeats_are_heard_even_when_the_listing_is_paused(client, tree):
    for number in range(REPORTS_PER_LISTING_PER_HOUR):
        post_from(
            client,
            tree.speech_listing,
            f"203.0.113.{number}",
            kind="other",
            details=f"Problem number {number}",
        )

    response = post_from(
        client, tree.speech_listing, "198.51.100.7", kind="other", details="problem number 0"
    )

    assert response.status_code == 302
    assert ProblemReport.objects.get(details="Problem number 0").times_reported == 2


def test_the_same_words_after_a_report_is_resolved_are_a_new_report(
    client, tree, officer, django_capture_on_commit_callbacks
):
    post_from(client, tree.speech_listing, "203.0.113.1", kind="closed", details="Closed.")
    ProblemReport.objects.update(status=ProblemReport.Status.RESOLVED)

    with django_capture_on_commit_callbacks(execute=True):
        post_from(client, tree.speech_listing, "203.0.113.2", kind="closed", details="Closed.")

    assert ProblemReport.objects.count() == 2
    assert any(m.to == ["officer@riverside.example"] for m in mail.outbox)


def test_the_same_words_about_a_different_problem_are_a_separate_report(client, tree):
    post_from(client, tree.speech_listing, "203.0.113.1", kind="closed", details="")
    post_from(client, tree.speech_listing, "203.0.113.2", kind="wrong_details", details="")

    assert ProblemReport.objects.count() == 2


# --- the officers' export -----------------------------------------------------------------------

# (The form strips a leading tab or carriage return; tests/pages/test_csv_export.py covers them.)
FORMULAS = ['=HYPERLINK("http://x")', "-1+1", "@SUM(1)", "+1"]


def export(client, fmt):
    response = client.get(
        reverse("wagtailsnippets_local_offer_problemreport:list"), {"export": fmt}
    )
    assert response.status_code == 200
    chunks = response.streaming_content if response.streaming else [response.content]
    return b"".join(chunks)


def test_what_the_public_typed_cannot_run_as_a_formula_in_the_csv_export(client, tree, officer):
    # Given reports typed by anonymous visitors that a spreadsheet would run as formulas
    for number, text in enumerate(FORMULAS):
        response = post_from(
            client, tree.speech_listing, f"203.0.113.{number}", kind="other", details=text
        )
        assert response.status_code == 302

    # When an officer downloads the reports as CSV from the admin
    client.force_login(officer)
    rows = list(csv.DictReader(io.StringIO(export(client, "csv").decode("utf-8"))))

    # Then each shows what was typed, behind a quote, as text rather than a formula
    details = {row["Details"] for row in rows}
    assert details == {"'" + text for text in FORMULAS}
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value


def test_what_the_public_typed_is_a_text_cell_in_the_xlsx_export(client, tree, officer):
    # XLSX is escaped differently: a cell stored as a string is never calculated, so the
    # officer sees exactly what was typed.
    for number, text in enumerate(FORMULAS[:3]):
        post_from(client, tree.speech_listing, f"203.0.113.{number}", kind="other", details=text)
    client.force_login(officer)

    sheet = openpyxl.load_workbook(io.BytesIO(export(client, "xlsx"))).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("Details")
    cells = [row[column] for row in sheet.iter_rows(min_row=2)]

    assert {cell.value for cell in cells} == set(FORMULAS[:3])
    assert {cell.data_type for cell in cells} == {"s"}  # "f" would be a formula
