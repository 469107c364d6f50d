"""Fixtures for the Open Referral UK API and importer tests: a small published Local Offer and
the official validator's schemas and samples (copied into data/, see data/README.md; production
never reads them)."""

import json
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

import pytest
from wagtail.models import Site

from local_offer.models import (
    LocalOfferPage,
    Need,
    Provider,
    ServiceContact,
    ServiceIndexPage,
    ServiceLocation,
    ServiceOpeningTime,
    ServicePage,
    TaxonomyTerm,
)
from local_offer.oruk import schemas

REPO_ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).resolve().parent / "data"
VALIDATOR = DATA / "oruk-validator" / "OpenReferralApi"
SCHEMA_DIR = VALIDATOR / "Schemas" / "V3.0-UK"
MOCKS = VALIDATOR / "Mocks"
HSDS_EXAMPLES = DATA / "hsds3" / "examples"
UK_PROFILE = DATA / "oruk-uk-profile"
OUTPOST_CSV = DATA / "outpost-csv"


def validate(document, schema_name: str) -> list[str]:
    """Problems with a response against the validator's compiled schema (formats checked)."""
    return schemas.problems(document, schema_name, schema_dir=str(SCHEMA_DIR), limit=50)


PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
}


def validate_page(document, item_schema: str) -> list[str]:
    """A paginated list: the envelope, and each item against the item schema. The validator's
    list schemas either describe the whole envelope or (organization_list) one item."""
    problems = []
    missing = PAGE_KEYS - set(document)
    if missing:
        problems.append(f"envelope is missing {sorted(missing)}")
    for key in PAGE_KEYS - {"first_page", "last_page", "empty"}:
        if key in document and not isinstance(document[key], int):
            problems.append(f"{key} must be an integer")
    if item_schema == "organization_list.json":
        for index, item in enumerate(document.get("contents", [])):
            problems += [f"contents.{index}.{p}" for p in validate(item, item_schema)]
    else:
        problems += validate(document, item_schema)
    return problems


def load_mock(folder: str, name: str):
    with open(MOCKS / folder / name, encoding="utf-8") as handle:
        return json.load(handle)


def walk(value, path=""):
    """Every (path, value) in a JSON document."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, f"{path}[{index}]")


@dataclass
class Tree:
    services: ServiceIndexPage
    providers: dict = field(default_factory=dict)
    pages: dict = field(default_factory=dict)


def build_tree() -> Tree:
    home = Site.objects.get(is_default_site=True).root_page
    local_offer = home.add_child(instance=LocalOfferPage(title="Local Offer", slug="local-offer"))
    services = local_offer.add_child(instance=ServiceIndexPage(title="Services", slug="services"))
    return Tree(services=services)


def add_service(
    tree: Tree,
    title: str,
    provider: Provider,
    *,
    locations=(),
    opening_times=(),
    contacts=(),
    categories=(),
    needs=(),
    publish=True,
    **fields,
) -> ServicePage:
    fields.setdefault("summary", f"{title}: friendly help for children and young people with SEND.")
    fields.setdefault("last_reviewed", None)
    page = ServicePage(title=title, provider=provider, **fields)
    page.locations = [ServiceLocation(**spec) for spec in locations]
    page.opening_times = [ServiceOpeningTime(**spec) for spec in opening_times]
    page.contacts = [ServiceContact(**spec) for spec in contacts]
    page.categories = list(categories)
    page.needs = list(needs)
    if not publish:
        page.live = False
    tree.services.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    tree.pages[title] = page
    return page


def term(code_or_label: str) -> TaxonomyTerm:
    found = TaxonomyTerm.objects.filter(code=code_or_label).first()
    return found or TaxonomyTerm.objects.get(label=code_or_label)


def need(code: str) -> Need:
    return Need.objects.get(code=code)


@pytest.fixture
def tree(db):
    return build_tree()


@pytest.fixture
def local_offer(tree):
    """Three published services (one with a hidden childminder address), one draft, one closed."""
    speech = Provider.objects.create(
        name="Riverside Speech CIC",
        description="Speech and language therapists for children in Riverside.",
        email="hello@speech.example",
        website="https://speech.example",
        charity_number="1190001",
    )
    childminder = Provider.objects.create(
        name="Little Acorns Childminder", ofsted_number="EY190011"
    )
    leisure = Provider.objects.create(
        name="Riverside Leisure Trust", website="https://leisure.example"
    )
    dfe_term = TaxonomyTerm.objects.filter(taxonomy__code="dfe-family-hubs").order_by("pk").first()
    add_service(
        tree,
        "Speech and language drop-in",
        speech,
        website="https://speech.example/drop-in",
        email="dropin@speech.example",
        phone="01632 960333",
        description="<p>Bring your child to talk to a speech and language therapist.</p>"
        "<p>No referral needed &amp; it is free.</p>",
        min_age_months=24,
        max_age_months=143,
        cost_type="free",
        languages="English, Polish, British Sign Language",
        service_areas="Riverside and Eastmoor",
        premises_access=["step_free", "hearing_loop"],
        accessibility_notes="Ramp at the side door.\n\nAsk at reception for the hearing loop.",
        schedule_notes="Term time only",
        eligibility="Children who live in Riverside.",
        referral_details="Just turn up.",
        locations=[
            {
                "name": "Riverside Family Hub",
                "address_1": "Market Place",
                "town": "Riverside",
                "postcode": "RV1 2AB",
                "latitude": 52.9601,
                "longitude": -1.9802,
            }
        ],
        opening_times=[
            {"weekday": 1, "opens": time(9, 30), "closes": time(11, 30)},
            {"weekday": 3, "opens": time(9, 30), "closes": time(11, 30)},
            {"weekday": 5, "opens": time(10), "closes": time(12)},
        ],
        contacts=[
            {
                "name": "Sam Patel",
                "role": "Lead therapist",
                "email": "sam@speech.example",
                "phone": "01632 960334",
            }
        ],
        categories=[term("therapies"), dfe_term]
        if TaxonomyTerm.objects.filter(code="therapies").exists()
        else [dfe_term],
        needs=[need("SLCN"), need("ASD")],
    )
    add_service(
        tree,
        "Little Acorns childminding",
        childminder,
        min_age_months=0,
        max_age_months=59,
        cost_type="charge",
        cost_pence=650,
        cost_unit="hour",
        cost_notes="Funded hours available",
        locations=[
            {
                "name": "12 Acorn Close",
                "address_1": "12 Acorn Close",
                "town": "Oakhurst",
                "postcode": "RV9 4XY",
                "latitude": 52.99237,
                "longitude": -2.02841,
                "hide_exact_address": True,
            }
        ],
        needs=[need("PD")],
    )
    add_service(
        tree,
        "Inclusive swimming",
        leisure,
        min_age_months=60,
        max_age_months=None,
        cost_type="varies",
        status="temporarily_closed",
        locations=[
            {
                "name": "Westbrook Pool",
                "address_1": "Meadow Lane",
                "town": "Westbrook",
                "postcode": "RV5 1AA",
                "latitude": 52.958,
                "longitude": -2.025,
            }
        ],
    )
    add_service(tree, "Draft service", leisure, publish=False)
    add_service(tree, "Closed service", leisure, status="closed")
    return tree
