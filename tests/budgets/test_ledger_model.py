"""The ledger against an independent reference model: random sequences of allocations,
amendments, moves between provisions, bookings, payments, spends, refunds, reversals and
reclaims. After every step each account's balance equals the model's, the whole budget sums to
zero, and no rule is broken.

The model below is plain dicts of pence and its own reading of the rules (docs/budgets.md); it
shares no code with budgets/ledger.py, so a mistake in either shows as a difference.
"""

from datetime import date

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from budgets import ledger
from budgets.models import Account, Amendment, FundingStream, LedgerTransaction
from portal.accounts.roles import Role
from portal.family.models import Child
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# Three streams, one for each overspend policy; two provisions in each.
POLICIES = {"education": "stop", "social_care": "approved", "health": "flag"}
LIMIT = 5_000  # pence the approved stream may go below zero, per account
PROVISIONS = [(stream, n) for stream in POLICIES for n in (1, 2)]
SPENDING = {"commit", "pay_direct", "spend"}
# op -> (account it takes from, account it gives to), within one provision.
WITHIN = {
    "commit": ("provision", "pending"),
    "release": ("pending", "provision"),
    "settle": ("pending", "paid"),
    "pay_direct": ("provision", "direct_payment"),
    "spend": ("direct_payment", "spent"),
    "refund": ("spent", "direct_payment"),
}
amounts = st.integers(min_value=1, max_value=60_000)
approvers = st.sampled_from(["nobody", "officer", "parent"])
provisions = st.integers(min_value=0, max_value=len(PROVISIONS) - 1)


class ReferenceModel:
    """What the books should say, as plain dicts: (stream, kind) and (provision index, kind)."""

    def __init__(self):
        self.balance = {}
        for stream in POLICIES:
            self.balance[(stream, "funding")] = 0
            self.balance[(stream, "unallocated")] = 0
        for index in range(len(PROVISIONS)):
            for kind in ("provision", "pending", "paid", "direct_payment", "spent"):
                self.balance[(index, kind)] = 0
        self.done = []  # accepted movements: [changes, reversed?, is_reversal]
        self.amendments = 0

    def stream_of(self, key):
        return key[0] if isinstance(key[0], str) else PROVISIONS[key[0]][0]

    def acceptable(self, changes, op, approver):
        for key, delta in changes:
            new = self.balance[key] + delta
            kind = key[1]
            if kind == "funding":
                if delta > 0 and new > 0:
                    return False
                continue
            if delta >= 0 or new >= 0:
                continue
            if kind in ("paid", "spent"):
                return False
            if op not in SPENDING or kind not in ("provision", "direct_payment"):
                return False
            policy = POLICIES[self.stream_of(key)]
            if policy == "stop":
                return False
            if policy == "approved" and (approver != "officer" or -new > LIMIT):
                return False
        return True

    def apply(self, changes, op, approver, amended=False):
        if not self.acceptable(changes, op, approver):
            return False
        for key, delta in changes:
            self.balance[key] += delta
        self.done.append([changes, False, op == "reversal"])
        self.amendments += amended
        return True


class LedgerMachine(RuleBasedStateMachine):
    people = {}

    def __init__(self):
        super().__init__()
        self.model = ReferenceModel()
        child = Child.objects.create(first_name="Ada")
        self.budget = ledger.open_budget(
            child, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31), by=None
        )
        self.streams = {
            kind: ledger.add_stream(
                self.budget, kind=kind, delivery="direct_payment", cost_centre="CC1",
                amount_pence=0, by=None, overspend=policy,
                overspend_limit_pence=LIMIT if policy == "approved" else None,
            )
            for kind, policy in POLICIES.items()
        }
        self.provisions = [
            ledger.add_provision(
                self.streams[stream], description=f"{stream} {n}", planned_cost_pence=0, by=None
            )
            for stream, n in PROVISIONS
        ]
        self.transactions = []  # the ledger's, in the same order as model.done
        self.accounts = {}
        for account in Account.objects.filter(budget=self.budget).select_related("stream"):
            if account.provision_id:
                index = [p.pk for p in self.provisions].index(account.provision_id)
                self.accounts[account.pk] = (index, account.kind)
            else:
                self.accounts[account.pk] = (account.stream.kind, account.kind)

    def _do(self, op, changes, call, approver="nobody", amended=False):
        expected = self.model.apply(changes, op, approver, amended)
        try:
            record = call()
        except ledger.LedgerError:
            assert not expected, f"the ledger refused {op} {changes} that the model accepted"
            return
        assert expected, f"the ledger accepted {op} {changes} that the model refuses"
        self.transactions.append(record)

    def _approver(self, name):
        return None if name == "nobody" else self.people[name]

    @rule(stream=st.sampled_from(list(POLICIES)),
          amount=st.integers(min_value=-30_000, max_value=100_000).filter(bool),
          amended=st.booleans())
    def fund(self, stream, amount, amended):
        note = ledger.AmendmentNote("More therapy", date(2026, 9, 1)) if amended else None
        self._do("fund", [((stream, "funding"), -amount), ((stream, "unallocated"), amount)],
                 lambda: ledger.fund(self.streams[stream], amount, by=None, amendment=note),
                 amended=amended)

    @rule(index=provisions, amount=st.integers(min_value=-30_000, max_value=60_000).filter(bool),
          amended=st.booleans())
    def allocate(self, index, amount, amended):
        stream = PROVISIONS[index][0]
        note = ledger.AmendmentNote("Fewer sessions", date(2026, 10, 1)) if amended else None
        self._do("allocate",
                 [((stream, "unallocated"), -amount), ((index, "provision"), amount)],
                 lambda: ledger.allocate(self.provisions[index], amount, by=None,
                                         amendment=note),
                 amended=amended)

    @rule(source=provisions, destination=provisions, amount=amounts)
    def move(self, source, destination, amount):
        if source == destination or PROVISIONS[source][0] != PROVISIONS[destination][0]:
            # The model's rule: only between two provisions of one stream.
            with pytest.raises(ledger.LedgerError):
                ledger.move(self.provisions[source], self.provisions[destination], amount,
                            by=None)
            return
        self._do("move",
                 [((source, "provision"), -amount), ((destination, "provision"), amount)],
                 lambda: ledger.move(self.provisions[source], self.provisions[destination],
                                     amount, by=None))

    @rule(op=st.sampled_from(sorted(WITHIN)), index=provisions, amount=amounts,
          approver=approvers)
    def within_provision(self, op, index, amount, approver):
        source, destination = WITHIN[op]
        options = {"approved_by": self._approver(approver)} if op in SPENDING else {}
        self._do(op, [((index, source), -amount), ((index, destination), amount)],
                 lambda: getattr(ledger, op)(self.provisions[index], amount, by=None, **options),
                 approver)

    @rule(index=provisions, amount=amounts)
    def reclaim(self, index, amount):
        stream = PROVISIONS[index][0]
        self._do("reclaim",
                 [((index, "direct_payment"), -amount), ((stream, "funding"), amount)],
                 lambda: ledger.reclaim(self.provisions[index], amount, by=None))

    @precondition(lambda self: self.transactions)
    @rule(data=st.data())
    def reverse(self, data):
        position = data.draw(st.integers(0, len(self.transactions) - 1))
        changes, reversed_already, is_reversal = self.model.done[position]
        original = self.transactions[position]
        mirror = [(key, -delta) for key, delta in changes]
        if is_reversal or reversed_already:
            with pytest.raises(ledger.LedgerError):
                ledger.reverse(original, by=None)
            return
        accepted = self.model.apply(mirror, "reversal", "nobody")
        try:
            record = ledger.reverse(original, by=None)
        except ledger.LedgerError:
            assert not accepted, f"the ledger refused to reverse {changes}"
            return
        assert accepted, f"the ledger reversed {changes}, which the model refuses"
        assert record.reverses_id == original.pk
        self.model.done[position][1] = True
        self.transactions.append(record)

    @invariant()
    def every_balance_matches_the_model_and_the_books_balance(self):
        balances = ledger.balances(self.budget.pk)
        assert {self.accounts[pk]: total for pk, total in balances.items()} == self.model.balance
        assert sum(balances.values()) == 0

    @invariant()
    def no_rule_is_broken(self):
        for key, value in self.model.balance.items():
            kind = key[1]
            if kind == "funding":
                assert value <= 0
            elif kind in ("unallocated", "pending", "paid", "spent"):
                assert value >= 0, key
            else:
                policy = POLICIES[self.model.stream_of(key)]
                floor = {"stop": 0, "approved": -LIMIT, "flag": None}[policy]
                assert floor is None or value >= floor, key

    @invariant()
    def amendments_are_kept(self):
        assert Amendment.objects.filter(budget=self.budget).count() == self.model.amendments


def test_the_ledger_agrees_with_the_reference_model():
    LedgerMachine.people = {
        "officer": make_user(Role.OFFICER),
        "parent": make_user(Role.PARENT),
    }
    run_state_machine_as_test(
        LedgerMachine,
        settings=settings(
            max_examples=30, stateful_step_count=25, deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_overspent_transactions_are_marked_and_name_the_approver():
    officer = make_user(Role.OFFICER)
    budget = ledger.open_budget(None, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=officer)
    stream = ledger.add_stream(
        budget, kind="health", delivery="direct_payment", cost_centre="H1", amount_pence=10_000,
        by=officer, overspend=FundingStream.Overspend.APPROVED, overspend_limit_percent=10,
    )
    provision = ledger.add_provision(stream, description="Physio", planned_cost_pence=10_000,
                                     by=officer)

    with pytest.raises(ledger.OverspendRefused, match="officer must approve"):
        ledger.pay_direct(provision, 10_500, by=officer)
    with pytest.raises(ledger.OverspendRefused, match="more than the stream allows"):
        ledger.pay_direct(provision, 11_001, by=officer, approved_by=officer)
    record = ledger.pay_direct(provision, 11_000, by=officer, approved_by=officer)

    assert record.overspent and record.approved_by == officer
    assert LedgerTransaction.objects.filter(overspent=True).count() == 1
