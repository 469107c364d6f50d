"""Where an EHC (education, health and care) needs assessment has got to, and what is due when.

The dates come from the law, counted in weeks from the day the council received the request
(SEND Regulations 2014 and the SEND Code of Practice 2015, chapter 9), never in months:

- decision whether to assess: within 6 weeks of the request (reg 5(1));
- draft plan: by week 14, so the family has its 15 days to comment and the council time to
  finish (Code of Practice 9.41 and 9.77);
- final plan: within 20 weeks of the request (reg 13(2));
- annual review: within 12 months of the final plan, then of the last review (reg 18; these
  are months in the law).

The law lets a step take longer for a few reasons (reg 13(3): the school or college was closed,
exceptional personal circumstances of the child or family, the child was away from the area
for 4 weeks or more ...). A recorded exception moves that step's date and keeps its reason.

Pure functions of the facts and `today`, so each step is tested with fixed dates.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from dateutil.relativedelta import relativedelta

DECISION_WEEKS = 6
DRAFT_WEEKS = 14
FINAL_WEEKS = 20
REVIEW_MONTHS = 12


class State(StrEnum):
    DONE = "done"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    NEXT = "next"
    LATER = "later"
    NOT_NEEDED = "not_needed"


@dataclass(frozen=True)
class PlanFacts:
    """What has happened, as the family recorded it."""

    requested_on: date | None = None
    decided_on: date | None = None
    will_assess: bool | None = None  # None: no decision recorded
    draft_issued_on: date | None = None
    final_issued_on: date | None = None
    last_review_on: date | None = None


@dataclass(frozen=True)
class MovedDate:
    """A recorded exception: `step` ("decision", "draft" or "final") is now due on `due_on`."""

    step: str
    due_on: date
    reason: str


@dataclass(frozen=True)
class Step:
    key: str
    name: str
    state: State
    due_on: date | None = None
    done_on: date | None = None
    legal_due_on: date | None = None  # before any exception moved it
    moved_reason: str = ""

    @property
    def is_done(self) -> bool:
        return self.state in (State.DONE, State.DONE_LATE)


@dataclass(frozen=True)
class PlanTimeline:
    steps: tuple[Step, ...]
    where: str  # where the family is, in one sentence
    next: str = ""  # what happens next and by when
    overdue: tuple[str, ...] = field(default_factory=tuple)


def plan_timeline(
    facts: PlanFacts, today: date, moved: Iterable[MovedDate] = ()
) -> PlanTimeline:
    moved_by_step = {exception.step: exception for exception in moved}
    steps = _steps(facts, today, moved_by_step)
    if not steps:
        return PlanTimeline(
            steps=(),
            where="No request for an EHC needs assessment has been recorded.",
            next=(
                "If you think your child needs more help than their school or setting can "
                "give, you, the school or a professional can ask the council for an EHC needs "
                "assessment. Record the date the council received the request here."
            ),
        )
    done = [step for step in steps if step.is_done]
    upcoming = next((step for step in steps if step.state in (State.NEXT, State.OVERDUE)), None)
    return PlanTimeline(
        steps=tuple(steps),
        where=_where(done[-1], facts) if done else "",
        next=_next(upcoming, facts, today) if upcoming else _after_refusal(facts),
        overdue=tuple(_overdue(step, today) for step in steps if step.state == State.OVERDUE),
    )


def _steps(facts: PlanFacts, today: date, moved: dict[str, MovedDate]) -> list[Step]:
    request = facts.requested_on
    if request is None and facts.final_issued_on is None:
        return []
    specs = []  # (key, name, due date in law, done on)
    if request is not None:
        specs += [
            ("request", "Request for an assessment", None, request),
            ("decision", "Decision whether to assess", _weeks(request, DECISION_WEEKS),
             facts.decided_on),
        ]
    refused = facts.will_assess is False
    if not refused:
        if request is not None:
            specs += [
                ("draft", "Draft plan", _weeks(request, DRAFT_WEEKS), facts.draft_issued_on),
                ("final", "Final plan", _weeks(request, FINAL_WEEKS), facts.final_issued_on),
            ]
        else:  # a plan made before the family started this record: only its reviews are ahead
            specs.append(("final", "Final plan", None, facts.final_issued_on))
        reviewed_from = facts.last_review_on or facts.final_issued_on
        review_due = reviewed_from + relativedelta(months=REVIEW_MONTHS) if reviewed_from else None
        specs.append(("review", "Annual review", review_due, None))

    # A step counts as done if it or any later one has a date (a draft means a decision).
    last_done = max((i for i, spec in enumerate(specs) if spec[3]), default=-1)
    steps, waiting = [], False
    for index, (key, name, legal_due, done_on) in enumerate(specs):
        exception = moved.get(key)
        due = exception.due_on if exception else legal_due
        if index <= last_done:
            late = bool(done_on and due and done_on > due)
            state = State.DONE_LATE if late else State.DONE
        elif due and today > due:
            state = State.OVERDUE
        elif not waiting:
            state = State.NEXT
        else:
            state = State.LATER
        if state in (State.NEXT, State.OVERDUE):
            waiting = True
        steps.append(
            Step(
                key=key,
                name=name,
                state=state,
                due_on=due,
                done_on=done_on,
                legal_due_on=legal_due,
                moved_reason=exception.reason if exception else "",
            )
        )
    if refused:
        steps += [
            Step("draft", "Draft plan", State.NOT_NEEDED),
            Step("final", "Final plan", State.NOT_NEEDED),
        ]
    return steps


def _weeks(start: date, weeks: int) -> date:
    return start + timedelta(weeks=weeks)


def day(value: date) -> str:
    """GOV.UK style: 5 January 2026."""
    return f"{value.day} {value:%B %Y}"


def _where(step: Step, facts: PlanFacts) -> str:
    when = f" on {day(step.done_on)}" if step.done_on else ""
    if step.key == "request":
        return f"The council received the request for an EHC needs assessment{when}."
    if step.key == "decision":
        if facts.will_assess is False:
            return f"The council decided{when} not to assess your child's needs."
        return f"The council decided{when} to assess your child's needs."
    if step.key == "draft":
        return (
            f"The council sent you the draft plan{when}. You have 15 days to comment on it and "
            "to ask for a school or setting to be named in it."
        )
    if step.key == "final":
        if facts.last_review_on:
            return (
                f"Your child has an EHC plan. It was last reviewed on "
                f"{day(facts.last_review_on)}."
            )
        return f"The council issued the final EHC plan{when}."
    return ""


_NEXT = {
    "decision": ("The council must decide whether to assess your child's needs by {due}",
                 f"{DECISION_WEEKS} weeks after the request"),
    "draft": ("The council should send you the draft plan by {due}",
              f"{DRAFT_WEEKS} weeks after the request, so you have 15 days to comment before "
              "the final plan is due"),
    "final": ("The council must issue the final plan by {due}",
              f"{FINAL_WEEKS} weeks after the request"),
}


def _next(step: Step, facts: PlanFacts, today: date) -> str:
    if step.key == "review":
        since = "the last review" if facts.last_review_on else "the final plan"
        return (
            f"The plan must be reviewed by {day(step.due_on)} "
            f"(within {REVIEW_MONTHS} months of {since}){_in(step.due_on, today)}."
        )
    if step.due_on is None:
        return f"Next: the {step.name.lower()}."
    sentence, why = _NEXT[step.key]
    text = sentence.format(due=day(step.due_on))
    if step.moved_reason:
        text += (
            f"{_in(step.due_on, today)}. The date was moved from {day(step.legal_due_on)} "
            f"because: {step.moved_reason}"
        )
        return text if text.endswith(".") else text + "."
    return f"{text} ({why}){_in(step.due_on, today)}."


def _in(due: date, today: date) -> str:
    days = (due - today).days
    if days < 0:
        return ""
    if days == 0:
        return ": that is today"
    return f": in {_duration(days)}"


def _after_refusal(facts: PlanFacts) -> str:
    if facts.will_assess is False:
        return (
            "If you disagree, you can ask for mediation or appeal to the SEND Tribunal. The "
            "council's decision letter says how and by when."
        )
    return ""


_OVERDUE = {
    "decision": "The decision whether to assess",
    "draft": "The draft plan",
    "final": "The final plan",
    "review": "The annual review",
}


def _overdue(step: Step, today: date) -> str:
    return (
        f"{_OVERDUE[step.key]} was due on {day(step.due_on)} and has not been recorded. "
        f"It is {_duration((today - step.due_on).days)} late."
    )


def _duration(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    weeks, extra = divmod(days, 7)
    return f"{weeks} weeks" + (f" and {_duration(extra)}" if extra else "")
