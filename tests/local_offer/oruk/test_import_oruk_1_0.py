"""manage.py import_oruk reads Open Referral UK 1.0 (a flat list of services, each with its
organisation) as well as 3.0, told apart by shape. HTML descriptions become the listing's plain
paragraphs, blanks ("") are not given, and what could not be mapped is reported on the
listing's 1.0 path, or counted once when a listing has no place for it.

The samples are hand-written in the shape North Lincolnshire's directory was served in
(the team's reference folder of real directories, kept outside the repository): HTML
"" for every blank, no locations, ages only in the text, one website and email for many
services. Invented content, Riverside postcodes and `.example` addresses.
"""

import copy
import uuid
from datetime import date
from html import escape

import pytest

from local_offer.models import ServicePage
from local_offer.oruk import oruk1_reader
from tests.missing import opt_in

from .importing_support import run_command, uk_service, write_json

pytestmark = pytest.mark.django_db

ORGANISATION = {
    "id": "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
    "name": "Riverside Community Trust",
    "description": "",
    "url": "https://trust.example",
    "logo": "",
    "uri": "",
}


def service_1_0(**changes) -> dict:
    """One service as an ORUK 1.0 API lists it: every field present, blanks as ""."""
    service = {
        "id": str(uuid.uuid4()),
        "name": "Messy play",
        "description": "<p>Messy play for toddlers and their parents.</p>",
        "url": "",
        "email": "",
        "status": "active",
        "fees": "",
        "accreditations": "",
        "deliverable_type": "",
        "attending_type": "Venue",
        "attending_access": "",
        "pc_attendingAccess_additionalInfo": "",
        "assured_date": date.today().isoformat(),
        "organization": copy.deepcopy(ORGANISATION),
        "pc_metadata": {"date_created": "2024-12-09", "date_modified": "", "date_assured": ""},
        "pc_targetAudience": [],
        "service_at_locations": [
            {
                "id": "sal-1",
                "location": {
                    "id": "loc-1",
                    "name": "Riverside Family Hub",
                    "description": "",
                    "latitude": 52.9601,
                    "longitude": -1.9802,
                    "physical_addresses": [
                        {
                            "id": "addr-1",
                            "address_1": "Market Place",
                            "city": "Riverside",
                            "state_province": "",
                            "postal_code": "RV1 2AB",
                            "country": "England",
                        }
                    ],
                    "accessibility_for_disabilities": [],
                },
            }
        ],
    }
    service.update(changes)
    return service


def listing(external_id: str) -> ServicePage:
    return ServicePage.objects.get(external_id=external_id).get_latest_revision_as_object()


def check_line(run, service: dict) -> str:
    [line] = run.lines_starting(f"Check {service['name']} [{service['id']}]: ")
    return line.split("]: ", 1)[1]


def test_a_1_0_file_is_told_from_its_shape_and_imported(tree, tmp_path):
    services = [service_1_0(), service_1_0(name="Stay and play")]

    run = run_command("import_oruk", write_json(tmp_path, services))

    assert "Reading 2 services as ORUK 1.0" in run.out
    assert run.summary == "Created 2, updated 0, unchanged 0, rejected 0"
    page = listing(services[0]["id"])
    assert page.provider.name == "Riverside Community Trust"
    assert page.provider.website == "https://trust.example"  # 1.0's organization.url
    assert [place.postcode for place in page.locations.all()] == ["RV1 2AB"]
    assert page.delivery == ["in_person"]
    assert run.lines_starting("Check ") == []  # "" fields are blanks, not mistakes


def test_a_3_0_file_is_still_read_as_3_0(tree, tmp_path):
    run = run_command("import_oruk", write_json(tmp_path, [uk_service()]))

    assert "Reading 1 services as ORUK 3.0" in run.out
    assert run.summary.startswith("Created 1")


def test_the_version_is_the_one_most_services_show():
    one = service_1_0()
    three = uk_service()
    bare = {"id": "x", "name": "Only a name"}

    assert oruk1_reader.standard_of([one, bare]) == "1.0"
    assert oruk1_reader.standard_of([three, bare]) == "3.0"
    assert oruk1_reader.standard_of([bare, None]) == "3.0"
    assert oruk1_reader.standard_of([one, one, three]) == "1.0"


HTML = (
    "<h4>What we offer</h4><p>Drop-in sessions for parents &amp; carers.&nbsp;</p>"
    "<ul><li>Messy play</li><li>Stories &quot;and&quot; songs</li></ul>"
    "<p>Mondays<br>Term time only</p><p>Book on <a href='https://hub.example/book'>our "
    "website</a>.</p>"
)
PARAGRAPHS = [
    "What we offer",
    "Drop-in sessions for parents & carers.",
    "Messy play",
    'Stories "and" songs',
    "Mondays",
    "Term time only",
    "Book on our website (https://hub.example/book).",
]


@pytest.mark.parametrize("shape", ["1.0", "3.0"])
def test_an_html_description_becomes_plain_paragraphs(tree, tmp_path, client, shape):
    # Given a description written in HTML, in either version of the standard
    service = service_1_0(description=HTML) if shape == "1.0" else uk_service(description=HTML)

    # When it is imported and published
    run_command("import_oruk", write_json(tmp_path, [service]), "--publish")

    # Then the listing holds its words as paragraphs, and no markup shows on the page
    page = ServicePage.objects.get(external_id=service["id"])
    assert page.description == "".join(f"<p>{escape(text, quote=False)}</p>" for text in PARAGRAPHS)
    assert page.summary.startswith("What we offer Drop-in sessions for parents & carers.")
    shown = client.get(page.url).content.decode()
    assert "Drop-in sessions for parents &amp; carers." in shown
    assert "&lt;" not in shown and "&amp;nbsp;" not in shown and "&amp;amp;" not in shown


def test_a_service_with_no_location_is_listed_online_and_reported(tree, tmp_path):
    nowhere = service_1_0(name="Parent helpline", attending_type="", service_at_locations=[])
    at_a_venue = service_1_0(name="Walking football", service_at_locations=[])
    by_phone = service_1_0(name="Carers line", attending_type="Phone", service_at_locations=[])

    run = run_command("import_oruk", write_json(tmp_path, [nowhere, at_a_venue, by_phone]))

    assert listing(nowhere["id"]).delivery == ["online"]
    assert check_line(run, nowhere) == (
        "service_at_locations: none given, so it is listed as delivered online or by phone, "
        "with no map location, until someone adds where it runs"
    )
    assert listing(at_a_venue["id"]).delivery == ["in_person"]
    assert check_line(run, at_a_venue) == (
        "service_at_locations: none given, though attending_type says it is at a venue: the "
        "listing has no address or map location until someone adds where it runs"
    )
    # A phone service needs no place: nothing to report.
    assert listing(by_phone["id"]).delivery == ["online"]
    assert run.lines_starting(f"Check Carers line [{by_phone['id']}]") == []


def test_ages_only_in_the_text_are_reported_not_guessed(tree, tmp_path):
    in_words = service_1_0(
        name="Youth club", description="<p>For young people aged 11 to 18 and their friends.</p>"
    )
    given = service_1_0(
        name="After school club",
        description="<p>For children aged 5 to 11.</p>",
        eligibilitys=[
            {"id": "e1", "eligibility": "child", "minimum_age": 5, "maximum_age": 11},
            {"id": "e2", "eligibility": "", "minimum_age": 4, "maximum_age": ""},
        ],
    )
    no_ages = service_1_0(name="Coffee morning", description="<p>Come along, 120 members.</p>")

    run = run_command("import_oruk", write_json(tmp_path, [in_words, given, no_ages]))

    youth = listing(in_words["id"])
    assert (youth.min_age_months, youth.max_age_months) == (None, None)
    assert check_line(run, in_words) == (
        "eligibilitys: no age range given, but the description says 'aged 11 to 18': the "
        "listing shows all ages until someone sets the range"
    )
    after_school = listing(given["id"])  # the widest range the entries give
    assert (after_school.min_age_months, after_school.max_age_months) == (48, 143)
    assert run.lines_starting(f"Check After school club [{given['id']}]") == []
    assert run.lines_starting(f"Check Coffee morning [{no_ages['id']}]") == []


def test_an_age_problem_names_the_eligibility_entry(tree, tmp_path):
    service = service_1_0(
        eligibilitys=[{"id": "e1", "minimum_age": 16, "maximum_age": 14}],
    )

    run = run_command("import_oruk", write_json(tmp_path, [service]))

    assert check_line(run, service) == (
        "eligibilitys.0.minimum_age: the minimum age (16 years) is older than the maximum age "
        "(14 years 11 months), so neither was kept"
    )


def test_a_website_and_email_shared_by_many_services_are_kept_and_flagged(tree, tmp_path):
    # Given five services that all give the council's home page and one inbox, and one that
    # shares its own page with only one other
    shared = {"url": "https://www.riverside.example/", "email": "info@riverside.example"}
    many = [service_1_0(name=f"Activity {n}", **shared) for n in range(5)]
    pair = [service_1_0(name=f"Club {n}", url="https://club.example/", email="") for n in range(2)]

    run = run_command("import_oruk", write_json(tmp_path, many + pair))

    # Then each listing keeps them (they still reach the people who run it) and says why to
    # check
    page = listing(many[0]["id"])
    assert (page.website, page.email) == (shared["url"], shared["email"])
    assert check_line(run, many[0]) == (
        "url: 'https://www.riverside.example/' is given for 5 services in this file, so it is "
        "probably a general page, not this service's own: kept, check it; "
        "email: 'info@riverside.example' is given for 5 services in this file, so it is "
        "probably a general inbox, not this service's own: kept, check it"
    )
    assert run.lines_starting("Check Club") == []
    assert "      5  url: … is given for N services in this file" in run.out


def test_the_parts_of_a_1_0_service_reach_the_listing(tree, tmp_path):
    service = service_1_0(
        fees="£2 per session",
        attending_access="Drop-in",
        pc_attendingAccess_additionalInfo="<p>Just turn up.</p>",
        contacts=[
            {
                "id": "c1",
                "name": "Priya Shah",
                "title": "Play worker",
                "phones": [{"id": "p1", "number": "01632 960111", "language": ""}],
            }
        ],
        languages=[{"id": "l1", "language": "Polish"}],
        service_areas=[{"id": "a1", "service_area": "Riverside", "extent": "", "uri": ""}],
        regular_schedules=[
            {"id": "s1", "opens_at": "09:30", "closes_at": "11:30", "byday": "MO,WE",
             "freq": "WEEKLY", "valid_from": "", "description": "<p>Term time only</p>"},
        ],
        service_taxonomys=[
            {"id": "t1", "taxonomy": {"id": "ASD", "name": "ASD", "vocabulary": "SEN2"}},
        ],
    )  # fmt: skip
    place = service["service_at_locations"][0]["location"]
    place["accessibility_for_disabilities"] = [{"id": "x1", "accessibility": "Ramp at the door"}]

    run = run_command("import_oruk", write_json(tmp_path, [service]))

    page = listing(service["id"])
    assert [(c.name, c.role, c.phone) for c in page.contacts.all()] == [
        ("Priya Shah", "Play worker", "01632 960111")
    ]
    assert page.languages == "Polish" and page.service_areas == "Riverside"
    assert [(s.weekday, f"{s.opens:%H:%M}") for s in page.opening_times.all()] == [
        (0, "09:30"),
        (2, "09:30"),
    ]
    assert page.schedule_notes == "Term time only"
    assert [need.code for need in page.needs.all()] == ["ASD"]
    assert "step_free" in page.premises_access
    assert page.accessibility_notes == "Ramp at the door"
    assert (page.cost_type, page.cost_notes) == ("varies", "£2 per session")
    assert page.referral_routes == ["self"]
    assert page.referral_details == "Drop-in\n\nJust turn up."
    assert run.lines_starting("Check ") == []


def test_a_defect_is_reported_on_its_1_0_path(tree, tmp_path):
    service = service_1_0(url="www.no-scheme.example")
    address = service["service_at_locations"][0]["location"]["physical_addresses"][0]
    address["postal_code"] = ""
    service["service_at_locations"].append(
        {"id": "sal-2", "location": {"id": "loc-2", "name": "Online", "physical_addresses": [
            {"id": "addr-2", "address_1": "PO Box 1", "postal_code": "NOT A POSTCODE"}]}}
    )  # fmt: skip

    run = run_command("import_oruk", write_json(tmp_path, [service]))

    assert check_line(run, service).split("; ") == [
        "url: 'www.no-scheme.example' is not a web address, left out",
        "service_at_locations.0.location.physical_addresses.0: no postcode, address left out",
        "service_at_locations.1.location.physical_addresses.0.postal_code: 'NOT A POSTCODE' is "
        "not a UK postcode, location 'Online' left out",
    ]


def test_what_no_listing_can_hold_is_counted_once_not_warned_on_each(tree, tmp_path):
    audience = [{"id": "Bereaved", "audienceType": "Bereaved"}]
    services = [
        service_1_0(pc_targetAudience=audience, accreditations="Ofsted"),
        service_1_0(name="Other", pc_targetAudience=audience),
    ]

    run = run_command("import_oruk", write_json(tmp_path, services))

    assert (
        "Not kept (a listing has no place for them): pc_metadata in 2, pc_targetAudience in 2, "
        "accreditations in 1"
    ) in run.out
    assert run.lines_starting("Check ") == []


def test_a_bad_record_loses_nothing_already_saved(tree, tmp_path):
    # Given a listing imported and published from a 1.0 feed
    good = service_1_0(name="Messy play")
    run_command("import_oruk", write_json(tmp_path, [good]), "--publish")
    page = ServicePage.objects.get(external_id=good["id"])
    revisions = page.revisions.count()

    # When the next file has the same service without a name, an entry that is not a service,
    # and a new service after them
    broken = {**good, "name": "", "description": "<p>Changed</p>"}
    later = service_1_0(name="Stay and play")
    run = run_command(
        "import_oruk", write_json(tmp_path, [broken, "not a service", later], "next.json")
    )

    # Then the two bad entries are rejected with reasons, the live listing is as it was, and
    # the service after them is still imported
    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 2"
    assert run.lines_starting(f"Rejected (no name) [{good['id']}]: ")
    assert run.lines_starting("Rejected entry 2 [no id]: it is not a JSON object")
    page.refresh_from_db()
    assert (page.title, page.revisions.count(), page.live) == ("Messy play", revisions, True)
    assert "Messy play for toddlers" in page.description
    assert ServicePage.objects.filter(external_id=later["id"]).exists()


def test_a_1_0_page_envelope_and_day_first_dates_are_read(tree, tmp_path):
    service = service_1_0(assured_date="03/02/2025 00:00:00")
    envelope = {"totalElements": 1, "totalPages": 1, "number": 0, "content": [service]}

    run = run_command("import_oruk", write_json(tmp_path, envelope))

    assert run.summary.startswith("Created 1")
    assert listing(service["id"]).last_reviewed == date(2025, 2, 3)


def test_a_real_1_0_directory_imports_without_a_crash(tree):
    """Opt-in: point ORUK_1_0_DIRECTORY at a whole 1.0 file, e.g. North Lincolnshire's from the
    team's reference folder of real directories (738 services: about four minutes here)."""
    path = opt_in("ORUK_1_0_DIRECTORY", "real ORUK 1.0 directory file")

    run = run_command("import_oruk", path, "--dry-run")

    assert "as ORUK 1.0" in run.out
    assert run.summary.endswith("rejected 0")
    assert "Warnings: " in run.out
