"""The demo child Ada's personal budget (local only; seed_demo refuses to run with DEBUG off):
three streams, six provisions, ten months of spending (the family's direct-payment spends
recorded and approved, the latest short break queried) and one amendment, all written through
the ledger like real money; each family spend has its receipt, a small PDF or PNG made here
(receipts_demo.py), kept encrypted like any upload. Runs after the family demos (which
make Ada and her goals). Safe to run again: if Ada already has a budget starting on the same
day, nothing is added.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from portal.accounts.demo import PEOPLE
from portal.accounts.models import User
from portal.accounts.roles import Role
from portal.family.models import Child

from . import ledger, receipts, receipts_demo, spending
from .models import Budget, FundingStream

PARENT = "parent-or-carer@riverside.example"
OFFICER = next(person.email for person in PEOPLE if person.role == Role.OFFICER)
MONTHS = 10  # of the plan year gone by when the demo is loaded


@dataclass(frozen=True)
class DemoProvision:
    description: str
    outcome: str
    planned_pence: int
    monthly_pence: int  # spent each month
    payee: str


STREAMS = {
    ("education", "managed", "ED-4410", FundingStream.Overspend.STOP): (440_000, [
        DemoProvision("Speech and language therapy, 40 sessions at £55",
                      "Ada will ask an adult for help in class using her words or her symbols.",
                      220_000, 22_000, "Riverside Speech Therapy"),
        DemoProvision("Specialist teacher for dyslexia, 2 hours a month",
                      "Ada will read a short story book with support by the end of the year.",
                      150_000, 12_000, "Riverside Learning Support Service"),
    ]),
    ("social_care", "direct_payment", "SC-2210", FundingStream.Overspend.FLAG): (600_000, [
        DemoProvision("Short breaks, 120 hours at £18",
                      "Ada will spend time with friends her age outside school.",
                      216_000, 18_000, "Riverside Youth Club"),
        DemoProvision("Personal assistant for after-school club, 2 afternoons a week",
                      "Ada will go to an after-school club of her choice.",
                      240_000, 21_000, "Ada's personal assistant"),
    ]),
    ("health", "direct_payment", "HE-7105", FundingStream.Overspend.APPROVED): (180_000, [
        DemoProvision("Physiotherapy, 12 sessions at £75",
                      "Ada will walk to the end of her street without resting.",
                      90_000, 7_500, "Riverside Physio"),
        DemoProvision("Sensory circuits equipment",
                      "Ada will be calm and ready to learn after lunchtime.",
                      60_000, 4_000, "Sensory Direct"),
    ]),
}


QUERIED = STREAMS[("social_care", "direct_payment", "SC-2210", FundingStream.Overspend.FLAG)][1][0]


def _month(first: date, months: int) -> date:
    total = first.month - 1 + months
    return date(first.year + total // 12, total % 12 + 1, 1)


def seed(stdout) -> None:
    child = Child.objects.filter(first_name="Ada", carers__user__email=PARENT).first()
    if child is None:
        stdout.write("Budgets demo: no demo child Ada, so no budget.")
        return
    officer = User.objects.filter(email=OFFICER).first()
    parent = User.objects.get(email=PARENT)
    today = timezone.localdate()
    starts = _month(today.replace(day=1), -MONTHS)
    if Budget.objects.filter(child=child, starts_on=starts).exists():
        return
    with transaction.atomic():
        _seed_budget(child, starts, officer, parent)
    stdout.write("Budgets demo: Ada's personal budget, ten months spent.")


def _seed_budget(child, starts, officer, parent):
    ends = _month(starts, 12) - timedelta(days=1)
    budget = ledger.open_budget(child, starts_on=starts, ends_on=ends, by=officer)
    goal = child.goals.first()
    for (kind, delivery, centre, overspend), (amount, provisions) in STREAMS.items():
        stream = ledger.add_stream(
            budget, kind=kind, delivery=delivery, cost_centre=centre, amount_pence=amount,
            overspend=overspend, overspend_limit_pence=20_000 if overspend == "approved" else None,
            by=officer,
        )
        for number, demo in enumerate(provisions):
            provision = ledger.add_provision(
                stream, description=demo.description, outcome=demo.outcome,
                goal=goal if kind == "education" and number == 0 else None,
                planned_cost_pence=demo.planned_pence, by=officer, on=starts,
            )
            _spend_months(provision, demo, delivery, starts, officer, parent)
    ledger.fund(
        budget.streams.get(kind="social_care"), 50_000, by=officer, on=_month(starts, 3),
        memo="Amendment", amendment=ledger.AmendmentNote(
            "More short breaks over the summer holidays, agreed at the review.",
            _month(starts, 3),
        ),
    )


def _receipt(demo, day, number) -> receipts.Upload:
    # Paper receipts photographed one month, emailed PDFs the next, as families keep them.
    if number % 2:
        return receipts.Upload(receipts_demo.png(), f"receipt-{day:%Y-%m}.png")
    return receipts.Upload(receipts_demo.pdf(demo.payee, day, demo.monthly_pence),
                           f"receipt-{day:%Y-%m}.pdf")


def _spend_months(provision, demo, delivery, starts, officer, parent):
    for number in range(MONTHS):
        day = _month(starts, number).replace(day=14)
        if delivery == "managed":
            ledger.commit(provision, demo.monthly_pence, by=officer, on=day, memo=demo.payee)
            ledger.settle(provision, demo.monthly_pence, by=officer, on=day.replace(day=28),
                          memo=demo.payee)
        else:
            ledger.pay_direct(provision, demo.monthly_pence, by=officer, on=day.replace(day=1))
            recorded = spending.record(spending.SpendDetails(
                provision, day, demo.monthly_pence, demo.payee, demo.description,
            ), by=parent, receipt=_receipt(demo, day, number))
            last = number == MONTHS - 1
            if last and demo is QUERIED:
                spending.ask(recorded, by=officer, notify=False, text=(
                    "Thank you. Was this month's session at the youth club or the holiday "
                    "scheme? They are paid at different rates."
                ))
            elif not last:
                spending.approve(recorded, by=officer, notify=False)
