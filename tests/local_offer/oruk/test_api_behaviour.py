"""What the ORUK API shows, filters and refuses: only listed services, hidden addresses kept
hidden, the standard's filters plus our `age`, search shared with the public search page,
clear 400s and 404s, and a fixed number of queries however many services there are."""

import json
import logging
from datetime import UTC, date, datetime, timedelta
from datetime import timezone as fixed_offset

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from local_offer.models import Provider, ServicePage
from local_offer.oruk import ids, paging, serializers, visible

from .conftest import add_service, need

pytestmark = pytest.mark.django_db


def get(client, path, status=200):
    response = client.get(path)
    assert response.status_code == status, response.content[:500]
    return response.json()


def names(client, path):
    return [item["name"] for item in get(client, path)["contents"]]


def service_named(title) -> ServicePage:
    return ServicePage.objects.get(title=title)


# -- what is listed ----------------------------------------------------------------------------


def test_drafts_closed_and_stale_listings_are_not_published(client, local_offer):
    stale = add_service(
        local_offer,
        "Stale service",
        Provider.objects.get(name="Riverside Leisure Trust"),
        last_reviewed=date.today() - timedelta(days=400),
    )

    listed = names(client, "/api/oruk/services")

    assert "Draft service" not in listed
    assert "Closed service" not in listed
    assert "Stale service" not in listed
    for title in ("Draft service", "Closed service"):
        get(client, f"/api/oruk/services/{ids.encode('service', service_named(title).pk)}", 404)
    get(client, f"/api/oruk/services/{ids.encode('service', stale.pk)}", 404)


def test_the_api_hides_exactly_what_search_hides(local_offer):
    """The SQL filter and ServicePage.is_hidden_from_search must agree, day by day."""
    provider = Provider.objects.get(name="Riverside Leisure Trust")
    today = date(2026, 3, 31)
    for days in (364, 365, 366, 395, 396):
        add_service(
            local_offer,
            f"Checked {days} days ago",
            provider,
            last_reviewed=today - timedelta(days=days),
        )
    listed = set(visible.listable_services(today).values_list("pk", flat=True))
    for page in ServicePage.objects.live().exclude(status="closed"):
        assert (page.pk in listed) == (not page.is_hidden_from_search(today)), page.title


def test_a_temporarily_closed_service_is_listed_with_its_status_and_an_alert(client, local_offer):
    service = next(
        item
        for item in get(client, "/api/oruk/services")["contents"]
        if item["name"] == "Inclusive swimming"
    )

    assert service["status"] == "temporarily closed"
    assert "temporarily closed" in service["alert"]


def test_a_hidden_address_never_leaves_the_portal(client, local_offer):
    from search.models import Postcode

    Postcode.objects.create(
        postcode="RV9 4XY", outcode="RV9", latitude=52.99237, longitude=-2.02841
    )
    page = service_named("Little Acorns childminding")
    service = get(client, f"/api/oruk/services/{ids.encode('service', page.pk)}")
    sal = get(client, "/api/oruk/service_at_locations?postcode=RV9+4XY")

    text = json.dumps(service) + json.dumps(sal)
    assert "Acorn Close" not in text
    assert "RV9 4XY" not in text
    location = service["service_at_locations"][0]["location"]
    assert location["name"] == "Near RV9"
    assert "addresses" not in location
    assert (location["latitude"], location["longitude"]) == (52.99, -2.03)  # about 1 km


def test_a_full_service_carries_everything_a_family_needs(client, local_offer):
    page = service_named("Speech and language drop-in")

    service = get(client, f"/api/oruk/services/{ids.encode('service', page.pk)}")

    assert service["url"] == "https://speech.example/drop-in"
    assert service["description"].startswith("Bring your child")
    assert "No referral needed & it is free." in service["description"]
    assert (service["minimum_age"], service["maximum_age"]) == (2, 11)
    assert service["organization"]["name"] == "Riverside Speech CIC"
    address = service["service_at_locations"][0]["location"]["addresses"][0]
    assert (address["address_1"], address["postal_code"], address["country"]) == (
        "Market Place",
        "RV1 2AB",
        "GB",
    )
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in service["schedules"]] == [
        ("TU,TH", "09:30:00", "11:30:00"),
        ("SA", "10:00:00", "12:00:00"),
    ]
    assert [language["name"] for language in service["languages"]] == [
        "English",
        "Polish",
        "British Sign Language",
    ]
    assert service["cost_options"] == [
        {
            "id": service["cost_options"][0]["id"],
            "service_id": service["id"],
            "option": "Free",
            "amount": 0,
        }
    ]
    assert service["contacts"][0]["phones"][0]["number"] == "01632 960334"
    assert service["phones"][0]["number"] == "01632 960333"
    terms = {attr["taxonomy_term"]["name"] for attr in service["attributes"]}
    assert {need("SLCN").label, need("ASD").label} <= terms
    access = service["service_at_locations"][0]["location"]["accessibility"]
    assert [a["description"] for a in access] == [
        "Step-free access",
        "Hearing loop",
        "Ramp at the side door.",
    ]
    assert access[-1]["details"] == "Ask at reception for the hearing loop."


def test_a_charge_is_given_in_pounds(client, local_offer):
    page = service_named("Little Acorns childminding")

    option = get(client, f"/api/oruk/services/{ids.encode('service', page.pk)}")["cost_options"][0]

    assert option["amount"] == 6.5
    assert option["amount_description"] == "per hour"


# -- filters -----------------------------------------------------------------------------------


def test_age_extension_finds_services_suitable_for_that_age(client, local_offer):
    # Drop-in 2-11, childminder 0-4, swimming 5 and over.
    assert sorted(names(client, "/api/oruk/services?age=3")) == [
        "Little Acorns childminding",
        "Speech and language drop-in",
    ]
    assert sorted(names(client, "/api/oruk/services?age=11")) == [
        "Inclusive swimming",
        "Speech and language drop-in",
    ]
    assert names(client, "/api/oruk/services?age=25") == ["Inclusive swimming"]


def test_minimum_and_maximum_age_compare_the_services_own_limits(client, local_offer):
    assert sorted(names(client, "/api/oruk/services?minimum_age=2")) == [
        "Inclusive swimming",
        "Speech and language drop-in",
    ]
    assert sorted(names(client, "/api/oruk/services?maximum_age=11")) == [
        "Little Acorns childminding",
        "Speech and language drop-in",
    ]
    assert names(client, "/api/oruk/services?minimum_age=2&maximum_age=4") == []


def test_filter_by_need_category_taxonomy_and_organisation(client, local_offer):
    drop_in_page = service_named("Speech and language drop-in")
    drop_in = get(client, f"/api/oruk/services/{ids.encode('service', drop_in_page.pk)}")
    dfe_term = next(
        a for a in drop_in["attributes"] if a["taxonomy_term"]["taxonomy"].startswith("DfE")
    )
    asd = serializers.term_id(need("ASD"))
    pd = serializers.term_id(need("PD"))

    assert names(client, f"/api/oruk/services?taxonomy_term_id={asd}") == [
        "Speech and language drop-in"
    ]
    assert names(client, f"/api/oruk/services?taxonomy_term_id={pd}") == [
        "Little Acorns childminding"
    ]
    assert names(client, f"/api/oruk/services?taxonomy_term_id={dfe_term['taxonomy_term_id']}") == [
        "Speech and language drop-in"
    ]
    needs_taxonomy = serializers.taxonomy_id(None)
    assert sorted(names(client, f"/api/oruk/services?taxonomy_id={needs_taxonomy}")) == [
        "Little Acorns childminding",
        "Speech and language drop-in",
    ]
    assert names(
        client, f"/api/oruk/services?taxonomy_id={dfe_term['taxonomy_term']['taxonomy_id']}"
    ) == ["Speech and language drop-in"]
    assert names(client, f"/api/oruk/services?organization_id={drop_in['organization_id']}") == [
        "Speech and language drop-in"
    ]
    unknown = "0d0f0e2c-5f0b-4b7e-9d6c-000000000000"
    assert names(client, f"/api/oruk/services?taxonomy_term_id={unknown}") == []


def test_modified_after_returns_recent_changes(client, local_offer):
    ServicePage.objects.filter(title="Inclusive swimming").update(
        last_published_at=datetime(2026, 1, 1, 12, tzinfo=UTC)
    )
    ServicePage.objects.exclude(title="Inclusive swimming").update(
        last_published_at=datetime(2025, 6, 1, 12, tzinfo=UTC)
    )

    assert names(client, "/api/oruk/services?modified_after=2025-12-31T00:00:00Z") == [
        "Inclusive swimming"
    ]
    assert len(names(client, "/api/oruk/services?modified_after=2025-01-01")) == 3


def test_day_and_times_filter_on_opening_times(client, local_offer):
    assert names(client, "/api/oruk/services?day=saturday") == ["Speech and language drop-in"]
    assert names(client, "/api/oruk/services?day=MO") == []
    assert names(client, "/api/oruk/services?day=TU&start_time=09:00&end_time=12:00") == [
        "Speech and language drop-in"
    ]


def test_pages_are_numbered_and_bounded(client, local_offer):
    first = get(client, "/api/oruk/services?per_page=2")
    second = get(client, "/api/oruk/services?per_page=2&page=2")
    beyond = get(client, "/api/oruk/services?per_page=2&page=9")

    assert (first["total_items"], first["total_pages"], first["size"]) == (3, 2, 2)
    assert (first["first_page"], first["last_page"], first["empty"]) == (True, False, False)
    assert (second["page_number"], second["size"], second["last_page"]) == (2, 1, True)
    assert beyond["empty"] is True and beyond["contents"] == []
    names_in_order = [i["name"] for i in first["contents"] + second["contents"]]
    assert names_in_order == sorted(names_in_order)


# -- search and place --------------------------------------------------------------------------


def test_search_uses_the_public_search_ranking(client, local_offer):
    from search.api import rebuild_from_sources as rebuild
    from search.backends import get_backend
    from search.query import ServiceQuery

    rebuild()
    public, _ = ServiceQuery.from_params({"q": "speech"})
    expected = [
        ServicePage.objects.get(pk=int(hit.id)).title for hit in get_backend().search(public).hits
    ]

    found = names(client, "/api/oruk/services?search=speech")

    assert found == expected
    assert found[0] == "Speech and language drop-in"
    assert names(client, "/api/oruk/services?search=speech&age=20") == []


def test_a_corrected_search_says_so_and_an_exact_one_does_not(client, local_offer):
    # Given the public search would show "speech" results for the misspelling "speach"
    from search.api import rebuild_from_sources as rebuild

    rebuild()

    corrected = client.get("/api/oruk/services?search=speach")
    exact = client.get("/api/oruk/services?search=speech")
    places = client.get("/api/oruk/service_at_locations?search=speach")

    # Then the API returns what the page would, and says it searched for other words
    assert corrected["X-Search-Corrected-To"] == "speech"
    assert "X-Search-Corrected-To" in corrected["Access-Control-Expose-Headers"]
    assert [item["name"] for item in corrected.json()["contents"]] == [
        item["name"] for item in exact.json()["contents"]
    ]
    assert "X-Search-Corrected-To" not in exact
    assert places["X-Search-Corrected-To"] == "speech"


def test_service_at_locations_near_a_postcode_come_nearest_first(client, local_offer):
    from search.api import rebuild_from_sources as rebuild
    from search.models import Postcode

    Postcode.objects.create(postcode="RV5 2BB", outcode="RV5", latitude=52.9585, longitude=-2.0255)
    rebuild()  # proximity asks the search index, as the search page does

    near = get(client, "/api/oruk/service_at_locations?postcode=RV5%202BB")
    close = get(client, "/api/oruk/service_at_locations?postcode=RV5+2BB&proximity=1000")

    assert [item["service"]["name"] for item in near["contents"]] == [
        "Inclusive swimming",
        "Speech and language drop-in",
        "Little Acorns childminding",
    ]
    assert [item["service"]["name"] for item in close["contents"]] == ["Inclusive swimming"]
    assert close["total_items"] == 1


def test_an_unknown_postcode_is_a_clear_400(client, local_offer):
    problem = get(client, "/api/oruk/service_at_locations?postcode=ZZ99+9ZZ", 400)

    assert problem["parameter"] == "postcode"
    assert "ZZ99 9ZZ" in problem["message"]


# -- bad input ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, parameter",
    [
        ("per_page=0", "per_page"),
        ("per_page=101", "per_page"),
        ("per_page=ten", "per_page"),
        ("page=-1", "page"),
        ("page=1e400", "page"),
        ("age=26", "age"),
        ("age=7.5", "age"),
        ("minimum_age=old", "minimum_age"),
        ("modified_after=yesterday", "modified_after"),
        ("modified_after=2025-13-45", "modified_after"),
        ("full=perhaps", "full"),
        ("format=ndjson", "format"),
        ("taxonomy_term_id=%3Cscript%3E", "taxonomy_term_id"),
        ("search=" + "x" * 300, "search"),
        ("search=a%00b", "search"),
        ("day=someday", "day"),
        ("start_time=25:00", "start_time"),
        ("page=1&page=2", "page"),
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, db, query, parameter):
    problem = get(client, f"/api/oruk/services?{query}", 400)

    assert problem["status"] == 400
    assert problem["parameter"] == parameter
    assert parameter in problem["message"]


@pytest.mark.parametrize(
    "query",
    [
        "postcode=%E2%80%8B",  # a zero-width space
        "postcode=%2C",
        "postcode=%01%02",
        "postcode=%2C%2C&proximity=1000",
    ],
)
def test_a_postcode_with_nothing_left_after_cleaning_is_a_400(client, local_offer, query):
    # Given services with places to measure to, and a postcode that is only punctuation,
    # control or invisible characters
    problem = get(client, f"/api/oruk/service_at_locations?{query}", 400)

    # Then the client is told in plain words what to send instead
    assert problem["parameter"] == "postcode"
    assert problem["message"] == "Enter a real postcode, like RV1 2AB"


@pytest.mark.parametrize("path", ["/api/oruk/services", "/api/oruk/service_at_locations"])
@pytest.mark.parametrize(
    "moment", ["0001-01-01T00:00:00%2B14:00", "9999-12-31T23:59:59-14:00"]
)
def test_a_date_past_the_ends_of_the_calendar_in_utc_is_a_400(client, local_offer, path, moment):
    # Year 1 at +14:00 is still year 0 in UTC, and 9999-12-31 at -14:00 is already year 10000.
    problem = get(client, f"{path}?modified_after={moment}", 400)

    assert problem["parameter"] == "modified_after"
    assert "0001-01-01" in problem["message"]


@pytest.mark.parametrize("moment", ["0001-01-01T14:00:00%2B14:00", "9999-12-31T09:59:59-14:00"])
def test_the_first_and_last_moments_in_utc_are_answered(client, local_offer, moment):
    listed = get(client, f"/api/oruk/services?modified_after={moment}")

    assert listed["total_items"] == (3 if moment.startswith("0001") else 0)


def test_proximity_without_a_postcode_is_a_400(client, db):
    problem = get(client, "/api/oruk/service_at_locations?proximity=500", 400)

    assert "postcode" in problem["message"]


@pytest.mark.parametrize(
    "path",
    [
        "/api/oruk/services/not-a-uuid",
        "/api/oruk/services/5e0d1c0f-fe00-8001-8000-00000000ffff",
        "/api/oruk/organizations/5e0d1c0f-fe00-8002-8000-00000000ffff",
        "/api/oruk/taxonomies/5e0d1c0f-fe00-8003-8000-00000000ffff",
        "/api/oruk/taxonomy_terms/nope",
        "/api/oruk/service_at_locations/5e0d1c0f-fe00-8006-8000-00000000ffff",
    ],
)
def test_unknown_ids_get_a_404_in_json(client, local_offer, path):
    problem = get(client, path, 404)

    assert problem["status"] == 404
    assert "No " in problem["message"]


def test_an_organisation_with_only_unpublished_services_is_not_shown(client, local_offer):
    hidden = Provider.objects.create(name="Not yet live")
    add_service(local_offer, "Coming soon", hidden, publish=False)

    listed = names(client, "/api/oruk/organizations")

    assert "Not yet live" not in listed
    get(client, f"/api/oruk/organizations/{ids.encode('organization', hidden.pk)}", 404)


# -- efficiency --------------------------------------------------------------------------------


def count_queries(client, path) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


def add_many(tree, how_many: int):
    provider = Provider.objects.get(name="Riverside Leisure Trust")
    for number in range(how_many):
        add_service(
            tree,
            f"Extra club {number}",
            provider,
            needs=[need("ASD")],
            languages="English, Welsh",
            locations=[
                {
                    "name": f"Hall {number}",
                    "postcode": "RV1 3BD",
                    "latitude": 52.96,
                    "longitude": -1.98,
                }
            ],
            contacts=[{"name": f"Person {number}", "email": f"p{number}@club.example"}],
        )


@pytest.mark.parametrize(
    "path",
    [
        "/api/oruk/services?per_page=50",
        "/api/oruk/services?per_page=50&full=true",
        "/api/oruk/service_at_locations?per_page=50",
        "/api/oruk/service_at_locations?per_page=50&full=true",
        "/api/oruk/organizations?full_service=true",
        "/api/oruk/taxonomy_terms?per_page=100",
    ],
)
def test_queries_do_not_grow_with_the_number_of_services(client, local_offer, path):
    before = count_queries(client, path)
    add_many(local_offer, 12)

    after = count_queries(client, path)

    assert after == before
    assert after <= 12


def test_one_service_takes_a_fixed_number_of_queries(client, local_offer):
    page = service_named("Speech and language drop-in")
    path = f"/api/oruk/services/{ids.encode('service', page.pk)}"

    assert count_queries(client, path) <= 12


def test_last_modified_is_the_publication_time(client, local_offer):
    moment = timezone.now().replace(microsecond=0)
    ServicePage.objects.update(last_published_at=moment)

    service = get(client, "/api/oruk/services")["contents"][0]

    assert service["last_modified"] == moment.isoformat().replace("+00:00", "Z")


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    parameter=st.sampled_from(
        [
            "search",
            "page",
            "per_page",
            "age",
            "minimum_age",
            "maximum_age",
            "modified_after",
            "taxonomy_term_id",
            "taxonomy_id",
            "organization_id",
            "day",
            "start_time",
            "full",
            "postcode",
            "proximity",
            "format",
        ]
    ),
    value=st.text(max_size=40),
    path=st.sampled_from(["/api/oruk/services", "/api/oruk/service_at_locations"]),
)
def test_no_parameter_value_causes_a_server_error(client, local_offer, parameter, value, path):
    # Over services with places, so a postcode reaches the distance code too.
    response = client.get(path, {parameter: value})

    assert response.status_code in (200, 400), (parameter, value, response.content[:300])
    assert response["Content-Type"] == "application/json"


# Dates near both ends of the calendar, where an offset can push them outside it in UTC.
EDGE_MOMENTS = st.one_of(
    st.sampled_from([datetime.min, datetime.max]),
    st.datetimes(max_value=datetime(1, 1, 2)),
    st.datetimes(min_value=datetime(9999, 12, 30, 23)),
    st.datetimes(),
)
# ISO 8601 offsets in use run from -12:00 to +14:00; parse_datetime takes up to +-23:59.
OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: fixed_offset(timedelta(minutes=minutes))
)


def fits_in_utc(moment: datetime) -> bool:
    try:
        moment.astimezone(UTC)
    except OverflowError:
        return False
    return True


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    moment=EDGE_MOMENTS,
    offset=OFFSETS,
    path=st.sampled_from(["/api/oruk/services", "/api/oruk/service_at_locations"]),
)
def test_modified_after_at_any_offset_is_answered_or_refused_never_a_server_error(
    client, local_offer, moment, offset, path
):
    aware = moment.replace(tzinfo=offset)

    response = client.get(path, {"modified_after": aware.isoformat()})

    expected = 200 if fits_in_utc(aware) else 400
    assert response.status_code == expected, (aware.isoformat(), response.content[:300])
    assert response["Content-Type"] == "application/json"


# -- our own mistakes ----------------------------------------------------------------------------


@override_settings(DEBUG=False)
def test_an_unexpected_error_is_logged_and_answered_in_json_with_debug_off(
    client, db, monkeypatch, caplog
):
    # Given a fault no real input is known to cause any more: a stand-in failure is the only
    # way to reach the handler for what we have not foreseen.
    def broken(*args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(paging, "page_services", broken)

    with caplog.at_level(logging.ERROR):
        response = client.get("/api/oruk/services")

    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert response["Access-Control-Allow-Origin"] == "*"
    problem = response.json()
    assert (problem["status"], problem["error"]) == (500, "Internal Server Error")
    assert "secret detail" not in problem["message"]
    assert any(
        record.exc_info and "/api/oruk/services" in record.getMessage()
        for record in caplog.records
    )
