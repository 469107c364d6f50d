"""A budget's monthly statement: one `Statement` computed from the ledger, from which the page,
the CSV and the PDF are all drawn, so the three can never disagree.

The balance a statement follows is the money left: what is not yet committed to a provider or
spent. In the chart of accounts (ledger.py) that is, per stream, the money not yet given to a
provision (unallocated) and, per provision, the provision account plus the family's
direct-payment account. Each line of the statement (a stream's unallocated money, or one
provision) has an opening balance (movements dated before the month), every movement dated in
the month that touches any of its accounts, with what it changed the balance by (a settlement,
pending -> paid, changes nothing left and shows as £0.00), and a closing balance (movements
dated up to the month's last day). Months go by the day a movement happened (`occurred_on`),
so a spend recorded late but dated in May is on May's statement.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from django.db.models import Sum

from .models import Account, Budget, Entry, LedgerTransaction

K = Account.Kind
# The accounts whose money is "left": not yet committed or spent.
LEFT = {K.UNALLOCATED, K.PROVISION, K.DIRECT_PAYMENT}
# Accounts belonging to a provision's line (moves between them show on that line).
PROVISION_LINE = {K.PROVISION, K.PENDING, K.PAID, K.DIRECT_PAYMENT, K.SPENT}
NOT_GIVEN = "Not yet given to a provision"


@dataclass(frozen=True)
class Movement:
    occurred_on: date
    what: str  # the kind of movement, in words
    memo: str
    change: int  # pence, to this line's money left
    balance: int  # pence, after it


@dataclass(frozen=True)
class Line:
    name: str  # the provision, or NOT_GIVEN for the stream's unallocated money
    opening: int
    movements: tuple[Movement, ...]
    closing: int


@dataclass(frozen=True)
class StreamSection:
    kind: str  # "Education"
    delivery: str
    cost_centre: str
    lines: tuple[Line, ...]
    opening: int
    closing: int


@dataclass(frozen=True)
class Statement:
    budget: Budget
    month: date  # its first day
    last_day: date
    sections: tuple[StreamSection, ...]
    opening: int
    money_in: int  # what came into the budget in the month (funding, refunds, releases)
    money_out: int  # what went out of it (committed, spent, reclaimed), as a positive number
    closing: int
    movement_count: int  # transactions dated in the month

    @property
    def empty(self) -> bool:
        return self.movement_count == 0


def month_end(first: date) -> date:
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return following - timedelta(days=1)


def months_of(budget: Budget, today: date) -> list[date]:
    """The first days of the plan year's months up to this one, newest first."""
    months, day = [], budget.starts_on.replace(day=1)
    last = min(budget.ends_on, today).replace(day=1)
    while day <= last:
        months.append(day)
        day = month_end(day) + timedelta(days=1)
    return months[::-1]


def default_month(budget: Budget, today: date) -> date | None:
    """The last complete month if the plan year has it; else the newest month there is."""
    available = months_of(budget, today)
    last_complete = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    if last_complete in available:
        return last_complete
    return available[0] if available else None


def statement_for(budget: Budget, month: date) -> Statement:
    """Four queries whatever the size of the budget: streams and provisions, accounts, the
    balances before the month, and the month's entries."""
    first, last = month.replace(day=1), month_end(month)
    streams = list(budget.streams.order_by("kind"))
    provisions = list(budget.provisions.order_by("created_at", "description"))
    accounts = {
        pk: (kind, stream_id, provision_id)
        for pk, kind, stream_id, provision_id in Account.objects.filter(budget=budget)
        .values_list("pk", "kind", "stream_id", "provision_id")
    }
    before = dict(
        Entry.objects.filter(account__budget=budget, transaction__occurred_on__lt=first)
        .values_list("account_id").annotate(total=Sum("amount_pence"))
        .values_list("account_id", "total")
    )
    rows = (
        Entry.objects.filter(account__budget=budget, transaction__occurred_on__gte=first,
                             transaction__occurred_on__lte=last)
        .order_by("transaction__occurred_on", "transaction__created_at", "transaction_id", "pk")
        .values_list("transaction_id", "transaction__occurred_on", "transaction__kind",
                     "transaction__memo", "account_id", "amount_pence")
    )
    kinds = dict(LedgerTransaction.Kind.choices)

    def line_of(account_id):
        kind, stream_id, provision_id = accounts[account_id]
        if provision_id is not None:
            return ("provision", provision_id)
        if kind == K.UNALLOCATED:
            return ("stream", stream_id)
        return None  # council funding: the council's side, not the budget's

    # Each transaction's effect per line, in order.
    order, effects, touched, details = [], defaultdict(int), defaultdict(set), {}
    budget_change = defaultdict(int)
    for tx, on, kind, memo, account_id, amount in rows:
        if tx not in details:
            order.append(tx)
            details[tx] = (on, kinds.get(kind, kind), memo)
        line = line_of(account_id)
        if line is None:
            continue
        touched[tx].add(line)
        if accounts[account_id][0] in LEFT:
            effects[(tx, line)] += amount
            budget_change[tx] += amount

    opening_of = defaultdict(int)
    for account_id, total in before.items():
        line = line_of(account_id)
        if line is not None and accounts[account_id][0] in LEFT:
            opening_of[line] += total

    def make_line(key, name):
        balance = opening_of[key]
        movements = []
        for tx in order:
            if key in touched[tx]:
                change = effects[(tx, key)]
                balance += change
                on, what, memo = details[tx]
                movements.append(Movement(on, what, memo, change, balance))
        return Line(name, opening_of[key], tuple(movements), balance)

    sections = []
    for stream in streams:
        lines = [make_line(("stream", stream.pk), NOT_GIVEN)] + [
            make_line(("provision", p.pk), p.description)
            for p in provisions if p.stream_id == stream.pk
        ]
        sections.append(StreamSection(
            stream.get_kind_display(), stream.get_delivery_display(), stream.cost_centre,
            tuple(lines), sum(line.opening for line in lines),
            sum(line.closing for line in lines),
        ))
    opening = sum(section.opening for section in sections)
    money_in = sum(change for change in budget_change.values() if change > 0)
    money_out = -sum(change for change in budget_change.values() if change < 0)
    return Statement(
        budget, first, last, tuple(sections), opening, money_in, money_out,
        opening + money_in - money_out, len(order),
    )


# The CSV: the same statement, one row per movement, with opening and closing rows. Amounts are
# numbers in pounds (so a spreadsheet adds them up), written through portal/csv_export.py.

CSV_HEADER = ["Stream", "Cost centre", "Line", "Date", "Movement", "Note", "Change (£)",
              "Balance (£)"]


def as_pounds(pence: int) -> Decimal:
    return Decimal(pence).scaleb(-2)


def csv_rows(statement: Statement):
    yield CSV_HEADER
    for section in statement.sections:
        for line in section.lines:
            base = [section.kind, section.cost_centre, line.name]
            yield base + [statement.month, "Opening balance", "", "", as_pounds(line.opening)]
            for item in line.movements:
                yield base + [item.occurred_on, item.what, item.memo, as_pounds(item.change),
                              as_pounds(item.balance)]
            yield base + [statement.last_day, "Closing balance", "", "",
                          as_pounds(line.closing)]
    yield ["All streams", "", "", statement.month, "Opening balance", "", "",
           as_pounds(statement.opening)]
    yield ["All streams", "", "", statement.last_day, "Money in", "",
           as_pounds(statement.money_in), ""]
    yield ["All streams", "", "", statement.last_day, "Money out", "",
           as_pounds(-statement.money_out), ""]
    yield ["All streams", "", "", statement.last_day, "Closing balance", "", "",
           as_pounds(statement.closing)]
