"""The family record's pages. Access is decided in policy.py; the work lives in named modules;
these views only connect them."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from . import policy, timeline
from .policy import Action, Section


@login_required
def children(request):
    kids = policy.children_for(request.user).order_by("first_name", "last_name", "created_at")
    return render(request, "family/children.html", {"children": kids})


@login_required
def record(request, child_id):
    child = policy.get_child_or_404(request.user, child_id, Section.PROFILE, Action.VIEW)
    return render(
        request,
        "family/record.html",
        {"child": child, "timeline": timeline.entries_for(child)},
    )
