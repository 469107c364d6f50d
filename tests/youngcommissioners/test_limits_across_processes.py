"""The limit on anonymous comments holds across two operating-system processes: this test's
and a second Python process started from it, both counting in production's database cache.

The second process must reach the same database. On PostgreSQL that is pytest-django's test
database, whose name (test_...) this process knows only once the test database exists: its
connection's settings are handed to the child as JSON. SQLite's test database lives in this
process's memory, out of another process's reach, so on SQLite the cache table is put in a
file database for this test (an extra connection, and a router sending the cache there).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.db import connections
from django.test import RequestFactory

from youngcommissioners import feedback
from youngcommissioners.feedback import ANONYMOUS_PER_HOUR

CHILD = Path(__file__).with_name("limit_counter.py")
ADDRESS = "203.0.113.44"
DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"}
}


class CacheToLimits:
    """Sends the database cache's rows to the "limits" connection (SQLite only)."""

    def _cache(self, model):
        return "limits" if model._meta.app_label == "django_cache" else None

    db_for_read = db_for_write = _cache

    def allow_migrate(self, db, app_label, **hints):
        return app_label == "django_cache" if db == "limits" else None


@pytest.fixture
def shared_database(settings, tmp_path, transactional_db):
    """The database both processes count in; returns its settings for the child."""
    default = connections["default"].settings_dict
    if connections["default"].vendor != "sqlite":
        settings.CACHES = DATABASE_CACHE
        call_command("createcachetable")
        yield {k: default[k] for k in ("ENGINE", "NAME", "USER", "PASSWORD", "HOST", "PORT")}
        return
    limits = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "limits.sqlite3")}
    connections.settings["limits"] = connections.configure_settings(
        {"default": dict(connections.settings["default"]), "limits": limits}
    )["limits"]
    # Connected here, by hand: the test case lets it through only once it is open (it guards
    # aliases it does not know of when they first connect).
    connections["limits"].connect()
    settings.DATABASE_ROUTERS = [CacheToLimits()]
    settings.CACHES = DATABASE_CACHE
    try:
        call_command("createcachetable", database="limits")
        yield limits
    finally:
        connections["limits"].close()
        del connections.settings["limits"]
        del connections["limits"]


def _request():
    request = RequestFactory().post("/voice/feedback/", REMOTE_ADDR=ADDRESS)
    request.user = AnonymousUser()
    return request


def _env(database: dict) -> dict:
    # The same secret, so both processes hash the client's address to the same key.
    return {**os.environ, "LIMITS_DATABASE": json.dumps(database),
            "SECRET_KEY": django_settings.SECRET_KEY}


def _child(database: dict, times: int) -> dict:
    done = subprocess.run(
        [sys.executable, str(CHILD), ADDRESS, str(times)],
        env=_env(database),
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_two_processes_share_one_count(shared_database):
    request = _request()
    for _ in range(ANONYMOUS_PER_HOUR - 2):  # this process sends all but two
        feedback.count(request)
    assert not feedback.refused(request)

    seen = _child(shared_database, 2)  # the other process sends the last two

    assert seen == {"refused_before": False, "refused_after": True}
    assert feedback.refused(request)  # and this process sees the other's count


def test_a_fresh_address_in_the_other_process_is_not_held_back(shared_database):
    for _ in range(ANONYMOUS_PER_HOUR):
        feedback.count(_request())
    other = dict(shared_database)
    seen = subprocess.run(
        [sys.executable, str(CHILD), "198.51.100.77", "1"],
        env=_env(other),
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert json.loads(seen.stdout.strip().splitlines()[-1])["refused_before"] is False
