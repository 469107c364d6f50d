"""The demo child Ada gets a budget: three streams, six provisions, ten months of spending and
one amendment, every spend with its receipt; seeding twice adds nothing."""

import io

import pytest
from django.core.management import call_command

from budgets import ledger, receipts
from budgets.figures import figures_for
from budgets.models import Amendment, Budget, LedgerTransaction, Spend

pytestmark = pytest.mark.django_db


def test_ada_gets_a_budget_once(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())

    budget = Budget.objects.get(child__first_name="Ada")
    figures = figures_for(budget, budget.starts_on)
    months_with_spending = [month for month in figures.months if month.spent]

    assert budget.streams.count() == 3 and budget.provisions.count() == 6
    assert len(months_with_spending) == 10
    assert Amendment.objects.filter(budget=budget).count() == 1
    assert sum(ledger.balances(budget.pk).values()) == 0
    assert not LedgerTransaction.objects.filter(budget=budget, overspent=True).exists()
    queried = Spend.objects.get(budget=budget, status=Spend.Status.QUERIED)
    assert queried.messages.count() == 1
    assert Spend.objects.filter(budget=budget, status=Spend.Status.WAITING).count() == 3
    # Every spend has its receipt, made in the repository and passing a family's upload checks.
    spends = Spend.objects.filter(budget=budget).prefetch_related("receipts")
    assert all(len(spend.receipts.all()) == 1 for spend in spends)
    kinds = {spend.receipts.all()[0].content_type for spend in spends}
    assert kinds == {"application/pdf", "image/png"}
    first = spends[0].receipts.all()[0]
    assert receipts.check(receipts.Upload(receipts.contents(first), "r")).size == first.size
