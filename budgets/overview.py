"""The council's overview of every budget: per budget, allocated, committed, spent and remaining
(figures.py's meanings) and the over- and under-spend flags, added up by the database.

The figures and flags come from ONE SQL statement (`_FIGURES`), whatever the number of budgets:
it sums each account's entries, then each provision's and stream's accounts, then each
budget's. A page of the list asks it only about that page's budgets, so a page costs the same
at 25,000 budgets as at 25; "flagged only" asks it about every budget the other filters leave
(one pass over their entries) for the ids of the flagged ones, in order, and then about the
page. The flags follow the family's budget page (figures._alerts):

- over-spend: a provision or direct-payment account is below zero, or a stream has more
  committed and spent than it was given;
- under-spend: once a quarter of the plan year has gone, a provision has used (committed or
  spent) less than half of what a straight line through the year expected by now.

Sorted by plan year, newest first, then by the child's last and first names (a budget whose
record was erased comes last in its year).
"""

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from django.db import connection
from django.db.models import Exists, OuterRef
from django.db.models.functions import Lower

from .models import Budget, FundingStream

K_USED = "('pending', 'paid', 'spent')"
K_HOLDS = "('provision', 'direct_payment')"


@dataclass(frozen=True)
class OverviewFilters:
    plan_year: int | None = None  # the calendar year the plan year starts in
    stream_kind: str = ""
    flagged_only: bool = False


@dataclass(frozen=True)
class BudgetRow:
    budget: Budget
    funded: int
    allocated: int
    committed: int
    spent: int
    over: bool
    under: bool

    @property
    def remaining(self) -> int:
        return self.allocated - self.committed - self.spent


def budgets(filters: OverviewFilters):
    """The budgets the filters leave, in the overview's order."""
    found = Budget.objects.all()
    if filters.plan_year is not None:
        found = found.filter(starts_on__gte=date(filters.plan_year, 1, 1),
                             starts_on__lt=date(filters.plan_year + 1, 1, 1))
    if filters.stream_kind:
        found = found.filter(Exists(FundingStream.objects.filter(
            budget=OuterRef("pk"), kind=filters.stream_kind)))
    return found.order_by(
        "-starts_on", Lower("child__last_name").asc(nulls_last=True),
        Lower("child__first_name").asc(nulls_last=True), "pk",
    )


def plan_years() -> list[int]:
    return sorted({day.year for day in Budget.objects.dates("starts_on", "year")}, reverse=True)


def _days(later: str, earlier: str) -> str:
    """Whole days from `earlier` to `later`, both SQL date expressions."""
    if connection.vendor == "postgresql":
        return f"({later} - {earlier})"
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


def _figures_sql(budgets_sql: str, today: date) -> str:
    """`budgets_sql` selects the budgets' ids. `today` is our own date, written as a literal."""
    day = f"DATE '{today.isoformat()}'" if connection.vendor == "postgresql" else (
        f"'{today.isoformat()}'")
    year = _days("b.ends_on", "b.starts_on")
    since = _days(day, "b.starts_on")
    gone = f"CASE WHEN {since} < 0 THEN 0 WHEN {since} > {year} THEN {year} ELSE {since} END"
    # used < floor(allocated * gone / year) / 2, in whole numbers: (2 used + 1) year <=
    # allocated gone; and the plan expected something by now: allocated gone >= year.
    return f"""
WITH chosen(id) AS ({budgets_sql}),
sums AS (
  -- Entries summed per account first: grouping by the account's whole-number key alone is
  -- far cheaper than by its budget, stream and provision ids.
  SELECT e.account_id, SUM(e.amount_pence) AS balance
  FROM budgets_entry e JOIN budgets_account a ON a.id = e.account_id
  WHERE a.budget_id IN (SELECT id FROM chosen)
  GROUP BY e.account_id
), balances AS (
  SELECT a.budget_id, a.stream_id, a.provision_id, a.kind, COALESCE(t.balance, 0) AS balance
  FROM budgets_account a LEFT JOIN sums t ON t.account_id = a.id
  WHERE a.budget_id IN (SELECT id FROM chosen)
), provisions AS (
  SELECT budget_id, provision_id,
         SUM(balance) AS allocated,
         SUM(CASE WHEN kind = 'pending' THEN balance ELSE 0 END) AS committed,
         SUM(CASE WHEN kind IN ('paid', 'spent') THEN balance ELSE 0 END) AS spent,
         MIN(CASE WHEN kind IN {K_HOLDS} THEN balance ELSE 0 END) AS lowest
  FROM balances WHERE provision_id IS NOT NULL
  GROUP BY budget_id, provision_id
), per_budget AS (
  SELECT p.budget_id, SUM(p.allocated) AS allocated, SUM(p.committed) AS committed,
         SUM(p.spent) AS spent,
         MAX(CASE WHEN p.lowest < 0 THEN 1 ELSE 0 END) AS overdrawn,
         MAX(CASE WHEN 4 * ({gone}) >= {year}
                   AND p.allocated * ({gone}) >= {year}
                   AND (2 * (p.committed + p.spent) + 1) * {year} <= p.allocated * ({gone})
             THEN 1 ELSE 0 END) AS under
  FROM provisions p JOIN budgets_budget b ON b.id = p.budget_id
  GROUP BY p.budget_id
), streams AS (
  SELECT budget_id, stream_id,
         SUM(CASE WHEN kind = 'funding' THEN -balance ELSE 0 END) AS funded,
         SUM(CASE WHEN kind IN {K_USED} THEN balance ELSE 0 END) AS used
  FROM balances GROUP BY budget_id, stream_id
), stream_budget AS (
  SELECT budget_id, SUM(funded) AS funded,
         MAX(CASE WHEN used > funded THEN 1 ELSE 0 END) AS over_given
  FROM streams GROUP BY budget_id
)
SELECT b.id AS id, COALESCE(s.funded, 0) AS funded, COALESCE(p.allocated, 0) AS allocated,
       COALESCE(p.committed, 0) AS committed, COALESCE(p.spent, 0) AS spent,
       CASE WHEN COALESCE(p.overdrawn, 0) = 1 OR COALESCE(s.over_given, 0) = 1
            THEN 1 ELSE 0 END AS over_flag,
       COALESCE(p.under, 0) AS under_flag
FROM budgets_budget b
LEFT JOIN per_budget p ON p.budget_id = b.id
LEFT JOIN stream_budget s ON s.budget_id = b.id
WHERE b.id IN (SELECT id FROM chosen)
"""  # noqa: S608 (no user input: table names, our own date, and Django's compiled query)


# The overview's order (as budgets() orders), for the flagged budgets' ids.
FLAGGED = """
SELECT f.id FROM ({figures}) f
JOIN budgets_budget o ON o.id = f.id LEFT JOIN family_child c ON c.id = o.child_id
WHERE f.over_flag = 1 OR f.under_flag = 1
ORDER BY o.starts_on DESC, CASE WHEN c.id IS NULL THEN 1 ELSE 0 END, LOWER(c.last_name),
         LOWER(c.first_name), o.id
"""


def _run(sql: str, params) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _compiled(budget_query):
    return budget_query.values("pk").order_by().query.sql_with_params()


def _uuid(value) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


class OverviewList:
    """What Django's Paginator pages through: count() and slices of `BudgetRow`s, each a
    fixed number of queries."""

    def __init__(self, filters: OverviewFilters, today: date):
        self.filters, self.today = filters, today
        self._flagged: list[UUID] | None = None

    def _flagged_ids(self) -> list[UUID]:
        """The flagged budgets' ids in the overview's order: one pass over the sums of every
        budget the other filters leave."""
        if self._flagged is None:
            inner, params = _compiled(budgets(self.filters))
            sql = FLAGGED.format(figures=_figures_sql(inner, self.today))
            self._flagged = [_uuid(row[0]) for row in _run(sql, params)]
        return self._flagged

    def count(self) -> int:
        if self.filters.flagged_only:
            return len(self._flagged_ids())
        return budgets(self.filters).count()

    def __len__(self):
        return self.count()

    def __getitem__(self, window: slice) -> list[BudgetRow]:
        if self.filters.flagged_only:
            ids = self._flagged_ids()[window]
        else:
            ids = list(budgets(self.filters).values_list("pk", flat=True)[window])
        if not ids:
            return []
        found = Budget.objects.select_related("child").in_bulk(ids)
        inner, params = _compiled(Budget.objects.filter(pk__in=ids))
        sums = {_uuid(row[0]): row for row in _run(_figures_sql(inner, self.today), params)}
        return [
            BudgetRow(found[pk], *(int(value) for value in sums[pk][1:5]),
                      over=bool(sums[pk][5]), under=bool(sums[pk][6]))
            for pk in ids
        ]
