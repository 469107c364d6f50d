"""The cookies this site sets, read from the live settings so the cookies page is always true.

We set only strictly necessary cookies (no analytics, no tracking), so no consent banner is
needed. If an app starts setting a new cookie, add it here: tests/pages/test_cookies.py fails
when a journey sets a cookie this list does not name.
"""

from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Cookie:
    name: str
    purpose: str
    expires: str
    who: str = "Everyone"


def _lifetime(seconds: int) -> str:
    days = seconds // 86400
    if days >= 360:  # Django's CSRF cookie lasts 52 weeks: people call that a year
        years = round(days / 365)
        return "1 year" if years == 1 else f"{years} years"
    if days >= 1:
        return "1 day" if days == 1 else f"{days} days"
    hours = seconds // 3600
    return "1 hour" if hours == 1 else f"{hours} hours"


def strictly_necessary_cookies() -> list[Cookie]:
    when_closed = "When you close your browser"
    session_expiry = (
        f"{when_closed}, or after {_lifetime(settings.SESSION_COOKIE_AGE)} at most"
        if settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
        else _lifetime(settings.SESSION_COOKIE_AGE)
    )
    cookies = [
        Cookie(
            settings.SESSION_COOKIE_NAME,
            "Keeps you signed in as you move between pages, and remembers answers you have "
            "not saved yet.",
            session_expiry,
        ),
        Cookie(
            settings.CSRF_COOKIE_NAME,
            "Stops other websites sending forms to this site in your name (a security check).",
            _lifetime(settings.CSRF_COOKIE_AGE) if settings.CSRF_COOKIE_AGE else when_closed,
        ),
        Cookie(
            "messages",
            "Shows you a message once, for example \u2018Your changes have been saved\u2019.",
            when_closed,
        ),
        Cookie(
            "wagtail_sidebar_collapsed",
            "Remembers whether the menu in the editing area is open or closed.",
            "1 year",
            who="Council staff and providers who edit pages",
        ),
    ]
    # allauth sets its "trust this browser" cookie only when that feature is switched on.
    if getattr(settings, "MFA_TRUST_ENABLED", False):
        from allauth.mfa import app_settings as mfa_settings

        cookies.append(
            Cookie(
                mfa_settings.TRUST_COOKIE_NAME,
                "Remembers that you confirmed a sign-in code on this browser.",
                _lifetime(int(mfa_settings.TRUST_COOKIE_AGE.total_seconds())),
                who="People who sign in with a code",
            )
        )
    return cookies
