"""A spend's receipt added later: the council has asked about a spend, the family opens it,
first chooses a file that is not a receipt (refused, in plain English), then adds a PDF; the
receipt is listed and downloads. axe-core finds nothing to fix on any page of the way."""

from datetime import date

import pytest

from .browser import sign_in
from .test_budget_journey import check

pytestmark = pytest.mark.browser


@pytest.fixture
def queried_spend(make_user):
    from budgets import ledger, spending
    from portal.accounts.roles import Role
    from tests.budgets.helpers import make_budget
    from tests.family.helpers import make_child

    parent = make_user(email="sam@example.org")
    child = make_child(parent, first_name="Ada", date_of_birth=date(2014, 3, 27))
    officer = make_user(email="chris@example.org", roles=(Role.OFFICER,))
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    made = spending.record(spending.SpendDetails(
        provisions["breaks"], date(2026, 5, 2), 3_600, "Riverside Youth Club",
        "Two Saturday sessions"), by=parent)
    spending.ask(made, by=officer, text="Could you add the receipt?", notify=False)
    return parent, child, made


def test_the_family_adds_a_receipt_the_council_asked_for(axe_page, queried_spend):
    from budgets import receipts_demo

    parent, child, made = queried_spend
    page = axe_page
    sign_in(page, parent.email)
    page.goto(f"/family/children/{child.pk}/spends/{made.pk}/")
    assert "No receipt has been added to this spend." in page.locator("main").inner_text()
    check(page)

    page.get_by_role("link", name="Add a receipt to this spend").click()
    check(page)
    page.get_by_label("Receipt").set_input_files(files=[{
        "name": "receipt.pdf", "mimeType": "application/pdf", "buffer": b"GIF89a not a pdf"}])
    page.get_by_role("button", name="Add the receipt").click()
    assert "The receipt must be a PDF, or a photo" in page.locator(
        ".govuk-error-summary").inner_text()
    check(page)

    pdf = receipts_demo.pdf("Riverside Youth Club", date(2026, 5, 2), 3_600)
    page.get_by_label("Receipt").set_input_files(files=[{
        "name": "youth-club-may.pdf", "mimeType": "application/pdf", "buffer": pdf}])
    page.get_by_role("button", name="Add the receipt").click()
    assert "The receipt has been added to the spend." in page.content()
    assert "youth-club-may.pdf" in page.locator("main").inner_text()
    check(page)
    with page.expect_download() as receipt:
        page.get_by_role("link", name="Download the receipt added").click()
    assert receipt.value.suggested_filename == "receipt-2026-05-02.pdf"
