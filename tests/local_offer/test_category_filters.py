"""Families see one "Health" in the search filters, though three vocabularies have the term; the
Open Referral UK API still publishes each vocabulary's own terms (issue 11)."""

import pytest

from local_offer import search_vocabulary
from local_offer.models import TaxonomyTerm
from search import api

from .page_support import build_page_tree, make_service

URL = "/local-offer/search/"
DFE_HEALTH = "32712b43-e4f7-484f-97d7-beb3bb463133"
HEALTH_CODES = ("health", DFE_HEALTH, "pfa-health")


@pytest.fixture
def health_services(db):
    """Four services filed under Health in different vocabularies: one under two of its terms,
    one only under a child (which is not the parent category itself)."""
    search_vocabulary.forget()
    tree = build_page_tree()
    terms = {term.code: term for term in TaxonomyTerm.objects.all()}
    for title, codes in [
        ("Both healths clinic", ["health", DFE_HEALTH]),
        ("Family hubs health visitors", [DFE_HEALTH]),
        ("Healthy adult lives", ["pfa-health"]),
        ("Physio at home", ["therapies"]),
    ]:
        make_service(tree.services, tree.provider, title=title,
                     categories=[terms[code] for code in codes])
    api.rebuild_from_sources()
    yield tree
    search_vocabulary.forget()


def category_options(response) -> list:
    [group] = [g for g in response.context["filter_groups"] if g.param == "category"]
    return group.options + group.more


def test_health_shows_once_with_each_service_counted_once(client, health_services):
    response = client.get(URL)

    health = [option for option in category_options(response) if option.label == "Health"]
    assert [(option.value, option.count) for option in health] == [("health", 3)]


def test_choosing_health_returns_what_its_count_promised(client, health_services):
    [health] = [o for o in category_options(client.get(URL)) if o.label == "Health"]

    response = client.get(URL, {"category": health.value})

    assert response.context["results"].total == health.count == 3
    names = {hit.name for hit in response.context["results"].hits}
    assert names == {"Both healths clinic", "Family hubs health visitors", "Healthy adult lives"}


@pytest.mark.parametrize("code", HEALTH_CODES)
def test_an_old_link_with_any_health_code_finds_the_whole_category(client, health_services, code):
    response = client.get(URL, {"category": code})

    assert response.context["results"].total == 3
    [ticked] = [o for o in category_options(response) if o.checked]
    assert (ticked.value, ticked.label) == ("health", "Health")
    [applied] = response.context["applied_filters"]
    assert applied.label == "Health"


def test_every_category_count_is_what_choosing_it_returns(client, health_services):
    for option in category_options(client.get(URL)):
        chosen = client.get(URL, {"category": option.value})
        assert chosen.context["results"].total == option.count, option.label


def test_the_oruk_api_keeps_each_vocabularys_own_health_term(client, health_services):
    response = client.get("/api/oruk/taxonomy_terms", {"search": "Health", "top_only": "true"})

    named_health = [item for item in response.json()["contents"] if item["name"] == "Health"]
    terms = {(item["code"], item["taxonomy"]) for item in named_health}
    assert terms == {
        ("health", "Riverside Local Offer categories"),
        (DFE_HEALTH, "DfE Family Hubs service categories"),
        ("pfa-health", "Preparing for Adulthood outcomes"),
    }


def test_the_oruk_api_lists_both_terms_a_service_was_filed_under(client, health_services):
    both = health_services.services.get_children().get(title="Both healths clinic")
    listed = client.get("/api/oruk/services", {"search": "Both healths clinic"}).json()
    [service] = [item for item in listed["contents"] if item["name"] == both.title]

    detail = client.get(f"/api/oruk/services/{service['id']}").json()

    codes = {attribute["taxonomy_term"]["code"] for attribute in detail["attributes"]}
    assert {"health", DFE_HEALTH} <= codes
    assert "pfa-health" not in codes
