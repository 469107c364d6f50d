"""The 404 and 500 pages: GOV.UK wording, our layout, and a 500 page that needs no database."""

import pytest
from django.test import Client, RequestFactory

from portal.pages.views import server_error

from .conftest import html_of

pytestmark = pytest.mark.django_db


def test_a_missing_wagtail_page_gets_our_404_page(client, shell_pages):
    response = client.get("/about-the-local-offer/no-such-child/")
    html = html_of(response)
    assert response.status_code == 404
    assert "<title>Page not found - SEND Local Offer - Riverside Council</title>" in html
    assert '<h1 class="govuk-heading-l">Page not found</h1>' in html
    assert "If you typed the web address, check it is correct." in html
    assert "govuk-skip-link" in html and '<footer class="govuk-footer"' in html


def test_a_missing_top_level_path_gets_our_404_page(client, shell_pages):
    response = client.get("/nothing-here/")
    assert response.status_code == 404
    assert "Page not found" in html_of(response)


@pytest.mark.urls("tests.pages.urls_with_crash")
def test_an_unexpected_error_shows_our_500_page(db):
    client = Client(raise_request_exception=False)
    response = client.get("/test-crash/")
    html = html_of(response)
    assert response.status_code == 500
    assert '<h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>' in html
    assert "Anything you saved before this page appeared has not been lost." in html
    assert "Riverside Council" in html
    assert "govuk-skip-link" in html and 'id="main-content"' in html


def test_the_500_page_renders_without_touching_the_database(django_assert_num_queries):
    request = RequestFactory().get("/anything/")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    html = html_of(response)
    assert "Sorry, there is a problem with the service" in html
    assert "<script" not in html  # nothing that would need a CSP nonce
    assert "/static/govuk/css/portal.css" in html


def test_portal_urls_names_our_500_handler():
    from portal import urls

    assert urls.handler500 == "portal.pages.views.server_error"


@pytest.mark.urls("tests.pages.urls_with_crash")
def test_a_forbidden_page_tells_a_visitor_to_sign_in(client, shell_pages):
    response = client.get("/test-forbidden/")
    html = html_of(response)
    assert response.status_code == 403
    assert '<h1 class="govuk-heading-l">You cannot see this page</h1>' in html
    assert 'href="/accounts/login/">sign in</a>' in html


def test_a_form_sent_without_the_security_cookie_explains_what_to_do(shell_pages):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/login/", {"login": "a@example.org", "password": "x"})
    html = html_of(response)
    assert response.status_code == 403
    assert '<h1 class="govuk-heading-l">Your form could not be sent</h1>' in html
    assert "allow cookies for this site" in html
    assert "Anything you had already saved has not been lost." in html
