"""Where signing in lands (issue 11): a parent starts from search, an officer from what needs their
attention, a provider from their listings. axe-core finds nothing to fix at phone and desktop
widths, and a keyboard user reaches every link and the search box."""

import pytest

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

OFFICER_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
START = "/start/"
WIDTHS = pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])


@pytest.fixture
def listings(site_pages):
    """Two live listings in the council's categories, one of them a short break."""
    from tests.local_offer.moderation_support import build_tree, set_categories

    tree = build_tree()
    set_categories(tree.speech_listing, "therapies")
    set_categories(tree.leisure_listing, "inclusive-sport", "short-breaks-day")
    return tree


@pytest.fixture
def parent(make_user, listings):
    return make_user(email="parent@example.org")


@pytest.fixture
def officer(make_user, listings):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.roles import Role

    user = make_user(email="officer@riverside.example", roles=(Role.OFFICER,))
    TOTP.activate(user, OFFICER_SECRET)
    return user


def sign_in_as_officer(page, officer):
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)


def _tab_to(page, wanted: set[str], presses: int = 60) -> set[str]:
    """Presses Tab until every wanted link (by its visible text) has had focus; returns those
    that did."""
    reached = set()
    for _ in range(presses):
        page.keyboard.press("Tab")
        name = page.evaluate(
            "() => (document.activeElement.innerText || '').replace(/\\s+/g, ' ').trim()"
        )
        if name in wanted:
            reached.add(name)
        if reached == wanted:
            break
    return reached


@WIDTHS
def test_a_parents_start_page_has_no_accessibility_violations(axe_page, parent, width):
    axe_page.set_viewport_size({"width": width, "height": 900})

    # Given a parent who signs in
    sign_in(axe_page, parent.email)

    # Then they land on a page to search from, with their account a link away
    assert axe_page.url.endswith(START)
    assert axe_page.locator("h1").inner_text().strip() == "Find help and support"
    assert axe_page.get_by_label("Search for a service").is_visible()
    assert axe_page.get_by_role("link", name="Find short breaks").is_visible()
    assert axe_page.get_by_role("link", name="Go to your account").is_visible()
    assert_no_axe_violations(axe_page)


@WIDTHS
def test_an_officers_start_page_has_no_accessibility_violations(axe_page, officer, width):
    axe_page.set_viewport_size({"width": width, "height": 900})

    sign_in_as_officer(axe_page, officer)

    assert axe_page.url.endswith(START)
    assert axe_page.locator("h1").inner_text().strip() == "What needs your attention"
    assert axe_page.get_by_role("link", name="Open problem reports from the public").is_visible()
    assert_no_axe_violations(axe_page)


def test_a_keyboard_user_reaches_every_link_and_searches_from_the_parents_start_page(
    open_browser, parent
):
    page = open_browser()
    sign_in(page, parent.email)
    links = page.locator("main a")
    wanted = {links.nth(i).inner_text().strip() for i in range(links.count())}
    assert {"Speech, occupational and physiotherapy", "Find short breaks"} <= wanted

    # When they move through the page with Tab alone, every link in it takes focus
    assert _tab_to(page, wanted) == wanted

    # And from the search box, typing and Enter searches the Local Offer
    page.get_by_label("Search for a service").focus()
    page.keyboard.type("speech")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/local-offer/search/?q=speech" in page.url


def test_a_keyboard_user_reaches_and_opens_each_of_the_officers_tasks(open_browser, officer):
    page = open_browser()
    sign_in_as_officer(page, officer)
    tasks = page.locator(".govuk-task-list__link")
    wanted = {tasks.nth(i).inner_text().strip() for i in range(tasks.count())}
    # The five Local Offer tasks and finding a child's record (to end a carer's access)
    assert len(wanted) == 6 and "Find a child's record" in wanted

    assert _tab_to(page, wanted) == wanted

    # And Enter on the last one reached opens it
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/admin/" in page.url or "/family/find-a-record/" in page.url


def test_a_provider_lands_on_their_listings(open_browser, make_user, listings):
    from allauth.mfa.totp.internal.auth import TOTP

    from local_offer.moderation import grant_provider_access
    from portal.accounts.roles import Role

    provider = make_user(
        email="priya@speech.example",
        roles=(Role.PROVIDER,),
        organisation=listings.speech.organisation,
    )
    TOTP.activate(provider, OFFICER_SECRET)
    grant_provider_access(provider)
    page = open_browser()

    sign_in(page, provider.email)
    enter_authenticator_code(page, OFFICER_SECRET)

    assert page.url.endswith("/local-offer/your-listings/")
    assert page.locator("h1").inner_text().strip() == "Your listings"
