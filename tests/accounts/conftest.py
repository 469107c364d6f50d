import pytest
from django.core.cache import cache

from portal.accounts.roles import Role

# The browser fixtures (Chromium, live server, axe) for test_accessibility.py.
from tests.e2e.conftest import axe_page, chromium_browser, site_pages  # noqa: F401
from tests.factories import OrganisationFactory, make_user


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


# An officer of the council and a provider organisation: the invitation tests' cast.
@pytest.fixture
def council():
    return OrganisationFactory(name="Riverside Council", kind="council")


@pytest.fixture
def provider_org():
    return OrganisationFactory(name="Brookfield Short Breaks")


@pytest.fixture
def officer(council):
    return make_user(Role.OFFICER, organisation=council, mfa=True, email="officer@example.org")
