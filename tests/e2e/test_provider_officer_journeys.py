"""Issue 11's two journeys, at phone and desktop widths, with axe-core on every page they reach:

- a provider signs in, lands on "Your listings", edits a listing and sends it to the council
  with the editor's main button;
- an officer opens the waiting change from the dashboard, sees what changed against the live
  listing, approves it, is told what went live, and the public page shows the new words and a
  new "Last checked" date.
"""

from datetime import timedelta

import pytest
from django.core.cache import cache

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in
from .test_moderation_journey import OFFICER_SECRET, PROVIDER_SECRET, provider_and_officer

pytestmark = pytest.mark.browser

TITLE = "Speech and language drop-in"
NEW_SUMMARY = "Drop-in advice on talking and listening, now on Saturday mornings too."
WIDTHS = [pytest.param(375, id="phone"), pytest.param(1280, id="desktop")]


@pytest.fixture
def people(site_pages, make_user):
    """A Local Offer under council moderation, whose speech listing was last checked 100 days
    ago; a provider's staff member and an officer, each with an authenticator app."""
    from django.utils import timezone

    from local_offer.models import ServicePage
    from tests.local_offer.moderation_support import build_tree

    cache.clear()  # allauth refuses a code already used, and the live server shares this cache
    tree = build_tree(last_reviewed=timezone.localdate() - timedelta(days=100))
    provider, officer = provider_and_officer(tree, make_user)
    listing = ServicePage.objects.get(pk=tree.speech_listing.pk)
    yield provider, officer, listing
    cache.clear()


@pytest.fixture
def open_checked_page(chromium_browser, live_server):
    """A page in its own browser context, one per person, that axe-core can be injected into
    (the context bypasses the Content-Security-Policy for that, and nothing else)."""
    contexts = []

    def open_page(width):
        context = chromium_browser.new_context(
            base_url=live_server.url, bypass_csp=True, viewport={"width": width, "height": 900}
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def assert_accessible(page):
    """axe-core once the page has settled: Wagtail's messages fade in, and a colour caught
    half-way through the fade is not the one people read."""
    page.evaluate(
        "() => Promise.all(document.getAnimations()"
        ".filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished))"
    )
    assert_no_axe_violations(page)


def send_to_the_council(listing, provider):
    """What the provider journey ends with, done directly: the officer journey starts here."""
    from local_offer.models import ServicePage

    draft = ServicePage.objects.get(pk=listing.pk)
    draft.summary = NEW_SUMMARY
    draft.save_revision(user=provider)
    draft.get_workflow().start(draft, provider)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_provider_edits_a_listing_and_sends_it_to_the_council(
    open_checked_page, people, width
):
    provider, _, listing = people
    page = open_checked_page(width)

    # Given a provider who signs in with their password and authenticator app
    sign_in(page, provider.email)
    enter_authenticator_code(page, PROVIDER_SECRET)

    # Then they land on their listings, which axe-core finds nothing wrong with
    assert page.url.endswith("/local-offer/your-listings/")
    assert page.get_by_text("Live", exact=True).is_visible()
    assert_accessible(page)

    # When they open their listing's editor
    page.get_by_role("link", name=f"Edit {TITLE}", exact=True).click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/admin/pages/{listing.pk}/edit/")

    # Then sending it to the council is the main button, not hidden in a menu
    submit = page.get_by_role("button", name="Submit to Council moderation")
    assert submit.is_visible()
    assert_accessible(page)

    # When they change the summary and press it
    page.locator("#id_summary").fill(NEW_SUMMARY)
    submit.click()
    page.wait_for_load_state()

    # Then Wagtail says it was sent, and their listings show it waiting for the council
    assert page.get_by_text("has been submitted for moderation").first.is_visible()
    page.goto("/local-offer/your-listings/")
    assert page.get_by_text("Waiting for the council").is_visible()
    assert_accessible(page)

    # And families still see the live version until the council approves the change
    family = open_checked_page(width)
    family.goto(listing.url)
    assert NEW_SUMMARY not in family.content()


@pytest.mark.parametrize("width", WIDTHS)
def test_an_officer_sees_what_changed_approves_it_and_families_see_it(
    open_checked_page, people, width
):
    from django.utils import timezone
    from django.utils.dateformat import format as date_format

    provider, officer, listing = people
    send_to_the_council(listing, provider)
    last_checked_before = date_format(listing.last_reviewed, "j F Y")
    today = date_format(timezone.localdate(), "j F Y")
    page = open_checked_page(width)

    # Given an officer signed in with their password and authenticator app, on the dashboard
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)
    page.goto("/admin/")
    assert_accessible(page)

    # When they open the waiting change from "Awaiting your review"
    page.get_by_role("link", name=f"Review changes to {TITLE}").click()
    page.wait_for_load_state()

    # Then they see the summary's change against the live listing, and axe-core is content
    assert page.get_by_role("heading", name="What changed").is_visible()
    assert page.locator(".comparison .addition").first.is_visible()
    assert "Saturday" in page.locator(".comparison").first.inner_text()
    assert_accessible(page)

    # When they approve it
    page.get_by_role("button", name="Approve and publish").click()
    page.wait_for_load_state()

    # Then they are told which listing went live, with a link to it
    assert page.get_by_text(f"'{TITLE}' is live").is_visible()
    assert_accessible(page)
    page.get_by_role("link", name="View live").click()
    page.wait_for_load_state()

    # And the public page shows the new words and that it was checked today
    assert page.get_by_text(NEW_SUMMARY).first.is_visible()
    assert page.get_by_text(f"Last checked {today}").is_visible()
    assert last_checked_before not in page.content()
    assert_accessible(page)
