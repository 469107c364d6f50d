import pytest
from django.core.cache import cache

# The browser fixtures (Chromium, live server, axe) for test_accessibility.py.
from tests.e2e.conftest import axe_page, chromium_browser, site_pages  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate-limit counters and used TOTP codes live in the cache; no test may see another's.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def rate_limits_on(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        "login": "30/m/ip",
        "login_failed": "5/5m/ip,5/5m/key",
        "reset_password": "20/m/ip,5/m/key",
        "reset_password_from_key": "20/m/ip",
        "signup": "20/m/ip",
        "confirm_email": "1/3m/key",
        "change_password": "5/m/user",
    }
