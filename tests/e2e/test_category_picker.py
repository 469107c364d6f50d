"""A provider finds a category by typing, and ticks it with the keyboard alone; axe-core finds
nothing to fix in the picker, inside the Wagtail editor, at phone and desktop widths (issue 11)."""

import pytest

from .axe import AXE_JS, WCAG_TAGS, format_violations
from .browser import enter_authenticator_code, sign_in

# The moderation journey's Local Offer: a provider's staff member, an officer and a listing.
from .test_moderation_journey import PROVIDER_SECRET, local_offer  # noqa: F401

pytestmark = pytest.mark.browser

PICKER = ".category-picker"

# axe-core on the picker only: the rest of the page is Wagtail's markup, not ours.
_RUN_AXE_ON_PICKER = """async ([selector, tags]) => {
  const results = await axe.run({include: [selector]}, {runOnly: {type: "tag", values: tags}});
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => n.target.join(" ")),
    summaries: v.nodes.map((n) => n.failureSummary),
  }));
}"""


@pytest.fixture
def listing_editor(request):
    """Opens the provider's listing in the editor, signed in with their authenticator app."""
    tree, provider, _officer = request.getfixturevalue("local_offer")

    def open_editor(page):
        sign_in(page, provider.email)
        enter_authenticator_code(page, PROVIDER_SECRET)
        page.goto(f"/admin/pages/{tree.speech_listing.pk}/edit/")
        return page

    return open_editor


def leave_editor(page):
    """Leave while the test's data still exists: the editor tells Wagtail on the way out that
    nobody is editing any more, and after the database is emptied that request would fail."""
    page.goto("/admin/")


def shown_options(page) -> list[str]:
    options = page.locator(f"{PICKER} [data-category-picker-option]:visible")
    return [text.strip() for text in options.all_inner_texts()]


def test_a_provider_narrows_the_list_and_ticks_a_category_by_keyboard(
    open_browser, listing_editor
):
    # Given a provider editing their listing
    page = listing_editor(open_browser())
    edit_url = page.url
    find = page.get_by_label("Find a category")
    assert find.is_visible()
    everything = len(shown_options(page))

    # When they type part of a name
    find.click()
    page.keyboard.type("oral")

    # Then only the matching category shows, in its group, and the count is announced
    assert shown_options(page) == ["Oral health"]
    assert page.locator(f"{PICKER} legend:visible").all_inner_texts() == ["Health"]
    status = page.locator(f"{PICKER} [role=status]")
    status.filter(has_text="1 category matches").wait_for()

    # When they press Enter (which must not submit the page), then Space on the match
    page.keyboard.press("Enter")
    assert page.url == edit_url
    focused = page.evaluate("() => document.activeElement.labels[0].innerText")
    assert focused.strip() == "Oral health"
    page.keyboard.press("Space")

    # Then it is ticked, and clearing the box with Escape shows the whole list again
    assert page.get_by_label("Oral health").is_checked()
    page.keyboard.press("ArrowUp")
    page.keyboard.press("Escape")
    assert find.input_value() == ""
    assert len(shown_options(page)) == everything
    leave_editor(page)


@pytest.mark.parametrize("width", [375, 1280], ids=["phone", "desktop"])
def test_the_picker_has_no_accessibility_violations(axe_page, listing_editor, width):
    axe_page.set_viewport_size({"width": width, "height": 900})
    listing_editor(axe_page)
    # A few matches in two groups, all in view: a checkbox scrolled under Wagtail's sticky
    # header or footer would count as too small a target, which is the scroll, not our markup.
    find = axe_page.get_by_label("Find a category")
    find.fill("hearing")
    find.evaluate("(box) => box.scrollIntoView({block: 'center'})")
    assert len(shown_options(axe_page)) >= 2
    axe_page.locator(f"{PICKER} [role=status]").filter(has_text="match").wait_for()

    if not axe_page.evaluate("() => typeof window.axe !== 'undefined'"):
        axe_page.add_script_tag(path=str(AXE_JS))
    violations = axe_page.evaluate(_RUN_AXE_ON_PICKER, [PICKER, WCAG_TAGS])

    leave_editor(axe_page)
    assert not violations, format_violations(axe_page.url, violations)
