"""Fifty people spending from one provision at the same moment never take it below zero: the
ledger locks the accounts it touches, so each spend sees the balance the last one left.

Runs on PostgreSQL (`scripts/with-postgres scripts/run-pytest postgres ...`, `make
test-postgres`): SQLite lets one writer in at a time whatever the code does, so there the test
would prove nothing and is skipped.
"""

import threading
from datetime import date

import pytest
from django.db import connection, connections

from budgets import ledger
from budgets.models import Account, LedgerTransaction

pytestmark = [
    pytest.mark.postgres_only,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL: SQLite runs one writer at a time, so nothing would race",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

SPENDERS = 50
EACH = 300  # pence; 50 x £3 = £150 asked of £100


def test_fifty_simultaneous_spends_never_overspend():
    # Given a direct payment of £100 for one provision, on a stream that stops at zero
    budget = ledger.open_budget(None, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=None)
    stream = ledger.add_stream(budget, kind="social_care", delivery="direct_payment",
                               cost_centre="SC1", amount_pence=10_000, by=None)
    provision = ledger.add_provision(stream, description="Short breaks",
                                     planned_cost_pence=10_000, by=None)
    ledger.pay_direct(provision, 10_000, by=None)
    start = threading.Barrier(SPENDERS)
    outcomes, lock = [], threading.Lock()

    def spend():
        try:
            start.wait()
            try:
                ledger.spend(provision, EACH, by=None)
                outcome = "spent"
            except ledger.OverspendRefused:
                outcome = "refused"
            with lock:
                outcomes.append(outcome)
        finally:
            connections.close_all()  # each thread's own connection

    # When fifty spend at once, each on its own connection
    threads = [threading.Thread(target=spend) for _ in range(SPENDERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    # Then exactly as many as the money covers went through, and the account is not below zero
    assert outcomes.count("spent") == 10_000 // EACH
    assert outcomes.count("refused") == SPENDERS - 10_000 // EACH
    account = Account.objects.get(provision=provision, kind=Account.Kind.DIRECT_PAYMENT)
    assert ledger.balance_of(account.pk) == 10_000 % EACH
    assert LedgerTransaction.objects.filter(kind="spend", overspent=True).count() == 0
