"""Place names read like postcodes: "wheelchair sports near Aylesbury", "toddler group Brigg".

The reading (search.understanding, with a list of known names), the places (search.places: the
ONS gazetteer, else the towns in the listings' own addresses) and the search page end to end.
"""

import pytest
from django.core.management import CommandError, call_command

from search import places
from search.api import parse_query
from search.backends.database import DatabaseBackend
from search.models import Place
from search.query import ServiceQuery
from search.service_record import ServiceLocation, ServiceRecord
from search.understanding import understand
from search.vocabulary import SEN2_NEEDS, Vocabulary

TOWNS = {"brigg", "scunthorpe", "kirton in lindsey", "lindsey", "barton upon humber",
         "epworth", "aylesbury", "reading", "pool"}


def known(keys):
    return {key for key in keys if key in TOWNS}


def listing(number: int, name: str, town: str, point: tuple[float, float], hidden=False):
    return ServiceRecord(
        id=f"p{number}", url=f"/p{number}/", name=name, summary="", description="",
        provider_id="1", provider_name="",
        locations=(ServiceLocation("", *point, hide_exact_address=hidden, town=town),),
    )


BRIGG = (53.5530, -0.4890)
SCUNTHORPE = (53.5900, -0.6540)
FAR_AWAY = (51.8150, -0.8080)  # Aylesbury: a hundred miles south


# -- reading -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "left", "place", "words"),
    [
        ("wheelchair sports near scunthorpe", "wheelchair sports", "scunthorpe",
         "near scunthorpe"),
        ("toddler group brigg", "group", "brigg", "brigg"),  # the last words, no "near"
        ("things to do in kirton in lindsey", "things to do", "kirton in lindsey",
         "in kirton in lindsey"),  # the longest name, "in" inside it
        ("swimming pool Barton-upon-Humber", "swimming pool", "barton upon humber",
         "Barton-upon-Humber"),
        ("near Aylesbury, swimming", "swimming", "aylesbury", "near Aylesbury"),
        ("swimming near brigg for my 7 year old", "swimming", "brigg", "near brigg"),
    ],
)
def test_a_known_place_name_is_read_like_a_postcode(typed, left, place, words):
    found = understand(typed, known)
    assert (found.text, found.place_name, found.place) == (left, place, None)
    assert words in [phrase.words for phrase in found.phrases if phrase.kind == "postcode"]


@pytest.mark.parametrize(
    "typed",
    [
        "help with reading",  # a town's name that is also a service word
        "swimming pool",
        "in reading",
        "brigg swimming",  # a one-word name is read only after "near", "in" or at the end
        "swimming near RV5 in brigg",  # two places: neither
        "salt near northampton",  # not a place anyone knows here
    ],
)
def test_what_is_not_clearly_a_known_place_stays_as_words(typed):
    found = understand(typed, known)
    assert found.place_name is None
    assert found.text == typed


def test_without_a_list_of_places_only_postcodes_are_read():
    assert understand("swimming near brigg").text == "swimming near brigg"


# -- places ------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_fresh_install_knows_the_towns_of_its_listings():
    DatabaseBackend().rebuild([
        listing(1, "Brigg Swimming", "Brigg", BRIGG),
        listing(2, "Brigg Library", "BRIGG", (BRIGG[0] + 0.002, BRIGG[1])),
        listing(3, "Childminder", "Epworth", (53.52, -0.82), hidden=True),  # never its town
    ])
    found = places.find(["brigg", "epworth", "aylesbury"])
    assert set(found) == {"brigg"}
    assert found["brigg"].point.latitude == pytest.approx(BRIGG[0] + 0.001)
    assert found["brigg"].source == "listings"


@pytest.mark.django_db
def test_the_gazetteer_wins_and_picks_the_place_of_that_name_near_the_listings():
    DatabaseBackend().rebuild([listing(1, "Brigg Swimming", "Brigg", BRIGG)])
    Place.objects.create(key="brigg", name="Brigg", latitude=BRIGG[0], longitude=BRIGG[1])
    Place.objects.create(key="newton", name="Newton", latitude=FAR_AWAY[0],
                         longitude=FAR_AWAY[1])
    Place.objects.create(key="newton", name="Newton", latitude=53.57, longitude=-0.55)
    Place.objects.create(key="aylesbury", name="Aylesbury", latitude=FAR_AWAY[0],
                         longitude=FAR_AWAY[1])
    found = places.find(["brigg", "newton", "aylesbury"])
    assert found["brigg"].source == "gazetteer"
    assert found["newton"].point.latitude == 53.57  # the Newton with listings near it
    assert "aylesbury" not in found  # no listing near: filtering by it would show nothing


@pytest.mark.django_db
def test_a_place_in_the_words_filters_by_distance_and_can_be_removed(client):
    DatabaseBackend().rebuild([
        listing(1, "Brigg Swimming Club", "Brigg", BRIGG),
        listing(2, "Scunthorpe Swimming Club", "Scunthorpe", SCUNTHORPE),
    ])
    query, errors = parse_query({"q": "swimming near brigg"})
    assert errors == []
    assert (query.text, query.postcode, query.understood) == ("swimming", "Brigg", ("postcode",))
    assert query.near.latitude == pytest.approx(BRIGG[0])

    response = client.get("/local-offer/search/", {"q": "swimming near brigg"})
    assert [hit.id for hit in response.context["results"].hits] == ["p1"]
    assert "Within 5 miles of Brigg" in response.content.decode()


def test_without_find_places_the_query_reads_postcodes_only():
    # (a vocabulary of its own: the Local Offer's would be read from the database)
    query, _ = ServiceQuery.from_params(
        {"q": "swimming near brigg"}, vocabulary=Vocabulary(needs=dict(SEN2_NEEDS))
    )
    assert query.text == "swimming near brigg"


# -- import_places -----------------------------------------------------------------------------

IPN_HEADER = "placeid,place23cd,place23nm,descnm,cty23nm,lat,long\n"


@pytest.mark.django_db
def test_import_places_reads_the_ons_index_of_place_names(tmp_path):
    path = tmp_path / "ipn.csv"
    path.write_text(
        IPN_HEADER
        + "1,IPN0001,Barton-upon-Humber,BUA,North Lincolnshire,53.6833,-0.4433\n"
        + "2,IPN0002,Brigg,BUA,North Lincolnshire,53.5530,-0.4890\n"
        + "3,IPN0003,,LOC,North Lincolnshire,53.5,-0.5\n"  # no name
        + "4,IPN0004,Nowhere,LOC,North Lincolnshire,,\n"  # no point
    )
    call_command("import_places", str(path))
    assert set(Place.objects.values_list("key", "name")) == {
        ("barton upon humber", "Barton-upon-Humber"), ("brigg", "Brigg")
    }
    call_command("import_places", str(path))  # again: replaced, not doubled
    assert Place.objects.count() == 2


@pytest.mark.django_db
def test_import_places_refuses_a_file_without_names_or_points(tmp_path):
    path = tmp_path / "postcodes.csv"
    path.write_text("pcds,lat,long\nRV1 2AB,52.2,-1.5\n")
    with pytest.raises(CommandError, match="no column for a place name"):
        call_command("import_places", str(path))
