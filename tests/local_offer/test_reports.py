"""'Report something wrong with this page': the public form, its limits, who hears, and the
officers' list in the admin."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from local_offer.models import ProblemReport
from local_offer.reports import MAX_DETAILS, REPORTS_PER_HOUR

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
    assert ProblemReport.objects.count() == REPORTS_PER_HOUR


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
