"""Bad input gets a clear, plain-English error, in the model and in the admin editor, and
nothing already saved or typed is lost."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import querydict_from_html

from local_offer.addresses import normalise_postcode
from local_offer.fields import AgeFormField, PoundsFormField
from local_offer.models import EventPage, ServiceLocation, ServiceOpeningTime


def errors_of(instance) -> dict:
    with pytest.raises(ValidationError) as caught:
        instance.clean()
    return caught.value.message_dict


# --- the model rules (importers and the admin share them) -----------------------------------


def test_youngest_age_older_than_oldest_is_refused(page_tree):
    service = page_tree.service
    service.min_age_months, service.max_age_months = 16 * 12, 5 * 12
    assert errors_of(service) == {
        "max_age_months": ["The oldest age must be the same as or older than the youngest age"]
    }


def test_ages_over_25_are_refused(page_tree):
    service = page_tree.service
    service.max_age_months = 30 * 12
    assert errors_of(service)["max_age_months"] == ["Ages must be between 0 and 25 years"]


def test_open_ended_ages_are_allowed(page_tree):
    service = page_tree.service
    service.min_age_months = service.max_age_months = None
    service.clean()
    assert service.age_range == "All ages (0 to 25 years)"


def test_negative_cost_is_refused(page_tree):
    service = page_tree.service
    service.cost_pence = -500
    assert errors_of(service)["cost_pence"] == ["The cost must be £0 or more"]


def test_a_charge_needs_an_amount(page_tree):
    service = page_tree.service
    service.cost_type, service.cost_pence = "charge", None
    assert errors_of(service)["cost_pence"] == ["Enter how much it costs, or choose 'Cost varies'"]


def test_free_with_an_amount_is_contradictory(page_tree):
    service = page_tree.service
    service.cost_type, service.cost_pence = "free", 250
    assert "You chose 'Free'" in errors_of(service)["cost_pence"][0]


@pytest.mark.parametrize("typed", ["RV1", "12345", "RV1 2CI", "not a postcode", "RV1 2AB3"])
def test_bad_postcodes_are_refused(typed):
    location = ServiceLocation(postcode=typed)
    assert errors_of(location)["postcode"] == ["Enter a real postcode, like RV1 2AB"]


@pytest.mark.parametrize("typed", [" rv1 2ab", "RV12AB", "rv1  2ab ", "EM2 9XY"])
def test_postcodes_are_normalised(typed):
    location = ServiceLocation(postcode=typed)
    location.clean()
    assert location.postcode in {"RV1 2AB", "EM2 9XY"}
    assert " " in location.postcode and location.postcode == location.postcode.upper()


def test_a_longitude_east_of_the_uk_is_refused():
    # Someone forgot the minus sign: 1.98 East is in the North Sea off Norfolk... or beyond
    location = ServiceLocation(postcode="RV1 2AB", latitude=52.96, longitude=5.98)
    assert "west of Greenwich have a minus sign" in errors_of(location)["longitude"][0]


def test_a_latitude_without_a_longitude_is_refused():
    location = ServiceLocation(postcode="RV1 2AB", latitude=52.96)
    assert errors_of(location) == {"longitude": ["Enter both latitude and longitude, or neither"]}


def test_closing_before_opening_is_refused():
    from datetime import time

    slot = ServiceOpeningTime(weekday=0, opens=time(17), closes=time(9))
    assert errors_of(slot) == {"closes": ["Closing time must be later than opening time"]}


def test_weekly_event_needs_its_days(page_tree):
    event = EventPage(
        title="Club",
        slug="club",
        summary="x",
        start_date=page_tree.event.start_date,
        end_date=page_tree.event.end_date,
        recurrence="weekly",
        weekdays=[],
    )
    assert errors_of(event) == {"weekdays": ["Choose the days the event runs on"]}


def test_event_ending_before_it_starts_is_refused(page_tree):
    event = page_tree.event
    event.end_date = event.start_date.replace(year=event.start_date.year - 1)
    assert "end_date" in errors_of(event)


# --- the admin inputs ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "pence"), [("12.50", 1250), ("£3", 300), ("0.5", 50), ("1,200", 120000), ("", None)]
)
def test_money_is_typed_in_pounds_and_kept_in_pence(typed, pence):
    assert PoundsFormField(required=False).clean(typed) == pence


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("-5", "The cost must be £0 or more"),
        ("twelve", "Enter the cost in pounds and pence, like 12.50"),
        ("1.234", "Enter the cost in pounds and pence, like 12.50"),
    ],
)
def test_bad_money_gets_a_plain_message(typed, message):
    with pytest.raises(ValidationError) as caught:
        PoundsFormField(required=False).clean(typed)
    assert caught.value.messages == [message]


def test_ages_are_typed_in_years_and_months():
    field = AgeFormField(required=False)
    assert field.clean(["2", "6"]) == 30
    assert field.clean(["16", ""]) == 192
    assert field.clean(["", ""]) is None


def test_too_many_months_gets_a_plain_message():
    with pytest.raises(ValidationError) as caught:
        AgeFormField(required=False).clean(["2", "14"])
    assert "Months must be between 0 and 11" in caught.value.messages


def test_normalise_postcode_refuses_letters_royal_mail_never_uses():
    with pytest.raises(ValidationError):
        normalise_postcode("RV1 2CV")


class TestAdminEditor:
    """A provider types something wrong in the editor: they see why, and keep what they typed."""

    def edit(self, client, admin, service, changes):
        client.force_login(admin)
        url = f"/admin/pages/{service.pk}/edit/"
        data = querydict_from_html(
            client.get(url).content.decode(), form_id="page-edit-form"
        ).copy()
        for key, value in changes.items():
            data[key] = value
        return client.post(url, data)

    def test_contradictory_ages_show_an_error_and_keep_the_typing(
        self, client, site_admin, page_tree
    ):
        service = page_tree.service
        response = self.edit(
            client,
            site_admin,
            service,
            {
                "min_age_months_0": "16",
                "min_age_months_1": "0",
                "max_age_months_0": "5",
                "max_age_months_1": "0",
                "summary": "A new summary the provider typed",
            },
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "The oldest age must be the same as or older than the youngest age" in html
        assert "A new summary the provider typed" in html
        service.refresh_from_db()
        assert (service.min_age_months, service.max_age_months) == (60, 215)

    def test_a_bad_postcode_shows_an_error_and_keeps_the_typing(
        self, client, site_admin, page_tree
    ):
        service = page_tree.service
        response = self.edit(
            client,
            site_admin,
            service,
            {
                "locations-0-postcode": "RV1 2C",
                "locations-0-name": "The new hall",
            },
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "Enter a real postcode, like RV1 2AB" in html
        assert "The new hall" in html
        assert service.locations.get().postcode == "RV1 4PQ"

    def test_a_negative_cost_shows_an_error_and_keeps_the_typing(
        self, client, site_admin, page_tree
    ):
        service = page_tree.service
        response = self.edit(
            client, site_admin, service, {"cost_pence": "-3.50", "title": "Renamed swim"}
        )
        assert response.status_code == 200
        html = response.content.decode()
        assert "The cost must be £0 or more" in html
        assert 'value="-3.50"' in html
        assert 'value="Renamed swim"' in html
        service.refresh_from_db()
        assert (service.title, service.cost_pence) == ("Autism-friendly swimming", 350)

    def test_a_good_edit_is_saved_in_pounds_and_months(self, client, site_admin, page_tree):
        service = page_tree.service
        response = self.edit(
            client,
            site_admin,
            service,
            {
                "cost_pence": "4.75",
                "min_age_months_0": "1",
                "min_age_months_1": "6",
                "locations-0-postcode": "rv3 4ht",
            },
        )
        assert response.status_code == 302
        service.refresh_from_db()  # the page row points at its newest revision
        draft = service.get_latest_revision_as_object()
        assert draft.cost_pence == 475
        assert draft.min_age_months == 18
        assert draft.locations.all()[0].postcode == "RV3 4HT"
