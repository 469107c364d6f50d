"""The officer's review of a change a provider sent to the council: what will change on the live
listing (Wagtail's field-by-field comparison), then approve or ask for changes, on one page.

The dashboard's "Awaiting your review" panel links each waiting page here, so an officer sees
the change before deciding; approving says which listing went live and links to it.
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, TaskState

from .approval import tell_officer_it_is_live

APPROVE = "approve"
REQUEST_CHANGES = "reject"  # Wagtail's name for "Request changes"


def review_url(page) -> str:
    return reverse("local_offer_review_changes", args=[page.pk])


def task_to_review(page, user) -> TaskState | None:
    """The task waiting on this page, if this person may approve it (Wagtail's rule: a member
    of the task's group). PermissionDenied if it waits for someone else."""
    state = page.current_workflow_task_state
    if state is None:
        return None
    actions = {name for name, _label, _modal in state.task.specific.get_actions(page, user)}
    if APPROVE not in actions:
        raise PermissionDenied
    return state


def changes(page, request, before, after) -> list:
    """Wagtail's comparison of two versions of the page, the fields that differ only."""
    panel = page.get_edit_handler().get_bound_panel(instance=page, request=request, form=None)
    found = []
    for compare in panel.get_comparison():
        difference = compare(before, after)
        if difference.has_changed():
            found.append(difference)
    return found


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[(APPROVE, "Approve"), (REQUEST_CHANGES, "Request changes")]
    )
    comment = forms.CharField(
        label="Comment for the provider",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Needed when you ask for changes: the provider sees it on their listings page "
        "and in the listing's history.",
    )
    # The version the officer was shown: approving publishes the latest one, so if someone
    # saved another since, the officer looks again before deciding.
    revision = forms.IntegerField(widget=forms.HiddenInput)

    def clean(self):
        data = super().clean()
        if data.get("decision") == REQUEST_CHANGES and not data.get("comment", "").strip():
            self.add_error("comment", "Say what the provider needs to change")
        return data


class ReviewChangesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "local_offer/admin/review_changes.html"
    page_title = "Review changes"
    header_icon = "doc-empty-inverse"

    def setup(self, request, page_id, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=page_id).specific

    def dispatch(self, request, *args, **kwargs):
        self.task_state = task_to_review(self.page, request.user)
        if self.task_state is None:
            messages.info(
                request, f"'{self.page.get_admin_display_title()}' is not waiting for review."
            )
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": "Dashboard"},
            {"url": "", "label": self.page_title, "sublabel": self.get_page_subtitle()},
        ]

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        page, revision = self.page, self.page.latest_revision
        # A listing that never went live is compared with an empty one: all of it is new.
        before = page if page.live else type(page)()
        workflow_state = self.task_state.workflow_state
        context.update(
            page=page,
            object=page,
            comparison=changes(page, self.request, before, revision.as_object()),
            is_new=not page.live,
            live_url=page.get_url(self.request) if page.live else None,
            draft_url=reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
            edit_url=reverse("wagtailadmin_pages:edit", args=[page.pk]),
            submitted_by=workflow_state.requested_by,
            submitted_at=workflow_state.created_at,
            task_name=self.task_state.task.name,
            form=form or DecisionForm(initial={"revision": revision.pk}),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = DecisionForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        if form.cleaned_data["revision"] != self.page.latest_revision_id:
            messages.warning(
                request,
                "Someone saved a newer version while you were reviewing. Check the changes "
                "again before you decide.",
            )
            return redirect(review_url(self.page))
        task = self.task_state.task.specific
        decision, comment = form.cleaned_data["decision"], form.cleaned_data["comment"].strip()
        task.on_action(self.task_state, request.user, decision, comment=comment)
        if decision == APPROVE:
            tell_officer_it_is_live(request, Page.objects.get(pk=self.page.pk))
        else:
            messages.success(
                request,
                f"Changes requested for '{self.page.get_admin_display_title()}'. The provider "
                "sees your comment; the live listing has not changed.",
            )
        return redirect("wagtailadmin_home")


class AwaitingReviewPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review" dashboard panel, where each page leads to its review
    (what changed, then approve) instead of approving unseen from a menu."""

    template_name = "local_offer/admin/awaiting_review_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            if isinstance(state["obj"], Page):
                state["review_url"] = review_url(state["obj"])
        return context


def use_review_panel(request, panels) -> None:
    """construct_homepage_panels: swap Wagtail's panel for ours, in the same place."""
    for index, panel in enumerate(panels):
        if type(panel) is WorkflowObjectsToModeratePanel:
            panels[index] = AwaitingReviewPanel()
