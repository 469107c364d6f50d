"""The family opens the monthly statement from the budget page, chooses another month with the
keyboard-usable select, and sees an empty month say so; an officer opens the overview of all
budgets, filters it to the flagged ones, and the audit export's form. axe-core finds nothing
to fix on any of them."""

from datetime import date

import pytest

from .browser import enter_authenticator_code, sign_in
from .test_budget_journey import OFFICER_SECRET, check

pytestmark = pytest.mark.browser


@pytest.fixture
def cast(make_user):
    from allauth.mfa.totp.internal.auth import TOTP

    from budgets import ledger
    from budgets.models import FundingStream
    from portal.accounts.roles import Role
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org")
    child = make_child(parent, first_name="Ada", date_of_birth=date(2014, 3, 27))
    budget = ledger.open_budget(child, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=None)
    stream = ledger.add_stream(budget, kind="social_care", delivery="direct_payment",
                               cost_centre="SC200", amount_pence=300_000, by=None,
                               on=date(2026, 4, 1), overspend=FundingStream.Overspend.FLAG)
    breaks = ledger.add_provision(stream, description="Short breaks, 120 hours at £18",
                                  planned_cost_pence=216_000, by=None, on=date(2026, 4, 1))
    ledger.pay_direct(breaks, 18_000, by=None, on=date(2026, 5, 1))
    ledger.spend(breaks, 3_600, by=None, on=date(2026, 5, 2), memo="Riverside Youth Club")
    officer = make_user(email="chris@example.org", roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    return parent, child, budget, officer


def test_the_family_reads_a_months_statement(axe_page, cast):
    parent, child, budget, _ = cast
    page = axe_page
    sign_in(page, parent.email)

    page.goto(f"/family/children/{child.pk}/budget/")
    page.get_by_role("link", name="Monthly statements").click()
    check(page)

    page.get_by_label("Month").select_option(label="May 2026")
    page.get_by_role("button", name="Show the statement").click()
    main = page.locator("main").inner_text()
    assert "Budget statement for May 2026" in main
    assert "Spent by the family: Riverside Youth Club" in main
    assert "minus £36.00" in main
    check(page)
    assert page.get_by_role("link", name="PDF").get_attribute("href").endswith(
        "statement/pdf/?month=2026-05")

    page.get_by_label("Month").select_option(label="July 2026")
    page.get_by_role("button", name="Show the statement").press("Enter")
    page.wait_for_url("**month=2026-07")
    assert "No money moved in July 2026" in page.locator("main").inner_text()
    check(page)


def test_an_officer_looks_across_all_budgets(axe_page, cast):
    _, _, _, officer = cast
    page = axe_page
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)

    page.goto("/budgets/officer/")
    page.get_by_role("link", name="All personal budgets").click()
    check(page)
    assert "Ada Okafor" in page.locator("table").inner_text()

    page.get_by_label("Only budgets with an over- or under-spend").check()
    page.get_by_role("button", name="Show budgets").click()
    check(page)

    page.goto("/budgets/officer/")
    page.get_by_role("link", name="Ledger audit export").click()
    check(page)
    page.get_by_role("button", name="Download the entries (CSV)").click()
    assert "Enter the first day of the period" in page.locator(".govuk-error-summary").inner_text()
    check(page)
