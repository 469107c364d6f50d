"""The council's audit export: every ledger entry dated in a period, as CSV rows, read from the
database a chunk at a time so a year of entries (a million rows) never sits in memory.

The period is by the day a movement happened (`occurred_on`), from its first day to its last
day, both included: a movement dated on the last day is in, one dated the day after is not.
Filters: the stream's kind, its cost centre (any case), the provider (the organisation that
runs the Local Offer service a provision is linked to: only provision entries have one) and
one budget.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from .models import Account, Entry, LedgerTransaction

# Rows fetched from the database at a time: memory stays at about this many rows.
CHUNK_SIZE = 2000

HEADER = [
    "Entry", "Transaction", "Date", "Recorded at", "Movement", "Note", "Reverses",
    "Overspent", "Approved by", "By", "Budget", "Plan year starts", "Stream", "Delivery",
    "Cost centre", "Provision", "Provider", "Account", "Amount (£)",
]


@dataclass(frozen=True)
class AuditFilters:
    starts_on: date
    ends_on: date
    stream_kind: str = ""
    cost_centre: str = ""
    provider_id: int | None = None
    budget_id: UUID | None = None


FIELDS = (
    "pk", "transaction_id", "transaction__occurred_on", "transaction__created_at",
    "transaction__kind", "transaction__memo", "transaction__reverses_id",
    "transaction__overspent", "transaction__approved_by__email", "transaction__by__email",
    "account__budget_id", "account__budget__starts_on", "account__stream__kind",
    "account__stream__delivery", "account__stream__cost_centre",
    "account__provision__description", "account__provision__service__provider__name",
    "account__kind", "amount_pence",
)


def entries(filters: AuditFilters):
    found = Entry.objects.filter(
        transaction__occurred_on__gte=filters.starts_on,
        transaction__occurred_on__lte=filters.ends_on,
    )
    if filters.stream_kind:
        found = found.filter(account__stream__kind=filters.stream_kind)
    if filters.cost_centre:
        found = found.filter(account__stream__cost_centre__iexact=filters.cost_centre)
    if filters.provider_id is not None:
        found = found.filter(account__provision__service__provider_id=filters.provider_id)
    if filters.budget_id is not None:
        found = found.filter(account__budget_id=filters.budget_id)
    return found.order_by("transaction__occurred_on", "transaction__created_at",
                          "transaction_id", "pk").values_list(*FIELDS)


def rows(filters: AuditFilters) -> Iterator[list]:
    """The header, then one row per entry, fetched CHUNK_SIZE at a time."""
    kinds = dict(LedgerTransaction.Kind.choices)
    accounts = dict(Account.Kind.choices)
    yield HEADER
    for (pk, tx, on, created, kind, memo, reverses, overspent, approver, by, budget, starts,
         stream, delivery, cost_centre, provision, provider, account,
         pence) in entries(filters).iterator(chunk_size=CHUNK_SIZE):
        yield [pk, str(tx), on, created, kinds.get(kind, kind), memo,
               str(reverses) if reverses else "", "yes" if overspent else "no",
               approver or "", by or "", str(budget), starts, stream, delivery, cost_centre,
               provision or "", provider or "", accounts.get(account, account),
               Decimal(pence).scaleb(-2)]
