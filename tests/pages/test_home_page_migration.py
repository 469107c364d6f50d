"""The data migration that swaps Wagtail's "Welcome" page for the portal's home page.

The reversal tests commit for real, so they restore the migrated rows afterwards
(serialized_rollback) for the tests that run after them.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page, Site

from portal.pages.models import ContentPage, HomePage

REPLACE = ("pages", "0003_replace_welcome_page_with_home_page")
BEFORE = ("pages", "0002_council_settings_links_cookies_page")


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])


@pytest.mark.django_db
def test_after_migrate_the_default_site_serves_a_home_page():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert site.root_page.title == "SEND Local Offer"
    assert site.root_page.slug == "home"
    assert not Page.objects.filter(title="Welcome to your new Wagtail site!").exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_reverses_to_wagtails_welcome_page_and_forward_again():
    # Given a freshly migrated database
    # When the migration is reversed
    _migrate(BEFORE)
    welcome = Site.objects.get(is_default_site=True).root_page
    assert welcome.title == "Welcome to your new Wagtail site!"
    assert welcome.content_type.model == "page"
    assert not HomePage.objects.exists()
    # And applied again
    _migrate(REPLACE)
    home = Site.objects.get(is_default_site=True).root_page
    assert home.specific_class is HomePage
    assert Page.objects.filter(depth=2).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reversing_leaves_a_home_page_with_content_under_it_alone():
    # Given editors have built pages under the home page
    home = HomePage.objects.get()
    home.add_child(instance=ContentPage(title="About", slug="about"))
    # When the migration is reversed, then nothing they made is deleted
    _migrate(BEFORE)
    assert HomePage.objects.filter(pk=home.pk).exists()
    assert ContentPage.objects.filter(slug="about").exists()
    _migrate(REPLACE)
