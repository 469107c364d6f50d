"""Browser tests: every test in this folder is marked `browser`.

`make test` leaves them out and `make browser` runs them. The fixtures live in fixtures.py
(registered for the whole suite by tests/conftest.py); the helpers a journey uses in browser.py.
"""

from pathlib import Path

import pytest

# Older imports of these names from here keep working; new code imports from .browser/.fixtures.
from .browser import PASSWORD, enter_authenticator_code, sign_in  # noqa: F401
from .fixtures import axe_page, chromium_browser, site_pages  # noqa: F401

E2E_DIR = Path(__file__).parent


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # Mark before `-m` selects, so a browser test here can never slip into `make test`.
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)
