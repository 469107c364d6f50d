"""Whether this session passed two-factor authentication, decided in one place.

Having an authenticator app is not enough: a session counts as signed in for someone who must
use MFA only if, in this session, they typed a code from it (or a recovery code). So a sign-in
through any path that skips the code prompt (another app's login view, a future one, a forged
session) opens nothing.
"""

from allauth.account.internal.flows.login import get_authentication_records, record_authentication
from allauth.mfa.models import Authenticator

# allauth keeps a log of every authentication step in the session (method "password", "mfa",
# ...). These two functions are allauth internals: check them on each allauth upgrade
# (tests/accounts/test_mfa_per_session.py fails if their behaviour changes).
_MFA = "mfa"


def has_totp(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_mfa(request, user) -> bool:
    return any(record.get("method") == _MFA for record in get_authentication_records(request, user))


def record_mfa_set_up(request, user) -> None:
    """Count setting up an authenticator app as this session's code: to finish the set-up the
    person typed a code from the app, which proves what the sign-in code would."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    record_authentication(request, user, _MFA, id=authenticator.pk, type=authenticator.type)
