"""A child's personal budget (EHC plan section J) and its double-entry ledger.

Budgets, streams and provisions describe the plan; money lives only in `Entry` rows, written by
budgets/ledger.py and never changed afterwards. A balance is the sum of an account's entries:
nothing here stores an amount of money that the entries could disagree with.
"""

from uuid import uuid4

from django.conf import settings
from django.db import models
from django.utils import timezone


class LedgerIsAppendOnly(Exception):
    """Raised when code tries to change or delete a ledger row: reverse it instead."""


class Budget(models.Model):
    """One child's personal budget for one plan year."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    # Financial records outlive the record they came from (DOMAIN.md, Privacy): if the child's
    # record is erased the budget and its ledger stay, no longer linked to a person.
    child = models.ForeignKey(
        "family.Child", null=True, on_delete=models.SET_NULL, related_name="budgets"
    )
    starts_on = models.DateField("plan year starts")
    ends_on = models.DateField("plan year ends")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gt=models.F("starts_on")),
                name="budgets_year_ends_after_it_starts",
            ),
            models.UniqueConstraint(fields=["child", "starts_on"], name="budgets_one_per_year"),
        ]

    def __str__(self):
        return f"Budget {self.starts_on:%Y}-{self.ends_on:%y}"


class FundingStream(models.Model):
    class Kind(models.TextChoices):
        EDUCATION = "education", "Education"
        SOCIAL_CARE = "social_care", "Social care"
        HEALTH = "health", "Health"

    class Delivery(models.TextChoices):
        DIRECT_PAYMENT = "direct_payment", "Direct payment to the family"
        MANAGED = "managed", "Managed by the council"
        THIRD_PARTY = "third_party", "Third-party arrangement"

    class Overspend(models.TextChoices):
        STOP = "stop", "Stop: nothing may go below zero"
        APPROVED = "approved", "Allow up to a limit, with an officer's approval"
        FLAG = "flag", "Allow and flag it"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="streams")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    delivery = models.CharField(max_length=20, choices=Delivery.choices)
    cost_centre = models.CharField("council cost centre code", max_length=40)
    overspend = models.CharField(
        "overspend policy", max_length=10, choices=Overspend.choices, default=Overspend.STOP
    )
    # Only for APPROVED: the most an account may go below zero, in pence or as a percentage
    # of the stream's funding (one or the other).
    overspend_limit_pence = models.BigIntegerField(null=True, blank=True)
    overspend_limit_percent = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["kind"]
        constraints = [
            models.UniqueConstraint(fields=["budget", "kind"], name="budgets_one_stream_per_kind")
        ]

    def __str__(self):
        return self.get_kind_display()


class Provision(models.Model):
    """What the money buys: "speech and language therapy, 40 sessions at £55"."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="provisions")
    stream = models.ForeignKey(FundingStream, on_delete=models.PROTECT, related_name="provisions")
    description = models.CharField(max_length=300)
    # What it is for: an outcome from section E of the EHC plan, in its words, or a goal of the
    # child's (or both).
    outcome = models.TextField("EHC plan outcome", blank=True)
    goal = models.ForeignKey(
        "family_goals.Goal", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service = models.ForeignKey(
        "local_offer.ServicePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="Local Offer service",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "description"]

    def __str__(self):
        return self.description


class Account(models.Model):
    """One account of the chart in ledger.py. Opened by the ledger with its stream or
    provision; its balance is the sum of its entries."""

    class Kind(models.TextChoices):
        FUNDING = "funding", "Council funding"
        UNALLOCATED = "unallocated", "Not yet given to a provision"
        PROVISION = "provision", "Provision: not yet committed or spent"
        PENDING = "pending", "Owed to a provider"
        PAID = "paid", "Paid to a provider"
        DIRECT_PAYMENT = "direct_payment", "Family's direct-payment account"
        SPENT = "spent", "Spent by the family"

    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="accounts")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    stream = models.ForeignKey(FundingStream, on_delete=models.PROTECT, related_name="accounts")
    provision = models.ForeignKey(
        Provision, null=True, on_delete=models.PROTECT, related_name="accounts"
    )

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["stream", "kind"],
                condition=models.Q(provision__isnull=True),
                name="budgets_one_stream_account_per_kind",
            ),
            models.UniqueConstraint(
                fields=["provision", "kind"], name="budgets_one_provision_account_per_kind"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.provision or self.stream})"


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise LedgerIsAppendOnly("Ledger rows are never changed: reverse the transaction.")

    def delete(self):
        raise LedgerIsAppendOnly("Ledger rows are never deleted: reverse the transaction.")


class AppendOnly(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise LedgerIsAppendOnly("Ledger rows are never changed: reverse the transaction.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise LedgerIsAppendOnly("Ledger rows are never deleted: reverse the transaction.")


class LedgerTransaction(AppendOnly):
    class Kind(models.TextChoices):
        FUND = "fund", "Funding"
        ALLOCATE = "allocate", "Allocation to a provision"
        MOVE = "move", "Move between provisions"
        COMMIT = "commit", "Booked with a provider"
        RELEASE = "release", "Booking released"
        SETTLE = "settle", "Paid to a provider"
        PAY_DIRECT = "pay_direct", "Paid into the direct-payment account"
        SPEND = "spend", "Spent by the family"
        REFUND = "refund", "Refund to the family"
        RECLAIM = "reclaim", "Reclaimed by the council"
        REVERSAL = "reversal", "Reversal"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="transactions")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    occurred_on = models.DateField()
    memo = models.CharField(max_length=300, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    reverses = models.OneToOneField(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="reversed_by"
    )
    # The stream's overspend policy let an account go below zero in this transaction.
    overspent = models.BooleanField(default=False)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["budget", "occurred_on"])]

    def __str__(self):
        return f"{self.get_kind_display()} on {self.occurred_on}"


class Entry(AppendOnly):
    transaction = models.ForeignKey(
        LedgerTransaction, on_delete=models.PROTECT, related_name="entries"
    )
    account = models.ForeignKey(Account, on_delete=models.PROTECT, related_name="entries")
    amount_pence = models.BigIntegerField()

    class Meta:
        verbose_name_plural = "entries"
        indexes = [models.Index(fields=["account", "amount_pence"])]

    def __str__(self):
        return f"{self.amount_pence}p to {self.account_id}"


class Amendment(models.Model):
    """A change to the plan mid-year: why, from when, by whom. The money side is the ledger
    transaction it names; history is never edited."""

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="amendments")
    reason = models.TextField()
    effective_on = models.DateField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    transaction = models.OneToOneField(
        LedgerTransaction, on_delete=models.PROTECT, related_name="amendment"
    )

    class Meta:
        ordering = ["-effective_on", "-created_at"]

    def __str__(self):
        return self.reason[:50]


class Spend(models.Model):
    """A spend the family records from a direct payment, and its review. The money is the
    ledger transaction it names; what the family typed stays as they typed it, whatever the
    review decides."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Waiting for review"
        QUERIED = "queried", "Question asked"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Not approved"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    budget = models.ForeignKey(Budget, on_delete=models.PROTECT, related_name="spends")
    provision = models.ForeignKey(Provision, on_delete=models.PROTECT, related_name="spends")
    transaction = models.OneToOneField(
        LedgerTransaction, on_delete=models.PROTECT, related_name="spend"
    )
    spent_on = models.DateField()
    amount_pence = models.BigIntegerField()  # as the family typed it; the ledger's entries agree
    payee = models.CharField(max_length=200)
    what_for = models.TextField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    reject_reason = models.TextField(blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-spent_on", "-recorded_at"]
        indexes = [models.Index(fields=["budget", "status"])]

    def __str__(self):
        return f"{self.payee} on {self.spent_on}"


class SpendMessage(models.Model):
    """One turn of the conversation about a queried spend."""

    spend = models.ForeignKey(Spend, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    from_council = models.BooleanField()
    text = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text[:50]


class Receipt(models.Model):
    """A receipt for a spend: a photo or a PDF, taken through the same checks as the family
    record's documents (its kind decided from its bytes, virus-scanned) and kept encrypted
    under PRIVATE_FILES_ROOT (portal/private_files.py). A spend may gain more receipts later,
    when the council asks about it; none is ever replaced."""

    class Scan(models.TextChoices):
        NOT_SCANNED = "not_scanned", "Not yet scanned"
        CLEAN = "clean", "Clean"
        INFECTED = "infected", "Infected"
        FAILED = "failed", "Scan failed"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    spend = models.ForeignKey(Spend, on_delete=models.PROTECT, related_name="receipts")
    stored_name = models.CharField(max_length=200, unique=True)  # under PRIVATE_FILES_ROOT
    original_filename = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    content_type = models.CharField(max_length=100)  # decided from the bytes, never the name
    scan_status = models.CharField(max_length=20, choices=Scan.choices,
                                   default=Scan.NOT_SCANNED)
    scanned_at = models.DateTimeField(null=True, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.original_filename or "receipt"

    @property
    def may_be_served(self) -> bool:
        return self.scan_status != self.Scan.INFECTED


class ReclaimProposal(models.Model):
    """The council's proposal to take back unspent direct-payment money at the end of a plan
    year (budgets/reclaim.py), the family's explanation of planned spending, and an officer's
    decision. The money moves only when an officer confirms: `transaction` is then the one
    ledger reclaim; undoing it is the ledger's reversal of that transaction, never a change
    here. The pence kept here are what the family was told and what was decided, for the
    record; balances are always read from the ledger."""

    class Status(models.TextChoices):
        PROPOSED = "proposed", "Proposed"
        CONFIRMED = "confirmed", "Confirmed"
        WITHDRAWN = "withdrawn", "Withdrawn"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    # One per budget: the daily command proposes once, however often it runs.
    budget = models.OneToOneField(Budget, on_delete=models.PROTECT, related_name="reclaim")
    proposed_on = models.DateField()
    # The family has 28 days from `proposed_on`; before then only a family that has answered
    # can have its reclaim confirmed.
    decide_from = models.DateField()
    balance_pence = models.BigIntegerField()  # in the direct-payment accounts when proposed
    threshold_pence = models.BigIntegerField()  # the council's threshold when proposed
    proposed_pence = models.BigIntegerField()  # what the family was told (never exceeded)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PROPOSED)
    # The family's answer: money already promised to planned spending, and why.
    committed_pence = models.BigIntegerField(default=0)
    explanation = models.TextField(blank=True)
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    responded_at = models.DateTimeField(null=True, blank=True)
    # The safeguarding screen flagged the explanation: officers do not see it until the
    # safeguarding lead has looked.
    held_for_safeguarding = models.BooleanField(default=False)
    cleared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_pence = models.BigIntegerField(null=True, blank=True)
    decision_reason = models.TextField(blank=True)
    transaction = models.OneToOneField(
        LedgerTransaction, null=True, blank=True, on_delete=models.PROTECT,
        related_name="reclaim_proposal",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["decide_from", "created_at"]
        indexes = [models.Index(fields=["status", "decide_from"])]

    def __str__(self):
        return f"Reclaim proposed on {self.proposed_on}"
