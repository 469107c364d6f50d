"""The test client the suite signs people in with.

`force_login` stands for a whole sign-in as allauth does it: for someone with an authenticator
app, that includes typing its code, which allauth records in the session (see
portal/accounts/mfa.py). Without that record the session is signed out on its first request.
`force_login(user, mfa=False)` is a password-only session, for the tests that prove it opens
nothing.
"""

import time

from allauth.account.internal.flows.login import (
    _AUTHENTICATION_METHODS_USER_SESSION_KEY,
    AUTHENTICATION_METHODS_SESSION_KEY,
)
from django.test import Client

from portal.accounts.mfa import has_totp


class PortalClient(Client):
    def force_login(self, user, backend=None, mfa=True):
        super().force_login(user, backend)
        now = time.time()
        records = [{"method": "password", "at": now, "email": user.email}]
        if mfa and has_totp(user):
            records.append({"method": "mfa", "at": now, "type": "totp"})
        session = self.session
        session[AUTHENTICATION_METHODS_SESSION_KEY] = records
        session[_AUTHENTICATION_METHODS_USER_SESSION_KEY] = str(user.pk)
        session.save()
