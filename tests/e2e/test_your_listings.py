"""A provider signs in and lands on "Your listings": axe-core finds nothing to fix at phone and
desktop widths, and a keyboard user reaches each listing's edit link and opens it."""

import pytest

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

PROVIDER_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
URL = "/local-offer/your-listings/"


@pytest.fixture
def provider_with_listings(site_pages, make_user):
    """A provider's staff member (with an authenticator app) whose organisation has a live
    listing, a draft never sent to the council, and one waiting for the council."""
    from allauth.mfa.totp.internal.auth import TOTP

    from local_offer.models import ServiceIndexPage, ServicePage
    from local_offer.moderation import ensure_council_moderation, grant_provider_access
    from portal.accounts.roles import Role
    from tests.local_offer.moderation_support import build_tree

    tree = build_tree()
    ensure_council_moderation()
    provider = make_user(
        email="priya@speech.example", roles=(Role.PROVIDER,), organisation=tree.speech.organisation
    )
    TOTP.activate(provider, PROVIDER_SECRET)
    grant_provider_access(provider)
    folder = ServiceIndexPage.objects.get(provider=tree.speech)
    draft = ServicePage(
        title="Saturday sensory club",
        summary="A quiet Saturday club for children who find noise hard.",
        provider=tree.speech,
        live=False,
    )
    folder.add_child(instance=draft)
    draft.save_revision()
    live = ServicePage.objects.get(pk=tree.speech_listing.pk)
    return provider, [live, ServicePage.objects.get(pk=draft.pk)]


def sign_in_as_provider(page, provider):
    sign_in(page, provider.email)
    enter_authenticator_code(page, PROVIDER_SECRET)


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_your_listings_has_no_accessibility_violations(axe_page, provider_with_listings, width):
    provider, _ = provider_with_listings
    axe_page.set_viewport_size({"width": width, "height": 900})

    # Given a provider who signs in with their password and authenticator app
    sign_in_as_provider(axe_page, provider)

    # Then they land on their listings, with the draft flagged, and axe-core finds nothing
    assert axe_page.url.endswith(URL)
    assert axe_page.locator("h1").inner_text().strip() == "Your listings"
    assert axe_page.get_by_text("Draft, not sent to the council").is_visible()
    assert axe_page.get_by_role("link", name="Your listings").is_visible()
    assert_no_axe_violations(axe_page)


def test_a_keyboard_user_reaches_every_edit_link_and_opens_one(
    open_browser, provider_with_listings
):
    provider, listings = provider_with_listings
    page = open_browser()
    sign_in_as_provider(page, provider)
    page.goto(URL)

    # When they move through the page with Tab alone
    reached, last_href = set(), None
    for _ in range(60):
        page.keyboard.press("Tab")
        name = page.evaluate(
            "() => document.activeElement.tagName === 'A' ? document.activeElement.innerText"
            " .replace(/\\s+/g, ' ').trim() : ''"
        )
        href = page.evaluate("() => document.activeElement.getAttribute('href') || ''")
        if name.startswith("Edit"):
            reached.add(href)
            last_href = href
        if len(reached) == len(listings):
            break

    # Then every listing's edit link took focus, each named for its listing
    assert reached == {f"/admin/pages/{listing.pk}/edit/" for listing in listings}
    for listing in listings:
        assert page.get_by_role("link", name=f"Edit {listing.title}", exact=True).count() == 1

    # And Enter on the focused one opens that listing's edit page
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(last_href)

    # Leave the editor before the test ends: Wagtail releases its editing session with a beacon
    # as the page goes, and a release arriving while the test database is emptied locks it
    # (seen once under load). Waits at most 5 s for the release; passes either way.
    from wagtail.admin.models import EditingSession

    page.goto("/")
    for _ in range(50):
        if not EditingSession.objects.exists():
            break
        page.wait_for_timeout(100)
