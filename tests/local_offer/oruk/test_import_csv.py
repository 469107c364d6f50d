"""manage.py import_services_csv: the Outpost bulk-import columns councils already keep."""

import csv

import pytest
from django.core.management import CommandError

from local_offer.models import ServicePage

from .conftest import OUTPOST_CSV
from .importing_support import run_command

pytestmark = pytest.mark.django_db


def outpost_columns() -> list[str]:
    """The header of Outpost's own template, so the test proves we read exactly those columns."""
    with open(OUTPOST_CSV / "services-template.csv", encoding="utf-8") as handle:
        return next(csv.reader(handle))


def write_csv(tmp_path, rows: list[dict], name="services.csv"):
    columns = outpost_columns()
    path = tmp_path / name
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            unknown = set(row) - set(columns)
            assert not unknown, f"not an Outpost column: {unknown}"
            writer.writerow(row)
    return path


SPEECH = {
    "import_id": "1",
    "name": "Talk Together group",
    "description": "A weekly group for children who find talking hard. Parents stay and join in.",
    "organisation": "Riverside Speech CIC",
    "url": "https://speech.example/talk-together",
    "approved": "TRUE",
    "needs_referral": "FALSE",
    "min_age": "2",
    "max_age": "11",
    "notes": "Internal: check the insurance renewal",
    "service_taxonomies": "Speech, occupational and physiotherapy; Groups for children",
    "contact_name": "Sam Patel",
    "contact_title": "Lead therapist",
    "contact_visible": "TRUE",
    "contact_email": "sam@speech.example",
    "contact_phone": "01632 960334",
    "location_name": "Riverside Family Hub",
    "location_latitude": "52.9601",
    "location_longitude": "-1.9802",
    "location_address_1": "Market Place",
    "location_city": "Riverside",
    "location_postcode": "rv1 2ab",
    "location_visible": "TRUE",
    "location_accessibilities": "Hearing loop; Building has lift; Parking nearby",
    "free": "FALSE",
    "cost_option": "Per child",
    "cost_amount": "5.50",
    "cost_type": "per session",
    "schedules_opens_at": "09:30:00",
    "schedules_closes_at": "11:00:00",
    "scheduled_weekday": "monday",
    "send_needs_support": "Autism; Speech and language",
    "suitabilities": "Autism",
    "environment_accessibility": "Quiet room available on request.",
    "how_to_start": "Phone or email Sam to book a place.",
}
SPEECH_SECOND_PLACE = {
    "import_id_reference": "1",
    "location_name": "Northbank Library",
    "location_address_1": "14 Station Road",
    "location_city": "Northbank",
    "location_postcode": "RV2 3BD",
    "location_latitude": "52.985",
    "location_longitude": "-1.975",
    "schedules_opens_at": "13:00",
    "schedules_closes_at": "14:30",
    "scheduled_weekday": "wednesday",
    "contact_name": "Private person",
    "contact_visible": "FALSE",
    "contact_email": "private@speech.example",
}
CHILDMINDER = {
    "import_id": "2",
    "name": "Little Acorns childminding",
    "description": "Home-based childcare with Makaton.",
    "organisation": "Little Acorns Childminder",
    "min_age": "0",
    "max_age": "4",
    "location_address_1": "12 Acorn Close",
    "location_city": "Oakhurst",
    "location_postcode": "RV9 4XY",
    "location_latitude": "52.99237",
    "location_longitude": "-2.02841",
    "mask_exact_address": "TRUE",
    "free": "TRUE",
}
AGES_BACKWARDS = {
    "import_id": "3",
    "name": "Backwards ages",
    "organisation": "X",
    "min_age": "12",
    "max_age": "5",
}
WRONG_SIDE = {
    "import_id": "4",
    "name": "Norwich group",
    "organisation": "Norfolk Org",
    "location_postcode": "NR1 1AA",
    "location_latitude": "52.63",
    "location_longitude": "-1.29",
}
NOT_APPROVED = {
    "import_id": "5",
    "name": "Waiting for approval",
    "organisation": "Riverside Speech CIC",
    "approved": "FALSE",
}
ORPHAN = {"import_id_reference": "99", "location_postcode": "RV1 1AA"}


def test_an_outpost_csv_is_imported_with_every_row_for_a_service(tree, tmp_path):
    path = write_csv(
        tmp_path,
        [
            SPEECH,
            SPEECH_SECOND_PLACE,
            CHILDMINDER,
            AGES_BACKWARDS,
            WRONG_SIDE,
            NOT_APPROVED,
            ORPHAN,
        ],
    )

    run = run_command("import_services_csv", path, "--publish")

    # Backwards ages and a point on the wrong side of Greenwich now lose only those parts.
    assert run.summary == "Created 5, updated 0, unchanged 0, rejected 1"
    page = ServicePage.objects.get(external_id="csv:1")
    assert page.live
    assert (page.title, page.provider.name, page.website) == (
        "Talk Together group",
        "Riverside Speech CIC",
        "https://speech.example/talk-together",
    )
    assert (page.min_age_months, page.max_age_months) == (24, 143)
    assert page.referral_routes == ["self"]
    assert (page.cost_type, page.cost_pence, page.cost_unit, page.cost_notes) == (
        "charge",
        550,
        "session",
        "Per child",
    )
    # Both rows' places, in any order (PostgreSQL returns equal sort orders either way).
    assert sorted((p.name, p.postcode) for p in page.locations.all()) == [
        ("Northbank Library", "RV2 3BD"),
        ("Riverside Family Hub", "RV1 2AB"),
    ]
    assert [
        (s.weekday, s.opens.strftime("%H:%M"), s.closes.strftime("%H:%M"))
        for s in page.opening_times.all()
    ] == [
        (0, "09:30", "11:00"),
        (2, "13:00", "14:30"),
    ]
    assert [(c.name, c.email) for c in page.contacts.all()] == [("Sam Patel", "sam@speech.example")]
    assert sorted(n.code for n in page.needs.all()) == ["ASD", "SLCN"]
    # Our category is kept; a label that is none of ours is left out, with a warning.
    assert [t.label for t in page.categories.all()] == ["Speech, occupational and physiotherapy"]
    assert (
        "row 2, service_taxonomies: 'Groups for children' is not one of our categories, left out"
        in run.lines_starting("Check Talk Together group")[0]
    )
    assert page.premises_access == ["hearing_loop", "lift"]
    assert "Parking nearby" in page.accessibility_notes
    assert "Quiet room available on request." in page.accessibility_notes
    assert page.referral_details == "Phone or email Sam to book a place."
    assert "insurance" not in page.description  # internal notes stay internal
    childminder = ServicePage.objects.get(external_id="csv:2")
    assert childminder.cost_type == "free"
    assert childminder.locations.get().hide_exact_address
    draft = ServicePage.objects.get(external_id="csv:5")
    assert not draft.live  # approved FALSE wins over --publish


def test_each_rejected_row_says_why(tree, tmp_path):
    no_name = {**CHILDMINDER, "import_id": "6", "name": ""}
    no_organisation = {**CHILDMINDER, "import_id": "7", "organisation": ""}
    path = write_csv(tmp_path, [ORPHAN, no_name, no_organisation])

    run = run_command("import_services_csv", path)
    rejected = "\n".join(run.lines_starting("Rejected"))

    assert run.summary == "Created 0, updated 0, unchanged 0, rejected 3"
    assert "import_id_reference 99 does not match a service row" in rejected
    assert "(no name) [csv:6]: it has no name" in rejected
    assert "Little Acorns childminding [csv:7]: it does not say which organisation runs it" in (
        rejected
    )
    assert not ServicePage.objects.exists()


def test_a_cell_that_cannot_be_used_is_left_out_with_its_row_and_column(tree, tmp_path):
    path = write_csv(tmp_path, [AGES_BACKWARDS, WRONG_SIDE, {**CHILDMINDER, "min_age": "two"}])

    run = run_command("import_services_csv", path)

    assert run.summary == "Created 3, updated 0, unchanged 0, rejected 0"
    checks = "\n".join(run.lines_starting("Check"))
    assert (
        "Backwards ages [csv:3]: row 2, min_age: the minimum age (12 years) is older than the "
        "maximum age (5 years 11 months), so neither was kept" in checks
    )
    assert "Norwich group [csv:4]: row 3, location_longitude: longitude -1.29 is west of " in (
        checks
    )
    assert "min_age: 'two' is not a number of years, left out" in checks
    norwich = ServicePage.objects.get(external_id="csv:4").get_latest_revision_as_object()
    [place] = norwich.locations.all()
    assert (place.postcode, place.latitude) == ("NR1 1AA", None)
    childminder = ServicePage.objects.get(external_id="csv:2").get_latest_revision_as_object()
    assert (childminder.min_age_months, childminder.max_age_months) == (None, 4 * 12 + 11)


def test_duplicated_and_unknown_needs_are_flagged(tree, tmp_path):
    path = write_csv(tmp_path, [{**SPEECH, "send_needs_support": "Autism; ASD; Juggling"}])

    run = run_command("import_services_csv", path)
    check = run.lines_starting("Check")[0]

    assert "need 'ASD' is listed more than once; kept once" in check
    assert "row 2, send_needs_support: need 'Juggling' is not one we recognise, left out" in check


def test_importing_the_same_csv_again_changes_nothing(tree, tmp_path):
    path = write_csv(tmp_path, [SPEECH, SPEECH_SECOND_PLACE, CHILDMINDER])
    run_command("import_services_csv", path, "--publish")

    again = run_command("import_services_csv", path, "--publish")
    changed = run_command(
        "import_services_csv",
        write_csv(tmp_path, [{**SPEECH, "cost_amount": "6"}, CHILDMINDER], "v2.csv"),
        "--publish",
    )

    assert again.summary == "Created 0, updated 0, unchanged 2, rejected 0"
    assert changed.summary == "Created 0, updated 1, unchanged 1, rejected 0"
    assert ServicePage.objects.get(external_id="csv:1").cost_pence == 600


def test_a_file_without_outpost_columns_is_a_clear_error(db, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("title,summary\nA,B\n", encoding="utf-8")

    with pytest.raises(CommandError, match="missing the column"):
        run_command("import_services_csv", path)
    with pytest.raises(CommandError, match="There is no file"):
        run_command("import_services_csv", tmp_path / "nope.csv")


def test_a_bad_url_is_left_out_and_the_service_kept(tree, tmp_path):
    path = write_csv(tmp_path, [{**SPEECH, "url": "not a website"}, CHILDMINDER])

    run = run_command("import_services_csv", path)

    assert run.summary == "Created 2, updated 0, unchanged 0, rejected 0"
    assert (
        "row 2, url: 'not a website' is not a web address, left out"
        in (run.lines_starting("Check Talk Together group")[0])
    )
    page = ServicePage.objects.get(external_id="csv:1").get_latest_revision_as_object()
    assert (page.title, page.website) == ("Talk Together group", "")


def test_a_re_import_never_undoes_a_providers_confirmation(tree, tmp_path):
    from datetime import date

    path = write_csv(tmp_path, [SPEECH])
    run_command("import_services_csv", path, "--publish")
    page = ServicePage.objects.get(external_id="csv:1")
    assert page.last_reviewed is None  # imported, never checked here: "not known"
    page.last_reviewed = date(2026, 9, 1)  # the provider clicked "still accurate"
    page.save_revision().publish()

    again = run_command("import_services_csv", path, "--publish")

    assert again.summary == "Created 0, updated 0, unchanged 1, rejected 0"
    assert ServicePage.objects.get(external_id="csv:1").last_reviewed == date(2026, 9, 1)
