"""The year-end reclaim in a browser: the family sees the proposal and its sum on the budget
page, answers (first sending nothing, which is refused), and an officer finds it in the list
and confirms a smaller amount with a reason; the family then sees the decision. axe-core finds
nothing to fix on any page of the way."""

import pytest

from .browser import enter_authenticator_code, sign_in
from .test_budget_journey import OFFICER_SECRET, check

pytestmark = pytest.mark.browser


@pytest.fixture
def cast(make_user):
    from datetime import date

    from allauth.mfa.totp.internal.auth import TOTP

    from budgets import ledger, reclaim
    from portal.accounts.roles import Role
    from tests.budgets.helpers import make_budget
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org")
    child = make_child(parent, first_name="Ada", date_of_birth=date(2014, 3, 27))
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 200_000, by=None)
    reclaim.propose_due(date(2027, 3, 3))  # £2,000 left, £1,500 above the £500 threshold
    officer = make_user(email="chris@example.org", roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    return parent, child, budget, officer


def test_the_family_answers_a_reclaim_and_an_officer_confirms_less(axe_page, cast):
    parent, child, budget, officer = cast
    page = axe_page

    # The family sees the proposal and the sum on the budget page
    sign_in(page, parent.email)
    page.goto(f"/family/children/{child.pk}/budget/")
    check(page)
    assert page.get_by_text("Unspent money at the end of the plan year").is_visible()
    page.get_by_role("link", name="Tell the council what the money is planned for").click()
    check(page)

    # and answers, first with nothing
    page.get_by_role("button", name="Send to the council").click()
    check(page)
    assert page.get_by_role("link", name="Tell the council what the money is planned for")
    page.get_by_label("Money already promised to planned spending, in pounds").fill("200")
    page.get_by_label("What the money is planned for").fill(
        "Two weeks of holiday club in the Easter holidays are booked.")
    page.get_by_role("button", name="Send to the council").click()
    check(page)
    assert page.get_by_text("£1,300.00").first.is_visible()
    page.context.clear_cookies()

    # The officer finds it in the list and confirms less, with a reason
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)
    page.goto("/budgets/officer/")
    page.get_by_role("link", name="Year-end reclaims to decide").click()
    check(page)
    page.get_by_role("link", name="Ada Okafor, Budget 2026-27").click()
    check(page)
    assert page.get_by_text("Two weeks of holiday club").is_visible()
    page.get_by_label("Confirm the reclaim").check()
    page.get_by_label("Amount to reclaim, in pounds").fill("1000")
    page.get_by_role("button", name="Save the decision").click()
    check(page)  # a smaller amount needs a reason: the error, with the amount kept
    assert page.get_by_label("Amount to reclaim, in pounds").input_value() == "1000"
    page.get_by_label("Reason").fill("The council pays the holiday club's deposit directly.")
    page.get_by_role("button", name="Save the decision").click()
    check(page)
    assert page.get_by_text("£1,000.00 has been reclaimed").is_visible()
    page.context.clear_cookies()

    # The family sees the decision
    sign_in(page, parent.email)
    page.goto(f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/")
    check(page)
    assert page.get_by_text("The council reclaimed").is_visible()
