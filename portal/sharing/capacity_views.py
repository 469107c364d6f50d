"""A council officer records that a young person lacks capacity to decide who sees their
record, and who acts for them; or, on review, that they can decide. Every step is kept (the
family app's handover.py holds the rules). Officers see this page, not the record."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render

from portal.accounts.policy import is_officer
from portal.family import handover
from portal.family.models import Child

from .capacity_forms import LACKS, CapacityDecisionForm
from .policy import log_access


@login_required
@transaction.atomic
def capacity(request, child_id):
    if not is_officer(request.user):
        raise Http404("Page not found")
    child = Child.objects.filter(pk=child_id).first()
    if child is None:
        raise Http404("Page not found")
    form = CapacityDecisionForm(request.POST if request.method == "POST" else None)
    # The family sees that the council looked at (or changed) who decides for their child.
    log_access(request.user, child, "carers", "change" if request.method == "POST" else "view",
               page=request.get_full_path())
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            handover.record_capacity_decision(
                child, by=request.user, lacks_capacity=data["outcome"] == LACKS,
                decided_on=data["decided_on"], representative=data.get("representative"),
                representative_kind=data.get("representative_kind") or "",
                reference=data.get("reference", ""),
            )
        except handover.HandoverError as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, "The decision has been recorded.")
            return redirect("sharing:capacity", child.pk)
    context = {
        "child": child,
        "form": form,
        "history": handover.capacity_history(child),
        "holding": handover.holding_of(child),
        "rights_pass_on": handover.rights_pass_on(child.date_of_birth)
        if child.date_of_birth else None,
    }
    return render(request, "sharing/handover/capacity.html", context)
