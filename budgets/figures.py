"""What a budget adds up to, for the pages: per stream and per provision, allocated, committed,
spent and remaining (ledger.py's docstring defines each from the chart of accounts), spending
month by month, and the alerts the family sees. All read from the ledger's entries in a fixed
number of queries, whatever the number of provisions."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Sum
from django.db.models.functions import Coalesce

from .models import Account, Budget, Entry, Provision
from .money import pounds

K = Account.Kind
# An under-spend is worth telling the family about once a quarter of the year has gone and
# less than half of what the plan expected by now has been used.
UNDERSPEND_AFTER = 0.25
UNDERSPEND_BELOW = 0.5


@dataclass
class Figures:
    allocated: int = 0
    committed: int = 0
    spent: int = 0
    in_direct_payment_account: int = 0
    # Below zero in the provision or direct-payment account: what the overspend policy let out.
    overspent_by: int = 0

    @property
    def remaining(self) -> int:
        return self.allocated - self.committed - self.spent


@dataclass
class ProvisionFigures(Figures):
    provision: Provision | None = None


@dataclass
class StreamFigures(Figures):
    stream: object = None
    funded: int = 0
    unallocated: int = 0
    provisions: list = field(default_factory=list)


@dataclass(frozen=True)
class Alert:
    kind: str  # "over" or "under"
    text: str


@dataclass(frozen=True)
class Month:
    first_day: date
    spent: int


@dataclass
class BudgetFigures:
    budget: Budget
    streams: list
    months: list
    alerts: list
    totals: Figures


def _add(target: Figures, kind: str, amount: int) -> None:
    target.allocated += amount
    if kind == K.PENDING:
        target.committed += amount
    elif kind in (K.PAID, K.SPENT):
        target.spent += amount
    elif kind == K.DIRECT_PAYMENT:
        target.in_direct_payment_account += amount
    if kind in (K.PROVISION, K.DIRECT_PAYMENT) and amount < 0:
        target.overspent_by -= amount


def figures_for(budget: Budget, today: date) -> BudgetFigures:
    provisions = {
        p.pk: ProvisionFigures(provision=p)
        for p in budget.provisions.select_related("goal").order_by("created_at")
    }
    streams = {s.pk: StreamFigures(stream=s) for s in budget.streams.all()}
    accounts = (
        Account.objects.filter(budget=budget)
        .annotate(balance=Coalesce(Sum("entries__amount_pence"), 0))
        .values_list("kind", "stream_id", "provision_id", "balance")
    )
    for kind, stream_id, provision_id, amount in accounts:
        stream = streams[stream_id]
        if kind == K.FUNDING:
            stream.funded = -amount
        elif kind == K.UNALLOCATED:
            stream.unallocated = amount
        else:
            _add(provisions[provision_id], kind, amount)
            _add(stream, kind, amount)
    for figures in provisions.values():
        streams[figures.provision.stream_id].provisions.append(figures)
    totals = Figures()
    for stream in streams.values():
        totals.allocated += stream.allocated
        totals.committed += stream.committed
        totals.spent += stream.spent
        totals.in_direct_payment_account += stream.in_direct_payment_account
    ordered = sorted(streams.values(), key=lambda s: s.stream.kind)
    return BudgetFigures(
        budget, ordered, _months(budget), _alerts(budget, ordered, today), totals,
    )


def _months(budget: Budget) -> list[Month]:
    """Money spent (paid to providers, or spent by the family) in each month of the plan year."""
    spent = defaultdict(int)
    rows = (
        Entry.objects.filter(account__budget=budget, account__kind__in=(K.PAID, K.SPENT))
        .values_list("transaction__occurred_on")
        .annotate(total=Sum("amount_pence"))
    )
    for day, total in rows:
        spent[(day.year, day.month)] += total
    months, day = [], budget.starts_on.replace(day=1)
    while day <= budget.ends_on:
        months.append(Month(day, spent.get((day.year, day.month), 0)))
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return months


def _alerts(budget: Budget, streams: list[StreamFigures], today: date) -> list[Alert]:
    alerts = []
    for stream in streams:
        for figures in stream.provisions:
            if figures.overspent_by:
                alerts.append(Alert("over", (
                    f"{figures.provision.description} is overspent by "
                    f"{pounds(figures.overspent_by)}."
                )))
        if stream.committed + stream.spent > stream.funded:
            alerts.append(Alert("over", (
                f"{stream.stream.get_kind_display()}: more has been committed and spent than the "
                f"stream's {pounds(stream.funded)}."
            )))
    year_days = (budget.ends_on - budget.starts_on).days
    gone = min(max((today - budget.starts_on).days, 0), year_days) / year_days
    if gone >= UNDERSPEND_AFTER:
        for stream in streams:
            for figures in stream.provisions:
                expected = int(figures.allocated * gone)
                used = figures.committed + figures.spent
                if expected and used < expected * UNDERSPEND_BELOW:
                    alerts.append(Alert("under", (
                        f"{figures.provision.description}: {pounds(used)} used so far, where "
                        f"the plan expected about {pounds(expected)} by now."
                    )))
    return alerts
