"""A young person leaves feedback with the faces, by keyboard alone; the safeguarding lead
opens a flagged comment and clears it; an officer publishes a comment with its names masked.
axe-core finds nothing to fix on any page of the way."""

import pytest

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

LEAD_SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"
OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def _with_authenticator(make_user, email, role, secret):
    from allauth.mfa.totp.internal.auth import TOTP

    user = make_user(email=email, roles=(role,))
    TOTP.activate(user, secret)
    return user


def test_a_young_person_leaves_feedback_with_the_faces_by_keyboard(axe_page):
    from youngcommissioners.models import Feedback

    page = axe_page
    page.goto("/voice/feedback/young-people/")
    assert page.locator("h1").inner_text().strip() == "Tell us what you think"
    assert_no_axe_violations(page)

    # Sending nothing asks for a face or some words
    page.get_by_role("button", name="Send").click()
    assert "Choose a face, or write something in a box" in page.locator(
        ".govuk-error-summary"
    ).inner_text()
    assert_no_axe_violations(page)

    # The faces are a radio group: Tab into it, arrow keys move between faces
    page.get_by_role("radio", name="Really good").focus()
    page.keyboard.press("ArrowDown")
    assert page.get_by_role("radio", name="Good", exact=True).is_checked()
    page.keyboard.press("Tab")
    page.keyboard.type("More evening sessions please")
    page.keyboard.press("Enter")  # a new line in the box, not a submit
    page.get_by_role("button", name="Send").focus()
    with page.expect_navigation():  # the press only starts the post: wait for the answer
        page.keyboard.press("Enter")

    assert "Thank you, we have your comment" in page.locator("h1").inner_text()
    item = Feedback.objects.get()
    assert item.reference in page.locator(".govuk-panel__body").inner_text()
    assert item.rating == 4 and item.better.startswith("More evening sessions please")
    assert_no_axe_violations(page)

    # Everyone's form and the published page pass too
    page.goto("/voice/feedback/")
    assert_no_axe_violations(page)
    page.goto("/voice/what-people-told-us/")
    assert_no_axe_violations(page)


def test_the_lead_clears_a_flagged_comment(axe_page, make_user):
    from portal.accounts.roles import Role
    from youngcommissioners.models import Feedback

    page = axe_page
    lead = _with_authenticator(make_user, "lead@riverside.example", Role.SAFEGUARDING_LEAD,
                               LEAD_SECRET)

    # A young person writes something worrying
    page.goto("/voice/feedback/young-people/")
    page.get_by_label("What would make it better?").fill("i wish i wasnt here any more")
    page.get_by_role("button", name="Send").click()
    item = Feedback.objects.get()
    assert item.status == Feedback.Status.SAFEGUARDING

    # The lead signs in with their authenticator app and finds it in their queue
    sign_in(page, lead.email)
    enter_authenticator_code(page, LEAD_SECRET)
    page.goto("/voice/safeguarding/")
    assert page.get_by_text("Not seen").is_visible()
    assert_no_axe_violations(page)
    page.get_by_role("link", name=item.reference).click()
    assert "i wish i wasnt here any more" in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    # Clearing without saying what they did is refused; then they record it
    page.get_by_role("button", name="Clear this alert").click()
    assert "Enter what you did" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Concern acted on: never to be published").check()
    page.get_by_label("What did you do?").fill("Spoke to the school's DSL; referral made.")
    page.get_by_role("button", name="Clear this alert").click()

    assert "is cleared and your action recorded" in page.locator("main").inner_text()
    assert_no_axe_violations(page)
    item.refresh_from_db()
    assert item.status == Feedback.Status.NOT_PUBLISHED
    assert item.safeguarding_alert.action_taken == "Spoke to the school's DSL; referral made."


def test_an_officer_publishes_a_comment_with_names_masked(axe_page, make_user):
    from django.utils import timezone

    from portal.accounts.roles import Role
    from youngcommissioners.models import Feedback

    page = axe_page
    officer = _with_authenticator(make_user, "officer@riverside.example", Role.OFFICER,
                                  OFFICER_SECRET)
    item = Feedback.objects.create(
        created_at=timezone.now(), category=Feedback.Category.CONTENT,
        comments="My son Jacob at Hillside Primary School could not find the swimming page.",
    )
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)
    page.goto("/voice/moderation/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name=item.reference).click()
    assert_no_axe_violations(page)
    assert page.get_by_label("Comment, as published").input_value() == (
        "My son [name] at [school] could not find the swimming page."
    )
    page.get_by_label("Publish the checked text below").check()
    page.get_by_role("button", name="Save decision").click()

    page.goto("/voice/what-people-told-us/")
    assert "My son [name] at [school]" in page.locator("main").inner_text()
    assert "Jacob" not in page.locator("main").inner_text()
    assert_no_axe_violations(page)
