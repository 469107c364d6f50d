"""Goal and saved-service pages. Access is decided in portal/family/policy.py (every view asks
it before anything else, so another family's child or goal is a 404 whatever the method); the
writes live in goal_records.py and saved_services.py; these views only connect them."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Prefetch, Value, When
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone

from portal.family import policy
from portal.family.policy import Action, Section

from . import goal_records, saved_services
from .forms import GoalForm, GoalWordingForm, RatingForm, SaveServiceForm, StatusForm
from .models import Goal, GoalRating, GoalStatus, SavedService
from .progress import summarise
from .progress_chart import progress_chart

PER_PAGE = 20


def _posted(request):
    # Not `request.POST or None`: an empty submission must still be validated and get errors.
    return request.POST if request.method == "POST" else None


def child_view(section: Section, action: Action):
    """The view gets the child only if policy allows `action` in `section`; otherwise 404,
    checked before the method so a stranger learns nothing from a 405. Atomic, so the access
    log row written for anyone outside the family stands or falls with the page's writes."""

    def decorator(view):
        @wraps(view)
        @login_required
        @policy.atomic_for_outsiders
        def wrapped(request, child_id, **kwargs):
            child = policy.child_for_request(request, child_id, section, action)
            if request.method not in ("GET", "HEAD", "POST"):
                return HttpResponseNotAllowed(["GET", "POST"])
            return view(request, child, **kwargs)

        return wrapped

    return decorator


def _goal(child, goal_id) -> Goal:
    return get_object_or_404(Goal, pk=goal_id, child=child)


def _may(request, child, section, action) -> bool:
    return policy.may(request.user, child, section, action)


# --- Goals ---------------------------------------------------------------------------------


@child_view(Section.GOALS, Action.VIEW)
def goal_list(request, child):
    # Paged in the order the page shows them, active goals first, so each page's groups follow
    # on from the last; ratings are fetched only for the goals on this page.
    status_order = Case(
        *(When(status=status, then=Value(rank))
          for rank, status in enumerate(goal_records.ACTIVE_FIRST)),
        output_field=IntegerField(),
    )
    goals = child.goals.prefetch_related(
        Prefetch("ratings", queryset=GoalRating.objects.order_by("rated_on", "created_at"))
    ).order_by(status_order, "created_at", "pk")
    page = Paginator(goals, PER_PAGE).get_page(request.GET.get("page"))
    rows = {status: [] for status in goal_records.ACTIVE_FIRST}
    for goal in page.object_list:
        ratings = list(goal.ratings.all())
        rows[goal.status].append({
            "goal": goal,
            "latest": ratings[-1] if ratings else None,
            "count": len(ratings),
            "summary": summarise(goal.scale, goal_records.rating_points(ratings)),
        })
    groups = [
        {"status": status, "label": GoalStatus(status).label, "rows": rows[status]}
        for status in goal_records.ACTIVE_FIRST[1:]
        if rows[status]
    ]
    return render(request, "family_goals/goal_list.html", {
        "child": child,
        "active": rows[GoalStatus.ACTIVE],
        # Active goals sort first, so none on page 1 means none at all: only then say so.
        "show_active": bool(rows[GoalStatus.ACTIVE]) or page.number == 1,
        "other_groups": groups,
        "page": page,
        "can_change": _may(request, child, Section.GOALS, Action.CHANGE),
    })


@child_view(Section.GOALS, Action.CHANGE)
def goal_new(request, child):
    form = GoalForm(_posted(request))
    if form.is_valid():
        goal = goal_records.add_goal(child, request.user, form.goal_words())
        messages.success(request, "Goal added. Add its first rating when you are ready.")
        return redirect("family_goals:goal", child_id=child.pk, goal_id=goal.pk)
    return render(request, "family_goals/goal_new.html", {"child": child, "form": form})


@child_view(Section.GOALS, Action.VIEW)
def goal_detail(request, child, goal_id):
    goal = _goal(child, goal_id)
    ratings = list(goal.ratings.all())
    words = goal.gas_words
    for rating in ratings:  # the family's own words beside each GAS level in the table
        rating.level_words = words.get(rating.level, "")
    points = goal_records.rating_points(ratings)
    summary = summarise(goal.scale, points)
    chart = progress_chart(
        goal.scale, points,
        title=f"Progress chart: {goal.wording}",
        description=f"{summary.text} The ratings are also in the table on this page.",
        chart_id=f"chart-{goal.pk}",
    )
    return render(request, "family_goals/goal_detail.html", {
        "child": child,
        "goal": goal,
        "ratings": ratings,
        "summary": summary,
        "chart": chart,
        "status_changes": list(goal.status_changes.all()),
        "can_change": _may(request, child, Section.GOALS, Action.CHANGE),
        "can_add": _may(request, child, Section.GOALS, Action.ADD),
    })


@child_view(Section.GOALS, Action.CHANGE)
def goal_edit(request, child, goal_id):
    goal = _goal(child, goal_id)
    initial = {name: getattr(goal, name) for name in ("wording", "adulthood_area", "ehc_outcome")}
    form = GoalWordingForm(_posted(request), initial=initial)
    if form.is_valid():
        for name, value in form.cleaned_data.items():
            setattr(goal, name, value)
        goal.updated_at = timezone.now()
        goal.save(update_fields=[*form.cleaned_data, "updated_at"])
        messages.success(request, "Goal changed.")
        return redirect("family_goals:goal", child_id=child.pk, goal_id=goal.pk)
    return render(request, "family_goals/goal_edit.html", {
        "child": child, "goal": goal, "form": form,
    })


@child_view(Section.GOALS, Action.CHANGE)
def goal_status(request, child, goal_id):
    goal = _goal(child, goal_id)
    form = StatusForm(_posted(request), goal=goal)
    if form.is_valid():
        goal_records.change_status(
            goal, request.user, form.cleaned_data["status"], form.cleaned_data["reason"]
        )
        messages.success(request, f"The goal is now {goal.get_status_display().lower()}.")
        return redirect("family_goals:goal", child_id=child.pk, goal_id=goal.pk)
    return render(request, "family_goals/goal_status.html", {
        "child": child, "goal": goal, "form": form,
    })


@child_view(Section.GOALS, Action.ADD)
def rating_new(request, child, goal_id):
    goal = _goal(child, goal_id)
    form = RatingForm(_posted(request), goal=goal)
    if form.is_valid():
        goal_records.add_rating(
            goal, request.user, form.cleaned_data["rated_on"], form.cleaned_data["comment"],
            **form.values(),
        )
        messages.success(request, "Rating added.")
        url = reverse("family_goals:goal", kwargs={"child_id": child.pk, "goal_id": goal.pk})
        return redirect(f"{url}#progress")
    return render(request, "family_goals/rating_new.html", {
        "child": child, "goal": goal, "form": form,
    })


# --- Saved services ------------------------------------------------------------------------

EMAIL_LIMIT_MESSAGE = (
    f"You have emailed this list {saved_services.EMAILS_PER_HOUR} times in the last hour. "
    "Wait an hour and try again, or print the list instead. Your saved services have not "
    "changed."
)


@child_view(Section.SAVED_SERVICES, Action.VIEW)
def saved_list(request, child):
    page = saved_services.saved_page(child, request.GET.get("page"), PER_PAGE)
    return render(request, "family_goals/saved_list.html", {
        "child": child,
        "page": page,
        "entries": saved_services.entries_for(page.object_list, request),
        "can_change": _may(request, child, Section.SAVED_SERVICES, Action.CHANGE),
    })


@child_view(Section.SAVED_SERVICES, Action.VIEW)
def saved_print(request, child):
    return render(request, "family_goals/saved_print.html", {
        "child": child, "entries": saved_services.saved_list(child, request),
    })


@child_view(Section.SAVED_SERVICES, Action.VIEW)
def saved_email(request, child):
    if request.method == "POST" and saved_services.over_email_limit(request.user):
        # Refused before anything is read or sent; the saved list itself is untouched.
        return render(request, "family_goals/saved_email.html", {
            "child": child, "errors": [{"href": "#send", "message": EMAIL_LIMIT_MESSAGE}],
        }, status=429)
    if request.method == "POST":
        entries = saved_services.saved_list(child, request)
        saved_services.email_list(request.user, child, entries, request.build_absolute_uri)
        messages.success(request, f"We have emailed the list to {request.user.email}.")
        return redirect("family_goals:saved_services", child_id=child.pk)
    return render(request, "family_goals/saved_email.html", {"child": child})


@child_view(Section.SAVED_SERVICES, Action.CHANGE)
def saved_remove(request, child, saved_id):
    saved = get_object_or_404(SavedService, pk=saved_id, child=child)
    if request.method == "POST":
        saved.delete()
        messages.success(request, f"{saved.service_name} is no longer on the list.")
        return redirect("family_goals:saved_services", child_id=child.pk)
    return render(request, "family_goals/saved_remove.html", {"child": child, "saved": saved})


@login_required
def save_service(request):
    """Save a service (?service=<page id>, from its page or the search results) to the record
    of one of the children this person may add to."""
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    try:
        service_id = int(request.GET.get("service", ""))
    except ValueError:
        raise Http404("Page not found") from None
    service = saved_services.listed_service(service_id, request)
    if service is None:
        raise Http404("Page not found")
    children = [
        child for child in policy.children_for(request.user).order_by("first_name", "created_at")
        if policy.may(request.user, child, Section.SAVED_SERVICES, Action.ADD)
    ]
    form = SaveServiceForm(_posted(request), children=children)
    if children and form.is_valid():
        child = form.chosen_child()
        _, new = saved_services.save(child, request.user, service, form.cleaned_data["note"])
        messages.success(
            request,
            f"{service.name} is saved to {child.first_name}'s record."
            if new else f"{service.name} was already saved; your note is updated.",
        )
        return redirect("family_goals:saved_services", child_id=child.pk)
    return render(request, "family_goals/save_service.html", {
        "service": service, "children": children, "form": form,
    })
