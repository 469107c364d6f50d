"""The dates of handing a record to the young person, and who holds it on each day: before the
prompt, in it, the last day before rights pass, the day they pass; a capacity decision made,
reviewed and reversed. Python (`holding_of`) and SQL (`with_holder`) give the same answer."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine

from portal.accounts.roles import Role
from portal.family import handover
from portal.family.handover import Holder
from portal.family.models import CapacityDecision, Child, RecordEvent
from tests.factories import make_user

from .helpers import make_child, make_parent

LONDON = ZoneInfo("Europe/London")


def at(day: date):
    return time_machine.travel(datetime(day.year, day.month, day.day, 12, tzinfo=LONDON),
                               tick=False)


@pytest.mark.parametrize(
    ("born", "school_age_ends", "rights_pass", "prompt"),
    [
        # Turns 16 on the last day of the school year: that school year.
        (date(2011, 8, 31), date(2027, 8, 31), date(2027, 9, 1), date(2027, 1, 1)),
        # Turns 16 on the first day of a school year: the end of that one, a year later.
        (date(2011, 9, 1), date(2028, 8, 31), date(2028, 9, 1), date(2028, 1, 1)),
        (date(2011, 12, 31), date(2028, 8, 31), date(2028, 9, 1), date(2028, 1, 1)),
        (date(2012, 1, 1), date(2028, 8, 31), date(2028, 9, 1), date(2028, 1, 1)),
        # A leap-day birthday: 16 years on is a leap year too, and only the month counts.
        (date(2012, 2, 29), date(2028, 8, 31), date(2028, 9, 1), date(2028, 1, 1)),
        # A leap-day birthday whose sixteenth year has no 29 February (2100 is not a leap year).
        (date(2084, 2, 29), date(2100, 8, 31), date(2100, 9, 1), date(2100, 1, 1)),
    ],
)
def test_the_dates_follow_the_school_year_in_which_they_turn_16(
    born, school_age_ends, rights_pass, prompt
):
    assert handover.end_of_compulsory_school_age(born) == school_age_ends
    assert handover.rights_pass_on(born) == rights_pass
    assert handover.prompt_from(born) == prompt


@pytest.mark.parametrize("born", [date(2011, 8, 31), date(2011, 9, 1), date(2012, 2, 29),
                                  date(2010, 9, 1), date(2012, 8, 31)])
@pytest.mark.parametrize("today", [date(2026, 12, 31), date(2027, 1, 1), date(2027, 8, 31),
                                   date(2027, 9, 1), date(2028, 1, 1), date(2028, 9, 1)])
def test_the_sql_filters_agree_with_the_dates(born, today):
    passed = today >= handover.rights_pass_on(born)
    prompted = today >= handover.prompt_from(born)

    def matches(q):
        return q.children[0][1] > born  # ("date_of_birth__lt", cutoff)

    assert matches(handover.rights_passed_q(today)) == passed
    assert matches(handover.in_prompt_window_q(today)) == prompted


pytestmark = pytest.mark.django_db(transaction=False)

BORN = date(2011, 8, 31)  # school age ends 31 August 2027
BEFORE_PROMPT = date(2026, 12, 31)
PROMPT = date(2027, 1, 1)
LAST_DAY = date(2027, 8, 31)
RIGHTS = date(2027, 9, 1)
LATER = date(2028, 3, 1)


@pytest.fixture
def family():
    parent = make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, young_person=young_person, date_of_birth=BORN)
    return parent, young_person, child


def holder_both_ways(child, today) -> handover.Holding:
    child = Child.objects.get(pk=child.pk)
    in_python = handover.holding_of(child, today)
    annotated = handover.with_holder(Child.objects.filter(pk=child.pk), today).get()
    in_sql = handover.Holding(Holder(annotated._holder), annotated._holder_representative)
    # As a record page reads it: the decision's facts from SQL, the holder worked out here.
    read_with_decision = handover.with_decision(Child.objects.filter(pk=child.pk)).get()
    assert in_python == in_sql == handover.holding_of(read_with_decision, today)
    return in_python


@pytest.mark.parametrize(
    ("today", "prompted", "holder"),
    [
        (BEFORE_PROMPT, False, Holder.CARERS),
        (PROMPT, True, Holder.CARERS),
        (LAST_DAY, True, Holder.CARERS),
        (RIGHTS, True, Holder.YOUNG_PERSON),
        (LATER, True, Holder.YOUNG_PERSON),
    ],
)
def test_after_accepting_the_young_person_holds_the_record_from_the_day_rights_pass(
    family, today, prompted, holder
):
    _, young_person, child = family
    with at(PROMPT):
        handover.take_over(child, young_person)
    child.refresh_from_db()

    assert holder_both_ways(child, today).holder == holder
    # Once accepted, the prompt says when; once they hold it, there is no prompt.
    prompt = handover.prompt_for(child, today)
    assert (prompt is not None) == (prompted and holder == Holder.CARERS)


@pytest.mark.parametrize("today", [BEFORE_PROMPT, PROMPT, LAST_DAY, RIGHTS, LATER])
def test_until_the_young_person_accepts_the_carers_keep_the_record(family, today):
    _, _, child = family

    assert holder_both_ways(child, today).holder == Holder.CARERS
    prompt = handover.prompt_for(child, today)
    assert (prompt is not None) == (today >= PROMPT)
    if prompt:
        assert prompt.rights_pass_on == RIGHTS
        assert prompt.passed == (today >= RIGHTS)
        assert not prompt.accepted


def test_a_record_without_a_date_of_birth_is_never_handed_over(family):
    parent, young_person, _ = family
    child = make_child(parent, first_name="Dara")
    Child.objects.filter(pk=child.pk).update(young_person=None)

    assert handover.prompt_for(child, LATER) is None
    assert holder_both_ways(child, LATER).holder == Holder.CARERS


def test_taking_over_before_the_prompt_is_refused_and_changes_nothing(family):
    _, young_person, child = family

    with at(BEFORE_PROMPT), pytest.raises(handover.HandoverError, match="from 1 January 2027"):
        handover.take_over(child, young_person)
    child.refresh_from_db()
    assert child.taken_over_at is None


def test_only_the_young_person_can_take_over(family):
    parent, _, child = family

    with at(RIGHTS), pytest.raises(handover.HandoverError, match="Only the young person"):
        handover.take_over(child, parent)


def test_taking_over_is_written_in_the_timeline(family):
    _, young_person, child = family

    with at(PROMPT):
        handover.take_over(child, young_person)
    with at(RIGHTS):
        later = make_child(make_parent(), first_name="Kai", date_of_birth=BORN,
                           young_person=make_user(Role.YOUNG_PERSON))
        handover.take_over(later, later.young_person)

    titles = set(RecordEvent.objects.values_list("title", flat=True))
    assert "Amara agreed to take over their record on 1 September 2027" in titles
    assert "Kai took over their record" in titles


def decide(child, officer, representative, *, lacks=True, on=LAST_DAY, when=LAST_DAY):
    with at(when):
        return handover.record_capacity_decision(
            child, by=officer, lacks_capacity=lacks, decided_on=on,
            representative=representative if lacks else None,
            representative_kind=CapacityDecision.Representative.PARENT if lacks else "",
        )


@pytest.mark.parametrize(
    ("today", "holder"),
    [(PROMPT, Holder.CARERS), (LAST_DAY, Holder.CARERS), (RIGHTS, Holder.REPRESENTATIVE),
     (LATER, Holder.REPRESENTATIVE)],
)
def test_a_representative_holds_the_record_from_the_day_rights_pass(family, today, holder):
    parent, young_person, child = family
    officer = make_user(Role.OFFICER, mfa=True)
    decide(child, officer, parent, on=date(2027, 6, 1), when=date(2027, 6, 2))

    found = holder_both_ways(child, today)
    assert found.holder == holder
    if holder == Holder.REPRESENTATIVE:
        assert found.representative_id == parent.pk
        assert handover.acts_for_young_person(parent, Child.objects.get(pk=child.pk), today)
    # While someone acts for them, the young person is not asked to take over.
    assert handover.prompt_for(Child.objects.get(pk=child.pk), today) is None


def test_a_decision_dated_after_the_rights_pass_counts_from_its_own_date(family):
    parent, young_person, child = family
    officer = make_user(Role.OFFICER, mfa=True)
    decide(child, officer, parent, on=LATER, when=LATER)

    assert holder_both_ways(child, date(2028, 2, 29)).holder == Holder.CARERS
    assert holder_both_ways(child, LATER).holder == Holder.REPRESENTATIVE


def test_a_reversed_decision_gives_the_young_person_the_choice_again_and_keeps_history(family):
    parent, young_person, child = family
    officer, reviewer = make_user(Role.OFFICER, mfa=True), make_user(Role.OFFICER, mfa=True)
    decide(child, officer, parent, on=date(2027, 6, 1), when=date(2027, 6, 2))
    decide(child, reviewer, None, lacks=False, on=LATER, when=LATER)

    child = Child.objects.get(pk=child.pk)
    assert holder_both_ways(child, LATER).holder == Holder.CARERS
    with at(LATER):
        assert handover.prompt_for(child) is not None
        handover.take_over(child, young_person)
        assert holder_both_ways(child, LATER).holder == Holder.YOUNG_PERSON
    history = list(handover.capacity_history(child))
    assert [(step.lacks_capacity, step.decided_on, step.recorded_by) for step in history] == [
        (False, LATER, reviewer), (True, date(2027, 6, 1), officer),
    ]
    assert history[1].representative == parent and history[0].representative is None


def test_a_decision_needs_a_representative_who_is_not_the_young_person(family):
    _, young_person, child = family
    officer = make_user(Role.OFFICER, mfa=True)

    with pytest.raises(handover.HandoverError, match="Choose who"):
        decide(child, officer, None)
    with pytest.raises(handover.HandoverError, match="someone other than"):
        decide(child, officer, young_person)
    assert not CapacityDecision.objects.exists()
