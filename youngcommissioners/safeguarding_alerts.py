"""What happens when the safeguarding screen flags an item: the lead and deputy hear at once,
nobody else sees the item, and if nobody acknowledges it within ESCALATE_AFTER the alert goes
again to both and to the officer on duty.

Emails say only that an item needs review and where to look, never what was written.
`escalate_overdue` is run every few minutes by cron (`manage.py check_safeguarding_alerts`),
and is safe to run as often as wanted: each alert is escalated once.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from portal.accounts.models import User
from portal.accounts.roles import Role

from .models import (
    Feedback,
    Recommendation,
    ReviewScore,
    SafeguardingAlert,
    SafeguardingContacts,
)

ESCALATE_AFTER = timedelta(hours=2)
ITEM_RELATIONS = ("feedback", "review_score__service", "recommendation__group")
SUBJECT = "A comment sent to the portal needs safeguarding review"
ESCALATION_SUBJECT = "Not yet acknowledged: a comment needs safeguarding review"


def _emails(users) -> list[str]:
    seen, found = set(), []
    for user in users:
        if user is not None and user.is_active and user.email.lower() not in seen:
            seen.add(user.email.lower())
            found.append(user.email)
    return found


def _leads() -> list[str]:
    """The lead and deputy named in the admin's settings; if neither is named, everyone with
    the Safeguarding lead role (an alert must always reach someone)."""
    contacts = SafeguardingContacts.load()
    named = _emails([contacts.lead, contacts.deputy])
    if named:
        return named
    return _emails(User.objects.filter(groups__name=str(Role.SAFEGUARDING_LEAD)).order_by("pk"))


def _officers_on_duty() -> list[str]:
    contacts = SafeguardingContacts.load()
    if contacts.officer_on_duty is not None:
        return _emails([contacts.officer_on_duty])
    return _emails(User.objects.filter(groups__name=str(Role.OFFICER)).order_by("pk"))


def _send(subject: str, template: str, alert: SafeguardingAlert, recipients: list[str]) -> None:
    if not recipients:
        return
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "youngcommissioners:alert", args=[alert.pk]
    )
    body = render_to_string(
        template,
        {"alert": alert, "link": link, "council": settings.WAGTAIL_SITE_NAME,
         "hours": int(ESCALATE_AFTER.total_seconds() // 3600)},
    )
    send_mail(subject=subject, message=body, from_email=None, recipient_list=recipients)


def raise_alert(item, screening, now=None) -> SafeguardingAlert:
    """`item` is a Feedback, a ReviewScore or a Recommendation, already saved as held."""
    kind = {Feedback: "feedback", ReviewScore: "review_score", Recommendation: "recommendation"}
    alert = SafeguardingAlert.objects.create(
        **{kind[type(item)]: item},
        matched="\n".join(screening.matched), raised_at=now or timezone.now(),
    )
    transaction.on_commit(
        lambda: _send(SUBJECT, "youngcommissioners/email/alert.txt", alert, _leads())
    )
    return alert


@dataclass(frozen=True)
class Escalation:
    alerts: int
    recipients: int

    def summary(self) -> str:
        if not self.alerts:
            return "No safeguarding alerts are waiting too long."
        return (
            f"Sent {self.alerts} unacknowledged safeguarding alert(s) again "
            f"to {self.recipients} people."
        )


def escalate_overdue(now=None) -> Escalation:
    now = now or timezone.now()
    sent, recipients = 0, set()
    with transaction.atomic():
        overdue = SafeguardingAlert.objects.select_for_update().filter(
            acknowledged_at__isnull=True, cleared_at__isnull=True, escalated_at__isnull=True,
            raised_at__lte=now - ESCALATE_AFTER,
        )
        for alert in overdue:
            to = _emails_union(_leads(), _officers_on_duty())
            _send(ESCALATION_SUBJECT, "youngcommissioners/email/escalation.txt", alert, to)
            alert.escalated_at = now
            alert.save(update_fields=["escalated_at"])
            sent += 1
            recipients.update(to)
    return Escalation(sent, len(recipients))


def _emails_union(*lists: list[str]) -> list[str]:
    seen, found = set(), []
    for address in (a for group in lists for a in group):
        if address.lower() not in seen:
            seen.add(address.lower())
            found.append(address)
    return found


def open_alerts():
    return SafeguardingAlert.objects.filter(cleared_at__isnull=True).select_related(
        *ITEM_RELATIONS
    )


def acknowledge(alert: SafeguardingAlert, user, now=None) -> None:
    """The lead has seen it: stops the escalation. Opening the item counts."""
    if alert.acknowledged_at is None:
        alert.acknowledged_at = now or timezone.now()
        alert.acknowledged_by = user
        alert.save(update_fields=["acknowledged_at", "acknowledged_by"])


@transaction.atomic
def clear(alert: SafeguardingAlert, user, outcome: str, action_taken: str, now=None) -> None:
    """The lead records what they did. A released item goes on to officers' moderation; a
    withheld one is never published."""
    now = now or timezone.now()
    acknowledge(alert, user, now)
    alert.cleared_at, alert.cleared_by = now, user
    alert.outcome, alert.action_taken = outcome, action_taken
    alert.save(update_fields=["cleared_at", "cleared_by", "outcome", "action_taken"])
    if alert.review_score_id or alert.recommendation_id:
        _clear_young_commissioners_item(alert, outcome)
        return
    item = alert.feedback
    if outcome == SafeguardingAlert.Outcome.RELEASED:
        item.status = Feedback.Status.NEW
    else:
        item.status = Feedback.Status.NOT_PUBLISHED
        item.decision_reason = "Withheld by the safeguarding lead."
        item.decided_at, item.decided_by = now, user
    item.save(update_fields=["status", "decision_reason", "decided_at", "decided_by"])


def _clear_young_commissioners_item(alert: SafeguardingAlert, outcome: str) -> None:
    released = outcome == SafeguardingAlert.Outcome.RELEASED
    if alert.review_score_id:
        score = alert.review_score
        score.status = ReviewScore.Status.SHOWN if released else ReviewScore.Status.WITHHELD
        score.save(update_fields=["status"])
    else:
        recommendation = alert.recommendation
        recommendation.held, recommendation.withheld = False, not released
        recommendation.save(update_fields=["held", "withheld"])
