"""The whole-page cache for anonymous visitors (portal/page_cache.py): what is stored, what never
is, and that every change a visitor would notice empties it."""

import base64
import hashlib
import re

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from portal.accounts.roles import Role
from tests.factories import make_user
from tests.local_offer.page_support import build_page_tree, publish

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def tree(db):
    return build_page_tree()


def anonymous_get(url, **extra):
    return Client().get(url, **extra)


def test_an_anonymous_page_is_stored_then_served_from_the_cache(tree):
    first = anonymous_get(tree.service.url)
    second = anonymous_get(tree.service.url)
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert "Autism-friendly swimming" in second.content.decode()
    # Browsers check again every time; a CDN in front may keep it as long as we do.
    assert "s-maxage=300" in first["Cache-Control"] and "public" in first["Cache-Control"]


def test_a_stored_page_keeps_its_security_headers(tree):
    anonymous_get(tree.service.url)
    hit = anonymous_get(tree.service.url)
    assert hit[HEADER] == "hit"
    assert "script-src" in hit["Content-Security-Policy"]
    assert hit["X-Frame-Options"] == "DENY"
    assert hit["X-Content-Type-Options"] == "nosniff"


def test_the_inline_script_is_allowed_by_its_hash_not_a_nonce(tree):
    response = anonymous_get(tree.home.url)
    html = response.content.decode()
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert scripts, "the js-enabled script is on the page"
    policy = response["Content-Security-Policy"]
    assert "nonce-" not in policy
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy
    assert "<script nonce" not in html


def test_publishing_a_change_empties_the_cache(tree):
    anonymous_get(tree.services.url)
    anonymous_get(tree.service.url)
    tree.service.title = "Calm swimming for autistic children"
    publish(tree.service)
    page = anonymous_get(tree.service.url)
    folder = anonymous_get(tree.services.url)
    assert page[HEADER] == "miss" and "Calm swimming for autistic children" in page.content.decode()
    # The folder lists the service's title too, so it cannot keep the old one.
    assert folder[HEADER] == "miss" and "Calm swimming" in folder.content.decode()


def test_unpublishing_empties_the_cache(tree):
    anonymous_get(tree.service.url)
    url = tree.service.url
    tree.service.unpublish()
    assert anonymous_get(url).status_code == 404


def test_moving_a_page_empties_the_cache(tree):
    anonymous_get(tree.local_offer.url)
    tree.guide.move(tree.services, pos="last-child")
    assert anonymous_get(tree.local_offer.url)[HEADER] == "miss"


def test_deleting_a_page_empties_the_cache(tree):
    url = tree.event.url
    anonymous_get(url)
    tree.event.delete()
    assert anonymous_get(url).status_code == 404


def test_saving_the_councils_settings_empties_the_cache(tree):
    from portal.pages.models import CouncilSettings

    anonymous_get(tree.home.url)
    council = CouncilSettings.load()
    council.phone = "01632 960999"
    council.save()
    assert anonymous_get(tree.home.url)[HEADER] == "miss"


def test_a_provider_confirming_a_listing_empties_the_cache(
    tree, django_capture_on_commit_callbacks
):
    from local_offer.freshness_confirm import confirm_listing

    anonymous_get(tree.service.url)
    with django_capture_on_commit_callbacks(execute=True):
        confirm_listing(tree.service, "The provider")
    assert anonymous_get(tree.service.url)[HEADER] == "miss"


def test_the_daily_check_hiding_a_listing_empties_the_cache(tree):
    from datetime import date

    from local_offer.freshness_job import run_daily_check
    from local_offer.models import ServicePage

    ServicePage.objects.filter(pk=tree.service.pk).update(last_reviewed=date(2024, 1, 10))
    anonymous_get(tree.services.url)
    result = run_daily_check(today=date(2025, 2, 1))
    assert result.hidden
    folder = anonymous_get(tree.services.url)
    assert folder[HEADER] == "miss"


def test_a_signed_in_page_is_never_stored_and_never_served_from_the_cache(tree, client):
    parent = make_user(Role.PARENT, first_name="Priya", last_name="Shah")
    anonymous_get(tree.service.url)  # stored for anonymous visitors
    client.force_login(parent)
    signed_in = client.get(tree.service.url)
    assert HEADER not in signed_in
    assert "private" in signed_in["Cache-Control"] or "no-store" in signed_in["Cache-Control"]
    caches["pages"].clear()
    client.get(tree.service.url)  # a signed-in view first: it must not be stored
    anonymous = anonymous_get(tree.service.url)
    assert anonymous[HEADER] == "miss"
    html = anonymous.content.decode()
    assert "Priya" not in html and parent.email not in html
    assert "csrfmiddlewaretoken" not in html


def test_a_page_with_a_form_is_never_stored(tree):
    url = reverse("local_offer:report_problem", args=[tree.service.pk])
    first = anonymous_get(url)
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    assert HEADER not in first
    assert HEADER not in anonymous_get(url)


def test_a_request_with_messages_waiting_reads_nothing_from_the_cache(tree):
    anonymous_get(tree.service.url)
    visitor = Client()
    visitor.cookies["messages"] = "something"
    assert HEADER not in visitor.get(tree.service.url)


def test_only_the_page_number_may_vary_a_stored_page(tree):
    anonymous_get(f"{tree.services.url}?page=1")
    assert anonymous_get(f"{tree.services.url}?page=1")[HEADER] == "hit"
    # Any other parameter skips the cache, so random ones cannot fill it or dodge a purge.
    response = anonymous_get(f"{tree.services.url}?utm_source=newsletter")
    assert HEADER not in response


def test_switched_off_nothing_is_stored(tree, settings):
    settings.PAGE_CACHE_SECONDS = 0
    anonymous_get(tree.service.url)
    assert HEADER not in anonymous_get(tree.service.url)


def test_a_page_that_is_not_a_published_page_is_not_stored(tree):
    response = anonymous_get("/accounts/login/")
    assert HEADER not in response
    assert HEADER not in anonymous_get("/accounts/login/")


def test_a_published_page_that_used_a_csrf_token_is_not_stored(rf):
    # Defence in depth: a page type that one day renders a form must not share its token.
    from django.contrib.auth.models import AnonymousUser
    from django.http import HttpResponse

    from portal import page_cache

    request = rf.get("/a-page-with-a-form/")
    request.user = AnonymousUser()
    page_cache._allow(None, request, (), {})
    assert page_cache._may_store(request, HttpResponse("ok"))
    request.META["CSRF_COOKIE_USED"] = True
    assert not page_cache._may_store(request, HttpResponse("ok"))
