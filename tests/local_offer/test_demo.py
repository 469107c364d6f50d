"""The demo Local Offer: believable, complete enough to try every facet, and safe to run twice."""

import ast
import io
import re
from datetime import date
from pathlib import Path

import pytest

from local_offer.addresses import is_postcode
from local_offer.age_mentions import disagreements, mentioned_range
from local_offer.demo import content, records, seed, wording
from local_offer.demo.geography import AREAS_BY_OUTCODE, distance_km, postcode_point
from local_offer.demo.service_specs import build_specs
from local_offer.models import (
    EventPage,
    GuidePage,
    Need,
    ServiceLocation,
    ServicePage,
    ShortBreaksStatementPage,
    TaxonomyTerm,
)
from local_offer.models.service_page import plain_text

TODAY = date(2026, 11, 25)
ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "local_offer" / "demo"
APP_FOLDERS = ("portal", "local_offer", "search", "budgets", "youngcommissioners")
LONGEST_FUNCTION = 60  # lines
AGE_BANDS = {  # (youngest, oldest) in years, as the search facets count them
    "0-5": (0, 5),
    "5-11": (5, 11),
    "11-16": (11, 16),
    "16-25": (16, 25),
}


def _band_overlaps(spec, low, high):
    youngest = spec.fields["min_age_months"]
    oldest = spec.fields["max_age_months"]
    return (youngest is None or youngest <= high * 12 + 11) and (
        oldest is None or oldest >= low * 12
    )


def test_demo_specs_are_the_same_every_time():
    assert [s.title for s in build_specs(TODAY)] == [s.title for s in build_specs(TODAY)]


def test_demo_covers_every_need_category_cost_and_age_band(db):
    specs = build_specs(TODAY)
    assert len(specs) >= 300
    assert len({spec.title for spec in specs}) == len(specs)
    assert {code for spec in specs for code in spec.need_codes} == set(
        Need.objects.values_list("code", flat=True)
    )
    assert {spec.fields["cost_type"] for spec in specs} == {"free", "charge", "varies"}
    for band, (low, high) in AGE_BANDS.items():
        assert any(_band_overlaps(spec, low, high) for spec in specs), band
    assert any(
        spec.fields["min_age_months"] is None and spec.fields["max_age_months"] is None
        for spec in specs
    )
    assert any(spec.fields["accepts_personal_budget"] for spec in specs)
    assert {d for spec in specs for d in spec.fields["delivery"]} == {
        "in_person",
        "online",
        "home_visit",
    }
    assert {r for spec in specs for r in spec.fields["referral_routes"]} == {
        "self",
        "professional",
        "ehc_plan",
    }
    assert {spec.fields["status"] for spec in specs} == {"active", "temporarily_closed", "closed"}


def test_demo_postcodes_are_real_shaped_and_near_their_area():
    for spec in build_specs(TODAY):
        for location in spec.locations:
            assert is_postcode(location.postcode)
            area = AREAS_BY_OUTCODE[location.postcode.split()[0]]
            assert (
                distance_km(postcode_point(location.postcode), (area.latitude, area.longitude))
                <= 2.01
            )
            assert postcode_point(location.postcode)[1] < 0  # all west of Greenwich


def test_demo_has_stale_listings_for_freshness_to_find():
    ages = sorted((TODAY - spec.fields["last_reviewed"]).days // 30 for spec in build_specs(TODAY))
    assert sum(1 for months in ages if 6 <= months < 9) >= 5
    assert sum(1 for months in ages if 9 <= months < 12) >= 5
    assert sum(1 for months in ages if months >= 12) >= 5


def test_seed_builds_the_local_offer_once(db, client):
    # When the demo is seeded
    result = seed(io.StringIO(), today=TODAY)
    # Then there are 300+ live services covering every category
    services = ServicePage.objects.live()
    assert result["services"] == services.count() >= 300
    used = set(TaxonomyTerm.objects.filter(services__in=services).values_list("code", flat=True))
    assert used == set(TaxonomyTerm.objects.values_list("code", flat=True))
    assert GuidePage.objects.live().count() >= 7
    assert ShortBreaksStatementPage.objects.live().count() == 1
    assert EventPage.objects.filter(recurrence="weekly").exists()
    assert ServiceLocation.objects.filter(hide_exact_address=True).exists()
    assert ServiceLocation.objects.exclude(postcode__startswith="RV").exists()  # out of area too
    # And every guide links to at least one service
    for guide in GuidePage.objects.live():
        assert guide.related_services(), guide.title
    # And the pages are reachable at their paths
    assert client.get("/local-offer/").status_code == 200
    assert client.get("/local-offer/services/").status_code == 200
    hidden = ServicePage.objects.filter(locations__hide_exact_address=True).first()
    html = client.get(hidden.url).content.decode()
    street = hidden.locations.get().address_1
    assert street not in html and "Near RV" in html

    # When it is seeded again, nothing new is made
    again = seed(io.StringIO(), today=TODAY)
    assert again["created_pages"] == 0
    assert ServicePage.objects.count() == result["services"]


def test_the_demo_is_written_in_named_records():
    # The demo was once a 128-line function reading 13-tuples by position: keep it readable.
    assert all(isinstance(p, records.Provider) for p in content.PROVIDERS.values())
    assert all(isinstance(v, records.Venue) for v in content.VENUES.values())
    assert all(isinstance(kind, records.Kind) for kind in content.KINDS)
    assert all(isinstance(guide, records.Guide) for guide in content.GUIDES)
    assert all(isinstance(event, records.Event) for event in content.EVENTS)
    too_long = [
        f"{path.name}: {node.name} is {node.end_lineno - node.lineno + 1} lines"
        for path in sorted(DEMO.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION
    ]
    assert too_long == []


def _imports(path: Path) -> set[str]:
    """The absolute names of the modules one of the app's files imports."""
    package = list(path.relative_to(ROOT).parts[:-1])  # what `from .` means in this file
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found |= {module} | {f"{module}.{alias.name}" for alias in node.names}
    return found


def test_only_seed_demo_uses_the_demo():
    # seed_demo names "local_offer.demo" as a string; no other app code imports it.
    users = {
        str(path.relative_to(ROOT))
        for folder in APP_FOLDERS
        for path in (ROOT / folder).glob("**/*.py")
        if DEMO not in path.parents
        and any(name == "local_offer.demo" or name.startswith("local_offer.demo.")
                for name in _imports(path))
    }
    assert users == set()


# --- the words say what the fields say (issue 11) -----------------------------------------------
# A newcomer found "aged 5 to 18" on a CAMHS team whose ages were 11 to 17, "school-age" speech
# therapy listed for 0 to 17, a workshop for parents of newly diagnosed children "from 13 years",
# and "contact the service yourself" beside "must refer you" under "How to get it".

# What the listing page says for each route it stores, and words that contradict it.
MUST_BE_REFERRED = ("must refer", "needs to send us a referral", "need a referral", "to refer you.")
NO_REFERRAL_NEEDED = (
    "without a referral",
    "just turn up",
    "no appointment needed",
    "we will book you in",
    "do not need a referral",
    "booked directly",
)


def _words(spec) -> tuple[str, str]:
    """As the coverage report reads a listing: who it is for, and everything else it says."""
    fields = spec.fields
    who_for = f"{spec.title}.\n{fields['summary']}"
    other = "\n".join(
        (plain_text(fields["description"]), fields["eligibility"], fields["referral_details"])
    )
    return who_for, other


def test_no_demo_listing_mentions_ages_its_age_fields_leave_out():
    found = {}
    for spec in build_specs(TODAY):
        ages = (spec.fields["min_age_months"], spec.fields["max_age_months"])
        if disagreement := disagreements(*_words(spec), *ages):
            found[spec.title] = disagreement
    for event in content.EVENTS:
        ages = (event.ages.min_months, event.ages.max_months)
        if disagreement := disagreements(f"{event.title}.\n{event.summary}", "", *ages):
            found[event.title] = disagreement

    assert found == {}


def test_no_demo_listing_says_both_contact_us_yourself_and_you_must_be_referred():
    for spec in build_specs(TODAY):
        routes = set(spec.fields["referral_routes"])
        words = " ".join(_words(spec)).lower()
        # The listing page words each stored route on its own: "You can contact the service
        # yourself" and "A professional ... must refer you" side by side contradict each other.
        assert not {"self", "professional"} <= routes, spec.title
        if "self" in routes:
            assert not [p for p in MUST_BE_REFERRED if p in words], spec.title
        else:
            assert not [p for p in NO_REFERRAL_NEEDED if p in words], spec.title
        if "ehc_plan" in routes:
            assert "do not need a diagnosis or an ehc plan" not in words, spec.title


def test_a_service_families_can_also_be_referred_to_says_so_without_must():
    specs = [s for s in build_specs(TODAY) if "can also" in s.fields["referral_details"]]

    assert specs, "the demo should have services families reach either way"
    assert all(s.fields["referral_routes"] == ["self"] for s in specs)


def test_services_for_parents_have_no_youngest_age():
    # A parents' group is for parents of children of any age up to its oldest: "from 13 years"
    # on a workshop for parents of newly diagnosed children says something nobody meant.
    for_parents = [s for s in build_specs(TODAY) if re.search(r"\bparents?\b", s.title, re.I)]

    assert len(for_parents) >= 10
    for spec in for_parents:
        assert spec.fields["min_age_months"] in (None, 0), spec.title


@pytest.mark.parametrize(
    ("ages", "words"),
    [
        (records.Ages(132, 215), "young people aged 11 to 17"),
        (records.Ages(192, 311), "young people aged 16 to 25"),
        (records.Ages(60, 215), "children and young people aged 5 to 17"),
        (records.Ages(0, 59), "babies and young children under 5"),
        (records.Ages(6, 59), "babies and young children from 6 months to 4 years"),
        (records.Ages(None, 215), "children and young people up to the age of 17"),
        (records.Ages(156, None), "young people from the age of 13"),
        (records.Ages(None, None), "children and young people"),
    ],
)
def test_who_a_service_is_for_is_written_from_its_ages(ages, words):
    assert wording.who(ages) == words
    assert disagreements(words, "", ages.min_months, ages.max_months) == []
    if ages.min_months or ages.max_months is not None:
        assert mentioned_range(words) == (ages.min_months or None, ages.max_months)
