"""Session and MFA rules that apply to every signed-in request."""

import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from .roles import requires_mfa

_LAST_SEEN = "portal_last_seen"


class SessionLifetimeMiddleware:
    """Ends a session that has been idle too long. The absolute limit is SESSION_COOKIE_AGE,
    which Django enforces server-side because the expiry is stored with the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(_LAST_SEEN)
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_SECONDS:
                logout(request)
                return redirect(f"{reverse('account_login')}?timed_out=1")
            request.session[_LAST_SEEN] = now
        return self.get_response(request)


def _mfa_setup_paths():
    return (
        reverse("mfa_activate_totp"),
        reverse("mfa_index"),
        reverse("account_logout"),
        reverse("account_login"),
        reverse("account_email"),
        reverse("mfa_generate_recovery_codes"),
        reverse("mfa_view_recovery_codes"),
        reverse("mfa_download_recovery_codes"),
        settings.STATIC_URL,
        "/accounts/confirm-email/",
        "/invitations/",
    )


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireMFAMiddleware:
    """Staff, providers and key workers must set up an authenticator app before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and requires_mfa(user):
            if not request.path.startswith(_mfa_setup_paths()) and not has_totp(user):
                return redirect(f"{reverse('mfa_activate_totp')}?required=1")
        return self.get_response(request)


class NoStoreForSignedInMiddleware:
    """Pages shown to a signed-in person must not be kept by the browser or a shared cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            add_never_cache_headers(response)
            response["Cache-Control"] = "no-store, no-cache, must-revalidate, private, max-age=0"
        return response
