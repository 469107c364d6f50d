"""allauth adapter: public sign-up makes a family account; staff join only by invitation."""

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.client_address import client_address

from .policy import is_provider_with_organisation
from .roles import Role, has_role, requires_mfa


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("The email address or password is not correct."),
        "too_many_login_attempts": _(
            "You have tried to sign in too many times. Wait 5 minutes, then try again."
        ),
        "rate_limited": _("You have tried too many times. Wait a few minutes, then try again."),
        "email_taken": _("An account with this email address already exists. Sign in instead."),
        "incorrect_password": _("The password is not correct."),
        "enter_current_password": _("Enter your current password."),
    }

    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            group, _ = Group.objects.get_or_create(name=str(Role.PARENT))
            user.groups.add(group)
        return user

    def get_client_ip(self, request):
        # allauth's limits key on this. Our rule rather than allauth's own reading of
        # ALLAUTH_TRUSTED_PROXY_COUNT: the same answer, but a short or garbled X-Forwarded-For
        # falls back to the proxy's address instead of raising (a 500 on the sign-in page).
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine client IP address")
        return address

    def get_login_redirect_url(self, request):
        # A provider comes to keep their listings up to date, so they start there. allauth
        # still sends anyone with an explicit `next` to it instead.
        if is_provider_with_organisation(request.user):
            return reverse("local_offer:your_listings")
        # A key worker comes for the children families have shared with them.
        if has_role(request.user, Role.KEY_WORKER):
            return reverse("sharing:caseload")
        return super().get_login_redirect_url(request)

    def post_login(self, request, user, **kwargs):
        if requires_mfa(user):
            _count_login_as_fresh_password_check(request, user)
        return super().post_login(request, user, **kwargs)


def _count_login_as_fresh_password_check(request, user) -> None:
    # Someone who must set up MFA is sent straight to the set-up page, which allauth guards by
    # asking for the password again. They typed it seconds ago, so record this sign-in as that
    # check rather than ask twice. The normal 5-minute reauthentication window still applies.
    from allauth.account.internal.flows.login import record_authentication
    from allauth.mfa.models import Authenticator

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        record_authentication(request, user, method="password", reauthenticated=True)
