"""The layout every page shares: header, navigation, beta banner, footer, and the CSP rules."""

import base64
import hashlib
import io
import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page

from portal.pages.models import ContentPage, CouncilSettings

from .conftest import html_of

pytestmark = pytest.mark.django_db


def test_fresh_migrate_serves_the_portal_home_page_not_wagtails_welcome(client):
    # Given only the migrations (no seed), when a visitor opens the site
    response = client.get("/")
    # then they see the portal's home page
    html = html_of(response)
    assert response.status_code == 200
    assert "<h1 class=\"govuk-heading-xl\">SEND Local Offer</h1>" in html
    assert "Welcome to your new Wagtail site" not in html
    assert "<title>SEND Local Offer - Riverside Council</title>" in html


def test_home_page_has_skip_link_header_beta_banner_and_footer(client, shell_pages):
    html = html_of(client.get("/"))
    assert '<a href="#main-content" class="govuk-skip-link"' in html
    assert 'id="main-content"' in html
    assert "Riverside Council" in html and "portal-header" in html
    assert "govuk-phase-banner" in html and ">Beta<" in html
    assert '<footer class="govuk-footer"' in html
    assert "01632 960000" in html  # council phone from settings in the footer


def test_footer_links_to_the_pages_chosen_in_council_settings(client, shell_pages):
    html = html_of(client.get("/"))
    footer = html[html.index("<footer"):]
    for label, url in [("Accessibility statement", "/accessibility-statement/"),
                       ("Privacy notice", "/privacy/"), ("Cookies", "/cookies/"),
                       ("Glossary", "/glossary/"), ("Contact us", "/contact/")]:
        assert f'href="{url}">{label}</a>' in footer
        assert client.get(url).status_code == 200


def test_a_deleted_footer_page_drops_its_link_instead_of_breaking_the_site(client, shell_pages):
    # Given an editor deletes the privacy notice and unpublishes the cookies page
    Page.objects.get(slug="privacy").delete()
    Page.objects.get(slug="cookies").specific.unpublish()
    # When anyone opens a page, then it still works and the dead links are gone
    response = client.get("/")
    html = html_of(response)
    assert response.status_code == 200
    assert "Privacy notice</a>" not in html
    assert 'href="/cookies/"' not in html
    assert "Accessibility statement</a>" in html


def test_every_footer_and_navigation_link_missing_still_renders(client, db):
    # Given a bare database: no settings row, no content pages
    CouncilSettings.objects.all().delete()
    response = client.get("/")
    assert response.status_code == 200
    assert "Words we use" not in html_of(response)


def test_navigation_marks_the_current_page_for_screen_readers(client, shell_pages):
    home = html_of(client.get("/"))
    assert re.search(r'href="/" aria-current="page"><strong[^>]*>Home</strong>', home)
    glossary = html_of(client.get("/glossary/"))
    assert re.search(r'href="/glossary/" aria-current="page"><strong[^>]*>Words we use', glossary)
    assert 'href="/" aria-current' not in glossary


def test_navigation_marks_a_section_as_current_on_pages_below_it(client, shell_pages):
    contact = Page.objects.get(slug="contact")
    contact.add_child(instance=ContentPage(title="Complaints", slug="complaints"))
    html = html_of(client.get("/contact/complaints/"))
    assert 'href="/contact/" aria-current="true"' in html


def test_navigation_has_a_menu_button_for_small_screens(client, shell_pages):
    html = html_of(client.get("/"))
    assert 'class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"' in html
    assert 'aria-controls="navigation"' in html and 'id="navigation"' in html


def test_header_offers_sign_in_to_visitors(client, shell_pages):
    html = html_of(client.get("/"))
    assert ">Sign in</a>" in html and ">Create an account</a>" in html
    assert "Sign out" not in html


def test_header_shows_who_is_signed_in_and_how_to_sign_out(client, shell_pages):
    user = get_user_model().objects.create_user(email="parent@example.org", password="x" * 20)
    client.force_login(user)
    html = html_of(client.get("/"))
    assert "Signed in as" in html and ">Your account</a>" in html and ">Sign out</a>" in html
    assert ">Sign in</a>" not in html


def test_beta_banner_feedback_link_goes_to_the_chosen_page(client, shell_pages):
    html = html_of(client.get("/"))
    link = '<a class="govuk-link" href="/tell-us-what-you-think/">Tell us what you think</a>'
    assert link in html


def test_beta_banner_falls_back_to_email_when_no_feedback_page_is_chosen(client, shell_pages):
    council = CouncilSettings.load()
    council.feedback_page = None
    council.save()
    html = html_of(client.get("/"))
    assert 'href="mailto:send@riverside.example">Tell us what you think</a>' in html


# --- Content Security Policy -------------------------------------------------------------------



INLINE_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script>", re.IGNORECASE | re.DOTALL)


@pytest.mark.parametrize("path", ["/", "/glossary/", "/cookies/", "/no-such-page/"])
def test_csp_header_allows_every_inline_script_by_its_hash(client, shell_pages, path):
    response = client.get(path)
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy
    assert "nonce-" not in policy  # a nonce would make a cached page unsafe to share
    assert "style-src 'self'" in policy
    html = html_of(response)
    scripts = [(attrs, body) for attrs, body in INLINE_SCRIPT.findall(html) if "src=" not in attrs]
    assert scripts, "the page should have GOV.UK Frontend's class-setting script"
    for _attrs, body in scripts:
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy, f"inline <script>{body[:40]} is not allowed"


@pytest.mark.parametrize("path", ["/", "/glossary/", "/cookies/", "/privacy/", "/no-such-page/"])
def test_pages_have_no_inline_styles_which_the_csp_would_block(client, shell_pages, path):
    html = html_of(client.get(path))
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)


def test_home_page_links_to_the_information_pages_in_the_menu(client, shell_pages):
    html = html_of(client.get("/"))
    for title in ("About the Local Offer", "Get help and advice", "Contact the SEND team"):
        assert f">{title}</a>" in html


def test_rich_text_gets_govuk_styles(client, shell_pages):
    html = html_of(client.get("/privacy/"))
    assert '<h2 class="govuk-heading-m">Who we are</h2>' in html
    assert '<ul class="govuk-list govuk-list--bullet">' in html
    assert '<a class="govuk-link" href="/cookies/">cookies page</a>' in html


def test_the_council_logo_appears_in_the_header_as_decoration(client, shell_pages):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    council = CouncilSettings.load()
    council.logo = Image.objects.create(title="Riverside crest", file=get_test_image_file())
    council.save()
    html = html_of(client.get("/"))
    header = html[html.index("<header"):html.index("</header>")]
    # The council's name is written next to it, so the image itself needs no alt text.
    assert re.search(r'<img alt="" class="portal-header__logo"[^>]*height="40"', header)
    assert "Riverside Council" in header


def test_the_header_and_footer_add_only_a_couple_of_queries(client, shell_pages,
                                                             django_assert_max_num_queries):
    client.get("/privacy/")  # warm Wagtail's site-root cache, as on a running server
    # Serving a page costs Wagtail 6; the shell adds its settings row and the glossary link.
    with django_assert_max_num_queries(8):
        assert client.get("/privacy/").status_code == 200


@pytest.mark.parametrize("path", ["/", "/accounts/signup/"])
def test_pages_promise_only_what_the_site_does_today(client, path):
    # A newcomer read "follow your child's personal budget" and found nothing of the kind.
    from portal.pages import demo

    demo.seed(io.StringIO())

    html = client.get(path).content.decode().lower()

    for promise in ("personal budget", "child's profile", "save services", "goals and reports"):
        assert promise not in html, (path, promise)
