"""The EHC plan timeline: each statutory step with fixed dates (weeks from the request)."""

from datetime import date

from portal.family.ehc_timeline import MovedDate, PlanFacts, State, plan_timeline

REQUEST = date(2026, 1, 5)  # a Monday


def states(timeline):
    return {step.key: step.state for step in timeline.steps}


def dues(timeline):
    return {step.key: step.due_on for step in timeline.steps}


def test_no_request_says_how_to_ask():
    timeline = plan_timeline(PlanFacts(), today=date(2026, 1, 1))
    assert timeline.steps == ()
    assert timeline.where == "No request for an EHC needs assessment has been recorded."
    assert "ask the council for an EHC needs assessment" in timeline.next


def test_dates_are_weeks_from_the_request_not_months():
    timeline = plan_timeline(PlanFacts(requested_on=REQUEST), today=REQUEST)
    assert dues(timeline) == {
        "request": None,
        "decision": date(2026, 2, 16),  # 6 weeks
        "draft": date(2026, 4, 13),  # 14 weeks
        "final": date(2026, 5, 25),  # 20 weeks, not 5 months (5 June)
        "review": None,  # counted from the final plan, once there is one
    }


def test_after_the_request_the_decision_is_next():
    timeline = plan_timeline(PlanFacts(requested_on=REQUEST), today=date(2026, 2, 2))
    assert states(timeline) == {
        "request": State.DONE,
        "decision": State.NEXT,
        "draft": State.LATER,
        "final": State.LATER,
        "review": State.LATER,
    }
    assert timeline.where == (
        "The council received the request for an EHC needs assessment on 5 January 2026."
    )
    assert timeline.next == (
        "The council must decide whether to assess your child's needs by 16 February 2026 "
        "(6 weeks after the request): in 2 weeks."
    )
    assert timeline.overdue == ()


def test_a_late_decision_is_overdue_in_plain_english():
    timeline = plan_timeline(PlanFacts(requested_on=REQUEST), today=date(2026, 3, 9))
    assert states(timeline)["decision"] == State.OVERDUE
    assert timeline.overdue == (
        "The decision whether to assess was due on 16 February 2026 and has not been "
        "recorded. It is 3 weeks late.",
    )
    late = plan_timeline(PlanFacts(requested_on=REQUEST), today=date(2026, 3, 11))
    assert late.overdue[0].endswith("It is 3 weeks and 2 days late.")


def test_the_decision_day_itself_is_not_late():
    timeline = plan_timeline(PlanFacts(requested_on=REQUEST), today=date(2026, 2, 16))
    assert states(timeline)["decision"] == State.NEXT
    assert timeline.next.endswith(": that is today.")


def test_after_the_decision_to_assess_the_draft_is_next_by_week_14():
    facts = PlanFacts(requested_on=REQUEST, decided_on=date(2026, 2, 10), will_assess=True)
    timeline = plan_timeline(facts, today=date(2026, 3, 2))
    assert states(timeline)["decision"] == State.DONE
    assert states(timeline)["draft"] == State.NEXT
    assert timeline.where == "The council decided on 10 February 2026 to assess your child's needs."
    assert timeline.next.startswith(
        "The council should send you the draft plan by 13 April 2026 (14 weeks after the "
        "request, so you have 15 days to comment"
    )


def test_a_decision_made_late_shows_as_done_late():
    facts = PlanFacts(requested_on=REQUEST, decided_on=date(2026, 2, 20), will_assess=True)
    assert states(plan_timeline(facts, today=date(2026, 3, 2)))["decision"] == State.DONE_LATE


def test_a_decision_not_to_assess_ends_the_timeline():
    facts = PlanFacts(requested_on=REQUEST, decided_on=date(2026, 2, 10), will_assess=False)
    timeline = plan_timeline(facts, today=date(2026, 3, 2))
    assert states(timeline) == {
        "request": State.DONE,
        "decision": State.DONE,
        "draft": State.NOT_NEEDED,
        "final": State.NOT_NEEDED,
    }
    assert timeline.where == (
        "The council decided on 10 February 2026 not to assess your child's needs."
    )
    assert "appeal to the SEND Tribunal" in timeline.next
    assert timeline.overdue == ()


def test_after_the_draft_the_final_plan_is_due_at_20_weeks():
    facts = PlanFacts(
        requested_on=REQUEST,
        decided_on=date(2026, 2, 10),
        will_assess=True,
        draft_issued_on=date(2026, 4, 1),
    )
    timeline = plan_timeline(facts, today=date(2026, 4, 6))
    assert states(timeline)["draft"] == State.DONE
    assert states(timeline)["final"] == State.NEXT
    assert "15 days to comment" in timeline.where
    assert timeline.next == (
        "The council must issue the final plan by 25 May 2026 (20 weeks after the request): "
        "in 7 weeks."
    )


def test_missing_draft_and_final_are_both_overdue_after_week_20():
    facts = PlanFacts(requested_on=REQUEST, decided_on=date(2026, 2, 10), will_assess=True)
    timeline = plan_timeline(facts, today=date(2026, 6, 1))
    assert states(timeline)["draft"] == State.OVERDUE
    assert states(timeline)["final"] == State.OVERDUE
    assert states(timeline)["review"] == State.LATER
    assert len(timeline.overdue) == 2
    assert timeline.overdue[1] == (
        "The final plan was due on 25 May 2026 and has not been recorded. It is 7 days late."
    )


def test_a_later_step_recorded_counts_the_earlier_ones_as_done():
    # A draft means the council decided to assess, even if the family did not note the day.
    facts = PlanFacts(requested_on=REQUEST, draft_issued_on=date(2026, 4, 1))
    timeline = plan_timeline(facts, today=date(2026, 4, 6))
    assert states(timeline)["decision"] == State.DONE
    assert timeline.overdue == ()


def test_annual_review_is_due_12_months_after_the_final_plan():
    facts = PlanFacts(
        requested_on=REQUEST,
        decided_on=date(2026, 2, 10),
        will_assess=True,
        draft_issued_on=date(2026, 4, 1),
        final_issued_on=date(2026, 5, 20),
    )
    timeline = plan_timeline(facts, today=date(2026, 6, 1))
    assert states(timeline)["final"] == State.DONE
    assert dues(timeline)["review"] == date(2027, 5, 20)
    assert states(timeline)["review"] == State.NEXT
    assert timeline.where == "The council issued the final EHC plan on 20 May 2026."
    assert timeline.next == (
        "The plan must be reviewed by 20 May 2027 (within 12 months of the final plan): "
        "in 50 weeks and 3 days."
    )


def test_each_review_sets_the_next_one_and_a_missed_one_is_overdue():
    facts = PlanFacts(final_issued_on=date(2024, 3, 1), last_review_on=date(2025, 2, 20))
    timeline = plan_timeline(facts, today=date(2026, 3, 2))
    assert dues(timeline)["review"] == date(2026, 2, 20)
    assert states(timeline)["review"] == State.OVERDUE
    assert timeline.where == "Your child has an EHC plan. It was last reviewed on 20 February 2025."
    assert timeline.overdue == (
        "The annual review was due on 20 February 2026 and has not been recorded. "
        "It is 10 days late.",
    )


def test_a_plan_issued_on_29_february_is_reviewed_by_28_february():
    facts = PlanFacts(final_issued_on=date(2028, 2, 29))
    assert dues(plan_timeline(facts, today=date(2028, 3, 1)))["review"] == date(2029, 2, 28)


def test_an_exception_moves_a_date_and_says_why():
    facts = PlanFacts(requested_on=REQUEST, decided_on=date(2026, 2, 10), will_assess=True)
    moved = [MovedDate("final", date(2026, 6, 22), "The school was closed for 4 weeks.")]
    timeline = plan_timeline(facts, today=date(2026, 5, 26), moved=moved)
    final = next(step for step in timeline.steps if step.key == "final")
    assert final.due_on == date(2026, 6, 22)
    assert final.legal_due_on == date(2026, 5, 25)
    assert final.state == State.LATER  # the draft (week 14) is overdue first
    assert final.moved_reason == "The school was closed for 4 weeks."
    assert "final" not in {s.key for s in timeline.steps if s.state == State.OVERDUE}


def test_a_moved_next_step_names_the_old_date_and_the_reason():
    moved = [MovedDate("decision", date(2026, 3, 2), "Your child was away for 4 weeks")]
    timeline = plan_timeline(PlanFacts(requested_on=REQUEST), date(2026, 2, 20), moved)
    assert timeline.overdue == ()
    assert timeline.next == (
        "The council must decide whether to assess your child's needs by 2 March 2026: "
        "in 10 days. The date was moved from 16 February 2026 because: Your child was away "
        "for 4 weeks."
    )
