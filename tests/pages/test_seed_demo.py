"""manage.py seed_demo: local only, idempotent, and every page a newcomer clicks shows something."""

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page

from portal.pages import demo
from portal.pages.management.commands import seed_demo
from portal.pages.models import ContentPage, CouncilSettings, GlossaryTerm, HomePage

from .conftest import html_of

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def _run_seed(**options) -> str:
    out = io.StringIO()
    call_command("seed_demo", "--force-for-tests", stdout=out, **options)
    return out.getvalue()


@pytest.fixture
def shell_only(monkeypatch):
    """Seed only this app's part: the other apps' seeds have their own tests, and the Local
    Offer's hundreds of services would make every test here slow."""
    monkeypatch.setattr(seed_demo, "DEMO_MODULES", ("portal.pages.demo",))


def _row_counts() -> dict[str, int]:
    return {m._meta.label: m._default_manager.count() for m in apps.get_models()
            if not m._meta.proxy}


def test_refuses_when_debug_is_off_and_changes_nothing(settings):
    settings.DEBUG = False
    before = _row_counts()
    with pytest.raises(CommandError, match="only runs on a local demo"):
        call_command("seed_demo", stdout=io.StringIO())
    assert _row_counts() == before


def test_refusal_exits_non_zero_with_a_plain_message_from_the_command_line():
    # The refusal happens before any database access, so this touches no database.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "DEBUG": "false"}
    result = subprocess.run([sys.executable, "manage.py", "seed_demo"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "seed_demo only runs on a local demo (DEBUG on)" in result.stderr


def test_runs_when_debug_is_on(settings, shell_only):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "Demo data is ready." in out.getvalue()
    assert ContentPage.objects.filter(slug="about-the-local-offer").exists()


def test_running_twice_creates_no_duplicates_and_changes_nothing():
    # Given the whole demo (every app's seed) has been loaded once
    _run_seed()
    before = _row_counts()
    pages_before = list(Page.objects.values_list("id", "url_path", "latest_revision_id",
                                                 "last_published_at").order_by("id"))
    settings_before = CouncilSettings.objects.values().get()
    # When it is loaded again
    _run_seed()
    # Then every table has the same rows, and no page got a new revision
    assert _row_counts() == before
    assert list(Page.objects.values_list("id", "url_path", "latest_revision_id",
                                         "last_published_at").order_by("id")) == pages_before
    assert CouncilSettings.objects.values().get() == settings_before


def test_an_editors_change_survives_a_second_seed(shell_only):
    _run_seed()
    about = ContentPage.objects.get(slug="about-the-local-offer")
    about.summary = "Edited by the council."
    about.save_revision().publish()
    council = CouncilSettings.load()
    council.phone = "01632 960555"
    council.save()
    _run_seed()
    assert ContentPage.objects.get(slug="about-the-local-offer").summary == "Edited by the council."
    assert CouncilSettings.load().phone == "01632 960555"


def test_seed_builds_riverside_council_with_contact_details_and_iass(shell_only):
    _run_seed()
    council = CouncilSettings.load()
    assert council.council_name == "Riverside Council"
    assert council.phone and council.email.endswith(".example") and council.address
    assert council.iass_phone == "01632 960123"
    assert GlossaryTerm.objects.count() >= 40
    home = HomePage.objects.get()
    assert home.body and home.live


def test_seed_copes_with_a_database_whose_page_tree_was_emptied(shell_only):
    # Given a database where the home page and site are gone (an old copy, a flushed test DB)
    HomePage.objects.all().delete()
    # When seeding, then a home page is made and served at /
    _run_seed()
    from django.test import Client

    response = Client().get("/")
    assert response.status_code == 200
    assert "About the Local Offer" in html_of(response)


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_seed_builds_the_tree_on_a_flushed_database_like_the_browser_tests_use(client):
    # Given a database emptied the way live-server tests leave it: no root page, no locale
    Page.objects.all().delete()
    Locale.objects.all().delete()
    # When seeding the shell, then the home page is served
    demo.seed(io.StringIO())
    response = client.get("/")
    assert response.status_code == 200
    assert "<h1 class=\"govuk-heading-xl\">SEND Local Offer</h1>" in html_of(response)


def test_modules_run_in_order_and_a_missing_one_is_skipped(monkeypatch):
    calls = []

    class Recorder:
        def __init__(self, name):
            self.name = name

        def seed(self, stdout):
            calls.append(self.name)

    monkeypatch.setattr(seed_demo, "DEMO_MODULES", ("first.demo", "no_such_app.demo", "second"))
    monkeypatch.setattr(seed_demo, "_module_exists", lambda name: name != "no_such_app.demo")
    monkeypatch.setattr(seed_demo.importlib, "import_module", Recorder)
    _run_seed()
    assert calls == ["first.demo", "second"]


HREF = re.compile(r'href="(/[^"#?]*)"')


def test_every_link_on_the_seeded_shell_pages_leads_somewhere(client, shell_only):
    # Given the demo site, when a newcomer clicks every link in the shell pages
    _run_seed()
    start = ["/", "/about-the-local-offer/", "/get-help-and-advice/", "/contact/",
             "/tell-us-what-you-think/", "/accessibility-statement/", "/privacy/", "/cookies/",
             "/glossary/"]
    seen, broken = set(), []
    for path in start:
        for href in HREF.findall(html_of(client.get(path))):
            if href in seen or href.startswith(("/static/", "/council.css")):
                continue
            seen.add(href)
            status = client.get(href).status_code
            if status >= 400:
                broken.append((path, href, status))
    # Then none is a dead end (sign-in-only pages redirect to sign in; that is fine)
    assert broken == []
