"""The family record's pages. Who may do what is asked of policy.py; the work lives in
carers.py and record_changes.py; these views only connect them to forms and templates."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import urlencode

from portal.accounts.policy import is_officer

from . import carers as carer_records
from . import ehc_timeline, policy, profile_photo, record_changes, record_sections, timeline
from .forms import (
    ChildForm,
    DiagnosisForm,
    EndAccessForm,
    FindChildForm,
    InviteForm,
    NeedsForm,
    NoteForm,
    PlanExceptionForm,
    PlanForm,
    ProfessionalForm,
    ProfileForm,
)
from .models import Child, EhcPlan, Needs, Profile
from .policy import Action, Section

NOTES_PER_PAGE = 20


def _posted(request):
    # Not `request.POST or None`: an empty submission must still be validated and get errors.
    return request.POST if request.method == "POST" else None


def _child(request, child_id, section, action=Action.VIEW):
    """The child for this request, or 404: the same answer for every method. Anyone outside
    the family who gets it is written in the access log, which is why every view calling this
    is atomic: the log row and the page's own writes are kept or lost together."""
    return policy.child_for_request(request, child_id, section, action)


def _reading_only(request):
    """A page that only shows things answers other methods with 405, but only once the policy
    has said the person may see it: to anyone else it is a 404 whatever the method."""
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return None


def _posting_only(request):
    """An action (remove, cancel) is a POST; like _reading_only, asked after the policy."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    return None


@login_required
def children(request):
    if refused := _reading_only(request):
        return refused
    kids = policy.children_for(request.user).order_by("first_name", "last_name", "created_at")
    context = {"children": kids, "can_start": policy.may_start_record(request.user)}
    return render(request, "family/children.html", context)


@login_required
def child_new(request):
    if not policy.may_start_record(request.user):
        raise Http404("Page not found")
    form = ChildForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        child = carer_records.start_record(by=request.user, **form.cleaned_data)
        messages.success(request, f"{child.first_name}'s record has been started.")
        return redirect("family:record", child.pk)
    return render(request, "family/child_new.html", {"form": form})


@login_required
@policy.atomic_for_outsiders
def record(request, child_id):
    # Anyone who may see any part of the record may see its front page, listing only the parts
    # they may open; what has been added (every part) is for the family.
    child = _child(request, child_id, Section.RECORD)
    if refused := _reading_only(request):
        return refused
    plan = EhcPlan.objects.filter(child=child).first()
    family = policy.is_family(request.user, child)
    context = {
        "child": child,
        "is_family": family,
        "timeline": timeline.entries_for(child) if family else [],
        "sharing_url": _optional_url("sharing:child", child) if family else None,
        "access_log_url": _optional_url("sharing:access_log", child) if family else None,
        "sections": record_sections.sections_for(
            request.user, child, _plan_timeline(plan) if plan else None
        ),
        "is_young_person": policy.is_young_person(request.user, child),
    }
    return render(request, "family/record.html", context)


def _plan_timeline(plan: EhcPlan) -> ehc_timeline.PlanTimeline:
    return ehc_timeline.plan_timeline(
        record_changes.plan_facts(plan),
        today=timezone.localdate(),
        moved=record_changes.moved_dates(plan),
    )


@login_required
@policy.atomic_for_outsiders
def profile(request, child_id):
    child = _child(request, child_id, Section.PROFILE)
    if refused := _reading_only(request):
        return refused
    found = Profile.objects.filter(child=child).select_related("updated_by").first()
    photo = profile_photo.photo_for(child)
    context = {
        "child": child,
        "profile": found,
        "answers": record_changes.profile_answers(found) if found else [],
        "photo": photo,
        "photo_change_url": photo.change_url if photo else _optional_url(
            "family_documents:photo_change", child
        ),
        "can_change": policy.may(request.user, child, Section.PROFILE, Action.CHANGE),
    }
    return render(request, "family/profile.html", context)


def _optional_url(name, child):
    try:
        return reverse(name, kwargs={"child_id": child.pk})
    except NoReverseMatch:
        return None


def _save_form(request, child, form, save, template, message, done):
    """Save a valid form with `save(form, child, user)` and go to the `done` page; otherwise
    show the form again with what was typed and what to fix. Nothing saved before is touched
    unless the whole form is valid."""
    if request.method == "POST" and form.is_valid():
        saved = save(form, child, request.user)
        messages.success(request, message.format(item=saved))
        return redirect(done, child.pk)
    return render(request, template, {"child": child, "form": form})


@login_required
@policy.atomic_for_outsiders
def profile_edit(request, child_id):
    child = _child(request, child_id, Section.PROFILE, Action.CHANGE)
    instance = Profile.objects.filter(child=child).first() or Profile(child=child)
    return _save_form(
        request, child, ProfileForm(_posted(request), instance=instance),
        record_changes.save_profile, "family/profile_edit.html",
        "The profile has been saved.", "family:profile",
    )


@login_required
@policy.atomic_for_outsiders
def needs(request, child_id):
    child = _child(request, child_id, Section.NEEDS)
    if refused := _reading_only(request):
        return refused
    return render(request, "family/needs.html", record_changes.needs_page(child))


@login_required
@policy.atomic_for_outsiders
def needs_edit(request, child_id):
    child = _child(request, child_id, Section.NEEDS, Action.CHANGE)
    initial = record_changes.needs_initial(Needs.objects.filter(child=child).first())
    return _save_form(
        request, child, NeedsForm(_posted(request), initial=initial),
        record_changes.save_needs, "family/needs_edit.html",
        "The needs have been saved.", "family:needs",
    )


@login_required
@policy.atomic_for_outsiders
def diagnosis_new(request, child_id):
    child = _child(request, child_id, Section.NEEDS, Action.ADD)
    return _save_form(
        request, child, DiagnosisForm(_posted(request)), record_changes.add_diagnosis,
        "family/diagnosis_new.html", "{item} has been added.", "family:needs",
    )


@login_required
@policy.atomic_for_outsiders
def professional_new(request, child_id):
    child = _child(request, child_id, Section.NEEDS, Action.ADD)
    return _save_form(
        request, child, ProfessionalForm(_posted(request)), record_changes.add_professional,
        "family/professional_new.html", "{item} has been added.", "family:needs",
    )


def _remove_item(request, child_id, item_id, related, remove):
    child = _child(request, child_id, Section.NEEDS, Action.CHANGE)
    if refused := _posting_only(request):
        return refused
    item = get_object_or_404(getattr(child, related), pk=item_id)
    remove(item, request.user)
    messages.success(request, f"{item} has been removed.")
    return redirect("family:needs", child.pk)


@login_required
@policy.atomic_for_outsiders
def diagnosis_remove(request, child_id, item_id):
    return _remove_item(request, child_id, item_id, "diagnoses", record_changes.remove_diagnosis)


@login_required
@policy.atomic_for_outsiders
def professional_remove(request, child_id, item_id):
    return _remove_item(
        request, child_id, item_id, "professionals", record_changes.remove_professional
    )


@login_required
@policy.atomic_for_outsiders
def plan(request, child_id):
    child = _child(request, child_id, Section.EHC_PLAN)
    if refused := _reading_only(request):
        return refused
    found = EhcPlan.objects.filter(child=child).prefetch_related("exceptions").first()
    context = {
        "child": child,
        "plan": found,
        "timeline": _plan_timeline(found or EhcPlan(child=child)),
    }
    return render(request, "family/plan.html", context)


@login_required
@policy.atomic_for_outsiders
def plan_edit(request, child_id):
    child = _child(request, child_id, Section.EHC_PLAN, Action.CHANGE)
    instance = EhcPlan.objects.filter(child=child).first() or EhcPlan(child=child)
    return _save_form(
        request, child, PlanForm(_posted(request), instance=instance),
        record_changes.save_plan, "family/plan_edit.html",
        "The plan has been saved.", "family:plan",
    )


@login_required
@policy.atomic_for_outsiders
def plan_exception_new(request, child_id):
    child = _child(request, child_id, Section.EHC_PLAN, Action.ADD)
    return _save_form(
        request, child, PlanExceptionForm(_posted(request)), record_changes.add_exception,
        "family/plan_exception_new.html", "The new date has been saved.", "family:plan",
    )


@login_required
@policy.atomic_for_outsiders
def notes(request, child_id):
    adding = request.method == "POST"
    child = _child(request, child_id, Section.NOTES, Action.ADD if adding else Action.VIEW)
    form = NoteForm(_posted(request))
    if adding and form.is_valid():
        record_changes.add_note(form, child, request.user)
        messages.success(request, "Your note has been added.")
        return redirect("family:notes", child.pk)
    page = Paginator(child.notes.select_related("author"), NOTES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "family/notes.html", {"child": child, "form": form, "page": page})


@login_required
@policy.atomic_for_outsiders
def carers(request, child_id):
    child = _child(request, child_id, Section.CARERS)
    if refused := _reading_only(request):
        return refused
    user = request.user
    current = list(carer_records.current_carers(child))
    context = {
        "child": child,
        "current": [(access, policy.may_end_access(user, access)) for access in current],
        "past": carer_records.past_carers(child),
        "invitations": carer_records.waiting_invitations(child),
        "is_family": policy.is_family(user, child),
    }
    return render(request, "family/carers.html", context)


@login_required
@policy.atomic_for_outsiders
def carer_invite(request, child_id):
    child = _child(request, child_id, Section.CARERS, Action.MANAGE)
    form = InviteForm(_posted(request), young_person_linked=child.young_person_id is not None)
    if request.method == "POST" and form.is_valid():
        try:
            issued = carer_records.invite(
                child=child,
                invited_by=request.user,
                build_link=lambda token: request.build_absolute_uri(
                    reverse("family:invitation_accept", args=[token])
                ),
                **form.cleaned_data,
            )
        except carer_records.SendingLimitReached as limit:
            form.add_error(None, str(limit))
            context = {"child": child, "form": form}
            return render(request, "family/carer_invite.html", context, status=429)
        messages.success(
            request,
            f"Invitation sent to {issued.invitation.email}. The link works once and lasts 7 days.",
        )
        return redirect("family:carers", child.pk)
    return render(request, "family/carer_invite.html", {"child": child, "form": form})


@login_required
@policy.atomic_for_outsiders
def invitation_cancel(request, child_id, invitation_id):
    child = _child(request, child_id, Section.CARERS, Action.MANAGE)
    if refused := _posting_only(request):
        return refused
    invitation = get_object_or_404(child.invitations, pk=invitation_id)
    if carer_records.cancel(invitation):
        messages.success(request, f"The invitation for {invitation.email} has been cancelled.")
    return redirect("family:carers", child.pk)


@login_required
@policy.atomic_for_outsiders
def carer_end(request, child_id, access_id):
    # Seeing the carers is enough to reach this page; may_end_access decides the rest.
    child = _child(request, child_id, Section.CARERS)
    access = get_object_or_404(
        child.carers.select_related("user"), public_id=access_id, ended_at__isnull=True
    )
    access.child = child
    if not policy.may_end_access(request.user, access):
        raise Http404("Page not found")
    officer = is_officer(request.user) and not policy.is_family(request.user, child)
    form = EndAccessForm(_posted(request), officer=officer)
    if request.method == "POST" and form.is_valid():
        carer_records.end_access(access, by=request.user, reason=form.reason_text)
        messages.success(
            request, f"{access.user.get_full_name()} can no longer see {child.first_name}'s record."
        )
        return redirect("family:carers", child.pk)
    context = {"child": child, "access": access, "form": form, "officer": officer}
    return render(request, "family/carer_end.html", context)


def invitation_accept(request, token):
    invitation = carer_records.find(token)
    if invitation is None:
        return render(request, "family/invitation_unusable.html", {"reason": None}, status=404)
    reason = carer_records.unusable_reason(invitation)
    if reason:
        return render(request, "family/invitation_unusable.html", {"reason": reason}, status=410)
    if not request.user.is_authenticated:
        next_query = urlencode({"next": request.get_full_path()})
        context = {
            "invitation": invitation,
            "login_url": f"{reverse('account_login')}?{next_query}",
            "signup_url": f"{reverse('account_signup')}?{next_query}",
        }
        return render(request, "family/invitation_accept.html", context)
    if request.method == "POST":
        try:
            child = carer_records.accept(invitation, request.user)
        except carer_records.InvitationError as error:
            return render(
                request, "family/invitation_unusable.html", {"reason": str(error)}, status=409
            )
        messages.success(request, f"You can now see {child.first_name}'s record.")
        return redirect("family:record", child.pk)
    wrong_user = request.user.email.lower() != invitation.email.lower()
    context = {"invitation": invitation, "wrong_user": wrong_user}
    status = 403 if wrong_user else 200
    return render(request, "family/invitation_accept.html", context, status=status)


@login_required
def find_record(request):
    """Council officers find a child's record to end a carer's access (a court order, a
    looked-after child). Name and date of birth must all match; nothing else is shown."""
    if not is_officer(request.user):
        raise Http404("Page not found")
    if refused := _reading_only(request):
        return refused
    form = FindChildForm(request.GET if request.GET else None)
    found = None
    if form.is_bound and form.is_valid():
        found = list(
            Child.objects.filter(
                first_name__iexact=form.cleaned_data["first_name"].strip(),
                last_name__iexact=form.cleaned_data["last_name"].strip(),
                date_of_birth=form.cleaned_data["date_of_birth"],
            )[:10]
        )
    return render(request, "family/find_record.html", {"form": form, "found": found})
