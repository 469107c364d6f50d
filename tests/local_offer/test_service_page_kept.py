"""A service page's own content is rendered once per content version and day
({% kept_for_page %}), kept in each worker and in the shared cache, so one worker's rendering
serves the others: what each visitor sees of their own stays theirs, and a change shows."""

from datetime import date

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal import content_version
from tests.family.helpers import make_child, make_parent

from .page_support import publish


def _get(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_a_second_visit_costs_a_few_queries_and_shows_the_same_page(client, page_tree):
    _get(client, page_tree.home.url)  # the council's settings are created on the first visit
    first, first_queries = _get(client, page_tree.service.url)
    again, queries = _get(client, page_tree.service.url)
    assert again == first
    assert queries <= 7 < first_queries


def test_another_worker_uses_the_copy_one_worker_rendered(client, page_tree, monkeypatch):
    _get(client, page_tree.home.url)
    first, first_queries = _get(client, page_tree.service.url)
    # Another worker: nothing in its memory, the same shared cache.
    monkeypatch.setattr(content_version, "_kept", {})
    again, queries = _get(client, page_tree.service.url)
    assert again == first
    # Two more than a warm worker's 7 (it finds the site and draws the shell for itself), and
    # none of the page's own content's queries.
    assert queries <= 9 < first_queries - 4


def test_a_change_in_one_worker_is_not_hidden_by_the_shared_copy(client, page_tree, monkeypatch):
    _get(client, page_tree.service.url)
    page_tree.service.summary = "Now on Sunday mornings too."
    publish(page_tree.service)
    monkeypatch.setattr(content_version, "_kept", {})
    html, _ = _get(client, page_tree.service.url)
    assert "Now on Sunday mornings too." in html


def test_a_published_change_shows_at_once(client, page_tree):
    _get(client, page_tree.service.url)
    page_tree.service.summary = "Now on Sunday mornings too."
    publish(page_tree.service)
    html, _ = _get(client, page_tree.service.url)
    assert "Now on Sunday mornings too." in html


def test_a_parent_sees_their_own_save_button_after_an_anonymous_visit(client, page_tree):
    _get(client, page_tree.service.url)  # the kept copy is made without any button
    parent = make_parent()
    make_child(parent)
    client.force_login(parent)
    html, _ = _get(client, page_tree.service.url)
    assert "Save to your child&#x27;s record" in html or "Save to your child's record" in html
    client.logout()
    html, _ = _get(client, page_tree.service.url)
    assert "Save to your child" not in html


def test_the_out_of_date_notice_appears_on_the_day_it_is_due(client, page_tree):
    page = page_tree.service  # last checked 1 October 2026
    with time_machine.travel(date(2027, 6, 30), tick=False):
        html, _ = _get(client, page.url)
        assert "This information was last checked over" not in html
    with time_machine.travel(date(2027, 7, 1), tick=False):
        html, _ = _get(client, page.url)
        assert "This information was last checked over" in html
