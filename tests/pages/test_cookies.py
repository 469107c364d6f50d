"""The cookies page names every cookie the site really sets, and nothing tracks anyone."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from portal.pages.cookies import strictly_necessary_cookies

from .conftest import html_of

pytestmark = pytest.mark.django_db


def _cookie_names_set_during_a_visit_and_sign_in(client) -> set[str]:
    user = get_user_model().objects.create_user(email="parent@example.org",
                                                password="a-long-test-passphrase")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    names = set()
    for response in [
        client.get("/"),
        client.get("/accounts/login/"),
        client.post("/accounts/login/", {"login": user.email,
                                          "password": "a-long-test-passphrase"}, follow=True),
        client.get("/glossary/"),
        client.post("/accounts/logout/", follow=True),
    ]:
        names |= set(response.cookies)
    return names | set(client.cookies)


def test_every_cookie_set_while_signing_in_and_out_is_listed(client, shell_pages, settings):
    listed = {cookie.name for cookie in strictly_necessary_cookies()}
    set_by_site = _cookie_names_set_during_a_visit_and_sign_in(client)
    assert {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME} <= set_by_site
    assert set_by_site - listed == set()


def test_the_cookies_page_lists_each_cookie_with_purpose_and_expiry(client, shell_pages, settings):
    html = html_of(client.get("/cookies/"))
    assert '<h2 class="govuk-heading-m">Cookies we set</h2>' in html
    for cookie in strictly_necessary_cookies():
        assert f"<code>{cookie.name}</code>" in html
        assert cookie.expires in html
    assert "We do not use cookies to track you" in html


def test_the_cookies_page_uses_production_cookie_names_when_they_change(client, shell_pages,
                                                                        settings):
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    html = html_of(client.get("/cookies/"))
    assert "<code>__Host-sessionid</code>" in html and "<code>__Host-csrftoken</code>" in html


def test_no_page_loads_anything_from_another_site(client, shell_pages):
    for path in ("/", "/cookies/", "/glossary/"):
        html = html_of(client.get(path))
        assert 'src="http' not in html and "src=\"//" not in html
        assert 'rel="stylesheet" href="http' not in html
