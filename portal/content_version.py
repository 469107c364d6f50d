"""A token that changes whenever published content or the council's settings change, so each
worker can keep what every page draws (the site, the council's settings, the header and footer
links) in memory and rebuild it only after a change.

The token lives in the default cache (shared by every worker; one small read per request) and
is replaced by the same events that empty the page cache (portal/page_cache.py). What a worker
keeps is keyed by the token it was built under, so a change in one worker is seen by all on
their next request.
"""

import secrets
import threading

from django.core.cache import cache

_KEY = "portal:content-version"
_kept: dict = {}
_lock = threading.Lock()


def current() -> str:
    token = cache.get(_KEY)
    if token is None:
        token = secrets.token_hex(8)
        # add, not set: two workers starting together agree on one token.
        cache.add(_KEY, token, timeout=None)
        token = cache.get(_KEY, token)
    return token


def for_request(request) -> str:
    """The token, read once per request, so everything one page draws is from one version."""
    token = getattr(request, "_content_version", None)
    if token is None:
        token = request._content_version = current()
    return token


def bump() -> None:
    cache.set(_KEY, secrets.token_hex(8), timeout=None)


def kept(name: str, build, token: str):
    """build() once per token per worker. `token` is read once per request by the caller, so
    everything one page draws comes from the same version."""
    held = _kept.get(name)
    if held is not None and held[0] == token:
        return held[1]
    value = build()
    with _lock:
        _kept[name] = (token, value)
    return value


def kept_shared(name: str, build, token: str, seconds: int = 24 * 3600):
    """Like kept, and also in the default cache (the database in production), so one worker's
    build serves every worker on every server, and a restarted worker starts warm. For what
    costs far more to build than one cache read (a service page's own content: six queries and
    most of its rendering) and pickles as it is (text). The token is in the cache's key, so a
    change to content leaves the old copies unread until they expire."""

    def from_shared_cache():
        key = f"kept:{token}:{name}"
        value = cache.get(key)
        if value is None:
            value = build()
            cache.set(key, value, seconds)
        return value

    return kept(name, from_shared_cache, token)


def forget() -> None:
    """Drop everything kept (tests: each test's database starts again), and the token, so what
    kept_shared left in the cache under it is never read again."""
    _kept.clear()
    cache.delete(_KEY)
