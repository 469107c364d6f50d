"""A family's download includes its budgets; deleting an account keeps the ledger (financial
records are kept for audit) but not the person's name on it."""

import io
import json
import zipfile
from datetime import date

import pytest

from budgets import ledger
from budgets.models import Budget, Entry, LedgerTransaction
from portal.accounts.data_export import build_zip
from portal.accounts.deletion import delete_account
from tests.family.helpers import make_child, make_parent

from .helpers import make_budget

pytestmark = pytest.mark.django_db


def test_the_download_holds_the_budget_and_its_transactions():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    ledger.spend(provisions["breaks"], 4_550, by=parent, memo="Swimming club",
                 on=date(2026, 5, 2))

    archive = zipfile.ZipFile(io.BytesIO(build_zip(parent)))
    budgets = json.loads(archive.read("budgets.json"))["budgets"]

    assert budgets[0]["child"] == "Ada Okafor"
    assert [p["description"] for p in budgets[0]["provisions"]] == [
        "Speech and language therapy, 40 sessions at £55", "Short breaks, 120 hours",
    ]
    spend = [t for t in budgets[0]["transactions"] if t["memo"] == "Swimming club"][0]
    assert {e["amount_gbp"] for e in spend["entries"]} == {"-45.50", "45.50"}


def test_another_family_downloads_none_of_it():
    make_budget(make_child(make_parent()))
    archive = zipfile.ZipFile(io.BytesIO(build_zip(make_parent())))

    assert json.loads(archive.read("budgets.json")) == {"budgets": []}


def test_deleting_the_account_keeps_the_ledger_without_the_person():
    parent = make_parent()
    child = make_child(parent)
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    spent = ledger.spend(provisions["breaks"], 2_000, by=parent)
    entries = Entry.objects.count()

    outcome = delete_account(parent)

    assert any("personal budgets" in str(kept) for kept in outcome.kept)
    kept = Budget.objects.get(pk=budget.pk)
    assert kept.child is None  # the record only they held is gone
    assert Entry.objects.count() == entries
    assert LedgerTransaction.objects.get(pk=spent.pk).by is None
    assert sum(ledger.balances(budget.pk).values()) == 0
