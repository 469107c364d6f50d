"""Fixtures shared by every test module."""

import sys

import pytest

from portal import content_version
from tests.clients import PortalClient

# Browser fixtures (page, axe_page, open_browser, make_user, live server pages) for any folder's
# tests marked `browser`. Nothing is launched unless a test asks for them.
pytest_plugins = ["tests.e2e.fixtures"]


def pytest_sessionfinish(session, exitstatus):
    # Only if a browser test ran: importing the module would otherwise load Playwright for nothing.
    browser = sys.modules.get("tests.e2e.browser")
    if browser is not None:
        browser.close_shared_browser()


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    # Each test writes uploads to its own folder, so parallel workers never collide.
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_FILES_ROOT = str(tmp_path / "private")


@pytest.fixture(autouse=True)
def _forget_kept_content():
    # What each worker keeps per content version (portal/content_version.py) was built from an
    # earlier test's database, which is gone.
    content_version.forget()
    yield
    content_version.forget()


@pytest.fixture
def client():
    # Replaces pytest-django's: force_login here includes the two-factor step (tests/clients.py).
    return PortalClient()


def pytest_make_parametrize_id(config, val, argname):
    """Bytes parameters (sample files) are named by size only: their bytes may differ from one
    run to the next (a zip's timestamps), and pytest-xdist needs every worker to collect the
    same test ids."""
    if isinstance(val, bytes | bytearray):
        return f"{argname}-{len(val)}-bytes" if len(val) < 1000 else f"{argname}-bytes"
    return None
