"""Officers' decisions on a comment before anything is published: publish the anonymised text
they have checked, merge it into an earlier comment saying the same, hand it to the council's
complaints process, or keep it unpublished with a reason.

Nothing reaches the public page without one of these decisions, and a comment the
safeguarding screen flagged is not an officer's to decide until the lead has cleared it.
"""

from django.db import transaction
from django.utils import timezone

from .models import Feedback


class NotDecidable(Exception):
    """The comment is not waiting for an officer (flagged, or already decided)."""


def waiting_for_officers():
    return Feedback.objects.filter(status=Feedback.Status.NEW).order_by("created_at")


def _decide(item: Feedback, user, status: str, now=None, **fields) -> None:
    if item.status != Feedback.Status.NEW:
        raise NotDecidable(item.reference)
    item.status = status
    item.decided_at = now or timezone.now()
    item.decided_by = user
    for name, value in fields.items():
        setattr(item, name, value)
    item.save()


@transaction.atomic
def publish(item: Feedback, user, better: str, comments: str, now=None) -> None:
    """Publish the officer's checked, anonymised text (the original stays private)."""
    _decide(
        item, user, Feedback.Status.PUBLISHED, now,
        published_better=better.strip(), published_comments=comments.strip(),
    )


@transaction.atomic
def merge(item: Feedback, user, into: Feedback, now=None) -> None:
    if into.pk == item.pk:
        raise NotDecidable(item.reference)
    _decide(item, user, Feedback.Status.MERGED, now, merged_into=into,
            decision_reason=f"Says the same as {into.reference}.")


@transaction.atomic
def complaint(item: Feedback, user, note: str, now=None) -> None:
    _decide(item, user, Feedback.Status.COMPLAINT, now, decision_reason=note.strip())


@transaction.atomic
def not_for_publication(item: Feedback, user, reason: str, now=None) -> None:
    _decide(item, user, Feedback.Status.NOT_PUBLISHED, now, decision_reason=reason.strip())
