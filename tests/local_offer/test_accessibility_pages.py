"""axe-core (WCAG 2.2 A and AA) finds nothing to fix on the Local Offer's page types, and the
key facts can be reached by keyboard."""

import pytest

from tests.e2e.axe import assert_no_axe_violations

from .page_support import build_page_tree

pytestmark = pytest.mark.browser


@pytest.fixture
def local_offer_pages(site_pages):
    tree = build_page_tree()
    return {
        "landing": tree.local_offer.url,
        "service-index": tree.services.url,
        "service": tree.service.url,
        "guide": tree.guide.url,
        "short-breaks": tree.statement.url,
        "event": tree.event.url,
    }


@pytest.mark.parametrize(
    "name", ["landing", "service-index", "service", "guide", "short-breaks", "event"]
)
def test_local_offer_page_has_no_accessibility_violations(axe_page, local_offer_pages, name):
    # When a family opens the page
    response = axe_page.goto(local_offer_pages[name])
    # Then it has a heading and axe-core finds no violation
    assert response.status == 200
    assert axe_page.locator("h1").first.is_visible()
    assert_no_axe_violations(axe_page)


def test_education_answers_open_by_keyboard(axe_page, local_offer_pages):
    # Given a school listing with an answer to a Schedule 2 question
    from local_offer.models import ServicePage

    service = ServicePage.objects.get()
    service.education_staff_expertise = "<p>All staff are trained in Makaton.</p>"
    service.save_revision().publish()
    axe_page.goto(local_offer_pages["service"])
    answer = axe_page.get_by_text("All staff are trained in Makaton.")
    assert not answer.is_visible()
    # When a keyboard user tabs to the question and presses Enter
    summary = axe_page.locator("summary", has_text="What training and expertise")
    summary.focus()
    axe_page.keyboard.press("Enter")
    # Then the answer shows, and the page still passes axe
    assert answer.is_visible()
    assert_no_axe_violations(axe_page)
