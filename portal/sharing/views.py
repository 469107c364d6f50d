"""The family's sharing pages, the access log and a professional's caseload. Who may use each
page is decided by portal.family.policy (the family) and policy.py (everyone else); the writes
live in grants.py; these views only connect them to forms and templates."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from portal import csv_export
from portal.accounts.policy import is_officer
from portal.family import policy as family_policy
from portal.family.models import Child
from portal.family.policy import Action

from . import caseload as caseloads
from . import grants as grant_records
from . import invitation_views, policy
from .forms import SECTION_CHOICES, ChangeForm, ShareForm, end_of
from .models import SECTION_WORDS, Grant

LOG_PER_PAGE = 25


def _posted(request):
    return request.POST if request.method == "POST" else None


def family_page(methods=("GET", "HEAD")):
    """Pages only whoever holds the child's record may use: anyone else gets a 404 for every
    method (the record's existence is not given away); a wrong method is a 405 after that."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, child_id, **kwargs):
            child = Child.objects.filter(pk=child_id).first()
            if child is None or not family_policy.is_family(request.user, child):
                raise Http404("Page not found")
            if request.method not in methods:
                return HttpResponseNotAllowed(methods)
            return view(request, child, **kwargs)

        return wrapped

    return decorator


def _grant(child, grant_id) -> Grant:
    return get_object_or_404(policy.grants_for_child(child), pk=grant_id)


@family_page()
def child_sharing(request, child):
    now = timezone.now()
    grouped = {"active": [], "future": [], "ended": []}
    for grant in policy.grants_for_child(child).order_by("-starts_at", "-created_at"):
        state = grant.state(now)
        grouped["ended" if state in ("ended", "revoked") else state].append(grant)
    return render(request, "sharing/child_sharing.html", {
        "child": child, "now": now, **grouped,
    })


@family_page(methods=("GET", "HEAD", "POST"))
def grant_new(request, child):
    form = ShareForm(_posted(request))
    if request.method == "POST" and form.is_valid() and form.invite_email:
        return invitation_views.invite_from_share_form(request, child, form)
    if request.method == "POST" and form.is_valid():
        grant = grant_records.create_grant(
            child=child, granted_by=request.user, **form.grant_fields()
        )
        messages.success(request, f"{grant.describe()}.")
        return redirect("sharing:child", child.pk)
    return render(request, "sharing/grant_new.html", {"child": child, "form": form})


@family_page(methods=("GET", "HEAD", "POST"))
def grant_change(request, child, grant_id):
    grant = _grant(child, grant_id)
    if grant.state() in ("ended", "revoked"):
        raise Http404("Page not found")
    form = ChangeForm(_posted(request), grant=grant)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        grant_records.change_grant(
            grant, sections=data["sections"], actions=form.chosen_actions(),
            ends_at=end_of(data["ends_on"]),
        )
        messages.success(request, f"Changed. {grant.describe()}.")
        return redirect("sharing:child", child.pk)
    return render(request, "sharing/grant_change.html", {
        "child": child, "grant": grant, "form": form,
    })


@family_page(methods=("GET", "HEAD", "POST"))
def grant_revoke(request, child, grant_id):
    grant = _grant(child, grant_id)
    if request.method == "POST":
        if grant_records.revoke(grant, by=request.user):
            messages.success(
                request, f"You have stopped sharing with {grant.grantee_name}. They can no "
                f"longer see {child.first_name}'s record.",
            )
        return redirect("sharing:child", child.pk)
    if grant.state() in ("ended", "revoked"):
        raise Http404("Page not found")
    return render(request, "sharing/grant_revoke.html", {"child": child, "grant": grant})


def _filtered_log(request, child):
    entries = policy.log_for_child(child)
    people = policy.people_in_log(child)
    person = request.GET.get("person", "")
    section = request.GET.get("section", "")
    if person and person in {str(p.pk) for p in people}:
        entries = entries.filter(viewer_id=person)
    else:
        person = ""
    if section in SECTION_WORDS:
        entries = entries.filter(section=section)
    else:
        section = ""
    return entries, people, person, section


@family_page()
def access_log(request, child):
    entries, people, person, section = _filtered_log(request, child)
    page = Paginator(entries, LOG_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "sharing/access_log.html", {
        "child": child, "page": page, "people": people, "person": person,
        "section": section, "sections": [(s, SECTION_WORDS[s]) for s, _ in SECTION_CHOICES],
        "query": request.GET.urlencode(),
    })


class _Echo:
    def write(self, value):
        return value


@family_page()
def access_log_csv(request, child):
    entries, *_ = _filtered_log(request, child)
    out = csv_export.writer(_Echo())

    def rows():
        yield out.writerow(["When", "Who", "Role", "Organisation", "What", "Part of the record",
                            "Page", "Grant purpose"])
        for entry in entries.select_related("grant").iterator(chunk_size=500):
            yield out.writerow([
                timezone.localtime(entry.at).replace(tzinfo=None), entry.viewer.name,
                entry.role, entry.organisation_name, entry.did, entry.section_words,
                entry.page, entry.grant.purpose if entry.grant else "",
            ])

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="who-has-looked-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    return response


@login_required
@transaction.atomic
def officer_grants(request, child_id):
    """For council officers helping a family: that grants exist (who, what, when), never the
    record. Looking is written in the family's access log like any other look."""
    if not is_officer(request.user):
        raise Http404("Page not found")
    child = get_object_or_404(Child, pk=child_id)
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    policy.log_access(request.user, child, policy.SHARING_SECTION, Action.VIEW,
                      page=request.get_full_path())
    now = timezone.now()
    grants = list(policy.grants_for_child(child).order_by("-starts_at", "-created_at"))
    return render(request, "sharing/officer_grants.html", {
        "child": child, "grants": grants, "now": now,
    })


@login_required
def caseload(request):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    return render(request, "sharing/caseload.html", {
        "entries": caseloads.caseload_for(request.user),
    })
