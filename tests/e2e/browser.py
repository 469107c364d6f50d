"""Debian's Chromium under Playwright, shared by every browser test, and what a person does in it.

Playwright's sync API allows one running instance per thread, so the browser is launched once
per test process and shared, however many modules ask for it; tests/conftest.py closes it
when the session ends. Playwright never downloads a browser of its own here.
"""

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.missing import skip_or_fail

from .axe import AXE_JS
from .totp import totp_code

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps trying to reach Google's hosts, which
# this closed network refuses; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_IN_NODE_MODULES = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
PASSWORD = "correct horse battery staple 2026"

_shared: dict = {}


def shared_browser():
    """The process's one Chromium, launched on first use."""
    if "browser" in _shared:
        return _shared["browser"]
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"Chromium is not installed at {CHROMIUM}: `make browser` installs Debian's.")
    if not AXE_JS.exists():
        if not AXE_IN_NODE_MODULES.exists():
            pytest.fail("axe-core is missing: run `make install` (npm ci and the front-end build).")
        AXE_JS.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(AXE_IN_NODE_MODULES, AXE_JS)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    # calls from a thread with a running loop unless told that this is safe (it is: the test
    # and the loop never run at the same time).
    _shared["async_unsafe_before"] = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    _shared["playwright"] = playwright
    _shared["browser"] = playwright.chromium.launch(
        executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
    )
    return _shared["browser"]


def close_shared_browser() -> None:
    browser = _shared.pop("browser", None)
    playwright = _shared.pop("playwright", None)
    if browser is not None:
        browser.close()
    if playwright is not None:
        playwright.stop()
    if "async_unsafe_before" in _shared:
        before = _shared.pop("async_unsafe_before")
        if before is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = before


def sign_in(page, email, password=PASSWORD):
    """Signs in through the sign-in form, as a person would."""
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    # The first submit button: a "Cancel" beside it may belong to another form (form=...).
    page.locator("form:has(input[name=password]) [type=submit]:not([form])").first.click()
    page.wait_for_load_state()


def enter_authenticator_code(page, secret):
    """Types the code an authenticator app would show for `secret` and submits it."""
    page.locator("input[name=code]").fill(current_totp_code(secret))
    page.locator("form:has(input[name=code]) [type=submit]:not([form])").first.click()
    page.wait_for_load_state()


def current_totp_code(secret):
    # A code read in the last seconds of its 30-second window may expire before the server
    # checks it; wait for the next window instead, as a person would.
    seconds_left = 30 - time.time() % 30
    if seconds_left < 5:
        time.sleep(seconds_left + 0.5)
    return totp_code(secret)
