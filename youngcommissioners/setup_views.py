"""Officers' pages to set up Young Commissioners groups: the group, its members (invite, remove),
its projects and the services in scope; the group's criteria (its members and supporting
officer); a recommendation's planned milestones (officers); accepting an invitation.

Every page asks youngcommissioners/policy.py and answers 404 when the answer is no."""

from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from . import commissioners, group_setup, service_choice
from .models import CommissionerGroup, Criterion, Milestone, Project, Recommendation
from .policy import may_manage_members, may_see_group, may_set_criteria, may_set_up_groups
from .setup_forms import (
    CriterionForm,
    GroupForm,
    InviteForm,
    MilestoneForm,
    ProjectForm,
    ServiceSearchForm,
)

MEMBERS_PER_PAGE = 25
SERVICES_PER_PAGE = 20
READ = ("GET", "HEAD")
FORM = ("GET", "HEAD", "POST")


def _allowed(request, allowed: bool, methods=FORM):
    if not allowed:
        raise Http404("Page not found")
    if request.method not in methods:
        return HttpResponseNotAllowed(methods)
    return None


def _posted(request):
    return request.POST if request.method == "POST" else None


def _group(request, group_id, check=may_set_up_groups) -> CommissionerGroup:
    group = get_object_or_404(
        CommissionerGroup.objects.select_related("supporting_officer"), pk=group_id
    )
    allowed = (check(request.user, group) if check in (may_set_criteria, may_manage_members)
               else check(request.user))
    if not allowed:
        raise Http404("Page not found")
    return group


def _project(request, project_id, check=may_set_up_groups) -> Project:
    project = get_object_or_404(Project.objects.select_related("group"), pk=project_id)
    allowed = (check(request.user, project.group) if check is may_see_group
               else check(request.user))
    if not allowed:
        raise Http404("Page not found")
    return project


def _form_page(request, form, template, context, saved):
    """A valid POST saves the form and goes on (`saved(obj)` says where, after a message);
    otherwise the page again, 400 with its errors and everything typed."""
    if request.method == "POST" and form.is_valid():
        return saved(form.save())
    return render(request, template, {"form": form, **context},
                  status=400 if form.errors else 200)


def _then(request, message: str, *where):
    messages.success(request, message)
    return redirect(*where)


@login_required
def new_group(request):
    if refused := _allowed(request, may_set_up_groups(request.user)):
        return refused
    return _form_page(
        request, GroupForm(_posted(request)), "youngcommissioners/setup/group_form.html",
        {"group": None},
        lambda group: _then(
            request, f"{group.name} is set up.",
            # Its supporting officer invites the members; another officer sees the group.
            "youngcommissioners:members" if may_manage_members(request.user, group)
            else "youngcommissioners:group", group.pk),
    )


@login_required
def edit_group(request, group_id):
    group = _group(request, group_id)
    return _form_page(
        request, GroupForm(_posted(request), instance=group),
        "youngcommissioners/setup/group_form.html", {"group": group},
        lambda saved: _then(request, "The group's details are saved.",
                            "youngcommissioners:group", saved.pk),
    )


@login_required
def members(request, group_id):
    group = _group(request, group_id, check=may_manage_members)
    if refused := _allowed(request, True, READ):
        return refused
    memberships = group.membership_set.select_related("user").order_by(
        "user__display_name", "user__email"
    )
    page = Paginator(memberships, MEMBERS_PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "youngcommissioners/setup/members.html", {
        "group": group, "page": page,
        "invitations": list(group_setup.waiting_invitations(group)),
    })


@login_required
def invite(request, group_id):
    group = _group(request, group_id, check=may_manage_members)
    form = InviteForm(_posted(request), group=group)
    if request.method == "POST" and form.is_valid():
        try:
            issued = group_setup.invite(
                group=group, email=form.cleaned_data["email"], invited_by=request.user,
                build_link=lambda token: request.build_absolute_uri(
                    reverse("youngcommissioners:invitation", args=[token])
                ),
            )
        except group_setup.SendingLimitReached as limit:
            form.add_error(None, str(limit))
            return render(request, "youngcommissioners/setup/invite.html",
                          {"group": group, "form": form}, status=429)
        messages.success(request, f"Invitation sent to {issued.invitation.email}. "
                                  "The link works once and lasts 7 days.")
        return redirect("youngcommissioners:members", group_id=group.pk)
    return render(request, "youngcommissioners/setup/invite.html",
                  {"group": group, "form": form}, status=400 if form.errors else 200)


@login_required
def cancel_invitation(request, group_id, invitation_id):
    group = _group(request, group_id, check=may_manage_members)
    invitation = get_object_or_404(group.invitations, pk=invitation_id)
    if refused := _allowed(request, True, ("POST",)):
        return refused
    if group_setup.cancel(invitation):
        messages.success(request, f"The invitation for {invitation.email} is cancelled.")
    return redirect("youngcommissioners:members", group_id=group.pk)


@login_required
def remove_member(request, group_id, membership_id):
    group = _group(request, group_id, check=may_manage_members)
    membership = get_object_or_404(
        group.membership_set.select_related("user"), public_id=membership_id
    )
    if request.method == "POST":
        name = membership.user.get_full_name()
        group_setup.remove_member(membership)
        messages.success(request, f"{name} is no longer in {group.name}.")
        return redirect("youngcommissioners:members", group_id=group.pk)
    if refused := _allowed(request, True, READ):
        return refused
    return render(request, "youngcommissioners/setup/remove_member.html",
                  {"group": group, "membership": membership})


@login_required
def new_project(request, group_id):
    group = _group(request, group_id)
    return _form_page(
        request, ProjectForm(_posted(request), instance=Project(group=group)),
        "youngcommissioners/setup/project_form.html", {"group": group, "project": None},
        lambda project: _then(
            request, f"The project \u201c{project.title}\u201d is set up. Choose the services "
            "it reviews, or leave it open to any service.",
            "youngcommissioners:project_services", project.pk),
    )


@login_required
def project(request, project_id):
    found = _project(request, project_id, check=may_see_group)
    if refused := _allowed(request, True, READ):
        return refused
    return render(request, "youngcommissioners/project.html", {
        "project": found, "group": found.group,
        "services": list(found.services.order_by("title").only("pk", "title")),
        "results": commissioners.results(found.group, project=found),
        "set_up": may_set_up_groups(request.user),
    })


@login_required
def edit_project(request, project_id):
    found = _project(request, project_id)
    return _form_page(
        request, ProjectForm(_posted(request), instance=found),
        "youngcommissioners/setup/project_form.html", {"group": found.group, "project": found},
        lambda saved: _then(request, "The project is saved.", "youngcommissioners:project",
                            saved.pk),
    )


@login_required
def project_services(request, project_id):
    """Add or take out services in scope: a search by name words, 20 a page."""
    found = _project(request, project_id)
    if request.method == "POST":
        chosen = service_choice.published(request.POST.get("service"))
        if chosen is None:
            messages.error(request, "Choose a service from the list")
        elif request.POST.get("action") == "remove":
            found.services.remove(chosen)
            messages.success(request, f"{chosen.title} is no longer in the project.")
        else:
            found.services.add(chosen)
            messages.success(request, f"{chosen.title} is in the project.")
        query = {k: v for k, v in (("q", request.POST.get("q", "")),
                                   ("page", request.POST.get("page", ""))) if v}
        return redirect(reverse("youngcommissioners:project_services", args=[found.pk])
                        + ("?" + urlencode(query) if query else ""))
    search = ServiceSearchForm(request.GET or None)
    in_scope = set(found.services.values_list("pk", flat=True))
    page = Paginator(service_choice.search(search.words()), SERVICES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(request, "youngcommissioners/setup/project_services.html", {
        "project": found, "group": found.group, "search": search, "page": page,
        "in_scope": in_scope,
        "chosen": list(found.services.order_by("title").only("pk", "title")),
    })


@login_required
def criteria(request, group_id):
    group = _group(request, group_id, check=may_set_criteria)
    form = CriterionForm(_posted(request), instance=Criterion(group=group))
    if request.method == "POST" and form.is_valid():
        try:
            group_setup.save_criterion(form.instance)
        except group_setup.CriterionTaken as taken:
            form.add_error("text", str(taken))
        else:
            messages.success(request, f"Added \u201c{form.instance.text}\u201d.")
            return redirect("youngcommissioners:criteria", group_id=group.pk)
    return render(request, "youngcommissioners/setup/criteria.html",
                  {"group": group, "form": form, "criteria": list(group.criteria.all())},
                  status=400 if form.errors else 200)


@login_required
def edit_criterion(request, group_id, criterion_id):
    group = _group(request, group_id, check=may_set_criteria)
    criterion = get_object_or_404(group.criteria, public_id=criterion_id)
    before = criterion.text
    form = CriterionForm(_posted(request), instance=criterion)
    if request.method == "POST" and form.is_valid():
        try:
            group_setup.save_criterion(form.instance)
        except group_setup.CriterionTaken as taken:
            form.add_error("text", str(taken))
        else:
            messages.success(request, f"\u201c{before}\u201d is now \u201c{criterion.text}\u201d.")
            return redirect("youngcommissioners:criteria", group_id=group.pk)
    return render(request, "youngcommissioners/setup/criterion_edit.html",
                  {"group": group, "form": form, "before": before},
                  status=400 if form.errors else 200)


def _recommendation(request, recommendation_id) -> Recommendation:
    item = get_object_or_404(
        Recommendation.objects.select_related("group"),
        pk=recommendation_id, held=False, withheld=False,
    )
    if not may_set_up_groups(request.user):
        raise Http404("Page not found")
    return item


@login_required
def new_milestone(request, recommendation_id):
    item = _recommendation(request, recommendation_id)
    form = MilestoneForm(_posted(request), instance=Milestone(recommendation=item))
    if request.method == "POST" and form.is_valid():
        commissioners.plan_milestone(form.instance, request.user)
        messages.success(request, "The milestone is saved. Every member of the group is told.")
        return redirect("youngcommissioners:recommendation", recommendation_id=item.pk)
    return render(request, "youngcommissioners/setup/milestone_form.html",
                  {"item": item, "form": form, "milestone": None},
                  status=400 if form.errors else 200)


@login_required
def edit_milestone(request, recommendation_id, milestone_id):
    item = _recommendation(request, recommendation_id)
    milestone = get_object_or_404(item.milestones, pk=milestone_id)
    before = Milestone(title=milestone.title, planned_for=milestone.planned_for,
                       done=milestone.done, done_on=milestone.done_on)
    form = MilestoneForm(_posted(request), instance=milestone)
    if request.method == "POST" and form.is_valid():
        commissioners.plan_milestone(form.instance, request.user, before=before)
        messages.success(request, "The milestone is saved. Every member of the group is told.")
        return redirect("youngcommissioners:recommendation", recommendation_id=item.pk)
    return render(request, "youngcommissioners/setup/milestone_form.html",
                  {"item": item, "form": form, "milestone": milestone},
                  status=400 if form.errors else 200)


def invitation(request, token):
    """Anyone holding the link sees who it is for; signed in with that address, they accept."""
    found = group_setup.find(token)
    if found is None:
        return render(request, "youngcommissioners/setup/invitation_unusable.html",
                      {"reason": None}, status=404)
    if reason := group_setup.unusable_reason(found):
        return render(request, "youngcommissioners/setup/invitation_unusable.html",
                      {"reason": reason}, status=410)
    if request.method not in FORM:
        return HttpResponseNotAllowed(FORM)
    if not request.user.is_authenticated:
        next_query = urlencode({"next": request.get_full_path()})
        return render(request, "youngcommissioners/setup/invitation.html", {
            "invitation": found,
            "login_url": f"{reverse('account_login')}?{next_query}",
            "signup_url": f"{reverse('account_signup')}?{next_query}",
        })
    if request.method == "POST":
        try:
            group = group_setup.accept(found, request.user)
        except group_setup.InvitationError as error:
            return render(request, "youngcommissioners/setup/invitation_unusable.html",
                          {"reason": str(error)}, status=409)
        messages.success(request, f"You are now in {group.name}. Welcome!")
        return redirect("youngcommissioners:group", group_id=group.pk)
    wrong_user = request.user.email.lower() != found.email.lower()
    return render(request, "youngcommissioners/setup/invitation.html",
                  {"invitation": found, "wrong_user": wrong_user},
                  status=403 if wrong_user else 200)
