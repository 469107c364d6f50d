"""The start page, account page, account deletion, invitations and colleagues. Rules live in
policy.py; the work lives in invitations.py, colleagues.py and deletion.py; these views only
connect them."""

from functools import wraps

from allauth.account.utils import perform_login
from allauth.core import ratelimit
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.views import ActivateTOTPView
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.http import require_POST
from wagtail import hooks

from . import colleagues, deletion, invitations, mfa, policy
from .forms import AcceptInvitationForm, DeleteAccountForm, InvitationForm
from .roles import role_names


def _posted(request):
    # Not `request.POST or None`: an empty submission must still be validated and get errors.
    return request.POST if request.method == "POST" else None


def _allowed_or_404(check):
    """Signed-in people who may not use a page get the same 404 as for a page that is not there."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if not check(request.user):
                raise Http404("Page not found")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _sign_in_redirect(request):
    url = reverse("account_login")
    next_url = request.GET.get("next")
    if next_url:
        url = f"{url}?{urlencode({'next': next_url})}"
    return HttpResponseRedirect(url)


def admin_login(request):
    """The Wagtail admin's own sign-in form would skip MFA and rate limits: send people to ours.

    Wagtail also sends signed-in people who lack admin access here; sending them on to the
    sign-in page would bounce them straight back, so they get a plain answer instead.
    """
    if request.user.is_authenticated:
        return render(request, "accounts/admin_no_access.html", status=403)
    return _sign_in_redirect(request)


def other_login(request):
    """Any other app's sign-in view (Wagtail's front-end `_util/login/`) is routed here, so
    allauth's form, with its rate limits and code prompt, is the only one that takes a password.
    A POST is not read: its password goes nowhere."""
    return _sign_in_redirect(request)


class ActivateTOTP(ActivateTOTPView):
    """allauth's set-up page, which also counts the code typed to finish it as this session's
    two-factor step (else RequireMFAMiddleware would sign the person out straight after)."""

    def form_valid(self, form):
        response = super().form_valid(form)
        mfa.record_mfa_set_up(self.request, self.request.user)
        return response


activate_totp = ActivateTOTP.as_view()


# Apps add what they offer a signed-in person through this Wagtail hook: a function taking the
# request and the audience ("family" or "officer") and returning panels, each with a heading,
# an optional `text` and `links` (each with `text`, `url` and an optional `count`).
START_PAGE_PANELS_HOOK = "portal_start_page_panels"
# The same shape for the account page: what an app offers there (the family record links to
# "Your children").
ACCOUNT_PAGE_PANELS_HOOK = "portal_account_page_panels"


def _panels(hook_name, request, audience):
    return [panel for hook in hooks.get_hooks(hook_name) for panel in hook(request, audience)]


@login_required
def start(request):
    """Where signing in lands: somewhere useful for the person's role. A provider goes to their
    listings; an officer sees what is waiting for them; everyone else (parents, young people,
    young commissioners, and roles with no pages of their own yet) starts from search."""
    user = request.user
    if policy.is_officer(user):
        audience = "officer"
    elif policy.is_provider_with_organisation(user):
        return redirect("local_offer:your_listings")
    else:
        audience = "family"
    return render(
        request,
        f"accounts/start_{audience}.html",
        {
            "panels": _panels(START_PAGE_PANELS_HOOK, request, audience),
            "can_invite": policy.can_invite(user),
        },
    )


@login_required
def account(request):
    user = request.user
    authenticators = Authenticator.objects.filter(user=user)
    context = {
        "roles": sorted(role_names(user)),
        "has_totp": authenticators.filter(type=Authenticator.Type.TOTP).exists(),
        "can_invite": policy.can_invite(user),
        "can_manage_colleagues": policy.can_manage_colleagues(user),
        "is_officer": policy.is_officer(user),
        "panels": _panels(
            ACCOUNT_PAGE_PANELS_HOOK, request, "officer" if policy.is_officer(user) else "family"
        ),
    }
    return render(request, "accounts/account.html", context)


@login_required
def delete_account(request):
    user = request.user
    refusal = deletion.refusal_reason(user)
    form = DeleteAccountForm(_posted(request), user=user)
    if request.method == "POST" and not refusal:
        if not ratelimit.consume(request, action="reauthenticate", user=user):
            form.add_error(None, "You have tried too many times. Wait a minute and try again.")
        elif form.is_valid():
            try:
                outcome = deletion.delete_account(user)
            except deletion.DeletionRefused as refused:
                refusal = str(refused)
            except Exception:
                # One app's hook failed: the transaction rolled back, so nothing was erased.
                deletion.logger.exception("Account deletion failed for user %s", user.pk)
                form.add_error(
                    None,
                    "Sorry, we could not delete your account because of a problem on our side. "
                    "Nothing has been deleted. Try again later or contact the council.",
                )
            else:
                logout(request)
                return render(request, "accounts/account_deleted.html", {"outcome": outcome})
    return render(
        request,
        "accounts/account_delete.html",
        {"form": form, "refusal": refusal, "hooks": deletion.registered_erasures()},
    )


@_allowed_or_404(policy.can_invite)
def invitation_list(request):
    page = Paginator(policy.visible_invitations(request.user), 50).get_page(request.GET.get("page"))
    return render(
        request, "accounts/invitation_list.html", {"invitations": page.object_list, "page": page}
    )


@_allowed_or_404(policy.can_invite)
def invitation_new(request):
    form = InvitationForm(_posted(request), inviter=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            issued = invitations.issue(
                email=form.cleaned_data["email"],
                role=form.role_value,
                organisation=form.cleaned_data["organisation"],
                invited_by=request.user,
                makes_organisation_admin=form.cleaned_data.get("makes_organisation_admin", False),
                build_link=lambda token: request.build_absolute_uri(
                    reverse("accounts:invitation_accept", args=[token])
                ),
            )
        except invitations.SendingLimitReached as limit:
            # The form keeps what was typed, so it can be sent later without typing it again.
            form.add_error(None, str(limit))
            return render(request, "accounts/invitation_new.html", {"form": form}, status=429)
        messages.success(
            request,
            f"Invitation sent to {issued.invitation.email}. The link works once and lasts 7 days.",
        )
        return redirect("accounts:invitation_list")
    return render(request, "accounts/invitation_new.html", {"form": form})


@require_POST
@_allowed_or_404(policy.can_invite)
def invitation_revoke(request, pk):
    invitation = get_object_or_404(policy.visible_invitations(request.user), pk=pk)
    if invitations.revoke(invitation):
        messages.success(request, f"The invitation for {invitation.email} has been cancelled.")
    else:
        messages.info(request, f"The invitation for {invitation.email} was no longer waiting.")
    return redirect("accounts:invitation_list")


def invitation_accept(request, token):
    invitation = invitations.find(token)
    if invitation is None:
        return render(request, "accounts/invitation_unusable.html", {"reason": None}, status=404)
    reason = invitations.unusable_reason(invitation)
    if reason:
        return render(request, "accounts/invitation_unusable.html", {"reason": reason}, status=410)

    existing = invitations.existing_account(invitation)
    context = {"invitation": invitation, "existing": existing}
    if existing is None:
        if request.user.is_authenticated:
            context["wrong_user"] = True
            return render(request, "accounts/invitation_accept.html", context, status=403)
        form = AcceptInvitationForm(_posted(request), email=invitation.email)
        if request.method == "POST" and form.is_valid():
            try:
                user = invitations.accept_with_new_account(
                    invitation,
                    password=form.cleaned_data["password1"],
                    display_name=form.cleaned_data["display_name"],
                )
            except invitations.InvitationError as error:
                return render(
                    request, "accounts/invitation_unusable.html", {"reason": str(error)}, status=410
                )
            # Signing in goes through allauth so the MFA set-up that follows sees a fresh login.
            return perform_login(
                request, user, email_verification="none", redirect_url=reverse("mfa_activate_totp")
            )
        context["form"] = form
        return render(request, "accounts/invitation_accept.html", context)

    if not request.user.is_authenticated or request.user.pk != existing.pk:
        context["login_url"] = (
            f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}"
        )
        context["wrong_user"] = request.user.is_authenticated
        status = 403 if request.user.is_authenticated else 200
        return render(request, "accounts/invitation_accept.html", context, status=status)
    if request.method == "POST":
        try:
            invitations.accept_for_existing_account(invitation, request.user)
        except invitations.InvitationError as error:
            return render(
                request, "accounts/invitation_unusable.html", {"reason": str(error)}, status=409
            )
        messages.success(
            request, f"You are now a {invitation.role.lower()} at {invitation.organisation}."
        )
        return redirect("accounts:account")
    return render(request, "accounts/invitation_accept.html", context)


@_allowed_or_404(policy.can_manage_colleagues)
def colleague_list(request):
    people = (
        request.user.organisation.members.filter(is_active=True)
        .prefetch_related("groups")
        .order_by("email")
    )
    return render(
        request,
        "accounts/colleague_list.html",
        {"colleagues": people, "organisation": request.user.organisation},
    )


@_allowed_or_404(policy.can_manage_colleagues)
def colleague_remove(request, pk):
    colleague = get_object_or_404(policy.removable_colleagues(request.user), pk=pk)
    if request.method == "POST":
        colleagues.remove_from_organisation(colleague)
        messages.success(
            request,
            f"{colleague.get_full_name()} has been removed from {request.user.organisation}. "
            "They have been signed out.",
        )
        return redirect("accounts:colleague_list")
    return render(request, "accounts/colleague_remove.html", {"colleague": colleague})
