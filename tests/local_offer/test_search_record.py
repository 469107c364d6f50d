"""local_offer.services: the boundary search and the ORUK API read through."""

from dataclasses import fields
from datetime import date

import time_machine

from local_offer.models import ServiceLocation
from local_offer.services import published_services, search_record
from search.service_record import ServiceRecord

from .page_support import make_service


def test_search_record_fills_every_field(page_tree):
    record = search_record(page_tree.service, today=date(2026, 11, 1))
    assert isinstance(record, ServiceRecord)
    assert record.id == str(page_tree.service.pk)
    assert record.url == "/local-offer/services/autism-friendly-swimming/"
    assert record.name == "Autism-friendly swimming"
    assert record.summary.startswith("A quiet, calm swimming session")
    assert record.description == "Lights dimmed, music off, fewer people."
    assert record.provider_id == str(page_tree.provider.pk)
    assert record.provider_name == "Riverside Leisure Trust (test)"
    assert set(record.categories) == {"inclusive-sport", "short-breaks"}
    assert set(record.category_labels) == {"Inclusive sport", "Short breaks"}
    assert set(record.needs) == {"ASD", "SEMH"}
    assert set(record.need_areas) == {"communication-interaction", "semh"}
    assert (record.min_age_months, record.max_age_months) == (60, 215)
    assert (record.cost_type, record.cost_pence, record.cost_unit) == ("charge", 350, "per session")
    assert record.accepts_personal_budget is True
    assert record.delivery == ("in_person",)
    assert record.referral == ("self",)
    [location] = record.locations
    assert location.postcode == "RV1 4PQ"
    assert (location.latitude, location.longitude) == (52.961234, -1.981234)
    assert location.label == "Riverside Leisure Centre"
    [slot] = record.opening_times
    assert (slot.weekday, slot.opens, slot.closes) == (5, "10:00", "12:00")
    assert record.runs_in_school_holidays is False
    assert record.languages == ("English",)
    assert record.status == "active"
    assert record.last_checked == date(2026, 10, 1)
    assert record.searchable is True
    assert record.to_dict()["last_checked"] == "2026-10-01"
    # every field of the boundary dataclass was considered
    assert {f.name for f in fields(ServiceRecord)} <= set(record.to_dict())


def test_hidden_address_gives_search_only_the_area(page_tree):
    service = make_service(
        page_tree.services,
        page_tree.provider,
        title="Home childminder",
        locations=[
            ServiceLocation(
                address_1="17 Orchard Way",
                postcode="RV9 3TW",
                latitude=52.993217,
                longitude=-2.028716,
                hide_exact_address=True,
            )
        ],
    )
    [location] = search_record(service).locations
    assert location.label == "Near RV9"
    assert location.hide_exact_address is True
    assert (location.latitude, location.longitude) == (52.99, -2.03)
    assert "Orchard" not in str(search_record(service).to_dict())


def test_closed_services_are_not_searchable(page_tree):
    page_tree.service.status = "closed"
    assert search_record(page_tree.service).searchable is False


@time_machine.travel(date(2027, 10, 2))
def test_services_unchecked_for_a_year_are_not_searchable(page_tree):
    assert search_record(page_tree.service).searchable is False


def test_published_services_leave_out_drafts(page_tree):
    draft = make_service(page_tree.services, page_tree.provider, title="Not yet live")
    draft.unpublish()
    titles = [page.title for page in published_services()]
    assert "Autism-friendly swimming" in titles
    assert "Not yet live" not in titles


def test_description_text_keeps_sentences_in_separate_paragraphs_apart():
    from local_offer.models.service_page import plain_text

    html = "<p>Open to everyone since they were born.</p><p>Bring a towel.<br/>And a  snack.</p>"

    assert plain_text(html) == (
        "Open to everyone since they were born.\n\nBring a towel.\n\nAnd a snack."
    )
    assert plain_text("") == "" and plain_text(None) == ""


def test_ages_from_the_words_only_when_the_age_fields_are_empty(page_tree):
    page = page_tree.service
    page.title, page.summary = "Day centre", "Activities every weekday."
    page.description = "<p>A day centre for adults with learning disabilities.</p>"
    assert search_record(page).stated_age_months is None  # its fields say 5 to 17
    page.min_age_months = page.max_age_months = None
    assert search_record(page).stated_age_months == (216, None)


def test_a_listing_with_no_price_whose_words_say_free_is_marked(page_tree):
    page = page_tree.service
    page.description = "<p>A free drop in session every Tuesday.</p>"
    assert search_record(page).words_say_free is False  # it charges £3.50
    page.cost_type, page.cost_pence = "varies", None
    assert search_record(page).words_say_free is True


def test_the_plain_text_search_reads_has_its_entities_read(page_tree):
    page = page_tree.service
    page.description = "<p>Arts &amp; crafts, &pound;2</p>"
    assert search_record(page).description == "Arts & crafts, £2"
