"""Handing the record to the young person: where it has got to, the carers' invitation, and the
young person's own "take it over". The rules are in handover.py; these views connect them to
forms and templates. What the young person's parents keep seeing is asked on sharing's pages
(they make grants), linked here by URL name only."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse

from . import carers as carer_records
from . import handover, policy
from .handover_forms import TakeOverInviteForm
from .models import RecordInvitation
from .policy import Action, Section


def _family_child(request, child_id):
    """Only the family (whoever holds the record, and the young person) see these pages."""
    child = policy.get_child_or_404(request.user, child_id, Section.CARERS, Action.VIEW)
    if not (policy.is_family(request.user, child) or policy.is_young_person(request.user, child)):
        raise Http404("Page not found")
    return child


def keep_seeing_url(child) -> str | None:
    try:
        return reverse("sharing:keep_seeing", kwargs={"child_id": child.pk})
    except NoReverseMatch:
        return None


@login_required
def status(request, child_id):
    child = _family_child(request, child_id)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    user = request.user
    holding = handover.holding_of(child)
    is_young_person = policy.is_young_person(user, child)
    context = {
        "child": child,
        "holding": holding,
        "holder": str(holding.holder),
        "prompt": handover.prompt_for(child),
        "dob": child.date_of_birth,
        "rights_pass_on": handover.rights_pass_on(child.date_of_birth)
        if child.date_of_birth else None,
        "prompt_from": handover.prompt_from(child.date_of_birth) if child.date_of_birth else None,
        "is_young_person": is_young_person,
        "may_invite": not is_young_person and handover.may_invite_to_take_over(child),
        "may_take_over": handover.may_take_over(user, child),
        "decision": handover.current_decision(child),
        "keep_seeing_url": keep_seeing_url(child) if is_young_person else None,
        "why_not": handover.why_not(child),
    }
    return render(request, "family/handover/status.html", context)


@login_required
@transaction.atomic
def invite(request, child_id):
    child = _family_child(request, child_id)
    if policy.is_young_person(request.user, child):
        raise Http404("Page not found")
    initial = {"email": child.young_person.email} if child.young_person_id else {}
    form = TakeOverInviteForm(
        request.POST if request.method == "POST" else None, child=child, initial=initial
    )
    if request.method == "POST" and form.is_valid():
        try:
            issued = carer_records.invite(
                child=child,
                email=form.cleaned_data["email"],
                invited_as=RecordInvitation.As.TAKE_OVER,
                relationship="",
                invited_by=request.user,
                build_link=lambda token: request.build_absolute_uri(
                    reverse("family:invitation_accept", args=[token])
                ),
            )
        except carer_records.SendingLimitReached as limit:
            form.add_error(None, str(limit))
            return render(
                request, "family/handover/invite.html", {"child": child, "form": form}, status=429
            )
        messages.success(
            request,
            f"Invitation sent to {issued.invitation.email}. The link works once and lasts 7 days.",
        )
        return redirect("family:handover", child.pk)
    return render(request, "family/handover/invite.html", {"child": child, "form": form})


@login_required
def take_over(request, child_id):
    child = _family_child(request, child_id)
    if not policy.is_young_person(request.user, child):
        raise Http404("Page not found")
    error = None
    if request.method == "POST":
        try:
            child = handover.take_over(child, request.user)
        except handover.HandoverError as refused:
            error = str(refused)
        else:
            messages.success(request, _taken_over_message(child))
            return redirect(keep_seeing_url(child) or reverse("family:handover", args=[child.pk]))
    context = {
        "child": child,
        "may_take_over": handover.may_take_over(request.user, child),
        "why_not": error or handover.why_not(child),
        "rights_pass_on": handover.rights_pass_on(child.date_of_birth)
        if child.date_of_birth else None,
        "error": error,
    }
    return render(request, "family/handover/take_over.html", context)


def _taken_over_message(child) -> str:
    when = handover.rights_pass_on(child.date_of_birth)
    if handover.rights_passed(child):
        return "Your record is yours now. You decide who sees it."
    return f"Your record will be yours from {when:%-d %B %Y}. Until then nothing changes."
