"""HSDS 3.0 examples/service_full.json imported and exported again keeps what a directory
needs. The list of kept fields is written out below, one assertion each.

Two things in the example cannot be listed by a UK Local Offer, so this test changes them
(and test_the_unchanged_example_imports_with_those_two_flagged shows what happens without):
its location is at latitude 100, longitude 101 (not a place on Earth) with a US address, so it
is moved to a Riverside address and point; and its maximum age is 100, which the Local Offer
(ages 0 to 25) would store as "no upper limit", so it is set to 19.
Its phone numbers are written with literal quote marks ("\"+44 1234 234567\""); the importer
removes those, and the test compares numbers without them.
"""

import copy
import json

import pytest

from local_offer.oruk import lookup, serializers

from .conftest import HSDS_EXAMPLES, validate
from .importing_support import RIVERSIDE_HUB, run_command, write_json

pytestmark = pytest.mark.django_db


@pytest.fixture
def example():
    with open(HSDS_EXAMPLES / "service_full.json", encoding="utf-8") as handle:
        return json.load(handle)


def in_the_uk(example: dict) -> dict:
    adapted = copy.deepcopy(example)
    place = adapted["service_at_locations"][0]["location"]
    address = place["addresses"][0]
    place["latitude"], place["longitude"] = RIVERSIDE_HUB["latitude"], RIVERSIDE_HUB["longitude"]
    address.update(
        {
            "address_1": "1-30 Main Street",
            "address_2": "Market Place",
            "city": "Riverside",
            "state_province": "England",
            "postal_code": "RV1 2AB",
            "country": "GB",
        }
    )
    adapted["maximum_age"] = 19
    return adapted


def round_trip(tree, tmp_path, source: dict) -> dict:
    run_command("import_oruk", write_json(tmp_path, source), "--publish")
    page = lookup.service_rows(full=True).get(external_id=source["id"])
    return serializers.service_full(page)


def unquoted(number: str) -> str:
    return number.strip('"')


def test_the_example_survives_import_and_export(tree, tmp_path, example):
    source = in_the_uk(example)

    exported = round_trip(tree, tmp_path, source)

    assert validate(exported, "service.json") == []
    # the service itself
    assert exported["id"] == source["id"]
    assert exported["name"] == source["name"]
    assert exported["description"] == source["description"].strip()
    assert exported["url"] == source["url"]
    assert exported["email"] == source["email"]
    assert exported["status"] == source["status"]
    assert exported["minimum_age"] == source["minimum_age"]
    assert exported["maximum_age"] == source["maximum_age"]
    assert exported["eligibility_description"] == source["eligibility_description"]
    assert exported["application_process"] == source["application_process"]
    # organization
    organization, original = exported["organization"], source["organization"]
    for key in ("id", "name", "description", "email", "website"):
        assert organization[key] == original[key], key
    # every location, with its address and coordinates
    assert len(exported["service_at_locations"]) == len(source["service_at_locations"])
    place = exported["service_at_locations"][0]["location"]
    original_place = source["service_at_locations"][0]["location"]
    assert place["name"] == original_place["name"]
    assert (place["latitude"], place["longitude"]) == (
        original_place["latitude"],
        original_place["longitude"],
    )
    address, original_address = place["addresses"][0], original_place["addresses"][0]
    for key in ("address_1", "address_2", "city", "state_province", "postal_code", "country"):
        assert address[key] == original_address[key], key
    # schedules
    [schedule], [original_schedule] = exported["schedules"], source["schedules"]
    for key in ("freq", "byday", "opens_at", "closes_at", "description"):
        assert schedule[key] == original_schedule[key], key
    # cost options
    [cost], [original_cost] = exported["cost_options"], source["cost_options"]
    assert cost["amount"] == original_cost["amount"]
    assert original_cost["option"] in cost["option"]
    assert original_cost["amount_description"] in cost["option"] + " " + cost["amount_description"]
    # contacts and phones
    [contact], [original_contact] = exported["contacts"], source["contacts"]
    assert (contact["name"], contact["title"], contact["email"]) == (
        original_contact["name"],
        original_contact["title"],
        original_contact["email"],
    )
    assert contact["phones"][0]["number"] == unquoted(original_contact["phones"][0]["number"])
    assert [p["number"] for p in exported["phones"]] == [
        unquoted(p["number"]) for p in source["phones"]
    ]
    # languages
    assert [(lang["name"], lang["code"]) for lang in exported["languages"]] == [
        (lang["name"], lang["code"]) for lang in source["languages"]
    ]
    # service areas
    assert [area["name"] for area in exported["service_areas"]] == [
        area["name"] for area in source["service_areas"]
    ]
    # accessibility
    original_access = original_place["accessibility"][0]
    notes = [item for item in place["accessibility"] if "details" in item]
    assert (notes[0]["description"], notes[0]["details"]) == (
        original_access["description"],
        original_access["details"],
    )
    # every attribute and its taxonomy term
    assert len(exported["attributes"]) == len(source["attributes"])
    term, original_term = (
        exported["attributes"][0]["taxonomy_term"],
        source["attributes"][0]["taxonomy_term"],
    )
    for key in ("id", "name", "description", "taxonomy"):
        assert term[key] == original_term[key], key


def test_a_second_import_of_the_export_changes_nothing(tree, tmp_path, example):
    exported = round_trip(tree, tmp_path, in_the_uk(example))

    run = run_command("import_oruk", write_json(tmp_path, exported, "exported.json"), "--publish")

    assert run.summary == "Created 0, updated 0, unchanged 1, rejected 0"


def test_the_unchanged_example_imports_with_those_two_flagged(tree, tmp_path, example):
    run = run_command("import_oruk", write_json(tmp_path, example), "--publish")

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    check = run.lines_starting("Check")[0]
    assert "maximum age 100 is over 25" in check
    assert "'ABC 1234' is not a UK postcode" in check
