"""Fixtures for the site shell: the seeded Riverside pages and an editor who has set up MFA."""

import io

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model

from portal.pages import demo


def make_editor(email="editor@riverside.example"):
    """A superuser with an authenticator app, so RequireMFAMiddleware lets them into the admin."""
    user = get_user_model().objects.create_superuser(email=email, password="a-long-test-passphrase")
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    return user


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def shell_pages(db):
    """The site shell as seed_demo builds it: settings, home, information pages, glossary."""
    demo.seed(io.StringIO())
    return demo


def html_of(response) -> str:
    return response.content.decode()
