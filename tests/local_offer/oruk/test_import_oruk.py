"""manage.py import_oruk: the validator's pass sample goes in, its fail samples lose their
broken url and email (or are rejected when they have no name), impossible data is left out
with a warning, a re-run changes nothing, and no record is ever half-saved."""

import copy
import io
import json
import uuid
from datetime import date, timedelta

import pytest
from django.core.management import CommandError

from local_offer.models import Provider, ServiceIndexPage, ServicePage
from local_offer.oruk import feeds

from .conftest import MOCKS
from .importing_support import run_command, uk_service, write_json

pytestmark = pytest.mark.django_db

SAMPLE_ID = "ac148810-d857-441c-9679-408f346de14b"


def test_the_validators_pass_sample_is_imported_as_a_draft(tree):
    run = run_command("import_oruk", MOCKS / "V3.0-UK-Default" / "service_full.json")

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    page = ServicePage.objects.get(external_id=SAMPLE_ID)
    assert page.title == "Community Counselling"
    assert page.live is False
    assert page.get_latest_revision() is not None
    provider = Provider.objects.get(external_id="d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
    folder = page.get_parent().specific
    assert isinstance(folder, ServiceIndexPage) and folder.provider == provider
    assert folder.get_parent().pk == tree.services.pk
    # Its sample location is not in the UK and its maximum age is 100: flagged, not fatal.
    [check] = run.lines_starting("Check Community Counselling")
    assert "maximum age 100 is over 25" in check
    assert "'ABC 1234' is not a UK postcode" in check


def test_the_validators_fail_sample_loses_its_bad_url_and_email_and_is_imported(tree):
    # Its url and email are not a web address or an email address: parts of the listing, not
    # reasons to lose it (they used to reject it).
    run = run_command("import_oruk", MOCKS / "V3.0-UK-Fail" / "service_full.json")

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    [check] = run.lines_starting("Check Community Counselling")
    assert "url: 'example/counselling' is not a web address, left out" in check
    assert "email: 'email-example_com' is not an email address, left out" in check
    page = ServicePage.objects.get(external_id=SAMPLE_ID).get_latest_revision_as_object()
    assert (page.title, page.website, page.email) == ("Community Counselling", "", "")
    assert page.provider.name == "Example Organization Inc."


def test_the_validators_fail_samples_without_a_name_are_rejected(tree):
    listed = run_command("import_oruk", MOCKS / "V3.0-UK-Fail" / "service_list.json")

    assert listed.summary == "Created 0, updated 0, unchanged 0, rejected 4"
    reasons = listed.lines_starting("Rejected")
    assert all("(record): 'name' is a required property" in line for line in reasons)
    # Only what rejects a record is listed: its bad email (False) would have been left out.
    assert "False is not of type 'string'" not in reasons[2]
    assert "appears earlier in the same file" in reasons[3]
    assert not ServicePage.objects.exists()
    assert not Provider.objects.exists()


def test_importing_the_same_file_again_changes_nothing(tree, tmp_path):
    path = write_json(
        tmp_path, [uk_service(), uk_service(id=str(uuid.uuid4()), name="Second service")]
    )
    run_command("import_oruk", path, "--publish")
    revisions = {page.pk: page.revisions.count() for page in ServicePage.objects.all()}

    again = run_command("import_oruk", path, "--publish")

    assert again.summary == "Created 0, updated 0, unchanged 2, rejected 0"
    assert {page.pk: page.revisions.count() for page in ServicePage.objects.all()} == revisions
    assert Provider.objects.count() == 1
    assert ServiceIndexPage.objects.filter(provider__isnull=False).count() == 1


def test_a_change_to_a_live_listing_waits_for_review(tree, tmp_path, client):
    run_command("import_oruk", write_json(tmp_path, uk_service()), "--publish")
    changed = uk_service(name="Community Counselling for Young People")

    run = run_command("import_oruk", write_json(tmp_path, changed, "changed.json"))

    assert run.summary == "Created 0, updated 1, unchanged 0, rejected 0"
    page = ServicePage.objects.get(external_id=SAMPLE_ID)
    assert page.title == "Community Counselling"  # what families still see
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == "Community Counselling for Young People"
    listed = client.get("/api/oruk/services").json()["contents"]
    assert [item["name"] for item in listed] == ["Community Counselling"]


def test_publish_puts_it_live_and_into_the_api(tree, tmp_path, client):
    run_command("import_oruk", write_json(tmp_path, uk_service()), "--publish")

    service = client.get(f"/api/oruk/services/{SAMPLE_ID}").json()

    assert service["name"] == "Community Counselling"
    assert (
        service["service_at_locations"][0]["location"]["addresses"][0]["postal_code"] == "RV1 2AB"
    )


def test_re_running_with_publish_publishes_an_earlier_draft(tree, tmp_path):
    path = write_json(tmp_path, uk_service())
    run_command("import_oruk", path)

    run = run_command("import_oruk", path, "--publish")

    assert run.summary == "Created 0, updated 1, unchanged 0, rejected 0"
    assert ServicePage.objects.get(external_id=SAMPLE_ID).live


def test_a_last_checked_date_in_the_future_is_left_out_with_a_warning(tree, tmp_path):
    # Given a listing imported and published, last checked a week ago according to its feed
    week_ago = date.today() - timedelta(days=7)
    run_command(
        "import_oruk",
        write_json(tmp_path, uk_service(assured_date=week_ago.isoformat())),
        "--publish",
    )

    # When the feed later says it was checked in 2099 (and nothing else changed)
    run = run_command(
        "import_oruk",
        write_json(tmp_path, uk_service(assured_date="2099-01-01"), "later.json"),
        "--publish",
    )

    # Then the record is imported, the date is not, and the report says why
    assert run.summary == "Created 0, updated 0, unchanged 1, rejected 0"
    [check] = run.lines_starting("Check Community Counselling")
    assert "the date it was last checked (2099-01-01) is in the future, so it was not used" in check
    page = ServicePage.objects.get(external_id=SAMPLE_ID)
    assert page.last_reviewed == week_ago
    assert page.get_latest_revision_as_object().last_reviewed == week_ago


def test_a_new_listing_with_a_future_last_checked_date_shows_not_known(tree, tmp_path):
    run = run_command(
        "import_oruk", write_json(tmp_path, uk_service(assured_date="2099-01-01")), "--publish"
    )

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    assert ServicePage.objects.get(external_id=SAMPLE_ID).last_reviewed is None


@pytest.mark.parametrize(
    "postcode, longitude, message",
    [
        ("NR1 1AA", -1.29, "west of Greenwich, but NR1 1AA is in the NR area, which is east of it"),
        ("LE1 1AA", 1.13, "east of Greenwich, but LE1 1AA is in the LE area, which is west of it"),
        ("RV1 2AB", 4.5, "is not in the UK"),
    ],
)
def test_a_point_on_the_wrong_side_of_greenwich_is_left_out_with_a_warning(
    tree, tmp_path, postcode, longitude, message
):
    service = uk_service()
    place = service["service_at_locations"][0]["location"]
    place["addresses"][0]["postal_code"] = postcode
    place["latitude"], place["longitude"] = 52.63, longitude

    run = run_command("import_oruk", write_json(tmp_path, service))

    # The place stays (found by its postcode); only the point that contradicts it goes.
    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    [check] = run.lines_starting("Check Community Counselling")
    assert "service_at_locations.0.location." in check
    assert message in check and "so the point was left out" in check
    page = ServicePage.objects.get(external_id=SAMPLE_ID).get_latest_revision_as_object()
    [kept] = page.locations.all()
    assert (kept.postcode, kept.latitude, kept.longitude) == (postcode, None, None)


def test_places_near_the_meridian_are_not_flagged(tree, tmp_path):
    service = uk_service()
    place = service["service_at_locations"][0]["location"]
    place["addresses"][0]["postal_code"] = "SE10 9NF"  # Greenwich itself
    place["latitude"], place["longitude"] = 51.4769, 0.0005

    assert run_command("import_oruk", write_json(tmp_path, service)).summary.startswith("Created 1")


@pytest.mark.parametrize(
    "ages, message",
    [
        (
            {"minimum_age": 12, "maximum_age": 5},
            "minimum_age: the minimum age (12 years) is older than the maximum age "
            "(5 years 11 months), so neither was kept",
        ),
        ({"minimum_age": -1}, "minimum_age: an age cannot be negative, left out"),
    ],
)
def test_ages_that_contradict_each_other_are_left_out_with_a_warning(tree, tmp_path, ages, message):
    run = run_command("import_oruk", write_json(tmp_path, uk_service(**ages)))

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    assert message in run.lines_starting("Check Community Counselling")[0]
    page = ServicePage.objects.get(external_id=SAMPLE_ID).get_latest_revision_as_object()
    assert page.min_age_months is None
    assert page.max_age_months == (None if "maximum_age" in ages else 19 * 12 + 11)


def test_a_service_for_adults_only_is_rejected(tree, tmp_path):
    # Not a broken part: the record says plainly it is outside the Local Offer's 0 to 25.
    service = uk_service(minimum_age=30)
    del service["maximum_age"]

    run = run_command("import_oruk", write_json(tmp_path, service))

    assert run.summary == "Created 0, updated 0, unchanged 0, rejected 1"
    assert (
        "the minimum age is 30 years: the Local Offer is for ages 0 to 25"
        in run.lines_starting("Rejected")[0]
    )


def test_a_need_listed_twice_is_kept_once_and_flagged(tree, tmp_path):
    autism = {"id": str(uuid.uuid4()), "name": "ASD", "description": "Autism", "taxonomy": "SEN2"}
    service = uk_service(
        attributes=[
            {"id": str(uuid.uuid4()), "taxonomy_term": autism},
            {"id": str(uuid.uuid4()), "taxonomy_term": {**autism, "id": str(uuid.uuid4())}},
        ]
    )

    run = run_command("import_oruk", write_json(tmp_path, service))

    assert run.summary.startswith("Created 1")
    assert "need 'ASD' is listed more than once; kept once" in run.lines_starting("Check")[0]
    page = ServicePage.objects.get(external_id=SAMPLE_ID).get_latest_revision_as_object()
    assert [need.code for need in page.needs.all()] == ["ASD"]


def test_a_record_that_fails_half_way_leaves_nothing_behind(tree, tmp_path):
    """The organisation and its folder are created before the page is found to be unsavable
    (an id longer than the 200 characters a listing keeps, so a later import could never find
    it): the whole record must roll back."""
    service = uk_service(
        id="x" * 250,
        organization={"id": str(uuid.uuid4()), "name": "Brand New Charity", "description": "New"},
    )
    good = uk_service(id=str(uuid.uuid4()), name="Good service")

    run = run_command("import_oruk", write_json(tmp_path, [service, good]))

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 1"
    # SQLite lets the row through to the model's check; PostgreSQL's column refuses it first.
    [rejected] = run.lines_starting("Rejected Community Counselling")
    assert "200 characters" in rejected or "character varying(200)" in rejected
    assert not Provider.objects.filter(name="Brand New Charity").exists()
    assert not ServiceIndexPage.objects.filter(title="Brand New Charity").exists()
    assert list(ServicePage.objects.values_list("title", flat=True)) == ["Good service"]


def test_an_organisation_id_alone_must_be_known(tree, tmp_path):
    run_command("import_oruk", write_json(tmp_path, uk_service()))
    known = uk_service(id=str(uuid.uuid4()), name="Known org")
    known["organization_id"] = known.pop("organization")["id"]
    unknown = uk_service(id=str(uuid.uuid4()), name="Unknown org")
    unknown.pop("organization")
    unknown["organization_id"] = str(uuid.uuid4())

    run = run_command("import_oruk", write_json(tmp_path, [known, unknown], "more.json"))

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 1"
    assert "is not an organisation we know" in run.lines_starting("Rejected Unknown org")[0]


def test_a_page_envelope_file_is_read(tree, tmp_path):
    envelope = {"total_items": 1, "total_pages": 1, "page_number": 1, "contents": [uk_service()]}

    assert run_command("import_oruk", write_json(tmp_path, envelope)).summary.startswith(
        "Created 1"
    )


def test_long_runs_show_progress(tree, tmp_path):
    services = [uk_service(id=str(uuid.uuid4()), name=f"Service {n}") for n in range(30)]

    run = run_command("import_oruk", write_json(tmp_path, services))

    assert "25 of 30 done" in run.err
    assert run.summary == "Created 30, updated 0, unchanged 0, rejected 0"


def test_a_dry_run_saves_nothing(tree, tmp_path):
    run = run_command("import_oruk", write_json(tmp_path, uk_service()), "--dry-run")

    assert "Dry run: nothing was saved." in run.out
    assert run.summary.startswith("Created 1")
    assert not ServicePage.objects.exists()


def test_missing_broken_or_misplaced_input_is_a_clear_error(db, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")

    with pytest.raises(CommandError, match="There is no file at"):
        run_command("import_oruk", tmp_path / "missing.json")
    with pytest.raises(CommandError, match="is not valid JSON"):
        run_command("import_oruk", broken)
    with pytest.raises(CommandError, match="There is no Local Offer services page"):
        run_command("import_oruk", write_json(tmp_path, uk_service()))


class FakeFeed:
    """Stands in for a council's ORUK server: the tests have no network."""

    def __init__(self, documents: dict):
        self.documents = documents
        self.requested: list[str] = []

    def __call__(self, request, timeout):
        self.requested.append(request.full_url)
        return io.BytesIO(json.dumps(self.documents[request.full_url]).encode())


def test_a_feed_url_is_followed_page_by_page(tree, monkeypatch):
    first = uk_service()
    second = uk_service(id=str(uuid.uuid4()), name="Second service")
    base = "https://directory.example/api/services"
    feed = FakeFeed(
        {
            base: {
                "total_pages": 2,
                "page_number": 1,
                "last_page": False,
                "contents": [{"id": first["id"], "name": first["name"], "status": "active"}],
            },
            f"{base}?page=2": {
                "total_pages": 2,
                "page_number": 2,
                "last_page": True,
                "contents": [{"id": second["id"], "name": second["name"], "status": "active"}],
            },
            f"{base}/{first['id']}": first,
            f"{base}/{second['id']}": second,
        }
    )
    monkeypatch.setattr(feeds.urllib.request, "urlopen", feed)

    run = run_command("import_oruk", base)

    assert run.summary == "Created 2, updated 0, unchanged 0, rejected 0"
    assert feed.requested == [
        base,
        f"{base}/{first['id']}",
        f"{base}?page=2",
        f"{base}/{second['id']}",
    ]


def test_a_feed_entry_that_cannot_be_fetched_is_rejected_not_fatal(tree, monkeypatch):
    base = "https://directory.example/api/services"
    entry = {"id": str(uuid.uuid4()), "name": "Gone", "status": "active"}

    def opener(request, timeout):
        if request.full_url == base:
            return io.BytesIO(json.dumps({"total_pages": 1, "contents": [entry]}).encode())
        raise feeds.urllib.error.URLError("connection refused")

    monkeypatch.setattr(feeds.urllib.request, "urlopen", opener)

    run = run_command("import_oruk", base)

    assert run.summary == "Created 0, updated 0, unchanged 0, rejected 1"
    assert "connection refused" in run.lines_starting("Rejected Gone")[0]


def test_only_web_feeds_are_fetched():
    with pytest.raises(feeds.FeedError, match="Only http and https"):
        feeds.fetch_json("file:///etc/passwd")


def test_the_importer_keeps_what_it_reads_unchanged(tmp_path):
    service = uk_service()
    before = copy.deepcopy(service)

    from local_offer.oruk.oruk_reader import read_service

    read_service(service)

    assert service == before


def test_drafts_can_go_straight_into_the_moderators_queue(tree, tmp_path):
    from local_offer.moderation import ensure_council_moderation
    from portal.accounts.roles import Role
    from tests.factories import make_user

    ensure_council_moderation()
    make_user(Role.OFFICER, email="officer@riverside.example")

    run = run_command(
        "import_oruk",
        write_json(tmp_path, uk_service()),
        "--submit-as",
        "officer@riverside.example",
    )

    page = ServicePage.objects.get(external_id=SAMPLE_ID)
    assert run.summary.startswith("Created 1")
    assert page.workflow_in_progress
    assert not page.live


def test_submitting_as_an_unknown_user_is_a_clear_error(tree, tmp_path):
    with pytest.raises(CommandError, match="There is no user with the email"):
        run_command("import_oruk", write_json(tmp_path, uk_service()), "--submit-as", "x@y.example")
