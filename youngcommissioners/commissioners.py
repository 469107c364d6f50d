"""Young Commissioners' reviews and recommendations: scoring a service against the group's
criteria, combining the scores so the spread shows (one voice does not stand for all), and
moving a recommendation on with its history kept and every member told.

Every comment and recommendation is screened on arrival; a flagged one is held for the
safeguarding lead and counted nowhere until cleared.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import (
    CommissionerGroup,
    Criterion,
    Milestone,
    Recommendation,
    RecommendationEvent,
    ReviewScore,
)
from .safeguarding import screen
from .safeguarding_alerts import raise_alert

MOVED_SUBJECT = "A recommendation from your Young Commissioners group has moved"


@dataclass(frozen=True)
class Spread:
    """The scores for one service against one criterion: how many gave each value."""

    criterion: str
    counts: dict[int, int]  # 1..5 -> how many members gave it

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def lowest(self) -> int | None:
        return min((v for v, n in self.counts.items() if n), default=None)

    @property
    def highest(self) -> int | None:
        return max((v for v, n in self.counts.items() if n), default=None)

    @property
    def mean(self) -> float | None:
        if not self.total:
            return None
        return round(sum(v * n for v, n in self.counts.items()) / self.total, 1)

    @property
    def bars(self) -> list[tuple[int, int]]:
        return [(value, self.counts[value]) for value in range(1, 6)]


@dataclass(frozen=True)
class ServiceResult:
    service_id: int
    title: str
    spreads: list[Spread]
    comments: list[tuple[str, str]]  # (criterion, comment): shown ones only, no names

    @property
    def members(self) -> int:
        return max((s.total for s in self.spreads), default=0)


ANY_PROJECT = object()  # results across every project (and none)


def _combine(criteria, scores) -> list[ServiceResult]:
    by_service: dict[int, dict] = {}
    for score in scores:
        entry = by_service.setdefault(
            score.service_id,
            {"title": score.service.title, "counts": {}, "comments": []},
        )
        entry["counts"].setdefault(score.criterion_id, Counter())[score.score] += 1
        if score.comment:
            text = next((c.text for c in criteria if c.pk == score.criterion_id), "")
            entry["comments"].append((text, score.comment))
    found = []
    for service_pk, entry in by_service.items():
        spreads = [
            Spread(c.text, {v: entry["counts"].get(c.pk, Counter())[v] for v in range(1, 6)})
            for c in criteria
        ]
        found.append(ServiceResult(service_pk, entry["title"], spreads, entry["comments"]))
    return found


def _shown_scores(group):
    return (
        ReviewScore.objects.filter(group=group, status=ReviewScore.Status.SHOWN)
        .select_related("service").order_by("service__title", "scored_at")
    )


def results(group: CommissionerGroup, service_id: int | None = None,
            project=ANY_PROJECT) -> list[ServiceResult]:
    """Combined scores per service and criterion, shown scores only. Two queries. `project`:
    one project's scores (None: those filed under no project); left out, every score."""
    criteria = list(group.criteria.all())
    scores = _shown_scores(group)
    if service_id is not None:
        scores = scores.filter(service_id=service_id)
    if project is None:
        scores = scores.filter(project__isnull=True)
    elif project is not ANY_PROJECT:
        scores = scores.filter(project=project)
    return _combine(criteria, scores)


def results_by_project(group: CommissionerGroup, service_id: int | None = None, projects=None):
    """[(project or None, [ServiceResult])], projects oldest first, then scores filed under no
    project; only projects with scores. Three queries, however many projects (two when the
    caller has the group's projects already)."""
    criteria = list(group.criteria.all())
    scores = _shown_scores(group)
    if service_id is not None:
        scores = scores.filter(service_id=service_id)
    by_project: dict = {}
    for score in scores:
        by_project.setdefault(score.project_id, []).append(score)
    projects = group.projects.all() if projects is None else projects
    ordered = [p for p in projects if p.pk in by_project]
    found = [(p, _combine(criteria, by_project[p.pk])) for p in ordered]
    if None in by_project:
        found.append((None, _combine(criteria, by_project[None])))
    return found


@transaction.atomic
def score_service(group, member, service, answers: dict[Criterion, tuple[int, str]],
                  project=None, now=None) -> list[ReviewScore]:
    """Save (or replace) a member's scores for one service in one project (None: in no
    project). Each comment is screened first."""
    now = now or timezone.now()
    saved = []
    for criterion, (value, comment) in answers.items():
        screening = screen(comment) if comment.strip() else None
        held = bool(screening and screening.alert)
        ReviewScore.objects.filter(
            member=member, project=project, service=service, criterion=criterion
        ).delete()
        score = ReviewScore.objects.create(
            group=group, project=project, service=service, criterion=criterion, member=member,
            score=value, comment=comment.strip(), scored_at=now,
            status=ReviewScore.Status.HELD if held else ReviewScore.Status.SHOWN,
        )
        if held:
            raise_alert(score, screening, now=now)
        saved.append(score)
    return saved


@transaction.atomic
def recommend(group, member, title: str, text: str, project=None, now=None) -> Recommendation:
    now = now or timezone.now()
    screening = screen(f"{title}\n{text}")
    recommendation = Recommendation.objects.create(
        group=group, project=project, title=title, text=text, sent_by=member,
        created_at=now, held=screening.alert,
    )
    RecommendationEvent.objects.create(
        recommendation=recommendation, at=now, by=member,
        status=recommendation.status, progress=0, milestone="Sent to commissioners",
        milestone_date=now.date(),
    )
    if screening.alert:
        raise_alert(recommendation, screening, now=now)
    return recommendation


@transaction.atomic
def move(recommendation: Recommendation, officer, *, status: str, progress: int,
         owner=None, milestone: str = "", milestone_date: date | None = None,
         reason: str = "", now=None) -> RecommendationEvent:
    """An officer moves a recommendation on. The change is kept as a new history row and
    every member of the group is emailed that it moved (never what it says)."""
    now = now or timezone.now()
    if status == Recommendation.Status.NOT_ACCEPTED and not reason.strip():
        raise ValueError("A recommendation that is not accepted needs the reasons why.")
    recommendation.status, recommendation.progress = status, progress
    if owner is not None:
        recommendation.owner = owner
    recommendation.save(update_fields=["status", "progress", "owner"])
    event = RecommendationEvent.objects.create(
        recommendation=recommendation, at=now, by=officer, status=status, progress=progress,
        milestone=milestone, milestone_date=milestone_date or (now.date() if milestone else None),
        reason=reason,
    )
    transaction.on_commit(lambda: tell_members(recommendation))
    return event


def tell_members(recommendation: Recommendation) -> int:
    """Plain words: it moved, and where to look. Nothing of what it says."""
    group = recommendation.group
    emails = list(
        group.members.filter(is_active=True).order_by("pk").values_list("email", flat=True)
    )
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "youngcommissioners:recommendation", args=[recommendation.pk]
    )
    body = render_to_string(
        "youngcommissioners/email/recommendation_moved.txt",
        {"group": group, "link": link, "status": recommendation.get_status_display(),
         "progress": recommendation.progress, "council": settings.WAGTAIL_SITE_NAME},
    )
    for email in emails:
        send_mail(MOVED_SUBJECT, body, None, [email])
    return len(emails)


def milestones(recommendation: Recommendation, today: date | None = None):
    """[(milestone, late)] in date order: late is not done and its planned date has passed."""
    today = today or timezone.localdate()
    return [(m, m.late(today)) for m in recommendation.milestones.all()]


def _day(value: date) -> str:
    return f"{value.day} {value:%B %Y}"


def _milestone_note(milestone: Milestone, before: Milestone | None) -> str:
    if before is None:
        note = f"Planned: {milestone.title}, by {_day(milestone.planned_for)}"
        return note + (" (done)" if milestone.done else "")
    if milestone.done and not before.done:
        return f"Done: {milestone.title}"
    if before.done and not milestone.done:
        return f"Not done after all: {milestone.title}"
    if milestone.planned_for != before.planned_for:
        return f"Moved to {_day(milestone.planned_for)}: {milestone.title}"
    return f"Changed: {milestone.title}"


@transaction.atomic
def plan_milestone(milestone: Milestone, officer, before: Milestone | None = None,
                   now=None) -> RecommendationEvent:
    """Save a planned milestone (new, or changed from `before`). The change is kept in the
    recommendation's history and every member is told it moved, in plain words."""
    now = now or timezone.now()
    if milestone.done and milestone.done_on is None:
        milestone.done_on = timezone.localdate(now)
    if not milestone.done:
        milestone.done_on = None
    milestone.save()
    recommendation = milestone.recommendation
    event = RecommendationEvent.objects.create(
        recommendation=recommendation, at=now, by=officer, status=recommendation.status,
        progress=recommendation.progress, milestone=_milestone_note(milestone, before),
        milestone_date=milestone.done_on or milestone.planned_for,
    )
    transaction.on_commit(lambda: tell_members(recommendation))
    return event
