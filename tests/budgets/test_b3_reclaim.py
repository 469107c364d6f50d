"""Year-end reclaim: proposed 28 days before the plan year ends (a daily command, once per
budget), the family sees the sum and may explain planned spending (screened for safeguarding
first), an officer confirms (perhaps less, with a reason) or withdraws. Confirming is one ledger
transaction; only the ledger's reversal undoes it. Emails say where to look, never amounts or
words."""

import io
import json
import zipfile
from datetime import date, datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.db.models import Sum
from django.test.utils import CaptureQueriesContext

from budgets import ledger, reclaim
from budgets.models import (
    Account,
    Entry,
    LedgerIsAppendOnly,
    LedgerTransaction,
    ReclaimProposal,
)
from portal.accounts.data_export import build_zip
from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent

from .helpers import YEAR, make_budget

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
ENDS = YEAR["ends_on"]  # 31 March 2027
PROPOSAL_DAY = ENDS - timedelta(days=28)  # 3 March 2027
THRESHOLD = reclaim.DEFAULT_THRESHOLD_PENCE


def _at(day: date, hour=9):
    return time_machine.travel(datetime(day.year, day.month, day.day, hour, tzinfo=LONDON),
                               tick=False)


def _dp_balance(budget) -> int:
    return Entry.objects.filter(
        account__budget=budget, account__kind=Account.Kind.DIRECT_PAYMENT
    ).aggregate(total=Sum("amount_pence"))["total"] or 0


@pytest.fixture
def family():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget, streams, provisions = make_budget(child)
    # £2,000 paid to the family, £150 of it spent: £1,850 left, £1,350 above the £500 threshold.
    ledger.pay_direct(provisions["breaks"], 200_000, by=None, on=date(2026, 4, 1))
    ledger.spend(provisions["breaks"], 15_000, by=None, on=date(2026, 6, 1))
    return parent, child, budget, provisions


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                     mfa=True)


def _propose(budget, day=PROPOSAL_DAY) -> ReclaimProposal:
    reclaim.propose_due(day)
    return ReclaimProposal.objects.get(budget=budget)


# Proposing.


def test_the_daily_command_proposes_28_days_ahead_once_and_tells_the_family_where_to_look(
    family, django_capture_on_commit_callbacks
):
    parent, child, budget, _ = family

    with _at(PROPOSAL_DAY - timedelta(days=1)), django_capture_on_commit_callbacks(execute=True):
        call_command("propose_reclaims", stdout=StringIO())
    assert not ReclaimProposal.objects.exists()

    with _at(PROPOSAL_DAY), django_capture_on_commit_callbacks(execute=True):
        call_command("propose_reclaims", stdout=StringIO())
    with _at(PROPOSAL_DAY + timedelta(days=1)), django_capture_on_commit_callbacks(execute=True):
        call_command("propose_reclaims", stdout=StringIO())

    proposal = ReclaimProposal.objects.get()
    assert (proposal.budget, proposal.proposed_on, proposal.decide_from) == (
        budget, PROPOSAL_DAY, ENDS)
    assert (proposal.balance_pence, proposal.threshold_pence, proposal.proposed_pence) == (
        185_000, THRESHOLD, 135_000)
    assert [message.to for message in mail.outbox] == [[parent.email]]
    body = mail.outbox[0].body
    assert f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/" in body
    assert "1,350" not in body and "1350" not in body and "Ada" not in body
    assert "needs your attention" in mail.outbox[0].subject
    assert LedgerTransaction.objects.filter(kind="reclaim").count() == 0  # nothing moved yet


def test_no_proposal_at_or_below_the_threshold_or_after_the_year_has_ended(family, settings):
    _, _, budget, _ = family
    settings.BUDGET_RECLAIM_THRESHOLD_PENCE = 185_000  # exactly what is left

    assert reclaim.propose_due(PROPOSAL_DAY) == []

    settings.BUDGET_RECLAIM_THRESHOLD_PENCE = 184_999
    assert reclaim.propose_due(ENDS + timedelta(days=1)) == []
    assert [p.proposed_pence for p in reclaim.propose_due(ENDS)] == [1]


def test_the_threshold_is_a_setting_and_the_proposal_keeps_the_one_the_family_was_told(
    family, settings
):
    _, _, budget, _ = family
    settings.BUDGET_RECLAIM_THRESHOLD_PENCE = 100_000
    proposal = _propose(budget)
    settings.BUDGET_RECLAIM_THRESHOLD_PENCE = 10_000

    assert proposal.proposed_pence == 85_000
    assert reclaim.reasoning_for(proposal).threshold == 100_000


# What the family sees and says.


def test_the_family_sees_the_sum_on_the_budget_page(client, family):
    parent, child, budget, _ = family
    _propose(budget)
    client.force_login(parent)

    page = client.get(f"/family/children/{child.pk}/budget/").content.decode()

    assert "Unspent money at the end of the plan year" in page
    for figure in ("£1,850.00", "£0.00", "£500.00", "£1,350.00"):
        assert figure in page
    assert f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/" in page


def test_the_budget_page_without_a_proposal_says_nothing_of_a_reclaim(client, family):
    parent, child, _, _ = family
    client.force_login(parent)

    page = client.get(f"/family/children/{child.pk}/budget/").content.decode()

    assert "Unspent money at the end" not in page


def test_the_familys_answer_lowers_the_sum_and_the_officer_reads_it(client, family, officer):
    parent, child, budget, _ = family
    proposal = _propose(budget)
    client.force_login(parent)
    address = f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/"

    response = client.post(address, {
        "committed": "1,000", "explanation": "Summer holiday club is booked for August.",
    })

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.committed_pence == 100_000 and proposal.responded_by == parent
    assert not proposal.held_for_safeguarding
    assert reclaim.reasoning_for(proposal).reclaimable == 35_000
    client.force_login(officer)
    page = client.get(f"/budgets/officer/{budget.pk}/reclaim/").content.decode()
    assert "Summer holiday club is booked for August." in page
    assert "£350.00" in page


def test_a_bad_answer_keeps_what_the_family_typed(client, family):
    parent, child, budget, _ = family
    proposal = _propose(budget)
    client.force_login(parent)

    response = client.post(f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/", {
        "committed": "lots", "explanation": "Therapy sessions booked until June.",
    })

    page = response.content.decode()
    assert response.status_code == 200
    assert "must be an amount of money" in page
    assert "Therapy sessions booked until June." in page and 'value="lots"' in page
    proposal.refresh_from_db()
    assert proposal.responded_at is None


def test_a_flagged_explanation_is_held_for_the_safeguarding_lead(
    client, family, officer, django_capture_on_commit_callbacks
):
    parent, child, budget, _ = family
    proposal = _propose(budget)
    lead = make_user(Role.SAFEGUARDING_LEAD, mfa=True, email="lead@example.org")
    words = "We need the money for respite because my partner hits me and the kids."
    client.force_login(parent)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/", {
            "committed": "", "explanation": words,
        })

    proposal.refresh_from_db()
    assert proposal.held_for_safeguarding and proposal.explanation == words
    assert [message.to for message in mail.outbox] == [[lead.email]]
    assert "hits" not in mail.outbox[0].body and "respite" not in mail.outbox[0].body
    address = f"/budgets/officer/{budget.pk}/reclaim/"
    client.force_login(officer)
    assert words not in client.get(address).content.decode()
    client.force_login(lead)
    assert words in client.get(address).content.decode()
    assert client.post(address, {"clear": "1"}).status_code == 302
    client.force_login(officer)
    assert words in client.get(address).content.decode()


def test_an_ordinary_explanation_is_not_held(family):
    parent, _, budget, _ = family
    proposal = _propose(budget)

    reclaim.respond(proposal, reclaim.Answer(0, "Swimming lessons start in April."), by=parent)

    proposal.refresh_from_db()
    assert not proposal.held_for_safeguarding


# The officer's decision.


def test_confirming_is_one_ledger_transaction_of_the_exact_pence(
    client, family, officer, django_capture_on_commit_callbacks
):
    parent, child, budget, provisions = family
    proposal = _propose(budget)
    before = _dp_balance(budget)

    with _at(ENDS), django_capture_on_commit_callbacks(execute=True):
        client.force_login(officer)  # a session opened now: the clock has moved on
        response = client.post(f"/budgets/officer/{budget.pk}/reclaim/", {
            "decision": "confirm", "amount": "1,350.00", "reason": "",
        })

    assert response.status_code == 302
    proposal.refresh_from_db()
    moved = proposal.transaction
    assert (proposal.status, proposal.decided_pence, moved.kind) == ("confirmed", 135_000,
                                                                      "reclaim")
    assert LedgerTransaction.objects.filter(kind="reclaim").count() == 1
    amounts = list(moved.entries.values_list("amount_pence", flat=True))
    assert sum(amounts) == 0 and sorted(amounts) == [-135_000, 135_000]
    assert _dp_balance(budget) == before - 135_000 == 50_000
    assert [message.to for message in mail.outbox] == [[parent.email]]
    assert "1,350" not in mail.outbox[0].body
    page = client.get(f"/budgets/officer/{budget.pk}/reclaim/").content.decode()
    assert "Confirm the reclaim" not in page


def test_a_reclaim_from_two_provisions_is_still_one_transaction(family, officer):
    _, _, budget, provisions = family
    extra = ledger.add_provision(
        provisions["breaks"].stream, description="Personal assistant", planned_cost_pence=0,
        outcome="Ada goes out with a PA", by=None)
    ledger.move(provisions["breaks"], extra, 100_000, by=None)
    ledger.pay_direct(extra, 60_000, by=None)
    proposal = _propose(budget)
    assert proposal.proposed_pence == 195_000

    reclaim.confirm(proposal, reclaim.Decision(195_000), by=officer, today=ENDS)

    proposal.refresh_from_db()
    assert LedgerTransaction.objects.filter(kind="reclaim").count() == 1
    assert proposal.transaction.entries.filter(amount_pence__lt=0).count() == 2
    assert _dp_balance(budget) == THRESHOLD


def test_a_smaller_amount_needs_a_reason_and_the_family_sees_it(client, family, officer):
    parent, child, budget, _ = family
    proposal = _propose(budget)

    with pytest.raises(reclaim.ReclaimRefused, match="why less"):
        reclaim.confirm(proposal, reclaim.Decision(100_000), by=officer, today=ENDS)
    reclaim.confirm(proposal, reclaim.Decision(100_000, "Transport costs in March"),
                    by=officer, today=ENDS)

    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/").content
    assert "£1,000.00".encode() in page and b"Transport costs in March" in page
    assert _dp_balance(budget) == 85_000


def test_never_more_than_the_family_was_told_nor_than_is_above_the_threshold_now(
    family, officer
):
    parent, _, budget, provisions = family
    proposal = _propose(budget)
    ledger.pay_direct(provisions["breaks"], 50_000, by=None)  # more paid in since: not taken

    with pytest.raises(reclaim.ReclaimRefused, match="No more than £1,350.00"):
        reclaim.confirm(proposal, reclaim.Decision(135_001), by=officer, today=ENDS)

    ledger.spend(provisions["breaks"], 150_000, by=None)  # the family spent most of it
    with pytest.raises(reclaim.ReclaimRefused, match="No more than £350.00"):
        reclaim.confirm(proposal, reclaim.Decision(135_000, "x"), by=officer, today=ENDS)
    reclaim.confirm(proposal, reclaim.Decision(35_000, "Spent since"), by=officer, today=ENDS)
    assert _dp_balance(budget) == THRESHOLD


def test_nothing_is_confirmed_before_the_28_days_unless_the_family_has_answered(
    client, family, officer
):
    parent, _, budget, _ = family
    proposal = _propose(budget)
    address = f"/budgets/officer/{budget.pk}/reclaim/"

    with _at(ENDS - timedelta(days=1)):
        client.force_login(officer)
        page = client.get(address).content.decode()
        response = client.post(address, {"decision": "confirm", "amount": "1350"})
    assert "Confirm the reclaim" not in page and "Withdraw the proposal" in page
    assert "cannot be confirmed before then" in response.content.decode()
    assert not LedgerTransaction.objects.filter(kind="reclaim").exists()

    reclaim.respond(proposal, reclaim.Answer(0, "We do not need it."), by=parent)
    with _at(ENDS - timedelta(days=1)):
        client.force_login(officer)
        response = client.post(address, {"decision": "confirm", "amount": "1350"})
    assert response.status_code == 302
    assert LedgerTransaction.objects.filter(kind="reclaim").count() == 1


def test_withdrawing_needs_a_reason_moves_nothing_and_cannot_then_be_confirmed(
    client, family, officer
):
    _, _, budget, _ = family
    proposal = _propose(budget)
    client.force_login(officer)
    address = f"/budgets/officer/{budget.pk}/reclaim/"

    assert "Enter why the proposal is withdrawn" in client.post(
        address, {"decision": "withdraw"}).content.decode()
    assert client.post(address, {"decision": "withdraw",
                                 "reason": "The plan changes in April"}).status_code == 302

    proposal.refresh_from_db()
    assert proposal.status == "withdrawn" and proposal.transaction is None
    with pytest.raises(reclaim.ReclaimRefused, match="already been decided"):
        reclaim.confirm(proposal, reclaim.Decision(135_000), by=officer, today=ENDS)
    assert not LedgerTransaction.objects.filter(kind="reclaim").exists()


def test_a_confirmed_reclaim_is_undone_only_by_the_ledgers_reversal(client, family, officer):
    parent, child, budget, _ = family
    proposal = _propose(budget)
    reclaim.confirm(proposal, reclaim.Decision(135_000), by=officer, today=ENDS)
    proposal.refresh_from_db()

    with pytest.raises(LedgerIsAppendOnly):
        proposal.transaction.delete()
    with pytest.raises(reclaim.ReclaimRefused):
        reclaim.confirm(proposal, reclaim.Decision(1), by=officer, today=ENDS)

    ledger.reverse(proposal.transaction, by=officer)

    assert _dp_balance(budget) == 185_000
    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/budget/{budget.pk}/reclaim/").content
    assert b"later reversed" in page


def test_the_officers_list_shows_proposals_soonest_first_and_pages(client, officer):
    for number in range(27):
        parent = make_parent()
        budget, _, provisions = make_budget(make_child(parent, first_name=f"Child{number}"))
        ledger.pay_direct(provisions["breaks"], 60_000 + number, by=None)
    reclaim.propose_due(PROPOSAL_DAY)
    client.force_login(officer)

    for _ in range(2):  # the site, its settings and the officer's profile are cached
        client.get("/budgets/officer/reclaims/?page=2")
    with CaptureQueriesContext(connection) as two:
        second = client.get("/budgets/officer/reclaims/?page=2").content.decode()
    with CaptureQueriesContext(connection) as twenty_five:
        first = client.get("/budgets/officer/reclaims/").content.decode()

    assert len(twenty_five) == len(two) <= 12  # a page of 25 asks no more than a page of 2

    assert first.count("/reclaim/\"") == 25 and second.count("/reclaim/\"") == 2
    assert "Pages of reclaims" in first
    empty = client.get("/budgets/officer/reclaims/?status=confirmed").content.decode()
    assert "There are none" in empty


def test_the_safeguarding_lead_reads_a_reclaim_but_decides_nothing(client, family):
    _, _, budget, _ = family
    _propose(budget)
    lead = make_user(Role.SAFEGUARDING_LEAD, mfa=True)
    client.force_login(lead)
    address = f"/budgets/officer/{budget.pk}/reclaim/"

    page = client.get(address)
    refused = client.post(address, {"decision": "withdraw", "reason": "No"})

    assert page.status_code == 200 and "Your decision" not in page.content.decode()
    assert refused.status_code == 404
    assert client.get("/budgets/officer/reclaims/").status_code == 404
    assert client.get(f"/budgets/officer/{budget.pk}/").status_code == 404
    assert ReclaimProposal.objects.get().status == "proposed"


def test_a_proposal_adds_no_query_to_the_budget_page(client, family):
    parent, child, budget, _ = family
    client.force_login(parent)
    address = f"/family/children/{child.pk}/budget/"
    client.get(address)  # the site and its settings are cached from here on
    client.get(address)
    with CaptureQueriesContext(connection) as without:
        client.get(address)
    _propose(budget)

    with CaptureQueriesContext(connection) as with_one:
        client.get(address)

    # session, user, groups, child, budgets, provisions, streams, balances, months, amendments
    assert len(with_one) == len(without) <= 10


def test_the_familys_download_holds_the_reclaim_and_their_answer(family):
    parent, _, budget, _ = family
    proposal = _propose(budget)
    reclaim.respond(proposal, reclaim.Answer(20_000, "Easter holiday club is booked."),
                    by=parent)

    archive = zipfile.ZipFile(io.BytesIO(build_zip(parent)))
    found = json.loads(archive.read("budgets.json"))["budgets"][0]["year_end_reclaim"]

    assert found["proposed_gbp"] == "1350.00" and found["committed_gbp"] == "200.00"
    assert found["explanation"] == "Easter holiday club is booked."
    assert found["status"] == "Proposed" and found["decided_gbp"] is None
