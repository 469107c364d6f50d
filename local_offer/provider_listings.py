""""Your listings": a provider's staff see every listing in their organisation's folder, where
each one stands with the council, when it was last checked and when it is due to be checked
again, with a link straight to its edit page.

The status comes from Wagtail: a listing in the council's moderation workflow is waiting or
has changes requested (with the officer's comment); otherwise it is a draft if it has changes
nobody has sent to the council, or never went live; else it is live. Four queries whatever the
number of listings: the folder, the listings, their workflow states (with the task that
rejected them) and the site root for the live pages' addresses.
"""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from django.contrib.auth.decorators import login_required
from django.db.models import F
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState, get_default_page_content_type

from .draft_reminders import DRAFT_REMINDER_DAYS
from .listing import MONTHS, REMIND_AFTER_MONTHS, add_months
from .models import ServiceIndexPage, ServicePage
from .moderation import WORKFLOW_NAME
from .notify import edit_url
from .policy import can_see_own_listings


class ListingStatus(StrEnum):
    LIVE = "Live"
    DRAFT = "Draft, not sent to the council"
    WAITING = "Waiting for the council"
    CHANGES_REQUESTED = "Changes requested"


# GOV.UK tag colours: the two that need the provider to act stand out.
TAG_CLASSES = {
    ListingStatus.LIVE: "govuk-tag--green",
    ListingStatus.DRAFT: "govuk-tag--orange",
    ListingStatus.WAITING: "govuk-tag--blue",
    ListingStatus.CHANGES_REQUESTED: "govuk-tag--red",
}


@dataclass(frozen=True)
class ListingRow:
    page_id: int
    title: str
    status: ListingStatus
    officer_comment: str
    last_checked: date | None
    check_by: date | None  # the "still accurate?" date; None if it was never checked
    edit_url: str
    live_url: str | None
    saved_on: date | None = None  # when a draft nobody sent to the council was saved

    @property
    def tag_class(self) -> str:
        return TAG_CLASSES[self.status]

    @property
    def is_unsent_draft(self) -> bool:
        return self.status is ListingStatus.DRAFT

    @property
    def is_waiting(self) -> bool:
        return self.status is ListingStatus.WAITING

    @property
    def has_changes_requested(self) -> bool:
        return self.status is ListingStatus.CHANGES_REQUESTED


@dataclass(frozen=True)
class YourListings:
    folder: ServiceIndexPage | None
    rows: list[ListingRow]
    today: date

    @property
    def unsent_drafts(self) -> list[ListingRow]:
        return [row for row in self.rows if row.is_unsent_draft]

    @property
    def add_url(self) -> str | None:
        """Where a new listing is started in the editing area (inside their own folder)."""
        if self.folder is None:
            return None
        return reverse(
            "wagtailadmin_pages:add", args=["local_offer", "servicepage", self.folder.pk]
        )


def own_folder(organisation_id: int) -> ServiceIndexPage | None:
    """The folder moderation.provider_folder made for the organisation (never created here:
    reading a page must not change anything)."""
    return (
        ServiceIndexPage.objects.filter(provider__organisation_id=organisation_id)
        .order_by("path")
        .first()
    )


def _open_workflow_states(page_ids) -> dict[int, WorkflowState]:
    states = WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id__in=[str(pk) for pk in page_ids],
        status__in=(WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES),
    ).select_related("current_task_state")
    return {int(state.object_id): state for state in states}


def _status(page: ServicePage, state: WorkflowState | None) -> tuple[ListingStatus, str]:
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        task_state = state.current_task_state
        return ListingStatus.CHANGES_REQUESTED, (task_state.comment if task_state else "")
    if state is not None:
        return ListingStatus.WAITING, ""
    if not page.live or page.has_unpublished_changes:
        return ListingStatus.DRAFT, ""
    return ListingStatus.LIVE, ""


def check_by(last_checked: date | None) -> date | None:
    """The day the "still accurate?" reminder is due (freshness_job.py sends it on that day)."""
    return None if last_checked is None else add_months(last_checked, REMIND_AFTER_MONTHS)


def your_listings(organisation_id: int, *, today: date, request=None) -> YourListings:
    folder = own_folder(organisation_id)
    if folder is None:
        return YourListings(folder=None, rows=[], today=today)
    pages = list(
        ServicePage.objects.descendant_of(folder)
        .annotate(saved_at=F("latest_revision__created_at"))
        .order_by("draft_title", "id")
    )
    states = _open_workflow_states(page.pk for page in pages)
    rows = []
    for page in pages:
        status, comment = _status(page, states.get(page.pk))
        rows.append(
            ListingRow(
                page_id=page.pk,
                title=page.draft_title or page.title,
                status=status,
                officer_comment=comment,
                last_checked=page.last_reviewed,
                check_by=check_by(page.last_reviewed),
                edit_url=edit_url(page, full=False),
                live_url=page.get_url(request) if page.live else None,
                saved_on=(
                    timezone.localdate(page.saved_at)
                    if status is ListingStatus.DRAFT and page.saved_at
                    else None
                ),
            )
        )
    return YourListings(folder=folder, rows=rows, today=today)


@login_required
def your_listings_view(request):
    if not can_see_own_listings(request.user):
        raise Http404("Page not found")
    listings = your_listings(
        request.user.organisation_id, today=timezone.localdate(), request=request
    )
    return render(
        request,
        "local_offer/your_listings.html",
        {
            "listings": listings,
            "organisation": request.user.organisation,
            "listing_months": MONTHS,
            "workflow_name": WORKFLOW_NAME,
            "draft_reminder_days": DRAFT_REMINDER_DAYS,
        },
    )
