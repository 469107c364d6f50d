"""Year-end reclaim of unspent direct-payment money.

A family may keep a contingency (the council's threshold, `BUDGET_RECLAIM_THRESHOLD_PENCE`,
£500 unless settings say otherwise) and anything they have already promised to planned
spending; what is left in the budget's direct-payment accounts above that may go back to the
council:

    reclaimable = balance in the direct-payment accounts - committed - threshold  (not below 0)

1. 28 days before the plan year ends, `manage.py propose_reclaims` (run daily; running it
   again makes nothing new) proposes the reclaimable amount for each budget that has any, and
   tells the family by email only that something needs their attention and where.
2. The family sees the amount and the sum on the budget page and may tell the council what
   the money is planned for (free text, screened for safeguarding first, and an amount
   committed, which lowers the sum).
3. A council officer confirms (the amount, or less with a reason) or withdraws it. Before the
   28 days are up only a family that has answered can have its reclaim confirmed. The amount
   is never more than the family was told, nor than the sum now (which the ledger's balance
   bounds). Confirming is ONE ledger transaction (`ledger.reclaim_together`); undoing it is the
   ledger's reversal of that transaction, never a change to the proposal.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from portal.accounts.models import User
from portal.accounts.roles import Role
from youngcommissioners.safeguarding import screen

from . import ledger
from .models import Account, Budget, FundingStream, Provision, ReclaimProposal
from .money import pounds

DEFAULT_THRESHOLD_PENCE = 50_000
NOTICE = timedelta(days=28)
S = ReclaimProposal.Status
PRIVATE = "We do not put the details in emails, to keep them private."


class ReclaimRefused(ledger.LedgerError):
    """A step the reclaim does not allow; the message is plain English for the person."""


def threshold_pence() -> int:
    return int(getattr(settings, "BUDGET_RECLAIM_THRESHOLD_PENCE", DEFAULT_THRESHOLD_PENCE))


@dataclass(frozen=True)
class Reasoning:
    """The sum the family and the officer see, in pence."""

    balance: int
    committed: int
    threshold: int

    @property
    def reclaimable(self) -> int:
        return max(0, self.balance - self.committed - self.threshold)


def direct_payment_balances(budget_ids) -> dict:
    """(budget id, provision id) -> the balance of that provision's direct-payment account,
    for every direct-payment provision of these budgets, in one query."""
    rows = (
        Account.objects.filter(
            budget_id__in=list(budget_ids), kind=Account.Kind.DIRECT_PAYMENT,
            stream__delivery=FundingStream.Delivery.DIRECT_PAYMENT,
        )
        .annotate(balance=Coalesce(Sum("entries__amount_pence"), 0))
        .values_list("budget_id", "provision_id", "balance")
    )
    return {(budget_id, provision_id): balance for budget_id, provision_id, balance in rows}


def reasoning_for(proposal: ReclaimProposal, balance: int | None = None) -> Reasoning:
    """Today's sum: the ledger's balance now, what the family said is committed, and the
    threshold the family was told of."""
    if balance is None:
        balance = sum(direct_payment_balances([proposal.budget_id]).values())
    return Reasoning(balance, proposal.committed_pence, proposal.threshold_pence)


def most_now(proposal: ReclaimProposal, reasoning: Reasoning) -> int:
    """The most an officer may confirm: never more than the family was told, nor than the
    sum today."""
    return min(proposal.proposed_pence, reasoning.reclaimable)


def may_decide_on(proposal: ReclaimProposal, today: date) -> bool:
    return today >= proposal.decide_from or proposal.responded_at is not None


# 1. Proposing, once a day.


def due_budgets(today: date):
    """Budgets whose plan year ends within the next 28 days (or today), with a child's record,
    and no proposal yet."""
    return Budget.objects.filter(
        ends_on__gte=today, ends_on__lte=today + NOTICE, child__isnull=False,
        reclaim__isnull=True,
    )


def propose_due(today: date) -> list[ReclaimProposal]:
    """Propose a reclaim for every budget that is due and has money above the threshold.
    Safe to run again, or twice at once: a budget has at most one proposal."""
    budgets = list(due_budgets(today).values_list("pk", flat=True))
    balances: dict = {}
    for (budget_id, _), balance in direct_payment_balances(budgets).items():
        balances[budget_id] = balances.get(budget_id, 0) + balance
    threshold = threshold_pence()
    made = []
    for budget_id in budgets:
        reasoning = Reasoning(balances.get(budget_id, 0), 0, threshold)
        if reasoning.reclaimable <= 0:
            continue
        try:
            with transaction.atomic():
                proposal = ReclaimProposal.objects.create(
                    budget_id=budget_id, proposed_on=today, decide_from=today + NOTICE,
                    balance_pence=reasoning.balance, threshold_pence=threshold,
                    proposed_pence=reasoning.reclaimable,
                )
                _tell_family(proposal, "Your child's personal budget needs your attention")
        except IntegrityError:
            continue  # another run proposed it a moment ago
        made.append(proposal)
    return made


# 2. The family's answer.


@dataclass(frozen=True)
class Answer:
    committed_pence: int
    explanation: str


def respond(proposal: ReclaimProposal, answer: Answer, *, by) -> ReclaimProposal:
    """Keep the family's answer. The explanation is screened before anything else happens to
    it: if the screen flags it, officers do not see it until the safeguarding lead has."""
    screening = screen(answer.explanation)
    with transaction.atomic():
        proposal = _locked(proposal)
        if proposal.status != S.PROPOSED:
            raise ReclaimRefused("The council has already decided about this money")
        proposal.committed_pence = answer.committed_pence
        proposal.explanation = answer.explanation
        proposal.responded_by, proposal.responded_at = by, timezone.now()
        proposal.held_for_safeguarding = screening.alert
        proposal.cleared_by = None
        proposal.save(update_fields=[
            "committed_pence", "explanation", "responded_by", "responded_at",
            "held_for_safeguarding", "cleared_by",
        ])
        if screening.alert:
            _tell_safeguarding_leads(proposal)
    return proposal


def clear(proposal: ReclaimProposal, *, by) -> ReclaimProposal:
    """The safeguarding lead has read the explanation: officers may now see it."""
    with transaction.atomic():
        proposal = _locked(proposal)
        proposal.held_for_safeguarding, proposal.cleared_by = False, by
        proposal.save(update_fields=["held_for_safeguarding", "cleared_by"])
    return proposal


# 3. The officer's decision.


@dataclass(frozen=True)
class Decision:
    amount_pence: int
    reason: str = ""


def confirm(proposal: ReclaimProposal, decision: Decision, *, by, today: date):
    """Take the money back in one ledger transaction, from the provisions with the most in
    their direct-payment accounts first."""
    with transaction.atomic():
        proposal = _locked(proposal)
        _undecided(proposal)
        if not may_decide_on(proposal, today):
            raise ReclaimRefused(
                f"The family has until {proposal.decide_from:%-d %B %Y} to answer: it cannot "
                "be confirmed before then unless they have"
            )
        balances = {
            provision_id: balance
            for (_, provision_id), balance in direct_payment_balances([proposal.budget_id]).items()
        }
        most = most_now(proposal, reasoning_for(proposal, sum(balances.values())))
        amount = decision.amount_pence
        if amount <= 0:
            raise ReclaimRefused("Enter an amount more than £0, or withdraw the proposal")
        if amount > most:
            raise ReclaimRefused(
                f"No more than {pounds(most)} can be reclaimed: what the family was told, "
                "or what is above the threshold and their committed spending today"
            )
        if amount < proposal.proposed_pence and not decision.reason.strip():
            raise ReclaimRefused("Enter why less than proposed is reclaimed: the family sees it")
        parts, left = {}, amount
        provisions = Provision.objects.in_bulk(list(balances))
        for provision_id, balance in sorted(balances.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            if left and balance > 0:
                parts[provisions[provision_id]] = min(balance, left)
                left -= parts[provisions[provision_id]]
        moved = ledger.reclaim_together(parts, by=by, on=today, memo="Year-end reclaim")
        _decided(proposal, S.CONFIRMED, by, decision.reason, amount, moved)
        _tell_family(proposal, "A decision has been made about your child's personal budget")
    return proposal


def withdraw(proposal: ReclaimProposal, *, by, reason: str) -> ReclaimProposal:
    if not reason.strip():
        raise ReclaimRefused("Enter why the proposal is withdrawn: the family sees it")
    with transaction.atomic():
        proposal = _locked(proposal)
        _undecided(proposal)
        _decided(proposal, S.WITHDRAWN, by, reason, None, None)
        _tell_family(proposal, "A decision has been made about your child's personal budget")
    return proposal


def officer_list(status: str = S.PROPOSED):
    return (
        ReclaimProposal.objects.filter(status=status)
        .select_related("budget__child")
        .order_by("decide_from", "created_at")
    )


# What the pages show.


def summary(proposal: ReclaimProposal, reasoning: Reasoning) -> dict:
    return {"proposal": proposal, "reasoning": reasoning, "most": most_now(proposal, reasoning)}


def for_budget_page(budget, figures):
    """The proposal (if any) and today's sum, for the family's budget page: the balance comes
    from the figures the page already has, and the page reads the proposal with the budget."""
    try:
        proposal = budget.reclaim
    except ReclaimProposal.DoesNotExist:
        return None
    balance = sum(
        stream.in_direct_payment_account for stream in figures.streams
        if stream.stream.delivery == FundingStream.Delivery.DIRECT_PAYMENT
    )
    return summary(proposal, reasoning_for(proposal, balance))


# The machinery.


def _locked(proposal: ReclaimProposal) -> ReclaimProposal:
    # Only the proposal's row is locked: PostgreSQL cannot lock the nullable side of the join
    # to the child (an erased record's budget has none).
    return ReclaimProposal.objects.select_for_update(of=("self",)).select_related(
        "budget__child").get(pk=proposal.pk)


def _undecided(proposal: ReclaimProposal) -> None:
    if proposal.status != S.PROPOSED:
        raise ReclaimRefused("This proposal has already been decided")


def _decided(proposal, status, by, reason, amount, moved) -> None:
    proposal.status, proposal.decided_by, proposal.decided_at = status, by, timezone.now()
    proposal.decision_reason, proposal.decided_pence, proposal.transaction = reason, amount, moved
    proposal.save(update_fields=[
        "status", "decided_by", "decided_at", "decision_reason", "decided_pence", "transaction",
    ])


def _tell_family(proposal: ReclaimProposal, subject: str) -> None:
    child = proposal.budget.child
    if child is None:
        return
    emails = set(
        child.carers.filter(ended_at__isnull=True).values_list("user__email", flat=True)
    )
    if child.young_person_id:
        emails.add(child.young_person.email)
    path = reverse("budgets:reclaim", args=[child.pk, proposal.budget_id])
    for email in sorted(e for e in emails if e):
        _send(subject, email, path)


def _tell_safeguarding_leads(proposal: ReclaimProposal) -> None:
    leads = User.objects.filter(
        Q(groups__name=str(Role.SAFEGUARDING_LEAD)), is_active=True
    ).exclude(email="").values_list("email", flat=True).distinct()
    path = reverse("budgets:officer_reclaim", args=[proposal.budget_id])
    for email in sorted(leads):
        _send("Something a family wrote to the portal needs safeguarding review", email, path)


def _send(subject: str, email: str, path: str) -> None:
    # That something needs attention and where: never amounts, names or what anyone wrote.
    link = settings.WAGTAILADMIN_BASE_URL + path
    body = "\n\n".join([f"{subject}.", f"Sign in to see it: {link}", PRIVATE])
    transaction.on_commit(lambda: send_mail(subject, body + "\n", None, [email]))
