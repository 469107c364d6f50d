"""Demo Young Commissioners (local only, run by demo.py after the feedback): the Riverside
Young Commissioners with four members including Maya Patel (the demo young commissioner), a
project, three services scored by several members and three recommendations at different
stages. Safe to run again: an existing group is left as it is."""

from datetime import timedelta

from django.contrib.auth.models import Group
from django.utils import timezone

from local_offer.services import published_services
from portal.accounts.models import User
from portal.accounts.roles import Role

from . import commissioners
from .models import (
    CommissionerGroup,
    Criterion,
    Membership,
    Milestone,
    Project,
    Recommendation,
)

GROUP = "Riverside Young Commissioners"
MAYA = "young-commissioner@riverside.example"
OTHER_MEMBERS = (
    ("Sol Adeyemi", "young-commissioner-2@riverside.example"),
    ("Ellie Byrne", "young-commissioner-3@riverside.example"),
    ("Kai Zhang", "young-commissioner-4@riverside.example"),
)
CRITERIA = ("Easy to get to", "Staff listen to me", "Things to do that I like")
# Each member's scores, one row a service, one number a criterion: spread on purpose.
SCORES = (
    ((4, 5, 3), (2, 3, 2), (5, 4, 4)),
    ((3, 4, 4), (1, 2, 3), (5, 5, 4)),
    ((5, 4, 2), (2, 4, 2), (4, 4, 5)),
    ((4, 2, 3), (3, 3, 1), (5, 4, 3)),
)
COMMENTS = {(0, 1, 1): "They asked what we wanted and then actually did it.",
            (1, 1, 0): "Two buses from my side of town, and the last one is at six."}
S = Recommendation.Status
RECOMMENDATIONS = (
    ("Short breaks sessions after school", "Run sessions after school and at weekends so "
     "14-19s at college can go.", ()),
    ("A quiet room at every youth club", "Every youth club should have a quiet room for "
     "people who find noise hard.",
     ((S.CONSIDERING, 10, "Talked about at the commissioning board"),
      (S.ACCEPTED, 40, "Two youth clubs have a quiet room"))),
    ("Young people on interview panels", "Young people should help choose staff for "
     "short breaks services.",
     ((S.ACCEPTED, 50, "Training for young panel members"),
      (S.DONE, 100, "Three interview panels with young people on them"))),
)

# The quiet rooms: one done, one late, one still to come (days from today).
MILESTONES = {1: (("Quiet room at Riverside Youth Club", -14, True),
                  ("Quiet room at Hillside Youth Club", -3, False),
                  ("Quiet room at every youth club", 60, False))}


def seed(stdout) -> None:
    if CommissionerGroup.objects.filter(name=GROUP).exists():
        stdout.write("Young Commissioners: the demo group is already there.")
        return
    maya = User.objects.filter(email=MAYA).first()
    officer = User.objects.filter(groups__name=str(Role.OFFICER)).order_by("pk").first()
    services = list(published_services().order_by("title")[:3])
    if maya is None or len(services) < 3:
        stdout.write("Young Commissioners: skipped (no demo young commissioner or services).")
        return
    role, _ = Group.objects.get_or_create(name=str(Role.YOUNG_COMMISSIONER))
    members = [maya]
    for name, email in OTHER_MEMBERS:
        user, created = User.objects.get_or_create(email=email, defaults={"display_name": name})
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
        user.groups.add(role)
        members.append(user)
    group = CommissionerGroup.objects.create(name=GROUP, supporting_officer=officer)
    for member in members:
        Membership.objects.create(group=group, user=member)
    project = Project.objects.create(
        group=group, title="Review short breaks for 14-19s",
        description="What works for teenagers, and what stops them going.",
    )
    criteria = [Criterion.objects.create(group=group, text=t, position=i)
                for i, t in enumerate(CRITERIA)]
    now = timezone.now()
    for m, member in enumerate(members):
        for s, service in enumerate(services):
            answers = {c: (SCORES[m][s][i], COMMENTS.get((m, s, i), ""))
                       for i, c in enumerate(criteria)}
            commissioners.score_service(group, member, service, answers, project=project,
                                        now=now - timedelta(days=30 - m))
    for r, (title, text, moves) in enumerate(RECOMMENDATIONS):
        made = now - timedelta(days=28 - r)
        item = commissioners.recommend(group, members[r], title, text, project, now=made)
        for step, (status, progress, milestone) in enumerate(moves, start=1):
            commissioners.move(item, officer, status=status, progress=progress, owner=officer,
                               milestone=milestone, now=made + timedelta(days=7 * step))
        for planned_title, in_days, done in MILESTONES.get(r, ()):
            commissioners.plan_milestone(
                Milestone(recommendation=item, title=planned_title, done=done,
                          planned_for=now.date() + timedelta(days=in_days),
                          done_on=(now.date() + timedelta(days=in_days)) if done else None),
                officer, now=made + timedelta(days=1),
            )
    stdout.write(f"Young Commissioners: {GROUP} with {len(members)} members, "
                 f"{len(services)} services reviewed, {len(RECOMMENDATIONS)} recommendations.")
