"""Real feeds have a defect in one part of a service far more often than a service that is no
use at all. Only a record that cannot be a listing is rejected (not a JSON object, no id, no
name, no organisation); a broken part is left out of the listing and the report names the
record and where the part was: a JSON path for ORUK, a row and column for the CSV.

The samples in data/riverside-directory/ are shaped like a council's directory converted to
ORUK 3.0 and exported as an Outpost CSV (written for these tests, invented content; see
data/README.md).
"""

import copy
import json
from datetime import time

import pytest

from local_offer.models import Provider, ServicePage
from local_offer.oruk.oruk_reader import read_service

from .conftest import DATA, validate
from .importing_support import run_command, uk_service, write_json
from .test_import_csv import CHILDMINDER, SPEECH, write_csv

pytestmark = pytest.mark.django_db

SAMPLES = DATA / "riverside-directory"
NO_POSTCODE = "service_at_locations.0.location.addresses.0: no postcode, address left out"
ONLINE_WITH_AN_ADDRESS_WITHOUT_POSTCODE = [
    "SEND Information, Advice and Support Service (SENDIASS)",
    "Parent carer coffee mornings (online)",
    "Young carers phone support",
    "Family sign language classes (online)",
    "TalkSpace: online counselling for young people",
]


def load(name: str):
    with open(SAMPLES / name, encoding="utf-8") as handle:
        return json.load(handle)


def unknown_term_id() -> str:
    [rhyme_time] = [s for s in load("twenty_services.json") if s["name"] == "Rhyme time"]
    return rhyme_time["attributes"][1]["taxonomy_term_id"]


def oruk_warnings() -> dict[str, list[str]]:
    """What the report must say about each service of the sample that has a broken part."""
    return {
        **{title: [NO_POSTCODE] for title in ONLINE_WITH_AN_ADDRESS_WITHOUT_POSTCODE},
        "Inclusive youth club night": [
            "attributes.1.taxonomy_term: 'ADHD' is not in the SEN2 primary need vocabulary, "
            "left out"
        ],
        "Inclusive swimming sessions": [
            "url: 'westbrookleisure.example/swimming' is not a web address, left out"
        ],
        "Stay and play for under 5s": [
            "schedules.0: it closes at 09:30, which is not after it opens at 15:00, so that "
            "opening time was left out"
        ],
        "Sensory Support Team": [
            "email: 'sensory.team@riverside' is not an email address, left out"
        ],
        "Weekend short breaks": [
            "phones.0.number: 'Ask at reception' is not a phone number, left out"
        ],
        "Little Acorns childminding": [
            "contacts.0.email: 'lucy at littleacorns' is not an email address, left out"
        ],
        "Hollins Cross holiday club": [
            "schedules.0: '9am' is not a time, so its opening times were left out"
        ],
        "Ability football": [
            "cost_options.0.amount: '£2' is not of type 'number', left out",
            "service_at_locations.0.location.longitude: the point 52.9901, 1.9301 is not in "
            "the UK, but the postcode RV6 1HJ is, so the point was left out",
        ],
        "Independent travel training": [
            "minimum_age: the minimum age (16 years) is older than the maximum age "
            "(14 years 11 months), so neither was kept"
        ],
        "Rhyme time": [
            f"attributes.1: taxonomy term {unknown_term_id()} is not one we know, left out"
        ],
        "Supported internships": [
            "attributes.0.taxonomy_term.description: not given, read without it",
            "organization.website: 'riverside-college' is not a web address, left out",
        ],
    }


def check_lines(run) -> dict[str, str]:
    """Each "Check <name> [<id>]: ..." line by the listing's title."""
    lines = {}
    for page in ServicePage.objects.all():
        found = run.lines_starting(f"Check {page.title} [{page.external_id}]: ")
        if found:
            [lines[page.title]] = found
    assert len(lines) == len(run.lines_starting("Check ")), "a Check line names no listing"
    return lines


def assert_each_warning_names_record_and_path(run, expected: dict[str, list[str]]) -> None:
    lines = check_lines(run)
    assert sorted(lines) == sorted(expected)
    for title, warnings in expected.items():
        external_id = ServicePage.objects.get(title=title).external_id
        assert lines[title] == f"Check {title} [{external_id}]: " + "; ".join(warnings)


def listing(title: str) -> ServicePage:
    return ServicePage.objects.get(title=title)


def slots(page) -> list[tuple]:
    return [(s.weekday, s.opens, s.closes) for s in page.opening_times.all()]


def labels(page) -> set[str]:
    return {term.label for term in page.categories.all()}


# -- the issue's own case: twenty services, five online ones without a postcode ------------------


def test_the_twenty_service_directory_imports_all_twenty_with_warnings(tree):
    run = run_command("import_oruk", SAMPLES / "twenty_services.json", "--publish")

    assert run.summary == "Created 20, updated 0, unchanged 0, rejected 0"
    assert not run.lines_starting("Rejected")
    assert ServicePage.objects.live().count() == 20
    assert_each_warning_names_record_and_path(run, oruk_warnings())
    for title in ONLINE_WITH_AN_ADDRESS_WITHOUT_POSTCODE + ["Speech and language advice line"]:
        page = listing(title)
        assert page.delivery == ["online"], title
        assert not page.locations.exists(), title


def test_importing_the_twenty_again_changes_nothing(tree):
    run_command("import_oruk", SAMPLES / "twenty_services.json", "--publish")

    again = run_command("import_oruk", SAMPLES / "twenty_services.json", "--publish")

    assert again.summary == "Created 0, updated 0, unchanged 20, rejected 0"


# -- a feed with two entries that cannot be listings ---------------------------------------------


def test_a_feed_keeps_every_service_but_the_two_that_cannot_be_listings(tree):
    run = run_command("import_oruk", SAMPLES / "feed_with_rejects.json", "--publish")

    assert run.summary == "Created 18, updated 0, unchanged 0, rejected 2"
    sibling = next(
        s for s in load("feed_with_rejects.json")["contents"] if s and "Sibling" in s["name"]
    )
    assert run.lines_starting("Rejected") == [
        "Rejected entry 10 [no id]: it is not a JSON object but null",
        f"Rejected Sibling support group [{sibling['id']}]: "
        "it does not say which organisation runs it",
    ]
    in_feed = {s["name"] for s in load("feed_with_rejects.json")["contents"] if s}
    assert_each_warning_names_record_and_path(
        run, {title: w for title, w in oruk_warnings().items() if title in in_feed}
    )
    assert not ServicePage.objects.filter(title="Sibling support group").exists()
    assert ServicePage.objects.live().count() == ServicePage.objects.count() == 18


def test_the_feeds_listings_are_published_with_their_good_parts(tree, client):
    run_command("import_oruk", SAMPLES / "feed_with_rejects.json", "--publish")

    # An online service whose source gave its office without a postcode
    sendiass = listing("SEND Information, Advice and Support Service (SENDIASS)")
    assert sendiass.live and not sendiass.has_unpublished_changes
    assert sendiass.delivery == ["online"] and not sendiass.locations.exists()
    assert (sendiass.website, sendiass.email, sendiass.phone) == (
        "https://sendiass.riverside.example",
        "sendiass@riverside.example",
        "01632 960101",
    )
    assert slots(sendiass) == [(day, time(9), time(16, 30)) for day in range(5)]
    assert sendiass.cost_type == "free"
    assert labels(sendiass) == {"Groups for parents and carers of children with SEND"}
    # A bad url: the rest of the listing, place and point included
    swimming = listing("Inclusive swimming sessions")
    assert swimming.website == "" and swimming.phone == "01632 960500"
    [pool] = swimming.locations.all()
    assert (pool.postcode, pool.latitude, pool.longitude) == ("RV5 1AA", 52.958, -2.025)
    assert swimming.delivery == ["in_person"]
    assert slots(swimming) == [(5, time(8), time(9))]
    assert (swimming.cost_type, swimming.cost_pence, swimming.cost_unit) == (
        "charge",
        350,
        "session",
    )
    assert "changing_places" in swimming.premises_access
    # An impossible opening time goes, the possible one stays
    assert slots(listing("Stay and play for under 5s")) == [(4, time(10), time(11, 30))]
    # An unknown need goes, the known need and category stay
    youth = listing("Inclusive youth club night")
    assert [need.code for need in youth.needs.all()] == ["ASD"]
    assert labels(youth) == {"Activities"}
    # A bad email or phone goes, the other way to get in touch stays
    sensory = listing("Sensory Support Team")
    assert (sensory.email, sensory.phone) == ("", "01632 960180")
    breaks = listing("Weekend short breaks")
    assert (breaks.phone, breaks.website) == ("", "https://fenbybreaks.example/weekends")
    assert labels(breaks) == {"Short breaks", "Breaks and respite"}
    [lucy] = listing("Little Acorns childminding").contacts.all()
    assert (lucy.name, lucy.phone, lucy.email) == ("Lucy Green", "01632 960911", "")
    # Times that cannot be read go; the schedule's note stays
    holiday = listing("Hollins Cross holiday club")
    assert slots(holiday) == [] and holiday.schedule_notes == "School holidays only"
    assert (holiday.cost_pence, holiday.cost_unit) == (1200, "day")
    # A point off the map goes, the place stays; an amount that is not a number leaves a note
    football = listing("Ability football")
    [field] = football.locations.all()
    assert (field.postcode, field.latitude, field.longitude) == ("RV6 1HJ", None, None)
    assert football.cost_type == "varies" and "Per player" in football.cost_notes
    # Contradictory ages go
    travel = listing("Independent travel training")
    assert (travel.min_age_months, travel.max_age_months) == (None, None)
    # An unknown term id goes, the known category stays
    assert labels(listing("Rhyme time")) == {"Parent, baby and toddler groups"}
    # A term without a description is still filed; the provider loses only its bad website
    internships = listing("Supported internships")
    assert labels(internships) == {"Employment support"}
    assert internships.categories.get().taxonomy.name == "Riverside College course areas"
    assert Provider.objects.get(name="Riverside College").website == ""
    # What other directories read is valid ORUK, with no place for the online service
    for page in (sendiass, swimming):
        exported = client.get(f"/api/oruk/services/{page.external_id}").json()
        assert validate(exported, "service.json") == []
    online = client.get(f"/api/oruk/services/{sendiass.external_id}").json()
    assert online.get("service_at_locations", []) == []  # empty lists are left out


def test_reading_a_record_with_broken_parts_leaves_the_feed_unchanged(tree):
    feed = load("feed_with_rejects.json")
    before = copy.deepcopy(feed)

    records = [read_service(entry) for entry in feed["contents"]]

    assert feed == before
    assert sum(1 for record in records if record.problems) == 2


# -- schema errors: which reject the record, which only leave a part out -------------------------


def test_a_schema_error_deep_in_an_optional_part_leaves_only_that_part_out(tree, tmp_path):
    service = uk_service()
    del service["status"]
    del service["organization"]["description"]
    place = service["service_at_locations"][0]["location"]
    del place["location_type"]
    del place["addresses"][0]["city"]
    service["contacts"] = [
        {"id": service["contacts"][0]["id"], "name": "Jo", "phones": [{"number": "none"}]}
    ]
    service["attributes"] = [
        "not an attribute",
        {"id": service["attributes"][0]["id"], "taxonomy_term": {"id": "t1", "name": 7}},
    ]

    run = run_command("import_oruk", write_json(tmp_path, service), "--publish")

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    [check] = run.lines_starting("Check Community Counselling")
    for warning in (
        "status: not given, so taken as active",
        "organization.description: not given, read without it",
        "service_at_locations.0.location.location_type: not given, read without it",
        "service_at_locations.0.location.addresses.0.city: not given, read without it",
        "attributes.0: 'not an attribute' is not of type 'object', attribute left out",
        "attributes.1.taxonomy_term: name 7 is not of type 'string', taxonomy term left out",
        "attributes.1.taxonomy_term.id: 't1' is not a UUID, nothing left out",
        "contacts.0.phones.0.number: 'none' is not a phone number, left out",
    ):
        assert warning in check
    page = listing("Community Counselling")
    assert page.status == "active"
    [hub] = page.locations.all()
    assert (hub.postcode, hub.town) == ("RV1 2AB", "")
    [jo] = page.contacts.all()
    assert (jo.name, jo.phone) == ("Jo", "")
    assert not page.categories.exists()


@pytest.mark.parametrize(
    "change, reason",
    [
        ({"id": None}, "(record): 'id' is a required property"),
        ({"id": 1234}, "id: 1234 is not of type 'string'"),
        ({"name": None}, "(record): 'name' is a required property"),
        ({"name": ["Counselling"]}, "name: ['Counselling'] is not of type 'string'"),
        ({"organization": "Example Org"}, "organization: 'Example Org' is not of type 'object'"),
        ({"organization": {"id": "x"}}, "organization: 'name' is a required property"),
        ({"organization": None}, "it does not say which organisation runs it"),
    ],
)
def test_a_record_without_id_name_or_organisation_is_rejected(tree, tmp_path, change, reason):
    service = uk_service(**change)
    for key, value in change.items():
        if value is None:
            del service[key]

    run = run_command("import_oruk", write_json(tmp_path, service))

    assert run.summary == "Created 0, updated 0, unchanged 0, rejected 1"
    assert reason in run.lines_starting("Rejected")[0]
    assert not ServicePage.objects.exists()


def test_an_id_that_is_not_a_uuid_still_finds_the_listing_again(tree, tmp_path):
    path = write_json(tmp_path, uk_service(id="RIV-SVC-0042"))

    first = run_command("import_oruk", path, "--publish")
    again = run_command("import_oruk", path, "--publish")

    assert first.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    assert (
        "id: 'RIV-SVC-0042' is not a UUID, so the API publishes the listing under an id "
        in (first.lines_starting("Check")[0])
    )
    assert again.summary == "Created 0, updated 0, unchanged 1, rejected 0"


def test_a_term_claiming_our_own_vocabulary_must_be_in_it(tree, tmp_path):
    known = {"id": "9d5161ee-a289-47b4-a967-a5912ae143ba", "name": "Breaks and respite"}
    invented = {"id": "0c5a3c1e-7f0b-4d8e-9a55-3f4b8c2d1e00", "name": "Pony rides"}
    service = uk_service(
        attributes=[
            {
                "id": f"0c5a3c1e-7f0b-4d8e-9a55-3f4b8c2d1e0{n}",
                "taxonomy_term": {
                    **term,
                    "description": term["name"],
                    "taxonomy": "DfE Family Hubs service categories",
                },
            }
            for n, term in enumerate((known, invented), start=1)
        ]
    )

    run = run_command("import_oruk", write_json(tmp_path, service))

    assert (
        "attributes.1.taxonomy_term: 'Pony rides' is not in the DfE Family Hubs service "
        "categories vocabulary, left out"
    ) in run.lines_starting("Check")[0]
    page = listing("Community Counselling").get_latest_revision_as_object()
    assert labels(page) == {"Breaks and respite"}


# -- the CSV ---------------------------------------------------------------------------------------

CSV_WARNINGS = {
    "Parent carer coffee mornings (online)": [
        "row 3, location_postcode: no postcode, location 'Forum office' left out"
    ],
    "Inclusive youth club night": [
        "row 6, service_taxonomies: 'Youth provision' is not one of our categories, left out"
    ],
    "Inclusive swimming sessions": [
        "row 7, url: 'westbrookleisure.example/swimming' is not a web address, left out"
    ],
    "Stay and play for under 5s": [
        "row 8, schedules_closes_at: it closes at 09:30, which is not after it opens at 15:00, "
        "so that opening time was left out"
    ],
    "Sensory Support Team": [
        "row 10, contact_email: 'sensory.team@riverside' is not an email address, left out"
    ],
    "Weekend short breaks": [
        "row 11, contact_phone: 'Ask at reception' is not a phone number, left out"
    ],
    "Hollins Cross holiday club": [
        "row 13, schedules_opens_at: '9am' is not a time like 09:30, so the opening time was "
        "left out"
    ],
    "Ability football": [
        "row 14, location_longitude: the point 52.9901, 1.9301 is not in the UK, but the "
        "postcode RV6 1HJ is, so the point was left out"
    ],
    "Independent travel training": [
        "row 15, min_age: the minimum age (16 years) is older than the maximum age "
        "(14 years 11 months), so neither was kept"
    ],
    "Rhyme time": [
        "row 18, location_postcode: 'RV2' is not a UK postcode, location 'Northbank Library' "
        "left out"
    ],
    "Supported internships": ["row 20, cost_amount: 'two pounds' is not a number, left out"],
    "Children's physiotherapy drop-in": [
        "row 21, free: TRUE, but there is also a cost_amount, so the cost is shown as 'cost varies'"
    ],
}


def test_the_csv_directory_keeps_every_row_that_can_be_a_listing(tree):
    run = run_command("import_services_csv", SAMPLES / "services.csv", "--publish")

    assert run.summary == "Created 18, updated 0, unchanged 0, rejected 2"
    assert run.lines_starting("Rejected") == [
        "Rejected Sibling support group [csv:114]: it does not say which organisation runs it",
        "Rejected (no name) [csv:115]: it has no name",
    ]
    assert_each_warning_names_record_and_path(run, CSV_WARNINGS)
    assert ServicePage.objects.live().count() == 18


def test_the_csv_listings_are_published_with_their_good_parts(tree):
    run_command("import_services_csv", SAMPLES / "services.csv", "--publish")

    for import_id in ("101", "102", "103", "116", "120"):  # no place with a postcode
        page = ServicePage.objects.get(external_id=f"csv:{import_id}")
        assert page.live and page.delivery == ["online"], import_id
        assert not page.locations.exists(), import_id
    sendiass = listing("SEND Information, Advice and Support Service (SENDIASS)")
    assert slots(sendiass) == [(0, time(9), time(16, 30))]
    assert [(c.phone, c.email) for c in sendiass.contacts.all()] == [
        ("01632 960101", "sendiass@riverside.example")
    ]
    assert labels(listing("Inclusive youth club night")) == {"Youth clubs and social groups"}
    swimming = listing("Inclusive swimming sessions")
    assert swimming.website == "" and swimming.locations.get().postcode == "RV5 1AA"
    assert slots(listing("Stay and play for under 5s")) == [(4, time(10), time(11, 30))]
    [team] = listing("Sensory Support Team").contacts.all()
    assert (team.email, team.phone) == ("", "01632 960180")
    assert slots(listing("Hollins Cross holiday club")) == []
    assert listing("Ability football").locations.get().latitude is None
    travel = listing("Independent travel training")
    assert (travel.min_age_months, travel.max_age_months) == (None, None)
    assert listing("Supported internships").cost_type == "varies"
    physio = listing("Children's physiotherapy drop-in")
    assert (physio.cost_type, physio.cost_pence) == ("varies", None)
    assert [n.code for n in physio.needs.all()] == ["PD"]
    childminder = listing("Little Acorns childminding")
    assert childminder.locations.get().hide_exact_address
    assert (childminder.cost_pence, childminder.cost_unit) == (650, "hour")
    assert labels(childminder) == {"Childminders"}


def test_a_true_or_false_cell_that_cannot_be_read_is_taken_the_safe_way(tree, tmp_path):
    path = write_csv(
        tmp_path,
        [
            {**SPEECH, "approved": "maybe", "contact_visible": "ask", "needs_referral": "?"},
            {**CHILDMINDER, "mask_exact_address": "sometimes"},
        ],
    )

    run = run_command("import_services_csv", path, "--publish")

    assert run.summary == "Created 2, updated 0, unchanged 0, rejected 0"
    checks = "\n".join(run.lines_starting("Check"))
    assert "row 2, approved: 'maybe' is not TRUE or FALSE, taken as FALSE" in checks
    assert "row 2, needs_referral: '?' is not TRUE or FALSE, left out" in checks
    speech = ServicePage.objects.get(external_id="csv:1")
    assert not speech.live  # not approved for certain: a draft
    draft = speech.get_latest_revision_as_object()
    assert not draft.contacts.exists() and draft.referral_routes == []
    childminder = ServicePage.objects.get(external_id="csv:2")
    assert childminder.live and childminder.locations.get().hide_exact_address
