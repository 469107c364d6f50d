"""A parent starts a record for their child by keyboard alone, fills the one-page profile, adds
a need and a note, and invites a second carer, who accepts and sees the same child. axe-core
finds nothing to fix on any page of the way, errors included; the profile prints on one A4
page."""

import re

import pytest
from django.core import mail

from .axe import assert_no_axe_violations
from .browser import PASSWORD, sign_in

pytestmark = pytest.mark.browser

INVITATION_LINK = re.compile(r"https?://\S+(/family/invitations/[^\s/]+/)")


def tab_to(page, name: str, most: int = 80) -> None:
    """Press Tab until the focused element's text is `name`, as a keyboard user would."""
    for _ in range(most):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => (document.activeElement.innerText || '').trim()")
        if focused == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def tab_to_field(page, name: str, most: int = 80) -> None:
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.name || ''") == name:
            return
    raise AssertionError(f"Tab never reached the field {name!r}")


def checked(page) -> None:
    page.wait_for_load_state()
    assert_no_axe_violations(page)


def test_parent_starts_a_record_and_a_second_carer_sees_the_same_child(
    axe_page, chromium_browser, live_server, make_user
):
    page = axe_page
    make_user(email="sam@example.org", display_name="Sam Okafor")
    make_user(email="tunde@example.org", display_name="Tunde Okafor")

    # Given a parent signed in, who lands on the start page with a way to their children
    sign_in(page, "sam@example.org")
    page.goto("/start/")
    assert page.get_by_role("heading", name="Your children").is_visible()
    checked(page)

    # When they add their child by keyboard alone
    tab_to(page, "Add your child")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    checked(page)
    tab_to(page, "Start the record")  # an empty form first: the errors are plain and accessible
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Enter your child's first name").first.is_visible()
    checked(page)
    tab_to_field(page, "first_name")
    page.keyboard.type("Ada")
    tab_to_field(page, "last_name")
    page.keyboard.type("Okafor")
    tab_to_field(page, "date_of_birth_0")
    page.keyboard.type("3")
    page.keyboard.press("Tab")
    page.keyboard.type("9")
    page.keyboard.press("Tab")
    page.keyboard.type("2018")
    tab_to_field(page, "relationship")
    page.keyboard.type("Mum")
    tab_to(page, "Start the record")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    # Then they are on Ada's record, which says it was started
    assert page.locator("h1").inner_text().strip() == "Ada Okafor"
    assert page.get_by_text("Ada's record was started").is_visible()
    checked(page)
    record_url = page.url

    # When they fill in the one-page profile
    page.get_by_role("link", name="One-page profile").click()
    checked(page)
    page.get_by_role("link", name="Fill in the profile").click()
    checked(page)
    page.get_by_label("What people like and admire about me").fill("Ada is funny and kind.")
    page.get_by_label("What is important to me").fill("Trains and knowing what comes next.")
    page.get_by_label("How best to support me").fill("Show me changes with pictures first.")
    page.get_by_label("How I communicate").fill("Short sentences and picture cards.")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("Ada is funny and kind.").is_visible()
    checked(page)

    # And it prints on one A4 page, without the site's header and footer
    page.emulate_media(media="print")
    assert not page.locator(".govuk-header").is_visible()
    assert page.get_by_text("Ada is funny and kind.").is_visible()
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1
    a4_height_px = 297 / 25.4 * 96
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height <= a4_height_px, f"the printed profile is {height}px tall"
    page.emulate_media(media="screen")

    # When they add a need and a note
    page.goto(record_url + "needs/edit/")
    checked(page)
    page.get_by_label("Primary need").select_option("ASD")
    page.get_by_label("Secondary need").select_option("ASD")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("Choose a secondary need different from the primary").first.is_visible()
    checked(page)
    page.get_by_label("Secondary need").select_option("SLCN")
    page.get_by_label("Allergies").fill("Penicillin")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("Penicillin").is_visible()
    checked(page)
    for address in ("diagnoses/new/", "professionals/new/"):
        page.goto(record_url + "needs/" + address)
        checked(page)
    page.goto(record_url + "plan/")
    checked(page)
    page.goto(record_url + "plan/edit/")
    checked(page)
    page.get_by_label("Day").first.fill("5")
    page.get_by_label("Month").first.fill("13")
    page.get_by_label("Year").first.fill("2026")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_text("Date of the request must be a real date").first.is_visible()
    checked(page)
    page.get_by_label("Month").first.fill("1")
    page.get_by_role("button", name="Save").click()
    page.wait_for_load_state()
    assert page.get_by_role("table").is_visible()  # each step, its date and its status
    assert page.get_by_text("The council received the request for an EHC needs").is_visible()
    checked(page)
    page.goto(record_url + "plan/moved-dates/new/")
    checked(page)
    page.goto(record_url + "notes/")
    checked(page)
    page.get_by_label("Add a note").fill("Settled well after the visual timetable.")
    page.get_by_role("button", name="Add note").click()
    page.wait_for_load_state()
    assert page.get_by_text("Settled well after the visual timetable.").is_visible()
    checked(page)

    # And invite Ada's dad
    page.goto(record_url + "carers/")
    checked(page)
    page.get_by_role("button", name="Invite someone").click()
    page.wait_for_load_state()
    checked(page)
    page.get_by_label("Their email address").fill("tunde@example.org")
    page.get_by_label("Their relationship to the child").fill("Dad")
    page.get_by_role("button", name="Send invitation").click()
    page.wait_for_load_state()
    assert page.get_by_text("Invitation sent to tunde@example.org").is_visible()
    checked(page)
    link = INVITATION_LINK.search(mail.outbox[-1].body).group(1)

    # Then the second carer, in their own browser, accepts and sees the same child
    context = chromium_browser.new_context(base_url=live_server.url, bypass_csp=True)
    second = context.new_page()
    try:
        sign_in(second, "tunde@example.org", PASSWORD)
        second.goto(link)
        checked(second)
        second.get_by_role("button", name="Accept the invitation").click()
        second.wait_for_load_state()
        assert second.locator("h1").inner_text().strip() == "Ada Okafor"
        assert second.get_by_text("Tunde Okafor became a carer").is_visible()
        checked(second)
        second.goto("/family/")
        assert second.get_by_role("link", name="Ada Okafor").is_visible()
        checked(second)
    finally:
        context.close()


OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_an_officer_finds_a_record_and_ends_a_carers_access_for_a_court_order(
    axe_page, make_user
):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.models import Organisation
    from portal.accounts.roles import Role
    from tests.family.helpers import add_carer, make_child

    from .browser import enter_authenticator_code

    council = Organisation.objects.create(name="Riverside Council", kind="council")
    officer = make_user(
        email="officer@riverside.example", roles=(Role.OFFICER,), organisation=council,
        display_name="Chris Evans",
    )
    TOTP.activate(officer, OFFICER_SECRET)
    sam = make_user(email="sam@example.org", display_name="Sam Okafor")
    child = make_child(sam, first_name="Ada")
    child.date_of_birth = child.created_at.date().replace(year=2018, month=9, day=3)
    child.save()
    add_carer(child, make_user(email="lee@example.org", display_name="Lee Smith"), added_by=sam)
    page = axe_page

    # Given an officer signed in with their authenticator app
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)

    # When they find the child's record by name and date of birth, by keyboard
    page.goto("/start/")
    tab_to(page, "Find a child's record")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    checked(page)
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Last name").fill("Okafor")
    page.get_by_label("Day").fill("3")
    page.get_by_label("Month").fill("9")
    page.get_by_label("Year").fill("2018")
    page.get_by_role("button", name="Find").click()
    page.wait_for_load_state()
    checked(page)
    page.get_by_role("link", name="Ada Okafor, born 3 September 2018: carers").click()
    page.wait_for_load_state()
    checked(page)

    # And end Lee Smith's access, first without saying why
    page.get_by_role("link", name="End access for Lee Smith").click()
    page.wait_for_load_state()
    checked(page)
    page.get_by_role("button", name="End their access").click()
    page.wait_for_load_state()
    assert page.get_by_text("Choose why you are ending their access").first.is_visible()
    checked(page)
    page.get_by_label("A court order").check()
    page.get_by_label("Details").fill("Family court order of 1 March 2026")
    page.get_by_role("button", name="End their access").click()
    page.wait_for_load_state()

    # Then Lee's access has ended, with the reason, and the officer still sees no record
    assert page.get_by_text("Lee Smith can no longer see Ada's record.").is_visible()
    assert page.get_by_text("Reason: Court order: Family court order of 1 March 2026").is_visible()
    checked(page)
    response = page.goto(f"/family/children/{child.pk}/")
    assert response.status == 404
