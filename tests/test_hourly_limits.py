"""portal/hourly_limits.py on the database cache production uses, whose incr would re-set a
key's expiry to the default five minutes."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core.cache import caches
from django.core.management import call_command

from portal import hourly_limits
from portal.hourly_limits import Allowance

pytestmark = pytest.mark.django_db

DATABASE_CACHE = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache",
                "TIMEOUT": 300},
}


@pytest.fixture
def database_cache(settings, monkeypatch):
    settings.CACHES = DATABASE_CACHE
    call_command("createcachetable")
    monkeypatch.setattr(hourly_limits, "cache", caches["default"])
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_the_hour_lasts_an_hour_with_gaps_longer_than_the_default_timeout(database_cache):
    allowance = Allowance(limit=3)
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    for minutes in (0, 10, 20):  # ten-minute gaps: each longer than the cache's 5 minutes
        with time_machine.travel(start + timedelta(minutes=minutes), tick=False):
            assert not allowance.used_up("someone")
            allowance.count("someone")
    with time_machine.travel(start + timedelta(minutes=50), tick=False):
        assert allowance.used_up("someone")
    with time_machine.travel(start + timedelta(minutes=61), tick=False):
        assert not allowance.used_up("someone")  # a new hour


def test_each_key_has_its_own_count(database_cache):
    allowance = Allowance(limit=1)
    allowance.count("one")
    assert allowance.used_up("one") and not allowance.used_up("two")
