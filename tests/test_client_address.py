"""Rate limits behind proxies: every limit keys on the client's address, not the proxy's.

portal/client_address.py reads X-Forwarded-For only as far as TRUSTED_PROXY_COUNT says our own
proxies wrote it; these tests check that rule, then that the problem-report limit and allauth's
sign-in limit give two clients behind one proxy separate buckets and ignore spoofed entries.
"""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.urls import reverse

from local_offer.reports import REPORTS_PER_HOUR
from portal.accounts.roles import Role
from portal.client_address import client_address
from portal.settings import env
from tests.clients import PortalClient
from tests.factories import PASSWORD, make_user
from tests.local_offer.moderation_support import tree  # noqa: F401 (fixture)

PROXY = "10.0.0.2"  # REMOTE_ADDR of every request that came through our proxy
CLIENT_A = "203.0.113.7"
CLIENT_B = "198.51.100.23"


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Both limits count in the cache, which outlives a single test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


@pytest.fixture
def login_limits_on(settings):
    settings.ACCOUNT_RATE_LIMITS = {"login": "30/m/ip", "login_failed": "5/5m/ip,5/5m/key"}


def _from(forwarded_for=None, remote=PROXY):
    meta = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **meta)


# -- the rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        pytest.param(0, None, PROXY, id="no proxy: REMOTE_ADDR"),
        pytest.param(0, CLIENT_A, PROXY, id="no proxy: a sent X-Forwarded-For is ignored"),
        pytest.param(1, CLIENT_A, CLIENT_A, id="one proxy: the entry it appended"),
        pytest.param(1, f"{CLIENT_B}, {CLIENT_A}", CLIENT_A,
                     id="one proxy: an entry the client added on the left is ignored"),
        pytest.param(2, f"{CLIENT_B}, {CLIENT_A}, 10.0.0.3", CLIENT_A,
                     id="two proxies: second from the right"),
        pytest.param(2, CLIENT_A, PROXY, id="fewer entries than proxies: the proxy's address"),
        pytest.param(1, None, PROXY, id="no header: the proxy's address"),
        pytest.param(1, "", PROXY, id="empty header: the proxy's address"),
        pytest.param(1, "unknown", PROXY, id="not an address: the proxy's address"),
        pytest.param(1, f"{CLIENT_B}, not-an-ip", PROXY,
                     id="a garbled entry never falls back to a spoofed one"),
        pytest.param(1, f"{CLIENT_A}:41522", CLIENT_A, id="IPv4 with a port"),
        pytest.param(1, "[2001:DB8::1]:443", "2001:db8::1", id="IPv6 with a port"),
        pytest.param(1, " 2001:DB8:0::1 ", "2001:db8::1", id="IPv6 in its standard form"),
    ],
)
def test_the_client_is_the_entry_our_outermost_proxy_wrote(
    settings, proxies, forwarded_for, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies

    assert client_address(_from(forwarded_for)) == expected


def test_the_proxy_count_is_a_whole_number_of_zero_or_more(monkeypatch):
    monkeypatch.delenv("TRUSTED_PROXY_COUNT", raising=False)
    assert env.integer("TRUSTED_PROXY_COUNT", 0, minimum=0) == 0

    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "2")
    assert env.integer("TRUSTED_PROXY_COUNT", 0, minimum=0) == 2

    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "-1")
    with pytest.raises(env.MissingSetting, match="TRUSTED_PROXY_COUNT must be 0 or more, not -1"):
        env.integer("TRUSTED_PROXY_COUNT", 0, minimum=0)

    monkeypatch.setenv("TRUSTED_PROXY_COUNT", "one")
    with pytest.raises(env.MissingSetting, match="must be a whole number"):
        env.integer("TRUSTED_PROXY_COUNT", 0, minimum=0)


def test_allauth_is_told_the_same_proxy_count():
    from django.conf import settings

    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.TRUSTED_PROXY_COUNT


# -- the problem-report limit ----------------------------------------------------------------------


def _report(client, page, forwarded_for=None, remote=PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    url = reverse("local_offer:report_problem", args=[page.pk])
    return client.post(url, {"kind": "closed"}, **extra).status_code


def test_behind_a_proxy_each_client_has_its_own_report_allowance(
    client, tree, behind_one_proxy
):
    page = tree.speech_listing
    for _ in range(REPORTS_PER_HOUR):
        assert _report(client, page, CLIENT_A) == 302
    assert _report(client, page, CLIENT_A) == 429

    assert _report(client, page, CLIENT_B) == 302


def test_without_trusted_proxies_a_sent_forwarded_for_does_not_reset_the_allowance(client, tree):
    page = tree.speech_listing
    for number in range(REPORTS_PER_HOUR):
        assert _report(client, page, f"192.0.2.{number}", remote=CLIENT_A) == 302

    assert _report(client, page, "192.0.2.200", remote=CLIENT_A) == 429


def test_entries_spoofed_left_of_our_proxy_do_not_reset_the_allowance(
    client, tree, behind_one_proxy
):
    page = tree.speech_listing
    for number in range(REPORTS_PER_HOUR):
        assert _report(client, page, f"192.0.2.{number}, {CLIENT_A}") == 302

    assert _report(client, page, f"192.0.2.200, {CLIENT_A}") == 429


# -- allauth's sign-in limit -----------------------------------------------------------------------


def _sign_in(client, email, password, forwarded_for):
    return client.post(
        "/accounts/login/",
        {"login": email, "password": password},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


TOO_MANY = "You have tried to sign in too many times"


def _five_bad_sign_ins(forwarded_for):
    make_user(Role.PARENT, email="a@family.example")
    guesser = PortalClient()
    for _ in range(5):
        body = _sign_in(guesser, "a@family.example", "wrong guess", forwarded_for).content
        assert "not correct" in body.decode()


def test_behind_a_proxy_bad_sign_ins_from_one_client_do_not_lock_out_another(
    behind_one_proxy, login_limits_on, db
):
    _five_bad_sign_ins(CLIENT_A)
    make_user(Role.PARENT, email="b@family.example")

    response = _sign_in(PortalClient(), "b@family.example", PASSWORD, CLIENT_B)

    assert TOO_MANY not in response.content.decode()
    assert response.status_code == 302
    assert response["Location"] == "/start/"


def test_behind_a_proxy_the_same_client_is_locked_out_whatever_it_adds_on_the_left(
    behind_one_proxy, login_limits_on, db
):
    _five_bad_sign_ins(f"192.0.2.1, {CLIENT_A}")
    make_user(Role.PARENT, email="b@family.example")

    response = _sign_in(
        PortalClient(), "b@family.example", PASSWORD, f"192.0.2.99, {CLIENT_A}"
    )

    assert TOO_MANY in response.content.decode()


def test_without_trusted_proxies_a_sent_forwarded_for_does_not_dodge_the_sign_in_limit(
    login_limits_on, db
):
    _five_bad_sign_ins(CLIENT_A)
    make_user(Role.PARENT, email="b@family.example")

    response = _sign_in(PortalClient(), "b@family.example", PASSWORD, CLIENT_B)

    assert TOO_MANY in response.content.decode()


def test_a_forwarded_for_shorter_than_the_proxy_count_still_gets_the_sign_in_page(
    settings, login_limits_on, db
):
    # allauth's own reading raises ImproperlyConfigured here (a server error).
    settings.TRUSTED_PROXY_COUNT = settings.ALLAUTH_TRUSTED_PROXY_COUNT = 2
    make_user(Role.PARENT, email="a@family.example")

    response = _sign_in(PortalClient(), "a@family.example", "wrong guess", CLIENT_A)

    assert response.status_code == 200
    assert "not correct" in response.content.decode()
