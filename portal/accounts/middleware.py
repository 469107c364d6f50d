"""Session and MFA rules that apply to every signed-in request."""

import logging
import re
import time

from django.conf import settings
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode

from .mfa import has_totp, session_passed_mfa
from .roles import requires_mfa

logger = logging.getLogger(__name__)

_LAST_SEEN = "portal_last_seen"
_SIGNED_IN_AT = "portal_signed_in_at"
# Writing the last-seen time on every request would save the session on every page view;
# once a minute is precise enough for a 30-minute idle limit.
_LAST_SEEN_RESOLUTION = 60


class SessionLifetimeMiddleware:
    """Ends a session that has been idle too long (SESSION_IDLE_SECONDS) or that began too long
    ago (SESSION_COOKIE_AGE), whatever the person has been doing since. Both times are kept in
    the server-side session, so a copied cookie does not outlive them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            signed_in_at = session.get(_SIGNED_IN_AT, now)
            last_seen = session.get(_LAST_SEEN, now)
            if now - signed_in_at > settings.SESSION_COOKIE_AGE:
                return self._end(request)
            if now - last_seen > settings.SESSION_IDLE_SECONDS:
                return self._end(request)
            if _SIGNED_IN_AT not in session:
                session[_SIGNED_IN_AT] = now
            if _LAST_SEEN not in session or now - last_seen >= _LAST_SEEN_RESOLUTION:
                session[_LAST_SEEN] = now
        response = self.get_response(request)
        # Stamp a session that signed in during this request, so its clocks start now.
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and _SIGNED_IN_AT not in request.session:
            now = int(time.time())
            request.session[_SIGNED_IN_AT] = now
            request.session[_LAST_SEEN] = now
        return response

    def _end(self, request):
        logout(request)
        return redirect(f"{reverse('account_login')}?timed_out=1")


# Invitation links carry a 43-character token; "/invitations/new/" must not match.
_INVITATION_LINK = re.compile(r"^/invitations/[A-Za-z0-9_-]{20,}/$")


def _mfa_setup_paths() -> tuple[str, ...]:
    """What someone who must set up MFA may still reach: the set-up itself and what it needs
    (confirming their password again, verifying their email), signing out, and static files."""
    return (
        reverse("mfa_activate_totp"),
        reverse("mfa_index"),
        reverse("mfa_reauthenticate"),
        reverse("account_reauthenticate"),
        reverse("account_logout"),
        reverse("account_login"),
        reverse("account_email"),
        reverse("account_email_verification_sent"),
        "/accounts/confirm-email/",
        reverse("council_css"),  # the set-up page should still wear the council's colours
        settings.STATIC_URL,
    )


class RequireMFAMiddleware:
    """Staff, providers and key workers must set up an authenticator app before anything else,
    and once they have one, a session is theirs only if it passed the code prompt.

    The second rule is what closes every other way in: a session signed in by any view that
    skips allauth's code prompt is signed out here, on its first request, whatever the path."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and requires_mfa(user):
            if has_totp(user):
                if not session_passed_mfa(request, user):
                    return _sign_in_again(request)
            elif not (
                request.path.startswith(_mfa_setup_paths())
                or _INVITATION_LINK.match(request.path)
            ):
                return redirect(f"{reverse('mfa_activate_totp')}?required=1")
        return self.get_response(request)


def _sign_in_again(request):
    logger.warning(
        "Signed out user %s: no two-factor step in this session (%s)", request.user.pk, request.path
    )
    logout(request)
    url = reverse("account_login")
    if request.method == "GET":  # allauth checks `next` is on this site before using it
        url = f"{url}?{urlencode({'next': request.get_full_path()})}"
    return redirect(url)


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
