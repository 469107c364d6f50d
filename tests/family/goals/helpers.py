"""Goals, ratings and saved services for the goals tests."""

from datetime import date

from portal.family.goals import goal_records
from portal.family.goals.goal_records import GoalWords
from portal.family.goals.models import Goal, GoalRating, SavedService

GAS_WORDS = (
    "Needs a grown-up beside them to order",
    "Points to a drink on the menu",
    "Orders a drink with a picture card",
    "Orders a drink in words",
    "Orders for the whole family",
)


def make_goal(child, user=None, scale="copm", wording="Get dressed for school on my own",
              **fields) -> Goal:
    if scale == "copm":
        words = GoalWords(wording=wording, scale="copm", importance=fields.pop("importance", 8))
    else:
        words = GoalWords(wording=wording, scale="gas", gas_words=GAS_WORDS)
    goal = goal_records.add_goal(child, user, words)
    if fields:
        Goal.objects.filter(pk=goal.pk).update(**fields)
        goal.refresh_from_db()
    return goal


def rate(goal, user=None, on=date(2026, 3, 2), performance=None, satisfaction=None, level=None,
         comment="") -> GoalRating:
    return goal_records.add_rating(
        goal, user, on, comment, performance=performance, satisfaction=satisfaction, level=level
    )


def save_service(child, service_page, user=None, note="") -> SavedService:
    return SavedService.objects.create(
        child=child, service_id=service_page.pk, service_name=service_page.title,
        service_url=service_page.url or "", note=note, saved_by=user,
    )
