"""`manage.py migrate` alone leaves the database ready: with the database cache configured (as
every environment but the tests has), its table exists afterwards and the cache works, so
`seed_demo` straight after `migrate` no longer stops at "no such table: cache"."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db

DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"}
}


def cache_table_exists() -> bool:
    return "cache" in connection.introspection.table_names()


def test_migrate_alone_creates_the_cache_table_and_the_cache_works(settings):
    # Given the database cache of base.py, and a database that has no cache table
    settings.CACHES = DATABASE_CACHE
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS cache")
    assert not cache_table_exists()

    # When only migrate runs (no createcachetable)
    call_command("migrate", verbosity=0)

    # Then the table is there and the cache stores and returns a value
    assert cache_table_exists()
    caches["default"].set("migrate-check", "ready", 60)
    assert caches["default"].get("migrate-check") == "ready"


def test_with_an_in_memory_cache_migrate_makes_no_cache_table(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS cache")

    call_command("migrate", verbosity=0)

    assert not cache_table_exists()


def test_the_councils_cache_keeps_a_few_thousand_entries_without_culling(settings):
    # Given the database cache exactly as the settings configure it
    from portal.settings import base

    settings.CACHES = {"default": base.CACHES["default"]}
    call_command("migrate", verbosity=0)
    cache = caches["default"]
    cache.set("portal:content-version", "token", None)

    # When a council's service pages keep their content (three entries a page, 700 pages)
    for number in range(2_100):
        cache.set(f"kept:token:page:{number}", "<p>kept</p>", 60)

    # Then nothing was culled: not the token, not the first page's copy
    assert cache.get("portal:content-version") == "token"
    assert cache.get("kept:token:page:0") == "<p>kept</p>"
