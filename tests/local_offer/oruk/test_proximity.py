"""`/service_at_locations?postcode=&proximity=` asks the public search the same question the
search page asks ("within N miles of X"), so the two always agree: the edge of the circle,
hidden addresses measured to their coarsened point, proximity rounded up to whole miles, and
clear 400s for postcodes and distances we cannot use."""

import math

import pytest

from local_offer.models import Provider
from local_offer.oruk import search_bridge
from search import api
from search.api import rebuild_from_sources as rebuild
from search.models import Postcode
from search.postcodes import (
    EARTH_RADIUS_MILES,
    MALFORMED,
    Point,
    PostcodeLocation,
    haversine_miles,
)
from search.service_record import ServiceLocation, ServiceRecord

from .conftest import add_service

pytestmark = pytest.mark.django_db

HOME = Point(52.9655, -2.0)  # the postcode RV3 1AA, off the 0.01-degree grid on purpose
PLACES = "/api/oruk/service_at_locations"
SEARCH_PAGE = "/local-offer/search/"


@pytest.fixture
def home(db):
    Postcode.objects.create(
        postcode="RV3 1AA", outcode="RV3", latitude=HOME.latitude, longitude=HOME.longitude
    )
    return HOME


@pytest.fixture
def provider(db):
    return Provider.objects.create(name="Riverside Leisure Trust")


def away(miles: float, bearing_degrees: float, start: Point = HOME) -> tuple[float, float]:
    """The point `miles` from `start` on a great circle at this bearing (0 = north)."""
    angle = miles / EARTH_RADIUS_MILES
    bearing = math.radians(bearing_degrees)
    lat1, lon1 = math.radians(start.latitude), math.radians(start.longitude)
    lat2 = math.asin(
        math.sin(lat1) * math.cos(angle) + math.cos(lat1) * math.sin(angle) * math.cos(bearing)
    )
    lon2 = lon1 + math.atan2(
        math.sin(bearing) * math.sin(angle) * math.cos(lat1),
        math.cos(angle) - math.sin(lat1) * math.sin(lat2),
    )
    return math.degrees(lat2), math.degrees(lon2)


def miles_from_home(point: tuple[float, float]) -> float:
    return haversine_miles(HOME.latitude, HOME.longitude, *point)


def place(name: str, point: tuple[float, float], hidden: bool = False) -> dict:
    latitude, longitude = point
    return {
        "name": name,
        "address_1": "1 High Street",
        "town": "Riverside",
        "postcode": "RV3 2BB",
        "latitude": latitude,
        "longitude": longitude,
        "hide_exact_address": hidden,
    }


def service_at(tree, provider, title: str, *points, hidden: bool = False):
    return add_service(
        tree,
        title,
        provider,
        locations=[place(f"{title} {n}", p, hidden) for n, p in enumerate(points, 1)],
    )


def api_rows(client, query: str, status: int = 200) -> dict:
    response = client.get(f"{PLACES}?{query}")
    assert response.status_code == status, response.content[:500]
    assert response["Access-Control-Allow-Origin"] == "*"
    return response.json()


def api_services(client, query: str) -> list[str]:
    return [row["service"]["name"] for row in api_rows(client, query)["contents"]]


def page_services(client, **params) -> list[str]:
    response = client.get(SEARCH_PAGE, {"per_page": 50, **params})
    assert response.status_code == 200
    assert not response.context["errors"], response.context["errors"]
    return [hit.name for hit in response.context["results"].hits]


# -- the edge of the circle ---------------------------------------------------------------------


def test_a_service_just_inside_the_proximity_is_listed_and_one_just_outside_is_not(
    client, tree, provider, home
):
    service_at(tree, provider, "Just inside", away(2.9, 10))
    service_at(tree, provider, "Just outside", away(3.1, 100))
    service_at(tree, provider, "Next door", away(0.2, 200))
    rebuild()

    within_three_miles = api_rows(client, "postcode=RV3+1AA&proximity=4828")  # 3 miles

    assert [row["service"]["name"] for row in within_three_miles["contents"]] == [
        "Next door",
        "Just inside",
    ]
    assert within_three_miles["total_items"] == 2


def test_proximity_is_rounded_up_to_whole_miles_so_nothing_inside_it_is_lost(
    client, tree, provider, home
):
    service_at(tree, provider, "Half a mile", away(0.5, 45))
    service_at(tree, provider, "Under a kilometre", away(0.6, 270))
    service_at(tree, provider, "Nearly three miles", away(2.9, 180))
    rebuild()

    # 1000 m is 0.62 miles: asked as 1 mile, so the place 966 m away is not lost.
    assert set(api_services(client, "postcode=RV3+1AA&proximity=1000")) == {
        "Half a mile",
        "Under a kilometre",
    }
    # 4000 m is 2.49 miles: asked as 3 miles, as the search page would be.
    assert set(api_services(client, "postcode=RV3+1AA&proximity=4000")) == {
        "Half a mile",
        "Under a kilometre",
        "Nearly three miles",
    }


@pytest.mark.parametrize(
    "metres, miles",
    [(1, 1), (1000, 1), (1609.344, 1), (1610, 2), (4828, 3), (8047, 6), (80467, 50)],
)
def test_proximity_metres_become_whole_miles_rounded_up(metres, miles):
    assert search_bridge.radius_miles(metres) == miles


def test_the_api_and_the_search_page_agree_about_services_near_the_edge(
    client, tree, provider, home
):
    # Given services in every direction at 2.5, 2.98, 3.02 and 3.5 miles: the two middle
    # rings are where two ways of measuring could disagree about "within 3 miles".
    rings = [2.5, 2.98, 3.02, 3.5]
    for index in range(16):
        miles = rings[index % 4]
        service_at(tree, provider, f"Service {index:02d} at {miles}", away(miles, index * 22.5))
    rebuild()

    on_the_page = page_services(client, postcode="RV3 1AA", radius=3, sort="distance")
    from_the_api = api_services(client, "postcode=RV3+1AA&proximity=4828")

    assert from_the_api == on_the_page
    assert {name for name in on_the_page if name.endswith(" 2.5")} == {
        f"Service {index:02d} at 2.5" for index in range(0, 16, 4)
    }
    assert not [name for name in on_the_page if name.endswith(" 3.5")]


def test_search_words_and_proximity_ask_the_search_page_one_question(
    client, tree, provider, home
):
    service_at(tree, provider, "Autism-friendly swimming", away(1.0, 0))
    service_at(tree, provider, "Autism parent support group", away(8.0, 90))
    service_at(tree, provider, "Wheelchair basketball", away(1.5, 180))
    rebuild()

    on_the_page = page_services(client, q="autism", postcode="RV3 1AA", radius=2, sort="distance")
    from_the_api = api_services(client, "search=autism&postcode=RV3+1AA&proximity=3000")

    assert from_the_api == on_the_page == ["Autism-friendly swimming"]


@pytest.mark.parametrize("place", ["&proximity=3000", ""])
def test_misspelt_words_near_a_postcode_are_searched_corrected_and_said_so(
    client, tree, provider, home, place
):
    # Given the search page would search "autism" for the misspelling "autisim"
    service_at(tree, provider, "Autism-friendly swimming", away(1.0, 0))
    service_at(tree, provider, "Wheelchair basketball", away(1.5, 180))
    rebuild()

    corrected = client.get(f"{PLACES}?search=autisim&postcode=RV3+1AA{place}")
    exact = client.get(f"{PLACES}?search=autism&postcode=RV3+1AA{place}")

    # Then the API answers for "autism" and says so: never "did you mean" results passed off
    # as matches for the word sent
    assert corrected["X-Search-Corrected-To"] == "autism"
    assert corrected.json()["contents"] == exact.json()["contents"]
    assert [row["service"]["name"] for row in exact.json()["contents"]] == [
        "Autism-friendly swimming"
    ]
    assert "X-Search-Corrected-To" not in exact


# -- what is measured ---------------------------------------------------------------------------


def test_a_hidden_address_is_measured_to_its_coarsened_point(client, tree, provider, home):
    # Given two childminders whose homes are on either side of the 1 mile line, each on the
    # other side once their point is rounded to about a kilometre.
    home_inside, rounded_outside = (52.9535, -2.0), (52.95, -2.0)
    home_outside, rounded_inside = (52.9655, -1.9758), (52.97, -1.98)
    assert miles_from_home(home_inside) < 0.9
    assert miles_from_home(rounded_outside) > 1.05
    assert miles_from_home(home_outside) > 1.0
    assert miles_from_home(rounded_inside) < 0.9
    service_at(tree, provider, "Home just inside", home_inside, hidden=True)
    service_at(tree, provider, "Home just outside", home_outside, hidden=True)
    rebuild()

    from_the_api = api_rows(client, "postcode=RV3+1AA&proximity=1609")

    assert [row["service"]["name"] for row in from_the_api["contents"]] == ["Home just outside"]
    assert page_services(client, postcode="RV3 1AA", radius=1) == ["Home just outside"]
    assert "1 High Street" not in str(from_the_api)


def test_only_the_places_within_the_proximity_are_listed_for_a_service_with_several(
    client, tree, provider, home
):
    service_at(tree, provider, "Two sites", away(10.0, 0), away(0.5, 90))
    rebuild()

    near = api_rows(client, "postcode=RV3+1AA&proximity=1609")
    everywhere = api_rows(client, "postcode=RV3+1AA")

    assert [row["location"]["name"] for row in near["contents"]] == ["Two sites 2"]
    assert [row["location"]["name"] for row in everywhere["contents"]] == [
        "Two sites 2",
        "Two sites 1",
    ]


def test_without_proximity_every_place_comes_nearest_first_and_unplaced_ones_last(
    client, tree, provider, home
):
    service_at(tree, provider, "Far", away(20.0, 0))
    service_at(tree, provider, "Near", away(1.0, 0))
    add_service(tree, "Nowhere in particular", provider, locations=[place("Online", (None, None))])

    assert api_services(client, "postcode=RV3+1AA") == ["Near", "Far", "Nowhere in particular"]


# -- bad input -----------------------------------------------------------------------------------


def test_an_unknown_postcode_is_a_400_with_the_search_page_message(client, tree, home):
    problem = api_rows(client, "postcode=ZZ99+9ZZ&proximity=1000", 400)

    assert problem["parameter"] == "postcode"
    assert problem["message"] == (
        "We could not find ZZ99 9ZZ. Check it, or try the first part, like ZZ99"
    )


@pytest.mark.parametrize("postcode", ["12345", "not+a+postcode", "RV3+1AA+1AA"])
def test_a_malformed_postcode_is_a_400_with_the_search_page_message(client, tree, home, postcode):
    problem = api_rows(client, f"postcode={postcode}&proximity=1000", 400)

    assert problem == {
        "status": 400,
        "error": "Bad Request",
        "message": MALFORMED,
        "parameter": "postcode",
    }


@pytest.mark.parametrize(
    "proximity",
    ["far", "-5", "0", "0.5", "nan", "inf", "1e9", "80468", "100000", "5%20miles"],
)
def test_a_proximity_we_cannot_use_is_a_400_that_says_what_we_can(client, home, proximity):
    problem = api_rows(client, f"postcode=RV3+1AA&proximity={proximity}", 400)

    assert problem["parameter"] == "proximity"
    assert problem["message"] == (
        "proximity must be a number of metres from 1 to 80467 "
        "(50 miles, the widest distance the Local Offer search covers)"
    )


def test_proximity_given_twice_is_a_400(client, home):
    problem = api_rows(client, "postcode=RV3+1AA&proximity=500&proximity=600", 400)

    assert problem["parameter"] == "proximity"
    assert "once" in problem["message"]


def test_the_widest_proximity_reaches_as_far_as_the_search_page(client, tree, provider, home):
    service_at(tree, provider, "Forty-nine miles", away(49.0, 0))
    service_at(tree, provider, "Fifty-one miles", away(51.0, 0))
    rebuild()

    assert api_services(client, "postcode=RV3+1AA&proximity=80467") == ["Forty-nine miles"]
    assert page_services(client, postcode="RV3 1AA", radius=50) == ["Forty-nine miles"]


# -- every service within the radius, however many -----------------------------------------------


def test_service_ids_walks_every_page_of_the_search(db):
    # Given more services within the radius than one page of search results holds.
    records = [
        ServiceRecord(
            id=str(1000 + index),
            url=f"/local-offer/services/s{index}/",
            name=f"Service {index:03d}",
            summary="Help nearby.",
            description="",
            provider_id="1",
            provider_name="Riverside Leisure Trust",
            locations=(ServiceLocation("RV3 2BB", *away(0.01 * index, 0)),),
        )
        for index in range(120)
    ]
    api.rebuild_index(records)
    query, errors = api.ServiceQuery.from_params(
        {"postcode": "RV3 1AA", "radius": "5", "sort": "distance"},
        locate=lambda value: PostcodeLocation("RV3 1AA", HOME, "test"),
    )
    assert not errors

    every = api.service_ids(query, limit=1000)
    some = api.service_ids(query, limit=70)

    assert every == [str(1000 + index) for index in range(120)]
    assert some == every[:70]


def test_the_openapi_document_says_how_proximity_is_read(client, db):
    response = client.get("/api/oruk/openapi.json")

    proximity = response.json()["components"]["parameters"]["proximity"]
    assert "rounded up to whole miles" in proximity["description"]
    assert "80467 (50 miles)" in proximity["description"]
