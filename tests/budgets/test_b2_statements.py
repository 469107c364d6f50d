"""The monthly statement: its totals are the ledger's balances at the month's ends, and the page,
the CSV and the PDF all show the same figures."""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import pytest
import time_machine
from django.utils import timezone

from budgets import ledger, spending, statements
from budgets.models import Account
from budgets.money import pounds
from portal.accounts.roles import Role
from portal.family.policy import Action, Section
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent
from tests.sharing.helpers import make_key_worker, share

pytestmark = pytest.mark.django_db

K = Account.Kind
MAY = date(2026, 5, 1)
# The statement page's "today": its last complete month is May 2026.
IN_JUNE = datetime(2026, 6, 15, 12, tzinfo=timezone.get_default_timezone())


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                     mfa=True)


@pytest.fixture
def family():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget = ledger.open_budget(child, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=None)
    care = ledger.add_stream(budget, kind="social_care", delivery="direct_payment",
                             cost_centre="SC200", amount_pence=500_000, by=None,
                             on=date(2026, 4, 1))
    school = ledger.add_stream(budget, kind="education", delivery="managed",
                               cost_centre="ED100", amount_pence=300_000, by=None,
                               on=date(2026, 4, 1))
    breaks = ledger.add_provision(care, description="Short breaks", planned_cost_pence=0,
                                  by=None)
    therapy = ledger.add_provision(school, description="Speech therapy", planned_cost_pence=0,
                                   by=None)
    ledger.allocate(breaks, 360_000, by=None, on=date(2026, 4, 1))
    ledger.allocate(therapy, 220_000, by=None, on=date(2026, 4, 2))
    # The month's edges: the last day of April and of May, the first of May and of June.
    ledger.pay_direct(breaks, 30_000, by=None, on=date(2026, 4, 30))
    ledger.pay_direct(breaks, 30_000, by=None, on=MAY)
    spending.record(spending.SpendDetails(breaks, date(2026, 5, 9), 4_550,
                                          "=HYPERLINK(\"http://x\")", "Two sessions"), by=parent)
    ledger.refund(breaks, 550, by=None, on=date(2026, 5, 12))
    ledger.commit(therapy, 5_500, by=None, on=date(2026, 5, 14), memo="Clinic booking")
    ledger.settle(therapy, 5_500, by=None, on=date(2026, 5, 20))
    wrong = ledger.commit(therapy, 1_000, by=None, on=date(2026, 5, 21))
    ledger.reverse(wrong, by=None, on=date(2026, 5, 22))
    ledger.reclaim(breaks, 2_000, by=None, on=date(2026, 5, 31))
    ledger.fund(care, 10_000, by=None, on=date(2026, 5, 31), memo="Amendment")
    ledger.spend(breaks, 1_000, by=None, on=date(2026, 6, 1))
    return parent, child, budget, {"breaks": breaks, "therapy": therapy}


def _left(budget, on, provision=None):
    """Money left as the ledger has it at the end of `on`: unallocated + provision +
    direct-payment accounts, from ledger.balances."""
    found = ledger.balances(budget.pk, on=on)
    accounts = Account.objects.filter(budget=budget, pk__in=found)
    if provision is not None:
        accounts = accounts.filter(provision=provision)
    return sum(found[a.pk] for a in accounts
               if a.kind in (K.UNALLOCATED, K.PROVISION, K.DIRECT_PAYMENT))


@pytest.mark.parametrize("month", [date(2026, 4, 1), MAY, date(2026, 6, 1)])
def test_opening_and_closing_are_the_ledgers_balances_at_the_months_ends(family, month):
    _, _, budget, provisions = family
    statement = statements.statement_for(budget, month)
    day_before = date.fromordinal(month.toordinal() - 1)

    assert statement.opening == _left(budget, day_before)
    assert statement.closing == _left(budget, statements.month_end(month))
    for name, provision in provisions.items():
        line = next(line for section in statement.sections for line in section.lines
                    if line.name == provision.description)
        assert line.opening == _left(budget, day_before, provision), name
        assert line.closing == _left(budget, statements.month_end(month), provision), name
        assert line.opening + sum(m.change for m in line.movements) == line.closing
    assert statement.closing == sum(s.closing for s in statement.sections)


def test_the_months_chain_and_the_last_one_ends_at_todays_balance(family):
    _, _, budget, _ = family
    april, may, june = (statements.statement_for(budget, date(2026, m, 1)) for m in (4, 5, 6))

    assert april.closing == may.opening and may.closing == june.opening
    assert june.closing == _left(budget, date(2099, 1, 1))


def test_every_movement_of_may_is_on_mays_statement_and_no_other(family):
    _, _, budget, _ = family
    may = statements.statement_for(budget, MAY)
    breaks = next(line for s in may.sections for line in s.lines if line.name == "Short breaks")

    assert [(m.occurred_on, m.what, m.change) for m in breaks.movements] == [
        (MAY, "Paid into the direct-payment account", 0),
        (date(2026, 5, 9), "Spent by the family", -4_550),
        (date(2026, 5, 12), "Refund to the family", 550),
        (date(2026, 5, 31), "Reclaimed by the council", -2_000),
    ]
    # Funding in, and out: spent 45.50 - refund 5.50 + therapy committed 55 (the booking and
    # its reversal cancel) + reclaimed 20.
    assert may.money_in == 10_000 + 550 + 1_000
    assert may.money_out == 4_550 + 5_500 + 1_000 + 2_000
    assert may.movement_count == 9


def test_a_month_with_no_movements_says_so(client, family):
    parent, child, budget, _ = family
    client.force_login(parent)

    busy = client.get(f"/family/children/{child.pk}/budget/{budget.pk}/statement/",
                      {"month": "2026-05"})
    assert "No money moved" not in busy.content.decode()

    with time_machine.travel(datetime(2026, 9, 2, 12, tzinfo=timezone.get_default_timezone())):
        page = client.get(f"/family/children/{child.pk}/budget/{budget.pk}/statement/")
    text = page.content.decode()
    assert "Budget statement for August 2026" in text  # the last complete month
    assert "No money moved in August 2026" in text
    assert f"The balance stayed at {pounds(_left(budget, date(2026, 8, 31)))}" in text


def test_the_family_sees_the_last_complete_month_and_can_choose_another(client, family):
    parent, child, budget, _ = family
    client.force_login(parent)
    address = f"/family/children/{child.pk}/budget/{budget.pk}/statement/"

    with time_machine.travel(IN_JUNE):
        shown = client.get(address).content.decode()
        chosen = client.get(address, {"month": "2026-04"}).content.decode()
        future = client.get(address, {"month": "2026-09"})

    assert "Budget statement for May 2026" in shown
    assert '<option value="2026-05" selected>May 2026</option>' in shown
    assert "Budget statement for April 2026" in chosen
    assert future.status_code == 200
    assert "Choose a month of the plan year, up to this month" in future.content.decode()


def test_the_budget_pages_link_to_the_statement(client, family, officer):
    parent, child, budget, _ = family
    client.force_login(parent)
    assert f"/family/children/{child.pk}/budget/{budget.pk}/statement/" in client.get(
        f"/family/children/{child.pk}/budget/").content.decode()
    client.force_login(officer)
    assert f"/budgets/officer/{budget.pk}/statement/" in client.get(
        f"/budgets/officer/{budget.pk}/").content.decode()


def test_the_csv_has_the_statements_totals_and_escapes_formulas(client, family, officer):
    _, _, budget, _ = family
    client.force_login(officer)
    statement = statements.statement_for(budget, MAY)

    response = client.get(f"/budgets/officer/{budget.pk}/statement/csv/", {"month": "2026-05"})

    assert response.streaming
    assert response["Content-Disposition"] == 'attachment; filename="budget-statement-2026-05.csv"'
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    totals = {row[4]: row for row in rows if row[0] == "All streams"}
    assert Decimal(totals["Opening balance"][7]) * 100 == statement.opening
    assert Decimal(totals["Closing balance"][7]) * 100 == statement.closing
    assert Decimal(totals["Money in"][6]) * 100 == statement.money_in
    assert Decimal(totals["Money out"][6]) * 100 == -statement.money_out
    assert statement.closing == _left(budget, date(2026, 5, 31))
    memos = [row[5] for row in rows]
    assert "'=HYPERLINK(\"http://x\")" in memos  # written as text, never run as a formula


def test_an_officers_look_at_a_statement_is_in_the_familys_access_log(client, family, officer):
    from portal.sharing.models import AccessLog

    _, child, budget, _ = family
    client.force_login(officer)
    url = f"/budgets/officer/{budget.pk}/statement/pdf/?month=2026-05"

    assert client.get(url).status_code == 200
    assert client.get(f"/budgets/officer/{budget.pk}/statement/pdf/?month=1999-01").status_code \
        == 404

    (row,) = AccessLog.objects.filter(child=child)
    assert (row.section, row.action, row.grant, row.page) == ("budget", "view", None, url)
    assert row.role == "Council officer"


def test_the_pdf_has_the_same_totals(client, family):
    from pypdf import PdfReader

    parent, child, budget, _ = family
    client.force_login(parent)
    statement = statements.statement_for(budget, MAY)

    response = client.get(f"/family/children/{child.pk}/budget/{budget.pk}/statement/pdf/",
                          {"month": "2026-05"})

    assert response["Content-Type"] == "application/pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Budget statement for May 2026" in text
    assert f"Opening balance, 1 May 2026 {pounds(statement.opening)}" in text
    assert f"Closing balance, 31 May 2026 {pounds(statement.closing)}" in text
    assert f"Money out {pounds(statement.money_out)}" in text
    assert "Ada Okafor" in text


def test_a_key_worker_with_the_budget_grant_sees_it_and_one_without_does_not(client, family):
    parent, child, budget, _ = family
    granted, other = make_key_worker(), make_key_worker()
    share(child, with_user=granted, sections=(Section.BUDGET,), actions=(Action.VIEW,),
          by=parent)
    share(child, with_user=other, sections=(Section.GOALS,), by=parent)
    address = f"/family/children/{child.pk}/budget/{budget.pk}/statement/"

    client.force_login(granted)
    assert client.get(address, {"month": "2026-05"}).status_code == 200
    client.force_login(other)
    assert client.get(address, {"month": "2026-05"}).status_code == 404
    assert client.get(address + "csv/", {"month": "2026-05"}).status_code == 404


def test_the_statement_page_asks_a_fixed_number_of_queries(client, family):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    parent, child, budget, provisions = family
    client.force_login(parent)
    address = f"/family/children/{child.pk}/budget/{budget.pk}/statement/"
    client.get(address, {"month": "2026-05"})
    client.get(address, {"month": "2026-05"})  # the session settles on the first two
    with CaptureQueriesContext(connection) as few:
        client.get(address, {"month": "2026-05"})
    for _ in range(20):
        ledger.spend(provisions["breaks"], 100, by=None, on=date(2026, 5, 3))
    ledger.add_provision(provisions["breaks"].stream, description="Swimming",
                         planned_cost_pence=1_000, by=None, on=date(2026, 5, 4))

    with CaptureQueriesContext(connection) as many:
        assert client.get(address, {"month": "2026-05"}).status_code == 200

    assert len(many) == len(few) <= 14
