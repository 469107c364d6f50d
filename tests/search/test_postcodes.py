"""Postcodes: parsing, distance, lookup order (ONSPD, then listings), and the ONSPD import."""

import pytest
from django.core.management import CommandError, call_command

from search.backends.database import DatabaseBackend
from search.models import Postcode
from search.postcodes import (
    PostcodeError,
    haversine_miles,
    is_outcode,
    lookup,
    normalise,
    outcode,
)

from .conformance.corpus import BY_ID

ONSPD_HEADER = "pcd,pcd2,pcds,dointr,doterm,oslaua,lat,long,ctry\n"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("rv1 2ab", "RV1 2AB"),
        ("RV12AB", "RV1 2AB"),
        ("  sw1a 1aa ", "SW1A 1AA"),
        ("m1 1ae", "M1 1AE"),
        ("EC1A1BB", "EC1A 1BB"),
        ("rv1", "RV1"),
        ("SW1A", "SW1A"),
        ("", None),
        ("12345", None),
        ("RV1 2AB extra", None),
        ("Q", None),
        ("RV1 2A", None),
    ],
)
def test_normalise(typed, expected):
    assert normalise(typed) == expected


def test_outcode_helpers():
    assert outcode("RV1 2AB") == "RV1"
    assert is_outcode("RV1") and not is_outcode("RV1 2AB")


def test_haversine_matches_a_known_distance():
    # London (51.5074, -0.1278) to Birmingham (52.4862, -1.8904): about 101 miles.
    assert haversine_miles(51.5074, -0.1278, 52.4862, -1.8904) == pytest.approx(101.4, abs=0.5)
    assert haversine_miles(52.2, -1.5, 52.2, -1.5) == 0


def test_malformed_postcode_message():
    with pytest.raises(PostcodeError, match="Enter a real postcode, like RV1 2AB"):
        lookup("not a postcode")


@pytest.mark.django_db
def test_unknown_postcode_message_suggests_the_first_part():
    with pytest.raises(PostcodeError) as problem:
        lookup("zz9 9zz")
    assert str(problem.value) == (
        "We could not find ZZ9 9ZZ. Check it, or try the first part, like ZZ9"
    )


@pytest.mark.django_db
def test_directory_postcode_wins():
    Postcode.objects.create(postcode="RV1 2AB", outcode="RV1", latitude=52.2, longitude=-1.5)
    found = lookup("rv12ab")
    assert (found.postcode, found.source) == ("RV1 2AB", "onspd")
    assert (found.point.latitude, found.point.longitude) == (52.2, -1.5)


@pytest.mark.django_db
def test_outcode_alone_is_the_centre_of_its_postcodes():
    Postcode.objects.create(postcode="RV1 2AB", outcode="RV1", latitude=52.0, longitude=-1.0)
    Postcode.objects.create(postcode="RV1 3CD", outcode="RV1", latitude=52.2, longitude=-1.2)
    found = lookup("RV1")
    assert found.point.latitude == pytest.approx(52.1)
    assert found.point.longitude == pytest.approx(-1.1)


@pytest.mark.django_db
def test_without_a_directory_a_listing_postcode_is_used_exactly():
    DatabaseBackend().index([BY_ID["c05"]])  # at RV1 5JK
    found = lookup("RV1 5JK")
    assert found.source == "listing"
    assert found.point.latitude == pytest.approx(BY_ID["c05"].locations[0].latitude)


@pytest.mark.django_db
def test_other_postcodes_in_a_known_outcode_get_its_centre():
    DatabaseBackend().index([BY_ID["c05"], BY_ID["c06"]])  # RV1 5JK and RV1 6LM
    found = lookup("RV1 9XX")
    expected = (BY_ID["c05"].locations[0].latitude + BY_ID["c06"].locations[0].latitude) / 2
    assert found.source == "outcode"
    assert found.point.latitude == pytest.approx(expected)


@pytest.mark.django_db
def test_a_hidden_address_is_not_found_by_its_exact_postcode():
    DatabaseBackend().index([BY_ID["c41"]])  # childminder at RV1 3ZZ, address hidden
    found = lookup("RV1 3ZZ")
    assert found.source == "outcode"  # the area is known; the house is not


@pytest.mark.django_db
def test_import_loads_live_postcodes_and_is_idempotent(tmp_path):
    extract = tmp_path / "onspd.csv"
    extract.write_text(
        ONSPD_HEADER
        + '"RV1 2AB","RV1  2AB","RV1 2AB",198001,,E1,52.200000,-1.500000,E92000001\n'
        + '"RV1 3CD","RV1  3CD","RV1 3CD",198001,200012,E1,52.210000,-1.510000,E92000001\n'
        + '"RV1 4EF","RV1  4EF","RV1 4EF",198001,,E1,99.999999,0.000000,E92000001\n'
        + '"RV2 1AA","RV2  1AA","RV2 1AA",198001,,E1,52.300000,-1.400000,E92000001\n'
    )
    out = []
    for _ in range(2):
        call_command("import_postcodes", str(extract), stdout=_Collect(out))
    assert sorted(Postcode.objects.values_list("postcode", flat=True)) == ["RV1 2AB", "RV2 1AA"]
    assert "Loaded 2 postcodes; left out 1 terminated and 1 without a usable location." in out[-1]


@pytest.mark.django_db
def test_import_updates_moved_and_removes_terminated_postcodes(tmp_path):
    Postcode.objects.create(postcode="RV1 2AB", outcode="RV1", latitude=50.0, longitude=-1.0)
    Postcode.objects.create(postcode="RV1 3CD", outcode="RV1", latitude=50.0, longitude=-1.0)
    extract = tmp_path / "onspd.csv"
    extract.write_text(
        ONSPD_HEADER
        + "RV1 2AB,RV1 2AB,RV1 2AB,198001,,E1,52.2,-1.5,E92000001\n"
        + "RV1 3CD,RV1 3CD,RV1 3CD,198001,202001,E1,52.2,-1.5,E92000001\n"
    )
    call_command("import_postcodes", str(extract), stdout=_Collect([]))
    assert list(Postcode.objects.values_list("postcode", "latitude")) == [("RV1 2AB", 52.2)]


@pytest.mark.django_db
def test_import_refuses_a_file_that_is_not_onspd(tmp_path):
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("postcode,latitude\nRV1 2AB,52.2\n")
    with pytest.raises(CommandError, match="missing the column"):
        call_command("import_postcodes", str(wrong))
    with pytest.raises(CommandError, match="There is no file"):
        call_command("import_postcodes", str(tmp_path / "absent.csv"))


class _Collect:
    def __init__(self, lines):
        self.lines = lines

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass
