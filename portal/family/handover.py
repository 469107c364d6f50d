"""Who holds a child's record, and handing it to the young person when their rights pass.

The rules (docs/sharing_growing_up.md says them in plain words):

- Children and Families Act 2014 s.80: rights pass to the young person at the end of compulsory
  school age, which this portal takes as 31 August of the school year (1 September to 31
  August) in which they turn 16. From 1 September after it, the young person may hold the
  record. Before that day nothing changes, whatever anyone has clicked.
- From 1 January of that school year (the spring term) the carers are prompted and may invite
  the young person to take the record over with their own account. The young person accepts;
  once their rights have passed they hold it: they decide the grants, and their carers reach
  only what they grant them (portal/sharing). Until the young person accepts, the carers keep
  holding the record, so it is never left with nobody.
- Mental Capacity Act 2005: if a council officer records that the young person lacks capacity
  for this decision, the representative named in that decision (a parent, or a deputy
  appointed by the Court of Protection) holds the record for them from the decision's date
  (and not before the young person's rights pass). A review is a new decision; reversing it
  (the young person has capacity) gives the young person the choice again. Every decision is
  kept, dated, with who recorded it.

Every question here is answered in Python for one child (`holding_of`) and in SQL for many
(`with_holder`); tests/family/test_handover_rules.py checks the two agree.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from django.db import transaction
from django.db.models import Case, CharField, OuterRef, Q, QuerySet, Subquery, Value, When
from django.utils import timezone

from . import record_events
from .models import CapacityDecision, Child

# The school year runs 1 September to 31 August; compulsory school age ends on its last day.
SCHOOL_YEAR_STARTS = (9, 1)
SCHOOL_YEAR_ENDS = (8, 31)
# The prompt starts with the spring term of the school year in which they turn 16.
PROMPT_STARTS = (1, 1)
HANDOVER_AGE = 16


class Holder(StrEnum):
    CARERS = "carers"
    YOUNG_PERSON = "young_person"
    REPRESENTATIVE = "representative"


class HandoverError(Exception):
    """The step cannot be taken; the message is written for the person trying it."""


# --- Dates ---------------------------------------------------------------------------------


def _school_year_end_year(date_of_birth: date) -> int:
    # Born 1 September to 31 December: they turn 16 in the autumn term, so the school year in
    # which they do ends the next summer. Only the month matters, so 29 February needs nothing.
    return date_of_birth.year + HANDOVER_AGE + (1 if date_of_birth.month >= 9 else 0)


def end_of_compulsory_school_age(date_of_birth: date) -> date:
    """31 August of the school year in which they turn 16."""
    return date(_school_year_end_year(date_of_birth), *SCHOOL_YEAR_ENDS)


def rights_pass_on(date_of_birth: date) -> date:
    """The first day the young person's rights are theirs: the day after school age ends."""
    return end_of_compulsory_school_age(date_of_birth) + timedelta(days=1)


def prompt_from(date_of_birth: date) -> date:
    """The first day the carers are asked to invite the young person to take over."""
    return date(_school_year_end_year(date_of_birth), *PROMPT_STARTS)


def _latest_school_year_start(today: date) -> int:
    starts = date(today.year, *SCHOOL_YEAR_STARTS)
    return today.year if today >= starts else today.year - 1


def rights_passed_q(today: date) -> Q:
    """Children whose rights have passed by `today`, as a filter on date of birth: born before
    1 September of (the year of the latest 1 September) - 16."""
    return Q(date_of_birth__lt=date(_latest_school_year_start(today) - HANDOVER_AGE,
                                    *SCHOOL_YEAR_STARTS))


def in_prompt_window_q(today: date) -> Q:
    """Children whose prompt has started by `today` (including those whose rights have passed)."""
    return Q(date_of_birth__lt=date(today.year - HANDOVER_AGE, *SCHOOL_YEAR_STARTS))


def rights_passed(child: Child, today: date | None = None) -> bool:
    today = today or timezone.localdate()
    return child.date_of_birth is not None and today >= rights_pass_on(child.date_of_birth)


def in_prompt_window(child: Child, today: date | None = None) -> bool:
    today = today or timezone.localdate()
    return child.date_of_birth is not None and today >= prompt_from(child.date_of_birth)


# --- Who holds the record ------------------------------------------------------------------


@dataclass(frozen=True)
class Holding:
    holder: Holder
    representative_id: int | None = None  # the person acting for the young person, if any


def current_decision(child: Child) -> CapacityDecision | None:
    """The capacity decision in force now: the newest recorded (remembered on the child)."""
    if "_capacity_decision" not in child.__dict__:
        child.__dict__["_capacity_decision"] = (
            CapacityDecision.objects.filter(child=child).order_by("-recorded_at", "-pk").first()
        )
    return child.__dict__["_capacity_decision"]


def holding_of(child: Child, today: date | None = None) -> Holding:
    """Who holds this child's record on `today` (default: today)."""
    if today is None and "_holder" in child.__dict__:  # annotated by with_holder
        return Holding(Holder(child._holder), child._holder_representative)
    today = today or timezone.localdate()
    if not rights_passed(child, today):
        return Holding(Holder.CARERS)
    lacks, decided_on, representative_id = _newest_decision(child)
    if lacks and decided_on <= today:
        return Holding(Holder.REPRESENTATIVE, representative_id)
    if child.taken_over_at is not None and child.young_person_id is not None:
        return Holding(Holder.YOUNG_PERSON)
    return Holding(Holder.CARERS)


def _newest_decision(child: Child) -> tuple[bool | None, date | None, int | None]:
    # From with_decision's annotations when the child was read with them, else one query.
    if "_decision_lacks" in child.__dict__:
        return child._decision_lacks, child._decision_from, child._decision_representative
    decision = current_decision(child)
    if decision is None:
        return None, None, None
    return decision.lacks_capacity, decision.decided_on, decision.representative_id


def with_decision(queryset: QuerySet[Child]) -> QuerySet[Child]:
    """Annotate the newest capacity decision's facts, so holding_of answers for these children
    with no query of its own. For a page that reads one child: much cheaper to build than
    with_holder, whose Case repeats each subquery in every branch."""
    newest = CapacityDecision.objects.filter(child=OuterRef("pk")).order_by("-recorded_at", "-pk")
    return queryset.annotate(
        _decision_lacks=Subquery(newest.values("lacks_capacity")[:1]),
        _decision_from=Subquery(newest.values("decided_on")[:1]),
        _decision_representative=Subquery(newest.values("representative")[:1]),
    )


def with_holder(queryset: QuerySet[Child], today: date | None = None) -> QuerySet[Child]:
    """Annotate `_holder` (a Holder value) and `_holder_representative` (a user id or None):
    the same answer as holding_of, for many children in one query, and a filter on it."""
    today = today or timezone.localdate()
    passed = rights_passed_q(today)
    represented = passed & Q(
        _decision_lacks=True, _decision_from__lte=today
    )
    return with_decision(queryset).annotate(
        _holder=Case(
            When(represented, then=Value(str(Holder.REPRESENTATIVE))),
            When(
                passed & Q(taken_over_at__isnull=False, young_person__isnull=False),
                then=Value(str(Holder.YOUNG_PERSON)),
            ),
            default=Value(str(Holder.CARERS)),
            output_field=CharField(),
        ),
        _holder_representative=Case(
            When(represented, then="_decision_representative"), default=None
        ),
    )


def holders_q(user, today: date | None = None) -> Q:
    """A filter for `with_holder` querysets: the children this user holds or acts for, or may
    see as the young person. Needs `_viewer_is_carer`, True when the user is a current carer
    (policy.children_for annotates it)."""
    return (
        (Q(_holder=Holder.CARERS) & (Q(_viewer_is_carer=True) | Q(young_person=user)))
        | (Q(_holder=Holder.YOUNG_PERSON) & Q(young_person=user))
        | (Q(_holder=Holder.REPRESENTATIVE) & (Q(_holder_representative=user.pk)
                                                | Q(young_person=user)))
    )


def represented_by(user) -> QuerySet:
    """Ids of the children this person has ever been named to act for (holders_q then keeps
    those where the decision naming them is the one in force)."""
    return CapacityDecision.objects.filter(representative=user).values("child_id")


def holders_of(child: Child) -> list:
    """The people who hold the record now (to tell them something happened in it)."""
    from django.contrib.auth import get_user_model

    found = holding_of(child)
    User = get_user_model()
    if found.holder == Holder.YOUNG_PERSON:
        ids = [child.young_person_id]
    elif found.holder == Holder.REPRESENTATIVE:
        ids = [found.representative_id]
    else:
        ids = list(child.carers.filter(ended_at__isnull=True).values_list("user_id", flat=True))
        ids.append(child.young_person_id)
    return list(User.objects.filter(pk__in=[pk for pk in ids if pk], is_active=True))


def young_person_holds(child: Child, today: date | None = None) -> bool:
    return holding_of(child, today).holder == Holder.YOUNG_PERSON


def acts_for_young_person(user, child: Child, today: date | None = None) -> bool:
    """The representative named in a capacity decision in force."""
    found = holding_of(child, today)
    return (
        user.is_authenticated
        and found.holder == Holder.REPRESENTATIVE
        and found.representative_id == user.pk
    )


# --- The prompt ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """What the record page and the family's home page say about handing the record over."""

    child: Child
    rights_pass_on: date
    passed: bool  # their rights have passed already
    accepted: bool  # the young person has said yes; they hold it from rights_pass_on
    young_person_linked: bool


def prompt_for(child: Child, today: date | None = None) -> Prompt | None:
    """The handover prompt for this child, or None when there is nothing to say: too young,
    no date of birth, the young person holds it already, or a representative acts for them."""
    today = today or timezone.localdate()
    if not in_prompt_window(child, today):
        return None
    if holding_of(child, today).holder != Holder.CARERS:
        return None
    if "_decision_lacks" in child.__dict__:  # annotated by with_holder: no query per child
        lacks = bool(child._decision_lacks)
    else:
        decision = current_decision(child)
        lacks = decision is not None and decision.lacks_capacity
    if lacks:
        return None  # decided already; it takes effect when their rights pass
    return Prompt(
        child=child,
        rights_pass_on=rights_pass_on(child.date_of_birth),
        passed=rights_passed(child, today),
        accepted=child.taken_over_at is not None and child.young_person_id is not None,
        young_person_linked=child.young_person_id is not None,
    )


def prompts_for(children, today: date | None = None) -> list[Prompt]:
    found = (prompt_for(child, today) for child in children)
    return [prompt for prompt in found if prompt is not None]


# --- Changes -------------------------------------------------------------------------------


def may_take_over(user, child: Child, today: date | None = None) -> bool:
    """The young person themself, from the prompt's first day, while nobody acts for them."""
    if not (user.is_authenticated and child.young_person_id == user.pk):
        return False
    return prompt_for(child, today) is not None and child.taken_over_at is None


@transaction.atomic
def take_over(child: Child, user) -> Child:
    """The young person accepts the record. They hold it from the day their rights pass (today,
    if that has come); the carers' grants-free access ends then, and the grants carry on."""

    child = Child.objects.select_for_update().get(pk=child.pk)
    if child.young_person_id != user.pk:
        raise HandoverError("Only the young person can take over their own record.")
    if child.taken_over_at is not None:
        raise HandoverError("You have already taken over this record.")
    if prompt_for(child) is None:
        raise HandoverError(why_not(child))
    child.taken_over_at = timezone.now()
    child.save(update_fields=["taken_over_at"])
    when = rights_pass_on(child.date_of_birth)
    title = (
        f"{child.first_name} took over their record"
        if when <= timezone.localdate()
        else f"{child.first_name} agreed to take over their record on {when:%-d %B %Y}"
    )
    record_events.record(child, user, "carers", title)
    return child


def why_not(child: Child) -> str:
    """Why the record cannot be handed over today, in words for the family."""
    if child.date_of_birth is None:
        return "The record needs a date of birth before it can be handed over."
    if not in_prompt_window(child):
        return (
            f"{child.first_name} can take over the record from "
            f"{prompt_from(child.date_of_birth):%-d %B %Y}."
        )
    if child.taken_over_at is not None:
        return f"{child.first_name} has already agreed to take over the record."
    return "Someone acts for the young person, so the record cannot be taken over now."


def may_invite_to_take_over(child: Child, today: date | None = None) -> bool:
    prompt = prompt_for(child, today)
    return prompt is not None and not prompt.accepted


@transaction.atomic
def record_capacity_decision(
    child: Child,
    *,
    by,
    lacks_capacity: bool,
    decided_on: date,
    representative=None,
    representative_kind: str = "",
    reference: str = "",
) -> CapacityDecision:
    """An officer records a decision, or a review of one. Nothing earlier is changed."""

    if lacks_capacity and representative is None:
        raise HandoverError("Choose who will act for the young person.")
    if lacks_capacity and representative.pk == child.young_person_id:
        raise HandoverError("The representative must be someone other than the young person.")
    decision = CapacityDecision.objects.create(
        child=child,
        lacks_capacity=lacks_capacity,
        decided_on=decided_on,
        representative=representative if lacks_capacity else None,
        representative_kind=representative_kind if lacks_capacity else "",
        reference=reference,
        recorded_by=by,
    )
    child.__dict__.pop("_capacity_decision", None)
    title = (
        f"A council officer recorded that {representative.get_full_name()} acts for "
        f"{child.first_name}"
        if lacks_capacity
        else f"A council officer recorded that {child.first_name} decides for themself"
    )
    record_events.record(child, by, "carers", title)
    return decision


def capacity_history(child: Child) -> QuerySet[CapacityDecision]:
    return CapacityDecision.objects.filter(child=child).select_related(
        "representative", "recorded_by"
    ).order_by("-recorded_at", "-pk")
