"""Pages are found by their address in a fixed number of queries (portal/pages/routing.py),
with the same answers as Wagtail's tree walk."""

import pytest
from django.apps import apps
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.pages.routing import DirectRouteMixin
from tests.local_offer.page_support import build_page_tree, publish

pytestmark = pytest.mark.django_db


def test_no_page_type_answers_addresses_below_itself():
    # The shortcut looks a page up by its full address, skipping its ancestors' `route`; that
    # is only the same answer while no page type overrides `route`.
    allowed = {Page.route, DirectRouteMixin.route}
    for model in apps.get_models():
        if issubclass(model, Page):
            assert model.route in allowed, f"{model.__name__} overrides route"


@pytest.fixture
def tree(db):
    return build_page_tree()


def test_a_deep_page_is_served_at_its_address(client, tree):
    response = client.get(tree.service.url)
    assert response.status_code == 200
    assert "Autism-friendly swimming" in response.content.decode()


def test_a_draft_page_is_not_found(client, tree):
    draft = tree.services.add_child(
        instance=type(tree.service)(title="Not yet", slug="not-yet", live=False,
                                    provider=tree.provider, summary="Draft.")
    )
    assert client.get(f"{tree.services.url}not-yet/").status_code == 404
    assert draft.pk


def test_a_live_page_under_a_draft_folder_is_served_as_wagtail_would(client, tree):
    tree.services.unpublish()
    # Wagtail's own walk serves a live page under an unpublished folder; so do we.
    assert client.get(tree.service.url).status_code == 200


def test_an_unknown_address_is_not_found(client, tree):
    assert client.get(f"{tree.services.url}no-such-service/").status_code == 404
    assert client.get("/no/such/deep/address/").status_code == 404


def test_a_moved_page_is_found_at_its_new_address(client, tree):
    old = tree.guide.url
    tree.guide.move(tree.services, pos="last-child")
    tree.guide.refresh_from_db()
    assert tree.guide.url != old
    assert client.get(tree.guide.url).status_code == 200
    # The old address is not served as a page any more (Wagtail's redirect may send people on).
    assert client.get(old).status_code in (301, 404)


def _queries(client, url) -> int:
    # The first request makes the council's settings row (which moves the content version);
    # the second builds what each worker keeps for that version.
    client.get(url)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_service_page_costs_the_same_queries_however_deep_it_is(client, tree):
    shallow = _queries(client, tree.service.url)
    folder = publish(tree.services.add_child(
        instance=type(tree.services)(title="More", slug="more")))
    deeper = publish(folder.add_child(instance=type(tree.services)(title="Even more", slug="m")))
    tree.service.move(deeper, pos="last-child")
    tree.service.refresh_from_db()
    assert tree.service.depth > 5
    assert _queries(client, tree.service.url) == shallow


def test_hot_pages_query_counts(client, tree):
    # Regression guard: the home page and a service page (the two most visited) stay this cheap.
    assert _queries(client, tree.home.url) <= 7
    assert _queries(client, tree.service.url) <= 7
