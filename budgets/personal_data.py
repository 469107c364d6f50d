"""What the budgets app gives a family in its data download, and what it keeps when someone
deletes their account.

Export: every budget of every child whose record the person holds now: streams, provisions,
amendments, each ledger transaction with its amount per account, and the spends the family
recorded with their review and conversation, and any year-end reclaim with the family's
answer; each spend's receipts are the original files,
decrypted, under files/budgets/ (one infected by a virus is left out and named as such).

Erasure keeps the ledger: the council must keep financial records for audit (DOMAIN.md,
Privacy). The person leaves it instead: their account is unlinked from every row that names
who did something (Django sets those to nobody as the account goes), and a budget whose child's
record is erased stays, linked to no child.
"""

from portal.accounts.data_export import ExportedFile, ExportSection, register_export
from portal.accounts.deletion import ErasureReport, Kept, register_erasure
from portal.family.policy import children_for

from . import receipts
from .models import (
    Amendment,
    Budget,
    Entry,
    LedgerTransaction,
    Receipt,
    ReclaimProposal,
    Spend,
    SpendMessage,
)

KEPT_REASON = (
    "The council must keep financial records for audit, so the budget and its payments stay, "
    "without your name"
)


def _pounds(pence: int) -> str:
    return f"{pence / 100:.2f}"


def export_budgets(user) -> ExportSection:
    budgets = (
        Budget.objects.filter(child__in=children_for(user))
        .select_related("child")
        .prefetch_related("streams", "provisions", "amendments")
        .order_by("starts_on")
    )
    found, files = [], []
    for budget in budgets:
        entries = Entry.objects.filter(transaction__budget=budget).select_related(
            "account", "transaction"
        ).order_by("transaction__created_at", "pk")
        transactions = {}
        for entry in entries:
            record = transactions.setdefault(entry.transaction_id, {
                "date": entry.transaction.occurred_on,
                "what": entry.transaction.get_kind_display(),
                "memo": entry.transaction.memo,
                "entries": [],
            })
            record["entries"].append({
                "account": str(entry.account), "amount_gbp": _pounds(entry.amount_pence),
            })
        found.append({
            "child": budget.child.full_name,
            "plan_year": [budget.starts_on, budget.ends_on],
            "streams": [
                {"stream": stream.get_kind_display(), "delivery": stream.get_delivery_display(),
                 "overspend_policy": stream.get_overspend_display()}
                for stream in budget.streams.all()
            ],
            "provisions": [
                {"description": provision.description, "outcome": provision.outcome}
                for provision in budget.provisions.all()
            ],
            "amendments": [
                {"reason": amendment.reason, "effective": amendment.effective_on}
                for amendment in budget.amendments.all()
            ],
            "transactions": list(transactions.values()),
            "spends": [
                {"date": item.spent_on, "amount_gbp": _pounds(item.amount_pence),
                 "payee": item.payee, "what_for": item.what_for,
                 "provision": item.provision.description, "review": item.get_status_display(),
                 "reason_not_approved": item.reject_reason,
                 "conversation": [
                     {"from": "the council" if m.from_council else "the family",
                      "when": m.created_at, "text": m.text}
                     for m in item.messages.all()
                 ],
                 "receipts": [_receipt(receipt, files) for receipt in item.receipts.all()]}
                for item in budget.spends.select_related("provision")
                .prefetch_related("messages", "receipts").order_by("spent_on")
            ],
            "year_end_reclaim": _reclaim(budget),
        })
    return ExportSection(records={"budgets": found}, files=files)


def _reclaim(budget: Budget) -> dict | None:
    """The proposal, the family's answer and the council's decision, if there was one."""
    found = ReclaimProposal.objects.filter(budget=budget).first()
    if found is None:
        return None
    return {
        "proposed_on": found.proposed_on, "proposed_gbp": _pounds(found.proposed_pence),
        "threshold_gbp": _pounds(found.threshold_pence), "status": found.get_status_display(),
        "committed_gbp": _pounds(found.committed_pence), "explanation": found.explanation,
        "decided_gbp": None if found.decided_pence is None else _pounds(found.decided_pence),
        "decision_reason": found.decision_reason,
    }


def _receipt(receipt: Receipt, files: list) -> dict:
    """The receipt's line in budgets.json; its file joins the download unless a virus was
    found in it (the family is told so instead)."""
    record = {"uploaded": receipt.created_at, "original_name": receipt.original_filename}
    if not receipt.may_be_served:
        return {**record, "file": None, "note": "Not included: a virus was found in it"}
    path = f"receipts/{receipt.pk}.{receipts.extension_for(receipt)}"
    files.append(ExportedFile(path, lambda receipt=receipt: receipts.contents(receipt)))
    return {**record, "file": f"files/budgets/{path}"}


def erase_budgets(user) -> ErasureReport:
    # The family's own erasure may already have removed the child (hooks run in app order),
    # so what the person did in a ledger counts too.
    held = Budget.objects.filter(child__in=children_for(user)).exists()
    if not held and not LedgerTransaction.objects.filter(by=user).exists():
        return ErasureReport()
    return ErasureReport(kept=[Kept("Your children's personal budgets and payments", KEPT_REASON)])


def register() -> None:
    covers = (Budget, Amendment, LedgerTransaction, Entry, Spend, SpendMessage, Receipt,
              ReclaimProposal)
    register_erasure("budgets", erase_budgets, covers=covers)
    register_export("budgets", export_budgets, covers=covers)
