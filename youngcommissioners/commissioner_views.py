"""The Young Commissioners' pages. Members see and act in their own group; officers see
every group and move recommendations on; anyone else gets a 404, as if the page were not
there. Held items (waiting for the safeguarding lead) are shown to nobody here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role

from . import commissioners, group_setup, service_choice
from .commissioner_forms import MoveForm, NameChoiceForm, RecommendationForm, ScoreForm
from .models import CommissionerGroup, Membership, Recommendation, ReviewScore
from .policy import (
    is_member,
    may_decide_recommendations,
    may_manage_members,
    may_see_group,
    may_see_names,
    may_set_criteria,
    may_set_up_groups,
)
from .setup_forms import ServiceSearchForm

SERVICES_PER_PAGE = 20
GROUPS_PER_PAGE = 20
WAITING_FOR_A_CHECK_RECOMMENDATION = (
    "Thank you, we have your recommendation. Before the commissioners see it, someone at the "
    "council gives it a quick check. This happens to some of the things people send, and you "
    "do not need to do anything."
)
WAITING_FOR_A_CHECK_SCORE = (
    "One of your comments is waiting for a quick check before the group sees it. This happens "
    "sometimes and you do not need to do anything."
)


def _refuse(request, allowed: bool, methods=("GET", "HEAD", "POST")):
    if not allowed:
        raise Http404("Page not found")
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    return None


def _group(request, group_id) -> CommissionerGroup:
    group = get_object_or_404(
        CommissionerGroup.objects.select_related("supporting_officer"), pk=group_id
    )
    if not may_see_group(request.user, group):
        raise Http404("Page not found")
    return group


@login_required
def groups(request):
    officer = is_officer(request.user)
    if refused := _refuse(
        request, officer or has_role(request.user, Role.YOUNG_COMMISSIONER), ("GET", "HEAD")
    ):
        return refused
    found = CommissionerGroup.objects.all() if officer else request.user.commissioner_groups.all()
    page = Paginator(found.order_by("name"), GROUPS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "youngcommissioners/groups.html",
                  {"page": page, "set_up": may_set_up_groups(request.user)})


@login_required
def group(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, True, ("GET", "HEAD")):
        return refused
    member = is_member(request.user, group)
    names = member or may_see_names(request.user, group)
    memberships = list(group.membership_set.select_related("user").order_by("user__display_name"))
    recommendations = group.recommendations.filter(held=False, withheld=False)
    projects = list(group.projects.all())
    waiting = (list(group.recommendations.filter(held=True, sent_by=request.user))
               if member else [])
    return render(
        request, "youngcommissioners/group.html",
        {"group": group, "member": member, "names": names, "waiting": waiting,
         "set_up": may_set_up_groups(request.user),
         "manage_members": may_manage_members(request.user, group),
         "may_set_criteria": member or may_set_criteria(request.user, group),
         "memberships": memberships,
         "shown_names": [m.user.get_full_name() for m in memberships if names
                         or m.name_shown_outside],
         "projects": projects, "criteria": list(group.criteria.all()),
         "by_project": commissioners.results_by_project(group, projects=projects),
         "recommendations": list(recommendations.select_related("owner"))},
    )


@login_required
def service_results(request, group_id, page_id):
    group = _group(request, group_id)
    if refused := _refuse(request, True, ("GET", "HEAD")):
        return refused
    found = commissioners.results_by_project(group, page_id)
    if not found:
        raise Http404("Page not found")
    return render(request, "youngcommissioners/service_results.html",
                  {"group": group, "by_project": found, "title": found[0][1][0].title})


def _chosen_project(request, projects):
    """The project a member is scoring for: the only one, or the one they chose (None when the
    group has no projects). False when they still have to choose."""
    if not projects:
        return None
    if len(projects) == 1:
        return projects[0]
    wanted = request.POST.get("project") or request.GET.get("project") or ""
    return next((p for p in projects if str(p.pk) == wanted), False)


@login_required
def score(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, is_member(request.user, group)):
        return refused
    bad = 400 if request.method == "POST" else 200
    projects = list(group.projects.all())
    project = _chosen_project(request, projects)
    if project is False:  # which project first (a form sent without one is asked again)
        return render(request, "youngcommissioners/score_project.html",
                      {"group": group, "projects": projects}, status=bad)
    within = group_setup.services_in_scope(project)
    service = service_choice.published(
        request.POST.get("service") or request.GET.get("service"), within
    )
    if service is None:  # then which service: search by name, 20 a page
        search = ServiceSearchForm(request.GET or None)
        page = Paginator(service_choice.search(search.words(), within),
                         SERVICES_PER_PAGE).get_page(request.GET.get("page"))
        return render(request, "youngcommissioners/score_choose.html",
                      {"group": group, "project": project, "search": search, "page": page,
                       "several_projects": len(projects) > 1}, status=bad)
    form = ScoreForm(request.POST if request.method == "POST" else None,
                     criteria=group.criteria.all())
    if request.method == "POST" and form.is_valid():
        saved = commissioners.score_service(group, request.user, service, form.answers(),
                                            project=project)
        messages.success(request, f"Your scores for {service.title} are saved. Thank you.")
        if any(s.status == ReviewScore.Status.HELD for s in saved):
            messages.info(request, WAITING_FOR_A_CHECK_SCORE)
        return redirect("youngcommissioners:group", group_id=group.pk)
    return render(
        request, "youngcommissioners/score.html",
        {"group": group, "service": service, "form": form, "project": project},
        status=400 if form.errors else 200,
    )


@login_required
def recommend(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, is_member(request.user, group)):
        return refused
    projects = list(group.projects.all())
    form = RecommendationForm(request.POST if request.method == "POST" else None,
                              projects=projects)
    if request.method == "POST" and form.is_valid():
        item = commissioners.recommend(group, request.user, form.cleaned_data["title"],
                                       form.cleaned_data["text"], project=form.chosen_project())
        if item.held:
            # Plain and calm: the member is not told why, only that it waits for a check.
            messages.info(request, WAITING_FOR_A_CHECK_RECOMMENDATION)
        else:
            messages.success(request, "Your recommendation is sent to the commissioners.")
        return redirect("youngcommissioners:group", group_id=group.pk)
    return render(request, "youngcommissioners/recommend.html", {"group": group, "form": form},
                  status=400 if form.errors else 200)


@login_required
def my_name(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, is_member(request.user, group)):
        return refused
    membership = Membership.objects.get(group=group, user=request.user)
    form = NameChoiceForm(
        request.POST if request.method == "POST" else None,
        initial={"name_shown_outside": membership.name_shown_outside},
    )
    if request.method == "POST" and form.is_valid():
        membership.name_shown_outside = form.cleaned_data["name_shown_outside"]
        membership.save(update_fields=["name_shown_outside"])
        messages.success(request, "Your choice is saved.")
        return redirect("youngcommissioners:group", group_id=group.pk)
    return render(request, "youngcommissioners/my_name.html", {"group": group, "form": form})


@login_required
def recommendation(request, recommendation_id):
    item = get_object_or_404(
        Recommendation.objects.select_related("group", "owner"),
        pk=recommendation_id, held=False, withheld=False,
    )
    group = item.group
    deciding = may_decide_recommendations(request.user)
    if refused := _refuse(
        request, may_see_group(request.user, group),
        ("GET", "HEAD", "POST") if deciding else ("GET", "HEAD"),
    ):
        return refused
    form = None
    if deciding:
        form = MoveForm(
            request.POST if request.method == "POST" else None,
            initial={"status": item.status, "progress": item.progress, "owner": item.owner},
        )
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            commissioners.move(
                item, request.user, status=data["status"], progress=data["progress"],
                owner=data["owner"], reason=data["reason"],
            )
            messages.success(request, "Saved. Every member of the group is told it moved.")
            return redirect("youngcommissioners:recommendation", recommendation_id=item.pk)
    return render(
        request, "youngcommissioners/recommendation.html",
        {"item": item, "group": group, "form": form,
         "milestones": commissioners.milestones(item, timezone.localdate()),
         "history": list(item.history.select_related("by"))},
        status=400 if form is not None and form.errors else 200,
    )


@require_http_methods(["GET", "HEAD"])
def privacy(request):
    return render(request, "youngcommissioners/what_happens_to_what_you_write.html")
