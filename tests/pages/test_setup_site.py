"""`manage.py setup_site`: a council's new production site gets its structure, the statutory
pages as drafts, and moderation, and can take an Open Referral UK import straight after."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page, WorkflowPage

from local_offer.models import (
    LocalOfferPage,
    ServiceIndexPage,
    ServicePage,
    ShortBreaksStatementPage,
)
from portal.pages.models import CookiesPage, CouncilSettings, GlossaryPage
from tests.local_offer.oruk.importing_support import run_command, uk_service, write_json

pytestmark = pytest.mark.django_db

DRAFT_SLUGS = {"accessibility-statement", "privacy", "cookies", "glossary", "short-breaks"}


def _setup_site() -> str:
    out = io.StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


def test_a_new_site_gets_its_structure_live_and_statutory_pages_as_drafts(settings):
    settings.DEBUG = False  # as in production, where seed_demo refuses to run

    output = _setup_site()

    local_offer = LocalOfferPage.objects.get()
    services = ServiceIndexPage.objects.child_of(local_offer).get()
    assert local_offer.live and services.live
    drafts = Page.objects.filter(slug__in=DRAFT_SLUGS)
    assert set(drafts.values_list("slug", flat=True)) == DRAFT_SLUGS
    assert not drafts.filter(live=True).exists()
    assert GlossaryPage.objects.get().terms.count() > 40
    assert ShortBreaksStatementPage.objects.get().get_parent().pk == local_offer.pk
    assert WorkflowPage.objects.get(page=local_offer).workflow.name == "Council moderation"
    assert CouncilSettings.load().cookies_page == CookiesPage.objects.get().page_ptr
    assert "Riverside" not in output  # nothing from the demo
    assert "Fill in and publish the draft pages" in output


def test_running_it_again_changes_nothing_and_keeps_an_editors_work():
    _setup_site()
    privacy = Page.objects.get(slug="privacy").specific
    privacy.body = "<p>Our real privacy notice.</p>"
    privacy.save_revision().publish()
    count = Page.objects.count()

    _setup_site()

    assert Page.objects.count() == count
    privacy.refresh_from_db()
    assert privacy.body == "<p>Our real privacy notice.</p>" and privacy.live


def test_an_oruk_import_works_straight_after(tmp_path):
    _setup_site()

    run = run_command("import_oruk", write_json(tmp_path, uk_service()), "--publish")

    assert run.summary == "Created 1, updated 0, unchanged 0, rejected 0"
    page = ServicePage.objects.get()
    assert page.live
    services = ServiceIndexPage.objects.get(slug="services")
    assert page.get_ancestors().filter(pk=services.pk).exists()


def test_without_it_the_import_says_what_to_run(tmp_path):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="setup_site"):
        run_command("import_oruk", write_json(tmp_path, uk_service()))
