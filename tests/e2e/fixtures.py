"""Browser-test fixtures: a live server, pages in Chromium, the site's first pages, users.

Registered for the whole suite by tests/conftest.py, so a browser test in any folder can ask
for `page`, `axe_page`, `open_browser` or `make_user` without importing anything.
"""

import pytest

from .browser import PASSWORD, shared_browser


@pytest.fixture(scope="session")
def chromium_browser():
    return shared_browser()


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
