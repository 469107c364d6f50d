"""Goals on the record's timeline: a goal added, a rating added, a status changed."""

from django.urls import reverse

from portal.family.timeline import TIMELINE_LENGTH, TimelineEntry

from .models import Goal, GoalRating, GoalStatus, GoalStatusChange
from .scales import Scale, gas_number

STATUS_TITLES = {
    GoalStatus.ACTIVE: "Goal made active again",
    GoalStatus.ACHIEVED: "Goal achieved",
    GoalStatus.PAUSED: "Goal paused",
    GoalStatus.STOPPED: "Goal stopped",
}


def _goal_url(goal) -> str:
    return reverse("family_goals:goal", kwargs={"child_id": goal.child_id, "goal_id": goal.pk})


def _values(rating) -> str:
    if rating.goal.scale == Scale.GAS:
        return f"level {gas_number(rating.level)}"
    return f"performance {rating.performance}, satisfaction {rating.satisfaction}"


def goal_entries(child) -> list[TimelineEntry]:
    """The newest TIMELINE_LENGTH of each kind (three queries): the record shows the newest of
    all sources together."""
    goals = Goal.objects.filter(child=child).order_by("-created_at")[:TIMELINE_LENGTH]
    ratings = (
        GoalRating.objects.filter(goal__child=child)
        .select_related("goal")
        .order_by("-created_at")[:TIMELINE_LENGTH]
    )
    changes = (
        GoalStatusChange.objects.filter(goal__child=child)
        .select_related("goal")
        .order_by("-changed_at")[:TIMELINE_LENGTH]
    )
    entries = [
        TimelineEntry(goal.created_at, "Goal added", goal.wording, _goal_url(goal))
        for goal in goals
    ]
    entries += [
        TimelineEntry(
            rating.created_at,
            "Goal rated",
            f"{rating.goal.wording}: {_values(rating)}"
            + (f" (by {rating.rated_by_name})" if rating.rated_by_name else ""),
            _goal_url(rating.goal),
        )
        for rating in ratings
    ]
    entries += [
        TimelineEntry(
            change.changed_at,
            STATUS_TITLES[change.to_status],
            change.goal.wording,
            _goal_url(change.goal),
        )
        for change in changes
    ]
    return entries
