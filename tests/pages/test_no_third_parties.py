"""Nothing on any page loads from another site: not the public pages (CSP says so) and not the
editing area, where Wagtail would otherwise ask Gravatar for every user's picture."""

import re

import pytest

from portal.accounts.roles import Role
from tests.factories import make_user

pytestmark = pytest.mark.django_db

# src= or href= of anything the browser would fetch by itself (not links people click)
FETCHED = re.compile(r'<(?:img|script|link|iframe|source)\b[^>]*\b(?:src|href|srcset)="([^"]+)"')


def _external(html: str) -> list[str]:
    """Addresses on another host (the test client's own host is "testserver")."""
    return [
        url for url in FETCHED.findall(html)
        if re.match(r"(https?:)?//", url) and not re.match(r"(https?:)?//testserver/", url)
    ]


@pytest.mark.parametrize("path", ["/admin/", "/admin/users/", "/admin/pages/", "/account/"])
def test_admin_pages_load_nothing_from_another_site(client, path):
    admin = make_user(Role.SITE_ADMIN, mfa=True, is_staff=True, is_superuser=True,
                      email="admin@example.org")
    client.force_login(admin)

    response = client.get(path)

    assert response.status_code == 200
    assert _external(response.content.decode()) == []
    assert "gravatar" not in response.content.decode().lower()
