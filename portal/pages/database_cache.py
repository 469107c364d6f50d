"""The database cache's table is made by `migrate` itself, so a database is ready for use (and
for `seed_demo`) after `migrate` alone, without a separate `createcachetable` step."""

from django.conf import settings
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS

DATABASE_CACHE = "django.core.cache.backends.db.DatabaseCache"


def uses_database_cache() -> bool:
    return any(cache["BACKEND"] == DATABASE_CACHE for cache in settings.CACHES.values())


def create_cache_table(sender=None, using=DEFAULT_DB_ALIAS, verbosity=1, **kwargs) -> None:
    """post_migrate receiver. createcachetable only adds a table that is missing."""
    if uses_database_cache():
        call_command("createcachetable", database=using, verbosity=max(verbosity - 1, 0))
