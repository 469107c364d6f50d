"""The safeguarding lead's pages: the queue of flagged items and one item, where they
acknowledge it (by opening it) and record what they did. Anyone else gets a 404."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render

from . import safeguarding_alerts
from .models import SafeguardingAlert
from .policy import is_safeguarding_lead

RECENTLY_CLEARED = 20


class ClearForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What happens to this comment now?", widget=forms.RadioSelect,
        choices=SafeguardingAlert.Outcome.choices,
        error_messages={"required": "Select what happens to this comment now"},
    )
    action_taken = forms.CharField(
        label="What did you do?", max_length=4000, widget=forms.Textarea(attrs={"rows": 5}),
        help_text="For example: no concern, a figure of speech about waiting times; or: "
        "referred to children's social care, case reference.",
        error_messages={"required": "Enter what you did"},
    )


def _lead_only(request, methods=("GET", "HEAD", "POST")):
    """404 to anyone but the lead, whatever the method; then 405 for a method not used here."""
    if not is_safeguarding_lead(request.user):
        raise Http404("Page not found")
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    return None


@login_required
def queue(request):
    if refused := _lead_only(request, ("GET", "HEAD")):
        return refused
    waiting = list(safeguarding_alerts.open_alerts().order_by("raised_at"))
    cleared = (
        SafeguardingAlert.objects.filter(cleared_at__isnull=False)
        .select_related(*safeguarding_alerts.ITEM_RELATIONS, "cleared_by")
        .order_by("-cleared_at")[:RECENTLY_CLEARED]
    )
    return render(
        request, "youngcommissioners/safeguarding_queue.html",
        {"waiting": waiting, "cleared": cleared},
    )


@login_required
def alert(request, alert_id):
    if refused := _lead_only(request):
        return refused
    item = get_object_or_404(
        SafeguardingAlert.objects.select_related(*safeguarding_alerts.ITEM_RELATIONS), pk=alert_id
    )
    safeguarding_alerts.acknowledge(item, request.user)
    form = ClearForm(request.POST if request.method == "POST" else None)
    if item.open and request.method == "POST" and form.is_valid():
        safeguarding_alerts.clear(
            item, request.user, form.cleaned_data["outcome"], form.cleaned_data["action_taken"]
        )
        messages.success(request, f"{item.reference} is cleared and your action recorded.")
        return redirect("youngcommissioners:safeguarding")
    return render(
        request, "youngcommissioners/safeguarding_alert.html",
        {"alert": item, "item": item.feedback, "form": form,
         "matched": item.matched.splitlines()},
        status=400 if request.method == "POST" and item.open and form.errors else 200,
    )
