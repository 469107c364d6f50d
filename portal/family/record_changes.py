"""Saving what the family writes in the record (profile, needs, plan, notes), each change with
its line in the timeline, in one transaction."""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from local_offer.services import need_types

from . import record_events
from .ehc_timeline import MovedDate, PlanFacts
from .models import Child, Diagnosis, EhcPlan, Needs, Professional
from .policy import Section


def _url(name, child):
    return reverse(f"family:{name}", args=[child.pk])


@transaction.atomic
def save_profile(form, child: Child, by):
    profile = form.save(commit=False)
    profile.updated_at = timezone.now()
    profile.updated_by = by
    profile.save()
    changed = ", ".join(str(form.fields[name].label).lower() for name in form.changed_data)
    record_events.record(
        child, by, Section.PROFILE, "The one-page profile was updated",
        detail=f"Changed: {changed}." if changed else "", url=_url("profile", child),
    )
    return profile


def profile_answers(profile) -> list[tuple[str, str]]:
    names = ("liked_and_admired", "important_to_me", "how_to_support_me", "how_i_communicate")
    return [(profile._meta.get_field(name).verbose_name, getattr(profile, name)) for name in names]


def needs_page(child: Child) -> dict:
    saved = Needs.objects.filter(child=child).first()
    labels = {need.code: need.label for need in need_types()} if saved else {}
    return {
        "child": child,
        "needs": saved,
        "primary_label": labels.get(saved.primary_need, "") if saved else "",
        "secondary_label": labels.get(saved.secondary_need, "") if saved else "",
        "diagnoses": list(child.diagnoses.all()),
        "professionals": list(child.professionals.all()),
    }


def needs_initial(saved: Needs | None) -> dict:
    if saved is None:
        return {}
    fields = ("primary_need", "secondary_need", "medication", "allergies")
    return {name: getattr(saved, name) for name in fields}


@transaction.atomic
def save_needs(form, child: Child, by) -> Needs:
    needs, _ = Needs.objects.update_or_create(
        child=child, defaults={**form.cleaned_data, "updated_at": timezone.now()}
    )
    record_events.record(
        child, by, Section.NEEDS, "Needs, medication and allergies were updated",
        url=_url("needs", child),
    )
    return needs


@transaction.atomic
def add_diagnosis(form, child: Child, by) -> Diagnosis:
    diagnosis = form.save(commit=False)
    diagnosis.child = child
    diagnosis.save()
    record_events.record(
        child, by, Section.NEEDS, f"Diagnosis added: {diagnosis.name}", url=_url("needs", child)
    )
    return diagnosis


@transaction.atomic
def add_professional(form, child: Child, by) -> Professional:
    professional = form.save(commit=False)
    professional.child = child
    professional.save()
    detail = ", ".join(part for part in (professional.role, professional.organisation) if part)
    record_events.record(
        child, by, Section.NEEDS, f"Professional added: {professional.name}",
        detail=detail, url=_url("needs", child),
    )
    return professional


@transaction.atomic
def remove_diagnosis(diagnosis: Diagnosis, by) -> None:
    record_events.record(
        diagnosis.child, by, Section.NEEDS, f"Diagnosis removed: {diagnosis.name}",
        url=_url("needs", diagnosis.child),
    )
    diagnosis.delete()


@transaction.atomic
def remove_professional(professional: Professional, by) -> None:
    record_events.record(
        professional.child, by, Section.NEEDS, f"Professional removed: {professional.name}",
        url=_url("needs", professional.child),
    )
    professional.delete()


def plan_facts(plan: EhcPlan) -> PlanFacts:
    decision = {EhcPlan.Decision.ASSESS: True, EhcPlan.Decision.NOT_ASSESS: False}
    return PlanFacts(
        requested_on=plan.requested_on,
        decided_on=plan.decided_on,
        will_assess=decision.get(plan.decision),
        draft_issued_on=plan.draft_issued_on,
        final_issued_on=plan.final_issued_on,
        last_review_on=plan.last_review_on,
    )


def moved_dates(plan: EhcPlan) -> list[MovedDate]:
    """The latest recorded exception for each step (a later one replaces an earlier one)."""
    if plan.pk is None or plan._state.adding:
        return []
    return [MovedDate(e.step, e.due_on, e.reason) for e in plan.exceptions.all()]


# What the timeline says when a step's date is first recorded.
PLAN_STEP_TITLES = {
    "requested_on": "Request for an EHC needs assessment recorded",
    "decided_on": "The council's decision whether to assess recorded",
    "draft_issued_on": "Draft EHC plan recorded",
    "final_issued_on": "Final EHC plan recorded",
    "last_review_on": "Annual review recorded",
}


@transaction.atomic
def save_plan(form, child: Child, by) -> EhcPlan:
    plan = form.save(commit=False)
    plan.updated_at = timezone.now()
    plan.save()
    steps = [title for name, title in PLAN_STEP_TITLES.items() if name in form.changed_data]
    if "school_or_setting" in form.changed_data:
        steps.append(f"School or setting: {plan.school_or_setting or 'none'}")
    for title in steps or ["EHC plan details updated"]:
        record_events.record(child, by, Section.EHC_PLAN, title, url=_url("plan", child))
    return plan


@transaction.atomic
def add_exception(form, child: Child, by):
    plan, _ = EhcPlan.objects.get_or_create(child=child)
    exception = form.save(commit=False)
    exception.plan = plan
    exception.recorded_by = by
    exception.save()
    record_events.record(
        child, by, Section.EHC_PLAN,
        f"{exception.get_step_display()} now due {exception.due_on:%-d %B %Y}",
        detail=exception.reason, url=_url("plan", child),
    )
    return exception


@transaction.atomic
def add_note(form, child: Child, by):
    note = form.save(commit=False)
    note.child = child
    note.author = by
    note.save()
    first_line = note.text.strip().splitlines()[0] if note.text.strip() else ""
    record_events.record(
        child, by, Section.NOTES, "Note added",
        detail=first_line[:120] + ("…" if len(first_line) > 120 else ""), url=_url("notes", child),
    )
    return note
