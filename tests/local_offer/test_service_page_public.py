"""What a family sees on a listing: facts in a summary list, tags, the last-checked date,
education answers only when given, and never a hidden home address."""

from datetime import date

import time_machine

from local_offer.models import ServiceLocation

from .page_support import make_service, publish


def text_of(response) -> str:
    return response.content.decode()


def test_listing_shows_the_facts_a_family_needs(client, page_tree):
    html = text_of(client.get(page_tree.service.url))
    assert '<h1 class="govuk-heading-xl">Autism-friendly swimming</h1>' in html
    assert "govuk-summary-list" in html
    assert "5 to 17 years" in html
    assert "£3.50 per session" in html
    assert "Autistic spectrum disorder" in html
    assert "You can contact the service yourself" in html
    assert "Saturday: 10am to midday" in html
    assert "Riverside Leisure Centre" in html and "RV1 4PQ" in html


def test_listing_shows_tags_for_personal_budgets_and_free(client, page_tree):
    html = text_of(client.get(page_tree.service.url))
    assert "Accepts personal budgets" in html
    assert 'govuk-tag--green">Free' not in html
    page_tree.service.cost_type, page_tree.service.cost_pence = "free", None
    page_tree.service.accepts_personal_budget = False
    publish(page_tree.service)
    html = text_of(client.get(page_tree.service.url))
    assert 'govuk-tag--green">Free' in html
    assert "Accepts personal budgets" not in html


def test_listing_says_when_it_was_last_checked(client, page_tree):
    html = text_of(client.get(page_tree.service.url))
    assert "Last checked 1 October 2026" in html


def test_a_hidden_address_never_reaches_the_page(client, page_tree):
    # Given a childminder who works from home
    service = make_service(
        page_tree.services,
        page_tree.provider,
        title="Little Acorns childminding",
        locations=[
            ServiceLocation(
                name="Jo's house",
                address_1="17 Orchard Way",
                town="Oakhurst",
                postcode="RV9 3TW",
                latitude=52.99321,
                longitude=-2.02871,
                hide_exact_address=True,
            )
        ],
    )
    # When anyone opens the listing
    html = text_of(client.get(service.url))
    # Then they see the area only
    assert "Near RV9" in html
    for secret in (
        "17 Orchard Way",
        "Orchard",
        "RV9 3TW",
        "3TW",
        "Jo&#x27;s house",
        "Jo's house",
        "52.99321",
        "-2.02871",
    ):
        assert secret not in html


def test_education_questions_appear_only_when_answered(client, page_tree):
    service = page_tree.service
    html = text_of(client.get(service.url))
    assert "govuk-details" not in html
    service.education_setting_type = "special_school"
    service.education_staff_expertise = "<p>All staff are trained in Makaton.</p>"
    publish(service)
    html = text_of(client.get(service.url))
    assert "What training and expertise do your staff have?" in html
    assert "All staff are trained in Makaton." in html
    assert "How do you teach children and young people with SEND?" not in html
    assert "special school supports children with" in html


def test_jargon_links_to_the_glossary(client, page_tree):
    html = text_of(client.get(page_tree.service.url))
    assert '/glossary/#pb">personal budget</a>' in html or '#pb">personal budget</a>' in html


@time_machine.travel(date(2027, 7, 15))
def test_a_listing_unchecked_for_nine_months_warns_families(client, page_tree):
    # last checked 1 October 2026: nine months and two weeks ago
    html = text_of(client.get(page_tree.service.url))
    assert "govuk-warning-text" in html
    assert page_tree.service.shows_stale_notice()
    assert not page_tree.service.is_hidden_from_search()


@time_machine.travel(date(2027, 10, 1))
def test_a_listing_unchecked_for_twelve_months_is_hidden_from_search(page_tree):
    assert page_tree.service.is_hidden_from_search()


def test_a_closed_service_says_so(client, page_tree):
    page_tree.service.status = "closed"
    publish(page_tree.service)
    html = text_of(client.get(page_tree.service.url))
    assert "This service has closed." in html
    assert page_tree.service.is_hidden_from_search()


def test_service_links_to_its_guides_and_guide_links_to_its_services(client, page_tree):
    service_html = text_of(client.get(page_tree.service.url))
    assert page_tree.guide.url in service_html
    guide_html = text_of(client.get(page_tree.guide.url))
    assert page_tree.service.url in guide_html
    assert "Hidden text" in guide_html  # the details block renders


def test_service_folder_lists_services_with_paging(client, page_tree):
    for number in range(22):
        make_service(page_tree.services, page_tree.provider, title=f"Extra service {number:02d}")
    first = text_of(client.get(page_tree.services.url))
    assert "23 services" in first
    assert "govuk-pagination" in first
    second = text_of(client.get(page_tree.services.url + "?page=2"))
    assert "Extra service 21" in second
    assert "Extra service 21" not in first
    # A nonsense page number shows the first page rather than an error
    assert client.get(page_tree.services.url + "?page=zzz").status_code == 200


def test_short_breaks_statement_lists_short_break_services(client, page_tree):
    html = text_of(client.get(page_tree.statement.url))
    assert "Who can get a short break" in html
    assert page_tree.service.url in html  # filed under Short breaks
    assert "Last reviewed" in html


def test_weekly_event_lists_its_next_dates(client, page_tree):
    event = page_tree.event
    dates = event.occurrences(after=date(2026, 12, 21))
    assert [d.isoformat() for d in dates] == [
        "2026-12-22",
        "2026-12-24",
        "2026-12-29",
        "2026-12-31",
    ]
    with time_machine.travel(date(2026, 12, 1)):
        html = text_of(client.get(event.url))
    assert "Every Tuesday, Thursday" in html
    assert "Tuesday 22 December" in html


def test_the_folder_lists_what_search_finds_and_says_why_others_are_missing(client, page_tree):
    # Given one closed listing and one nobody has checked for over a year
    from datetime import timedelta

    from django.utils import timezone

    make_service(page_tree.services, page_tree.provider, title="Closed club", status="closed")
    make_service(
        page_tree.services, page_tree.provider, title="Forgotten club",
        last_reviewed=timezone.localdate() - timedelta(days=400),
    )
    make_service(page_tree.services, page_tree.provider, title="Open club")

    html = text_of(client.get(page_tree.services.url))

    # Then the folder shows the same services search would, and explains the difference
    assert "Open club" in html
    assert "Closed club" not in html and "Forgotten club" not in html
    assert "Closed services, and listings nobody has checked for 12 months, are left out" in html


def test_phone_numbers_on_a_listing_can_be_tapped(client, page_tree):
    page_tree.service.phone = "01632 960777"
    page_tree.service.save_revision().publish()

    html = client.get(page_tree.service.url).content.decode()

    assert 'href="tel:+441632960777"' in html


def test_a_service_taking_both_routes_never_says_a_professional_must_refer_you(
    client, page_tree
):
    service = page_tree.service
    service.referral_routes = ["self", "professional"]
    publish(service)
    html = text_of(client.get(service.url))
    assert "You can contact the service yourself" in html
    assert "can also refer you" in html
    assert "must refer you" not in html
    service.referral_routes = ["professional"]
    publish(service)
    assert "must refer you" in text_of(client.get(service.url))
