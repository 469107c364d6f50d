"""Demo goals and saved services for the demo parent's child with the EHC plan (local only;
seed_demo refuses to run with DEBUG off). Six months of ratings on COPM and GAS goals, rated
by both parents, and a couple of Local Offer services saved with notes.

Runs after portal.family.demo (which makes the children). Safe to run again: a goal or a saved
service that exists is left as it is. Dates are days before the day the demo is loaded, so
the latest rating is always recent.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from local_offer.services import published_services
from portal.accounts.models import User
from portal.family.models import Child

from . import goal_records, saved_services
from .goal_records import GoalWords
from .models import Goal, GoalStatus, SavedService

PARENT = "parent-or-carer@riverside.example"
CO_PARENT = "co-parent@riverside.example"
CHILD_FIRST_NAME = "Ada"  # the demo parent's child whose EHC plan is in progress


@dataclass(frozen=True)
class DemoRating:
    days_ago: int
    by: str  # email
    values: tuple[int, ...]  # (performance, satisfaction) for COPM, (level,) for GAS
    comment: str = ""


@dataclass(frozen=True)
class DemoGoal:
    words: GoalWords
    ratings: tuple[DemoRating, ...]
    status: str = GoalStatus.ACTIVE
    status_reason: str = ""


GOALS = [
    DemoGoal(
        GoalWords(
            wording="Get dressed for school on my own, buttons and shoes too",
            scale="copm", adulthood_area="independent_living", importance=9,
            ehc_outcome="Ada will dress herself for school with picture prompts only.",
        ),
        (
            DemoRating(182, PARENT, (3, 2), "Needed help with every button and both shoes."),
            DemoRating(154, CO_PARENT, (3, 3), "Picture steps on the wardrobe door helped."),
            DemoRating(126, PARENT, (4, 4)),
            DemoRating(98, PARENT, (5, 4), "Shoes with Velcro: done on her own all week."),
            DemoRating(70, CO_PARENT, (5, 5)),
            DemoRating(42, PARENT, (6, 6), "Only the top button is still hard."),
            DemoRating(14, PARENT, (7, 7), "Dressed on her own four school days out of five."),
        ),
    ),
    DemoGoal(
        GoalWords(
            wording="Order a drink for myself in a café",
            scale="gas", adulthood_area="friends_community",
            gas_words=(
                "Needs a grown-up to order for her",
                "Points to the drink on the menu",
                "Orders with her picture card",
                "Orders in words, with a grown-up beside her",
                "Orders in words on her own",
            ),
        ),
        (
            DemoRating(175, PARENT, (-2,), "Hid behind me at the counter."),
            DemoRating(140, CO_PARENT, (-1,), "Pointed at the orange juice."),
            DemoRating(105, PARENT, (-1,)),
            DemoRating(70, PARENT, (0,), "Used her card and said thank you!"),
            DemoRating(35, CO_PARENT, (0,)),
            DemoRating(7, PARENT, (1,), "Said “apple juice please” with me next to her."),
        ),
    ),
    DemoGoal(
        GoalWords(
            wording="Go to sleep by 8pm without a grown-up in the room",
            scale="copm", adulthood_area="good_health", importance=7,
        ),
        (
            DemoRating(168, PARENT, (2, 2), "Took over an hour most nights."),
            DemoRating(112, PARENT, (3, 3)),
            DemoRating(56, CO_PARENT, (4, 3), "Better since the melatonin was reviewed."),
        ),
        status=GoalStatus.PAUSED,
        status_reason="Paused while the paediatrician reviews her medication.",
    ),
]

# Services saved to the child's record: a word in the title, and the family's note.
SAVED = [
    ("speech", "Ask about the Saturday drop-in for Ada's talking."),
    ("swim", "Quiet session: might suit Ada after school on Fridays."),
]


@transaction.atomic
def seed(stdout) -> None:
    people = {user.email: user for user in User.objects.filter(email__in=[PARENT, CO_PARENT])}
    parent = people.get(PARENT)
    child = (
        Child.objects.filter(first_name=CHILD_FIRST_NAME, carers__user=parent).first()
        if parent else None
    )
    if child is None:
        stdout.write("Demo goals: no demo child to add them to (portal.family.demo first).\n")
        return
    added = sum(_goal(child, spec, people) for spec in GOALS)
    saved = sum(_saved(child, word, note, parent) for word, note in SAVED)
    stdout.write(f"Demo goals: {added} goals and {saved} saved services added for "
                 f"{child.first_name}.\n")


def _goal(child: Child, spec: DemoGoal, people: dict[str, User]) -> bool:
    if Goal.objects.filter(child=child, wording=spec.words.wording).exists():
        return False
    today = timezone.localdate()
    first_rating = max(rating.days_ago for rating in spec.ratings)
    goal = goal_records.add_goal(child, people.get(PARENT), spec.words)
    goal.created_at = timezone.now() - timedelta(days=first_rating + 3)
    goal.save(update_fields=["created_at"])
    for rating in spec.ratings:
        values = (
            {"performance": rating.values[0], "satisfaction": rating.values[1]}
            if spec.words.scale == "copm" else {"level": rating.values[0]}
        )
        made = goal_records.add_rating(
            goal, people.get(rating.by), today - timedelta(days=rating.days_ago),
            rating.comment, **values,
        )
        made.created_at = timezone.now() - timedelta(days=rating.days_ago)
        made.save(update_fields=["created_at"])
    if spec.status != GoalStatus.ACTIVE:
        change = goal_records.change_status(
            goal, people.get(PARENT), spec.status, spec.status_reason
        )
        change.changed_at = timezone.now() - timedelta(days=20)
        change.save(update_fields=["changed_at"])
    return True


def _saved(child: Child, word: str, note: str, parent: User) -> bool:
    page = published_services().prefetch_related(None).filter(title__icontains=word).first()
    if page is None or SavedService.objects.filter(child=child, service_id=page.pk).exists():
        return False
    service = saved_services.ServiceLink(page.pk, page.title, page.url or "")
    saved_services.save(child, parent, service, note)
    return True
