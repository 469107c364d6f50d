"""Small steps shared by the accounts tests: signing in the way a person does."""

import re

from django.core import mail

from tests.factories import PASSWORD, TOTP_SECRET, totp_code


def sign_in(client, email, password=PASSWORD, follow=False):
    return client.post("/accounts/login/", {"login": email, "password": password}, follow=follow)


def sign_in_with_code(client, email, secret=TOTP_SECRET):
    response = sign_in(client, email)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/2fa/authenticate/"
    return client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})


def link_in_last_email(pattern=r"https?://\S+"):
    body = mail.outbox[-1].body
    match = re.search(pattern, body)
    assert match, body
    return match.group(0)


def path_of(url):
    return re.sub(r"^https?://[^/]+", "", url)
