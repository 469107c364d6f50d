"""Drafts a provider saved but never sent to the council: families cannot see them, and a
provider who pressed "Save draft" may think they are done. After DRAFT_REMINDER_DAYS the
provider gets one email about that version; saving again starts the count again, so nobody
is emailed every day about the same draft.

Each reminder is an entry in the listing's Wagtail history ("Draft reminder sent"), tied to
the revision it was about: that entry is both what officers and providers see and how the
daily run knows not to send it twice.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from wagtail.log_actions import log
from wagtail.models import PageLogEntry, WorkflowState, get_default_page_content_type

from portal.accounts.roles import Role

from .models import ServicePage
from .moderation import submit_label
from .notify import absolute, edit_url, provider_emails, send

DRAFT_REMINDER_DAYS = 3
REMINDER_ACTION = "local_offer.draft_reminder"


@dataclass
class DraftReminders:
    sent: list[str] = field(default_factory=list)
    no_address: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"Drafts not sent to the council for {DRAFT_REMINDER_DAYS} days: "
            f"{len(self.sent)} reminders sent, {len(self.no_address)} without an email address."
        )


def saved_before(today: date) -> datetime:
    """Drafts saved before this moment have waited DRAFT_REMINDER_DAYS whole days by today:
    one saved on 1 March is reminded about on 4 March."""
    day = today - timedelta(days=DRAFT_REMINDER_DAYS - 1)
    return timezone.make_aware(datetime.combine(day, time.min))


def unsent_drafts(today: date) -> QuerySet[ServicePage]:
    """Listings whose latest version was saved by the provider, is not live, was never sent to
    the council (or was withdrawn), and nobody has been reminded about yet."""
    in_workflow = WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status__in=(WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES),
    )
    reminded = PageLogEntry.objects.filter(
        page_id=OuterRef("pk"), revision_id=OuterRef("latest_revision_id"), action=REMINDER_ACTION
    )
    return (
        ServicePage.objects.filter(Q(live=False) | Q(has_unpublished_changes=True))
        .filter(
            latest_revision__created_at__lt=saved_before(today),
            # A version approved to go live on a later date is waiting, not forgotten.
            latest_revision__approved_go_live_at__isnull=True,
        )
        # An officer's own draft is the council's business, not the provider's.
        .exclude(latest_revision__user__groups__name=str(Role.OFFICER))
        .exclude(Exists(in_workflow))
        .exclude(Exists(reminded))
        .select_related("provider", "latest_revision")
        .order_by("latest_revision__created_at", "pk")
    )


def _remind(page: ServicePage) -> bool:
    saved_at = timezone.localtime(page.latest_revision.created_at)
    context = {
        "page": page,
        "title": page.latest_revision.object_str or page.title,
        "saved_on": saved_at.date(),
        "is_live": page.live,
        "edit_url": edit_url(page),
        "your_listings_url": absolute(reverse("local_offer:your_listings")),
        "submit_label": submit_label(page),
        "council": settings.WAGTAIL_SITE_NAME,
    }
    recipients = provider_emails(page)
    subject = f"Your changes are not with the council yet: {context['title']}"
    if not send(subject, "local_offer/email/draft_reminder.txt", context, recipients):
        return False
    log(
        page,
        REMINDER_ACTION,
        revision=page.latest_revision,
        data={"sent_to": recipients, "saved_at": saved_at.isoformat()},
    )
    return True


def send_draft_reminders(today: date | None = None) -> DraftReminders:
    """Once a day, with the freshness check: safe to run more than once."""
    today = today or timezone.localdate()
    result = DraftReminders()
    for page in unsent_drafts(today):
        with transaction.atomic():
            if _remind(page):
                result.sent.append(page.title)
            else:
                result.no_address.append(page.title)
    return result


@task()
def remind_unsent_drafts() -> str:
    return send_draft_reminders().summary()
