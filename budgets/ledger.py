"""The only code that changes money. Every movement is one `LedgerTransaction` of `Entry` rows
that sum to zero, written inside one database transaction that first locks (SELECT ... FOR
UPDATE, in primary-key order so two movements never wait on each other in a circle) every
account it touches. A balance is the sum of an account's entries. Entries are never changed or
deleted (the models refuse); a mistake is undone by `reverse`, a new transaction that names the
one it reverses.

Chart of accounts (per funding stream, and per provision within it). A positive balance is money
held there; council funding is where money comes from, so its balance is minus what the council
has given.

    council funding (stream)  --fund-->        unallocated (stream)
    unallocated (stream)      --allocate-->    provision
    provision                 --move-->        another provision of the same stream
    managed and third-party money:
    provision                 --commit-->      owed to a provider (pending)
    pending                   --release-->     provision          (a booking that fell through)
    pending                   --settle-->      paid to the provider
    direct payments:
    provision                 --pay_direct-->  the family's direct-payment account
    direct-payment account    --spend-->       spent by the family (what the family reports)
    spent                     --refund-->      direct-payment account (a payee gave money back)
    direct-payment account    --reclaim-->     council funding    (unspent money taken back)

Figures the family sees, per provision: allocated = the sum of all five provision accounts;
committed = pending; spent = paid + spent; remaining = provision + direct-payment account.

Rules, all enforced in `_enforce` (the one place):
- No account that holds money may go below zero, except by spending (commit, pay_direct,
  spend) from a provision or a direct-payment account, and then only as its stream's overspend
  policy allows: STOP (the default) never; APPROVED when an officer approves it and the account
  stays within the stream's limit (pence, or a percentage of the stream's funding); FLAG always,
  and the transaction is marked `overspent`.
- Paid and spent never go below zero (more cannot come back than went out); council funding
  never goes above zero (more cannot go back than the council gave).
"""

from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone

from . import policy
from .models import (
    Account,
    Amendment,
    Budget,
    Entry,
    FundingStream,
    LedgerTransaction,
    Provision,
)

K = Account.Kind
T = LedgerTransaction.Kind
PROVISION_ACCOUNTS = (K.PROVISION, K.PENDING, K.PAID, K.DIRECT_PAYMENT, K.SPENT)
# Movements out of these may overspend, as the stream's policy allows.
SPENDING = {T.COMMIT, T.PAY_DIRECT, T.SPEND}


class LedgerError(Exception):
    """A movement the ledger refuses; the message is plain English for the person who asked."""


class OverspendRefused(LedgerError):
    pass


@dataclass(frozen=True)
class AmendmentNote:
    reason: str
    effective_on: date


# Opening a budget, streams and provisions.


def open_budget(child, *, starts_on: date, ends_on: date, by) -> Budget:
    if ends_on <= starts_on:
        raise LedgerError("The plan year must end after it starts")
    return Budget.objects.create(child=child, starts_on=starts_on, ends_on=ends_on, created_by=by)


def add_stream(
    budget: Budget, *, kind, delivery, cost_centre, amount_pence: int, by,
    overspend=FundingStream.Overspend.STOP, overspend_limit_pence=None,
    overspend_limit_percent=None, on: date | None = None,
) -> FundingStream:
    _positive(amount_pence, allow_zero=True)
    with transaction.atomic():
        stream = FundingStream.objects.create(
            budget=budget, kind=kind, delivery=delivery, cost_centre=cost_centre,
            overspend=overspend, overspend_limit_pence=overspend_limit_pence,
            overspend_limit_percent=overspend_limit_percent,
        )
        Account.objects.bulk_create(
            Account(budget=budget, stream=stream, kind=kind) for kind in (K.FUNDING, K.UNALLOCATED)
        )
        if amount_pence:
            fund(stream, amount_pence, by=by, on=on or budget.starts_on, memo="Set up")
    return stream


def add_provision(
    stream: FundingStream, *, description: str, planned_cost_pence: int, by, outcome="",
    goal=None, service=None, on: date | None = None,
) -> Provision:
    _positive(planned_cost_pence, allow_zero=True)
    with transaction.atomic():
        provision = Provision.objects.create(
            budget_id=stream.budget_id, stream=stream, description=description,
            outcome=outcome, goal=goal, service=service,
        )
        Account.objects.bulk_create(
            Account(budget_id=stream.budget_id, stream=stream, provision=provision, kind=kind)
            for kind in PROVISION_ACCOUNTS
        )
        if planned_cost_pence:
            allocate(provision, planned_cost_pence, by=by, on=on, memo="Set up")
    return provision


# Movements. Each returns the LedgerTransaction it wrote.


def fund(stream, amount_pence, *, by, on=None, memo="", amendment: AmendmentNote | None = None):
    """Council money into the stream; a negative amount takes unallocated money back."""
    _nonzero(amount_pence)
    return _post(stream.budget_id, T.FUND, [
        (_stream_account(stream, K.FUNDING), -amount_pence),
        (_stream_account(stream, K.UNALLOCATED), amount_pence),
    ], by=by, on=on, memo=memo, amendment=amendment)


def allocate(provision, amount_pence, *, by, on=None, memo="", amendment=None):
    """Stream money to a provision; a negative amount gives unspent money back to the stream."""
    _nonzero(amount_pence)
    return _post(provision.budget_id, T.ALLOCATE, [
        (_stream_account(provision.stream_id, K.UNALLOCATED), -amount_pence),
        (_provision_account(provision, K.PROVISION), amount_pence),
    ], by=by, on=on, memo=memo, amendment=amendment)


def move(source, target, amount_pence, *, by, on=None, memo="", amendment=None):
    _positive(amount_pence)
    if source.pk == target.pk:
        raise LedgerError("Choose two different provisions")
    if source.stream_id != target.stream_id:
        raise LedgerError(
            "Money can only move between provisions of the same funding stream: take it back "
            "to the stream and give it from there"
        )
    return _post(source.budget_id, T.MOVE, [
        (_provision_account(source, K.PROVISION), -amount_pence),
        (_provision_account(target, K.PROVISION), amount_pence),
    ], by=by, on=on, memo=memo, amendment=amendment)


def commit(provision, amount_pence, *, by, on=None, memo="", approved_by=None):
    return _between(provision, T.COMMIT, K.PROVISION, K.PENDING, amount_pence,
                    by=by, on=on, memo=memo, approved_by=approved_by)


def release(provision, amount_pence, *, by, on=None, memo=""):
    return _between(provision, T.RELEASE, K.PENDING, K.PROVISION, amount_pence,
                    by=by, on=on, memo=memo)


def settle(provision, amount_pence, *, by, on=None, memo=""):
    return _between(provision, T.SETTLE, K.PENDING, K.PAID, amount_pence,
                    by=by, on=on, memo=memo)


def pay_direct(provision, amount_pence, *, by, on=None, memo="", approved_by=None):
    return _between(provision, T.PAY_DIRECT, K.PROVISION, K.DIRECT_PAYMENT, amount_pence,
                    by=by, on=on, memo=memo, approved_by=approved_by)


def spend(provision, amount_pence, *, by, on=None, memo="", approved_by=None):
    return _between(provision, T.SPEND, K.DIRECT_PAYMENT, K.SPENT, amount_pence,
                    by=by, on=on, memo=memo, approved_by=approved_by)


def refund(provision, amount_pence, *, by, on=None, memo=""):
    return _between(provision, T.REFUND, K.SPENT, K.DIRECT_PAYMENT, amount_pence,
                    by=by, on=on, memo=memo)


def reclaim(provision, amount_pence, *, by, on=None, memo=""):
    return reclaim_together({provision: amount_pence}, by=by, on=on, memo=memo)


def reclaim_together(amounts: dict, *, by, on=None, memo=""):
    """Unspent money from the direct-payment accounts of several provisions of one budget
    back to their streams' council funding, as ONE transaction (a year-end reclaim is one
    decision, so it is one movement, reversed whole or not at all)."""
    if not amounts:
        raise LedgerError("Choose what to reclaim")
    if len({provision.budget_id for provision in amounts}) != 1:
        raise LedgerError("A reclaim takes money from one budget at a time")
    legs: dict[int, int] = {}
    for provision, amount_pence in amounts.items():
        _positive(amount_pence)
        source = _provision_account(provision, K.DIRECT_PAYMENT)
        target = _stream_account(provision.stream_id, K.FUNDING)
        legs[source] = legs.get(source, 0) - amount_pence
        legs[target] = legs.get(target, 0) + amount_pence
    budget_id = next(iter(amounts)).budget_id
    return _post(budget_id, T.RECLAIM, list(legs.items()), by=by, on=on, memo=memo)


def reverse(original: LedgerTransaction, *, by, on=None, memo="") -> LedgerTransaction:
    """Undo a transaction with its mirror image. Reversing is strict: it may not take any
    account below zero (undoing money that has since been spent is refused)."""
    if original.kind == T.REVERSAL:
        raise LedgerError("A reversal cannot itself be reversed: make the movement again")
    with transaction.atomic():
        # Locking the original makes two people reversing it at once take turns.
        LedgerTransaction.objects.select_for_update().filter(pk=original.pk).first()
        if LedgerTransaction.objects.filter(reverses=original).exists():
            raise LedgerError("This has already been reversed")
        legs = [(entry.account_id, -entry.amount_pence) for entry in original.entries.all()]
        try:
            return _post(original.budget_id, T.REVERSAL, legs, by=by, on=on,
                         memo=memo or f"Reverses: {original.get_kind_display()}",
                         reverses=original)
        except IntegrityError as error:  # the one-to-one: someone reversed it just now
            raise LedgerError("This has already been reversed") from error


# Reading balances.


def balances(budget_id, on: date | None = None) -> dict[int, int]:
    """Every account of the budget -> its balance in pence (accounts with no entries: 0); with
    `on`, the balance at the end of that day (movements dated on or before it)."""
    accounts = Account.objects.filter(budget_id=budget_id).values_list("pk", flat=True)
    found = dict.fromkeys(accounts, 0)
    entries = Entry.objects.filter(account__budget_id=budget_id)
    if on is not None:
        entries = entries.filter(transaction__occurred_on__lte=on)
    found.update(
        entries
        .values_list("account_id")
        .annotate(total=Sum("amount_pence"))
        .values_list("account_id", "total")
    )
    return found


def balance_of(account_id) -> int:
    return Entry.objects.filter(account_id=account_id).aggregate(t=Sum("amount_pence"))["t"] or 0


# The machinery.


def _positive(amount, allow_zero=False):
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise LedgerError("Amounts are whole pence")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise LedgerError("Enter an amount more than £0")


def _nonzero(amount):
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise LedgerError("Amounts are whole pence")
    if amount == 0:
        raise LedgerError("Enter an amount that is not £0")


def _stream_account(stream, kind) -> int:
    stream_id = getattr(stream, "pk", stream)
    return Account.objects.values_list("pk", flat=True).get(
        stream_id=stream_id, provision__isnull=True, kind=kind
    )


def _provision_account(provision, kind) -> int:
    return Account.objects.values_list("pk", flat=True).get(provision=provision, kind=kind)


def _between(provision, kind, source, target, amount_pence, **options):
    _positive(amount_pence)
    return _post(provision.budget_id, kind, [
        (_provision_account(provision, source), -amount_pence),
        (_provision_account(provision, target), amount_pence),
    ], **options)


def _post(budget_id, kind, legs, *, by, on=None, memo="", approved_by=None, reverses=None,
          amendment: AmendmentNote | None = None) -> LedgerTransaction:
    if sum(amount for _, amount in legs) != 0:
        raise AssertionError("A ledger transaction must sum to zero")
    with transaction.atomic():
        ids = sorted({account_id for account_id, _ in legs})
        accounts = list(
            Account.objects.select_for_update().filter(pk__in=ids, budget_id=budget_id)
            .select_related("stream").order_by("pk")
        )
        if len(accounts) != len(ids):
            raise LedgerError("Those accounts are not all in this budget")
        before = dict.fromkeys(ids, 0)
        before.update(
            Entry.objects.filter(account_id__in=ids).values_list("account_id")
            .annotate(total=Sum("amount_pence")).values_list("account_id", "total")
        )
        after = dict(before)
        for account_id, amount in legs:
            after[account_id] += amount
        overspent = _enforce(kind, accounts, before, after, approved_by)
        record = LedgerTransaction.objects.create(
            budget_id=budget_id, kind=kind, occurred_on=on or timezone.localdate(), memo=memo,
            by=by, reverses=reverses, overspent=overspent,
            approved_by=approved_by if overspent else None,
        )
        Entry.objects.bulk_create(
            Entry(transaction=record, account_id=account_id, amount_pence=amount)
            for account_id, amount in legs
        )
        if amendment is not None:
            Amendment.objects.create(
                budget_id=budget_id, reason=amendment.reason,
                effective_on=amendment.effective_on, by=by, transaction=record,
            )
    return record


def _enforce(kind, accounts, before, after, approved_by) -> bool:
    """The rules of the module docstring, and the overspend policy: the one place they live.
    Returns whether this movement overspends (as the stream's policy allowed)."""
    overspent = False
    for account in accounts:
        was, now = before[account.pk], after[account.pk]
        if account.kind == K.FUNDING:
            if now > 0 and now > was:
                raise LedgerError("More would go back to the council than it gave")
            continue
        if now >= 0 or now >= was:
            continue  # not going (further) below zero
        if account.kind in (K.PAID, K.SPENT):
            raise LedgerError("More cannot come back than was paid or spent")
        if kind not in SPENDING or account.kind not in (K.PROVISION, K.DIRECT_PAYMENT):
            raise OverspendRefused(f"There is not enough money: {_short(account)}")
        stream = account.stream
        if stream.overspend == FundingStream.Overspend.STOP:
            raise OverspendRefused(
                f"There is not enough money left: {_short(account)} cannot go below £0"
            )
        if stream.overspend == FundingStream.Overspend.APPROVED:
            if approved_by is None or not policy.may_approve_overspend(approved_by):
                raise OverspendRefused(
                    "This would overspend: a council officer must approve it first"
                )
            if -now > _limit(stream):
                raise OverspendRefused("This would overspend by more than the stream allows")
        overspent = True
    return overspent


def _limit(stream: FundingStream) -> int:
    if stream.overspend_limit_pence is not None:
        return stream.overspend_limit_pence
    funded = -balance_of(_stream_account(stream, K.FUNDING))
    return funded * (stream.overspend_limit_percent or 0) // 100


def _short(account: Account) -> str:
    return account.get_kind_display().lower()
