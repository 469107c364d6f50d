"""The young person's step after taking over their record: what their parents or carers keep
seeing. Only the young person reaches it, and only once they have taken the record over (the
rules are the family app's handover.py); the grants are made by family_grants.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render

from portal.family import handover
from portal.family import policy as family_policy
from portal.family.models import Child

from . import family_grants
from .handover_forms import KeepSeeingForm


@login_required
@transaction.atomic
def keep_seeing(request, child_id):
    child = Child.objects.filter(pk=child_id).first()
    if (
        child is None
        or not family_policy.is_young_person(request.user, child)
        or child.taken_over_at is None
        or not family_policy.may_share(request.user, child)
    ):
        raise Http404("Page not found")
    choices = family_grants.choices_for(child)
    form = KeepSeeingForm(
        request.POST if request.method == "POST" else None, choices=choices
    )
    if request.method == "POST" and form.is_valid():
        family_grants.keep_seeing(child, by=request.user, chosen=form.chosen())
        messages.success(request, "Saved. You can change this at any time.")
        return redirect("sharing:child", child.pk)
    context = {
        "child": child,
        "form": form,
        "rights_pass_on": handover.rights_pass_on(child.date_of_birth),
        "holds_now": handover.young_person_holds(child),
    }
    return render(request, "sharing/handover/keep_seeing.html", context)
