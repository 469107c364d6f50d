"""Browser fixtures: Django's live server, Debian's Chromium driven by Playwright, seeded pages.

Every test here is marked `browser`: `make test` leaves them out and `make browser` runs them.
Chromium is Debian's (/usr/bin/chromium); Playwright never downloads a browser of its own.
"""

import os
import shutil
import time
from pathlib import Path

import pytest

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
E2E_DIR = Path(__file__).parent
AXE_IN_NODE_MODULES = E2E_DIR.parent.parent / "node_modules" / "axe-core" / "axe.min.js"
PASSWORD = "correct horse battery staple 2026"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    # Mark before `-m` selects, so a browser test can never slip into `make test`.
    for item in items:
        if E2E_DIR in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_browser():
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM}: `make browser` installs Debian's."
        if _in_ci():
            pytest.fail(message)  # in CI a missing browser is a broken build, never a skip
        pytest.skip(message)
    if not AXE_JS.exists():
        if not AXE_IN_NODE_MODULES.exists():
            pytest.fail("axe-core is missing: run `make install` (npm ci and the front-end build).")
        AXE_JS.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(AXE_IN_NODE_MODULES, AXE_JS)

    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread, and Django refuses ORM
    # calls from a thread with a running loop unless told that this is safe (it is: the test
    # and the loop never run at the same time).
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def site_pages(live_server, django_db_serialized_rollback):
    """The pages a newcomer reaches first: a home page at the site root and the glossary.

    Each test gets the database as migrations left it (serialized rollback restores Wagtail's
    root page, the default site and the role groups after the live server's flush); this adds
    the pages the migrations do not create.
    """
    from wagtail.models import Page, Site

    from portal.pages.models import GlossaryPage, GlossaryTerm, HomePage

    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        home = root.add_child(
            instance=HomePage(title="SEND Local Offer", slug="send-local-offer", intro="Find help.")
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.id:
        site.root_page = home
        site.save()

    glossary = GlossaryPage.objects.first()
    if glossary is None:
        glossary = home.add_child(
            instance=GlossaryPage(
                title="Words we use", slug="glossary", intro="What the words and letters mean."
            )
        )
        for term, expansion, meaning in [
            ("EHCP", "Education, health and care plan",
             "A legal document describing a child's needs and the help they must get."),
            ("SENCO", "Special educational needs co-ordinator",
             "The teacher in a school who organises extra help."),
        ]:
            GlossaryTerm.objects.create(
                page=glossary, term=term, expansion=expansion, meaning=meaning
            )
        glossary.save_revision().publish()
    return {"home": home, "glossary": glossary}


def _new_context(chromium_browser, live_server, **options):
    context = chromium_browser.new_context(base_url=live_server.url, **options)
    context.set_default_timeout(15_000)
    return context


@pytest.fixture
def open_browser(chromium_browser, live_server, site_pages):
    """Opens a page in a fresh browser context: one per person in a journey.

    The context obeys the portal's Content-Security-Policy, and any CSP violation (an inline
    script or style the policy blocks) fails the test, because users would get a broken page.
    """
    contexts = []
    csp_errors = []

    def _record_csp(message):
        if "Content Security Policy" in message.text:
            csp_errors.append(f"{message.page.url if message.page else ''}: {message.text}")

    def open_page():
        context = _new_context(chromium_browser, live_server)
        contexts.append(context)
        page = context.new_page()
        page.on("console", _record_csp)
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not csp_errors, "The Content-Security-Policy blocked:\n" + "\n".join(csp_errors)


@pytest.fixture
def page(open_browser):
    """One person's browser page (see open_browser)."""
    return open_browser()


@pytest.fixture
def axe_page(chromium_browser, live_server, site_pages):
    """A page whose context bypasses CSP, only so axe-core can be injected into it."""
    context = _new_context(chromium_browser, live_server, bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def make_user(site_pages):
    """Creates a signed-up person with a verified email address and the given roles."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from portal.accounts.roles import Role

    def make(email="parent@example.org", roles=(Role.PARENT,), password=PASSWORD, **fields):
        user = get_user_model().objects.create_user(email=email, password=password, **fields)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        for role in roles:
            group, _ = Group.objects.get_or_create(name=str(role))
            user.groups.add(group)
        return user

    return make


def sign_in(page, email, password=PASSWORD):
    """Signs in through the sign-in form, as a person would."""
    page.goto("/accounts/login/")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(password)
    page.locator("form:has(input[name=password]) [type=submit]:not([form])").first.click()
    page.wait_for_load_state()


def enter_authenticator_code(page, secret):
    """Types the code an authenticator app would show for `secret` and submits it."""
    page.locator("input[name=code]").fill(current_totp_code(secret))
    # The first submit button: a "Cancel" beside it may belong to another form (form=...).
    page.locator("form:has(input[name=code]) [type=submit]:not([form])").first.click()
    page.wait_for_load_state()


def current_totp_code(secret):
    # A code read in the last seconds of its 30-second window may expire before the server
    # checks it; wait for the next window instead, as a person would.
    seconds_left = 30 - time.time() % 30
    if seconds_left < 5:
        time.sleep(seconds_left + 0.5)
    return totp_code(secret)
