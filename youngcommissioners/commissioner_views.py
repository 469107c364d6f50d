"""The Young Commissioners' pages. Members see and act in their own group; officers see
every group and move recommendations on; anyone else gets a 404, as if the page were not
there. Held items (waiting for the safeguarding lead) are shown to nobody here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods

from local_offer.services import published_services
from portal.accounts.policy import is_officer
from portal.accounts.roles import Role, has_role

from . import commissioners
from .commissioner_forms import MoveForm, NameChoiceForm, RecommendationForm, ScoreForm
from .models import CommissionerGroup, Membership, Recommendation
from .policy import is_member, may_decide_recommendations, may_see_group, may_see_names


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
    return render(request, "youngcommissioners/groups.html", {"groups": list(found)})


@login_required
def group(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, True, ("GET", "HEAD")):
        return refused
    names = may_see_names(request.user, group)
    memberships = list(group.membership_set.select_related("user").order_by("user__display_name"))
    recommendations = group.recommendations.filter(held=False, withheld=False)
    return render(
        request, "youngcommissioners/group.html",
        {"group": group, "member": is_member(request.user, group), "names": names,
         "memberships": memberships,
         "shown_names": [m.user.get_full_name() for m in memberships if names
                         or m.name_shown_outside],
         "projects": list(group.projects.all()), "criteria": list(group.criteria.all()),
         "results": commissioners.results(group),
         "recommendations": list(recommendations.select_related("owner"))},
    )


@login_required
def service_results(request, group_id, page_id):
    group = _group(request, group_id)
    if refused := _refuse(request, True, ("GET", "HEAD")):
        return refused
    found = commissioners.results(group, page_id)
    if not found:
        raise Http404("Page not found")
    return render(request, "youngcommissioners/service_results.html",
                  {"group": group, "result": found[0]})


@login_required
def score(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, is_member(request.user, group)):
        return refused
    services = published_services().order_by("title")
    chosen = request.POST.get("service") or request.GET.get("service")
    service = services.filter(pk=chosen).first() if str(chosen or "").isdigit() else None
    if service is None:  # choose one first (a form sent without one is asked again)
        return render(request, "youngcommissioners/score_choose.html",
                      {"group": group, "services": services},
                      status=400 if request.method == "POST" else 200)
    form = ScoreForm(request.POST if request.method == "POST" else None,
                     criteria=group.criteria.all())
    if request.method == "POST" and form.is_valid():
        commissioners.score_service(group, request.user, service, form.answers(),
                                    project=group.projects.first())
        messages.success(request, f"Your scores for {service.title} are saved. Thank you.")
        return redirect("youngcommissioners:group", group_id=group.pk)
    return render(
        request, "youngcommissioners/score.html",
        {"group": group, "service": service, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def recommend(request, group_id):
    group = _group(request, group_id)
    if refused := _refuse(request, is_member(request.user, group)):
        return refused
    form = RecommendationForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        commissioners.recommend(group, request.user, form.cleaned_data["title"],
                                form.cleaned_data["text"], project=group.projects.first())
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
                owner=data["owner"], milestone=data["milestone"],
                milestone_date=data["milestone_date"], reason=data["reason"],
            )
            messages.success(request, "Saved. Every member of the group is told it moved.")
            return redirect("youngcommissioners:recommendation", recommendation_id=item.pk)
    return render(
        request, "youngcommissioners/recommendation.html",
        {"item": item, "group": group, "form": form,
         "history": list(item.history.select_related("by"))},
        status=400 if form is not None and form.errors else 200,
    )


@require_http_methods(["GET", "HEAD"])
def privacy(request):
    return render(request, "youngcommissioners/what_happens_to_what_you_write.html")
