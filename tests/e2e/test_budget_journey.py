"""An officer finds a child, creates a personal budget with a direct-payment stream and a
provision (first making a mistake, which keeps what was typed), and the family sees it on the
child's record: what the money is for, the figures, the monthly chart and its table. The family
records a spend; the officer asks about it, the family answers, the officer approves. axe-core
finds nothing to fix on any page of the way.

The family's spend goes with a photo of its receipt (a file that is not a receipt is refused
first, keeping everything typed), and the officer sees the receipt with the spend. Officers type
dates in GOV.UK day, month and year boxes. The month's statement shows the spend."""

import pytest

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def fill_date(page, legend, day, month, year):
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(day)
    group.get_by_label("Month").fill(month)
    group.get_by_label("Year").fill(year)


def check(page):
    """axe-core on the page. An officer's pages carry the Wagtail userbar, which runs its own
    axe check as the page loads; ours waits its turn rather than failing on that."""
    from playwright.sync_api import Error

    for _ in range(40):
        try:
            return assert_no_axe_violations(page)
        except Error as error:
            if "already running" not in str(error):
                raise
            page.wait_for_timeout(250)
    raise AssertionError("axe-core never had a turn on " + page.url)


@pytest.fixture
def cast(make_user):
    from datetime import date

    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.roles import Role
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org")
    child = make_child(parent, first_name="Ada", date_of_birth=date(2014, 3, 27))
    officer = make_user(email="chris@example.org", roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    return parent, child, officer


def test_an_officer_sets_up_a_budget_and_the_family_sees_it(axe_page, cast):
    parent, child, officer = cast
    page = axe_page
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)

    # The officer finds the child
    page.goto("/budgets/officer/")
    check(page)
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Last name").fill("Okafor")
    fill_date(page, "Date of birth", "27", "3", "2014")
    page.get_by_role("button", name="Find").click()
    check(page)
    page.get_by_role("link", name="Create a budget for Ada Okafor").click()

    # creates the budget
    check(page)
    fill_date(page, "Plan year starts", "1", "4", "2026")
    fill_date(page, "Plan year ends", "31", "3", "2027")
    page.get_by_role("button", name="Create the budget").click()
    check(page)

    # adds a stream, first forgetting the delivery mode
    page.get_by_role("link", name="Add a funding stream").click()
    page.get_by_label("Social care").check()
    page.get_by_label("Council cost centre code").fill("SC200")
    page.get_by_label("Amount for the year, in pounds").fill("3,000")
    page.get_by_role("button", name="Add the stream").click()
    assert "Choose how the money is delivered" in page.locator(".govuk-error-summary").inner_text()
    assert page.get_by_label("Council cost centre code").input_value() == "SC200"
    check(page)
    page.get_by_label("Direct payment to the family").check()
    page.get_by_role("button", name="Add the stream").click()

    # and a provision
    page.get_by_role("link", name="Add a provision").click()
    check(page)
    page.get_by_label("Social care").check()
    page.get_by_label("What it is").fill("Short breaks, 120 hours at £18")
    page.get_by_label("The EHC plan outcome it serves").fill("Ada spends time with friends")
    page.get_by_label("Planned cost, in pounds").fill("2160")
    page.get_by_role("button", name="Add the provision").click()
    assert "The provision has been added" in page.content()
    check(page)

    # The family sees it from the child's record
    # The officer steps away (their session kept, as a second device would) and the parent
    # signs in: an authenticator code can be used only once, so the officer does not sign in
    # again.
    officer_session = page.context.cookies()
    page.context.clear_cookies()
    family = page
    sign_in(family, parent.email)
    family.goto(f"/family/children/{child.pk}/")
    family.get_by_role("link", name="Personal budget").click()
    assert family.locator("h1").inner_text().strip() == "Personal budget"
    text = family.locator("main").inner_text()
    assert "Ada spends time with friends" in text
    assert "£2,160.00" in text and "£3,000.00 for the year" in text
    assert family.locator("svg.spending-chart").count() == 1
    check(family)

    # The council pays the first month into the family's direct-payment account (the payment
    # run belongs to the payments issue, so the test does it through the ledger)
    from budgets import ledger
    from budgets.models import Provision

    ledger.pay_direct(Provision.objects.get(), 18_000, by=None)

    # The family records a spend
    family.get_by_role("link", name="Spends from the direct payment").click()
    check(family)
    family.get_by_role("link", name="Record a spend").click()
    family.get_by_label("Short breaks, 120 hours at £18").check()
    family.get_by_label("Date of the spend").fill("2/5/2026")
    family.get_by_label("Amount, in pounds").fill("36")
    family.get_by_label("Who was paid").fill("Riverside Youth Club")
    family.get_by_label("What it paid for").fill("Two Saturday sessions")
    # first choosing a file that is not a receipt
    family.get_by_label("Receipt (optional)").set_input_files(files=[{
        "name": "receipt.pdf", "mimeType": "application/pdf", "buffer": b"not a receipt"}])
    family.get_by_role("button", name="Record the spend").click()
    assert "The receipt must be a PDF, or a photo" in family.locator(
        ".govuk-error-summary").inner_text()
    assert family.get_by_label("Who was paid").input_value() == "Riverside Youth Club"
    assert family.get_by_label("Amount, in pounds").input_value() == "36"
    check(family)
    from budgets import receipts_demo

    family.get_by_label("Receipt (optional)").set_input_files(files=[{
        "name": "youth-club.png", "mimeType": "image/png", "buffer": receipts_demo.png()}])
    family.get_by_role("button", name="Record the spend").click()
    assert "The spend has been recorded" in family.content()
    assert "youth-club.png" in family.locator("main").inner_text()
    check(family)
    spend_url = family.url

    # The officer asks about it
    family_session = family.context.cookies()
    family.context.clear_cookies()
    page.context.add_cookies(officer_session)
    page.goto("/budgets/officer/")
    page.get_by_label("First name").fill("Ada")
    page.get_by_label("Last name").fill("Okafor")
    fill_date(page, "Date of birth", "27", "3", "2014")
    page.get_by_role("button", name="Find").click()
    page.get_by_role("link", name="Budget 2026-27").click()
    page.get_by_role("link", name="2 May 2026: Riverside Youth Club").click()
    assert "youth-club.png" in page.locator("main").inner_text()
    with page.expect_download() as receipt:
        page.get_by_role("link", name="Download the receipt added").click()
    assert receipt.value.suggested_filename == "receipt-2026-05-02.png"
    check(page)
    page.get_by_label("Ask the family a question").check()
    page.get_by_label("Your question, or why it is not approved").fill(
        "Were both sessions for Ada?")
    page.get_by_role("button", name="Save the review").click()
    check(page)

    # The family answers
    page.context.clear_cookies()
    family.context.add_cookies(family_session)
    family.goto(spend_url)
    assert "Were both sessions for Ada?" in family.locator("main").inner_text()
    family.get_by_label("Your answer").fill("Yes, both were Ada's.")
    family.get_by_role("button", name="Send your answer").click()
    check(family)

    # The officer approves
    family.context.clear_cookies()
    page.context.add_cookies(officer_session)
    page.goto(spend_url.replace(f"/family/children/{child.pk}/spends/",
                                f"/budgets/officer/{Provision.objects.get().budget_id}/spends/"))
    assert "Yes, both were Ada's." in page.locator("main").inner_text()
    page.get_by_label("Approve", exact=True).check()
    page.get_by_role("button", name="Save the review").click()
    assert "Approved" in page.locator("main").inner_text()
    check(page)

    # The statement for May shows the spend
    page.goto(f"/budgets/officer/{Provision.objects.get().budget_id}/")
    page.get_by_role("link", name="Monthly statements").click()
    page.get_by_label("Month").select_option(label="May 2026")
    page.get_by_role("button", name="Show the statement").click()
    statement = page.locator("main").inner_text()
    assert "Budget statement for May 2026" in statement
    assert "Riverside Youth Club" in statement and "minus £36.00" in statement
    check(page)
