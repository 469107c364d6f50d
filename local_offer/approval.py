"""When a council officer approves a provider's change: it counts as a check of the listing, and
the officer is told what went live.

Officers approve in three places (the review page in review_changes.py, "Approve and Publish"
in the editor, and the workflow action on Wagtail's own screens), and Wagtail reports the end
of a workflow in one place only, its `workflow_approved` signal; so that signal is where an
approval becomes a check, and every way of approving gets the same date.
"""

from datetime import date

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from wagtail.admin import messages
from wagtail.log_actions import log
from wagtail.models import Page, WorkflowState
from wagtail.signals import workflow_approved

from .models import FreshnessReminder, GuidePage, ServicePage
from .search_index import reindex_service

CHECKED_ACTION = "local_offer.checked_on_approval"

# The pages that show families a "Last checked" date.
CHECKED_PAGE_TYPES = (ServicePage, GuidePage)


def _stamp_revisions(page: Page, today: date) -> None:
    """The live and latest revisions carry the date too, so the next edit (which starts from
    the latest revision) does not put the old date back."""
    for revision in {page.live_revision, page.latest_revision} - {None}:
        revision.content["last_reviewed"] = today.isoformat()
        revision.save(update_fields=["content"])


@transaction.atomic
def count_approval_as_check(page: Page, approved_by=None, today: date | None = None) -> bool:
    """An officer read the listing and approved it: it is checked as of today.

    Returns False for a page that shows no "Last checked" date (a folder, an event).
    """
    page = page.specific
    if not isinstance(page, CHECKED_PAGE_TYPES):
        return False
    today = today or timezone.localdate()
    previous = page.last_reviewed
    type(page).objects.filter(pk=page.pk).update(last_reviewed=today)
    page.last_reviewed = today
    _stamp_revisions(page, today)
    if isinstance(page, ServicePage):
        # The open freshness cycle ends here, as a "still accurate" click would end it.
        FreshnessReminder.objects.filter(
            page=page, cycle_start=previous, confirmed_at__isnull=True
        ).update(
            confirmed_at=timezone.now(),
            confirmed_by=f"{approved_by or 'An officer'} (approved a change)"[:300],
        )
        transaction.on_commit(lambda: reindex_service(page.pk))
    log(page, CHECKED_ACTION, user=approved_by, data={"last_reviewed": today.isoformat()})
    return True


def _on_workflow_approved(sender, instance: WorkflowState, user=None, **kwargs):
    page = instance.content_object
    if isinstance(page, Page):
        # Reload: the workflow published a copy, so this instance is out of date.
        count_approval_as_check(Page.objects.get(pk=page.pk), approved_by=user)


def connect() -> None:
    workflow_approved.connect(_on_workflow_approved, dispatch_uid="local_offer.approval")


def tell_officer_it_is_live(request, page: Page) -> None:
    """The confirmation after approving: which listing went live, and a link to see it."""
    page = page.specific
    url = page.get_url(request)
    buttons = [messages.button(url, "View live", new_window=False)] if url else []
    buttons.append(messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), "Edit"))
    checked = getattr(page, "last_reviewed", None)
    checked_text = f" Last checked: {date_format(checked, 'j F Y')}." if checked else ""
    messages.success(
        request,
        f"'{page.get_admin_display_title()}' is live: families now see the version you "
        f"approved.{checked_text}",
        buttons=buttons,
    )


def tell_officer_after_approving_in_editor(request, page: Page) -> None:
    """after_edit_page: "Approve and Publish" in the editor gets the same confirmation."""
    approved = (
        request.method == "POST"
        and request.POST.get("action-workflow-action")
        and request.POST.get("workflow-action-name") == "approve"
    )
    if not approved:
        return
    page = Page.objects.get(pk=page.pk)
    if page.live and not page.workflow_in_progress:
        tell_officer_it_is_live(request, page)
