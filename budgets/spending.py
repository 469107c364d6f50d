"""Spends the family records from a direct payment, and their review: approve, ask a question
(a conversation on the spend), or reject with a reason the family sees. The money moves in
ledger.py when the spend is recorded (it has left the family's account either way); the review
changes only the spend's status, so nothing the family entered is ever lost.

Emails say that something happened and where to look, never what was written or spent.
"""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.accounts.policy import is_officer

from . import ledger, receipts
from .models import FundingStream, Provision, Receipt, Spend, SpendMessage

S = Spend.Status


class ReviewRefused(ledger.LedgerError):
    pass


@dataclass(frozen=True)
class SpendDetails:
    provision: Provision
    spent_on: date
    amount_pence: int
    payee: str
    what_for: str


def direct_payment_provisions(budget):
    return budget.provisions.filter(
        stream__delivery=FundingStream.Delivery.DIRECT_PAYMENT
    ).select_related("stream")


def record(details: SpendDetails, *, by, receipt: receipts.Upload | None = None) -> Spend:
    """The spend, its money moved in the ledger, and its receipt if one came with it: all or
    nothing. The receipt is checked before any of it is written."""
    provision = details.provision
    if provision.stream.delivery != FundingStream.Delivery.DIRECT_PAYMENT:
        raise ledger.LedgerError("Only direct-payment provisions are spent by the family")
    if receipt is not None:
        receipts.check(receipt)
    with transaction.atomic():
        moved = ledger.spend(provision, details.amount_pence, by=by, on=details.spent_on,
                             memo=details.payee[:300])
        made = Spend.objects.create(
            budget_id=provision.budget_id, provision=provision, transaction=moved,
            spent_on=details.spent_on, amount_pence=details.amount_pence,
            payee=details.payee, what_for=details.what_for, recorded_by=by,
        )
        if receipt is not None:
            receipts.attach(made, receipt, by=by)
        return made


@transaction.atomic
def add_receipt(spend: Spend, upload: receipts.Upload, *, by) -> Receipt:
    """A receipt added after the spend was recorded (often because the council asked for it).
    Whoever asked about the spend is told there is something new to look at."""
    added = receipts.attach(spend, upload, by=by)
    if spend.reviewed_by is not None and spend.reviewed_by.email:
        _send("A family has added a receipt to a spend", spend.reviewed_by.email,
              _review_path(spend))
    return added


def _review_path(spend: Spend) -> str:
    """Where whoever reviews this spend looks at it: an officer's page, or the key worker's."""
    if is_officer(spend.reviewed_by) or spend.budget.child_id is None:
        return reverse("budgets:officer_spend", args=[spend.budget_id, spend.pk])
    return reverse("budgets:spend_review", args=[spend.budget.child_id, spend.pk])


def _decide(spend: Spend, status: str, by, reason: str = "") -> Spend:
    if spend.status in (S.APPROVED, S.REJECTED):
        raise ReviewRefused("This spend has already been decided")
    spend.status, spend.reviewed_by, spend.reviewed_at = status, by, timezone.now()
    spend.reject_reason = reason
    spend.save(update_fields=["status", "reviewed_by", "reviewed_at", "reject_reason"])
    return spend


@transaction.atomic
def approve(spend: Spend, *, by, notify=True) -> Spend:
    _decide(spend, S.APPROVED, by)
    if notify:  # the demo data approves a year of spends without emailing anyone
        _tell_family(spend, "A spend has been approved")
    return spend


@transaction.atomic
def reject(spend: Spend, *, by, reason: str) -> Spend:
    _decide(spend, S.REJECTED, by, reason)
    _tell_family(spend, "A spend has not been approved")
    return spend


@transaction.atomic
def ask(spend: Spend, *, by, text: str, notify=True) -> SpendMessage:
    if spend.status in (S.APPROVED, S.REJECTED):
        raise ReviewRefused("This spend has already been decided")
    message = SpendMessage.objects.create(spend=spend, author=by, from_council=True, text=text)
    spend.status, spend.reviewed_by = S.QUERIED, by
    spend.save(update_fields=["status", "reviewed_by"])
    if notify:
        _tell_family(spend, "The council has a question about a spend")
    return message


@transaction.atomic
def answer(spend: Spend, *, by, text: str) -> SpendMessage:
    message = SpendMessage.objects.create(spend=spend, author=by, from_council=False, text=text)
    if spend.reviewed_by is not None and spend.reviewed_by.email:
        _send("A family has answered about a spend", spend.reviewed_by.email,
              _review_path(spend))
    return message


def _tell_family(spend: Spend, subject: str) -> None:
    child = spend.budget.child
    if child is None:
        return
    emails = {access.user.email for access in child.carers.filter(ended_at__isnull=True)
              .select_related("user")}
    if child.young_person_id:
        emails.add(child.young_person.email)
    path = reverse("budgets:spend", args=[child.pk, spend.pk])
    for email in sorted(e for e in emails if e):
        _send(subject, email, path)


def _send(subject: str, email: str, path: str) -> None:
    # What happened and where to look; never the amount, the payee or the conversation.
    body = (
        f"{subject}.\n\nSign in to see it: {settings.WAGTAILADMIN_BASE_URL}{path}\n\n"
        "We do not put the details in emails, to keep them private.\n"
    )
    transaction.on_commit(lambda: send_mail(subject, body, None, [email]))
