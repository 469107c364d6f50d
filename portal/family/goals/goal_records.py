"""Adding goals and ratings and changing a goal's status: the writes behind the goal pages.

Views validate with forms and call these; each write that touches two tables (a goal and its
status history) happens in one transaction.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from portal.accounts.roles import role_names
from portal.family import policy
from portal.family.models import CarerAccess, Child

from .models import GAS_WORD_FIELDS, Goal, GoalRating, GoalStatus, GoalStatusChange
from .progress import RatingPoint
from .scales import Scale


def person_name(user) -> str:
    return user.get_full_name() if user is not None else ""


def role_for(user, child: Child) -> str:
    """How someone stands to this child, in words for the ratings table: the carer's own
    relationship ("Mum", "Foster carer"), "Young person", or their portal role."""
    if policy.is_young_person(user, child):
        return "Young person"
    relationship = (
        CarerAccess.objects.filter(child=child, user=user, ended_at__isnull=True)
        .values_list("relationship", flat=True)
        .first()
    )
    if relationship is not None:
        return relationship or "Parent or carer"
    return ", ".join(sorted(role_names(user)))


@dataclass(frozen=True)
class GoalWords:
    """What a family writes when setting a goal (the cleaned form)."""

    wording: str
    scale: str
    adulthood_area: str = ""
    ehc_outcome: str = ""
    importance: int | None = None
    gas_words: tuple[str, ...] = ()  # five, lowest level first, for GAS


def add_goal(child: Child, user, words: GoalWords) -> Goal:
    goal = Goal(
        child=child,
        wording=words.wording,
        scale=words.scale,
        adulthood_area=words.adulthood_area,
        ehc_outcome=words.ehc_outcome,
        created_by=user,
    )
    if words.scale == Scale.COPM:
        goal.importance = words.importance
    else:
        for name, text in zip(GAS_WORD_FIELDS, words.gas_words, strict=True):
            setattr(goal, f"gas_{name}", text)
    goal.save()
    return goal


def change_status(goal: Goal, user, to_status: str, reason: str = "") -> GoalStatusChange | None:
    """Record the new status and who set it; None if it was already that."""
    with transaction.atomic():
        # Two carers changing it at once: the second sees the first's change, not a stale one.
        locked = Goal.objects.select_for_update().get(pk=goal.pk)
        if locked.status == to_status:
            return None
        change = GoalStatusChange.objects.create(
            goal=locked,
            from_status=locked.status,
            to_status=to_status,
            reason=reason,
            changed_by=user,
            changed_by_name=person_name(user),
        )
        locked.status = to_status
        locked.updated_at = timezone.now()
        locked.save(update_fields=["status", "updated_at"])
    goal.status = to_status
    return change


def add_rating(goal: Goal, user, rated_on, comment: str = "", *, performance=None,
               satisfaction=None, level=None) -> GoalRating:
    return GoalRating.objects.create(
        goal=goal,
        rated_on=rated_on,
        rated_by=user,
        rated_by_name=person_name(user),
        rated_by_role=role_for(user, goal.child),
        performance=performance if goal.scale == Scale.COPM else None,
        satisfaction=satisfaction if goal.scale == Scale.COPM else None,
        level=level if goal.scale == Scale.GAS else None,
        comment=comment,
    )


def rating_points(ratings) -> list[RatingPoint]:
    return [
        RatingPoint(rating.rated_on, rating.performance, rating.satisfaction, rating.level)
        for rating in ratings
    ]


ACTIVE_FIRST = (GoalStatus.ACTIVE, GoalStatus.ACHIEVED, GoalStatus.PAUSED, GoalStatus.STOPPED)
