"""The address a request came from, for rate limits: one rule for our limits and allauth's.

Behind proxies, REMOTE_ADDR is the nearest proxy, so keying a limit on it puts every visitor in
one bucket. Each proxy appends the address it received the request from to X-Forwarded-For, so
with N proxies of our own in front of the app (settings.TRUSTED_PROXY_COUNT) the N-th entry
from the right was written by our outermost proxy: that is the client. Anything to its left was
sent by the client and may be made up, so it is never read.

A header that cannot be right (missing, fewer entries than proxies, not an address) falls back
to REMOTE_ADDR: the proxy's address, one shared bucket. That fails closed, so a visitor cannot
get a fresh bucket by sending a broken header.
"""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address as text; "" only if the request has no address at all."""
    nearest = request.META.get("REMOTE_ADDR", "") or ""
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return _address(nearest) or nearest
    hops = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(hops) < proxies:
        return _address(nearest) or nearest
    return _address(hops[-proxies]) or _address(nearest) or nearest


def _address(value: str) -> str:
    """The address in `value` in its standard form, or "" if it is not one. Some proxies add a
    port ("203.0.113.7:41522", "[2001:db8::1]:443"), which is not part of the client's identity."""
    value = value.strip()
    for candidate in (value, _without_port(value)):
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return ""


def _without_port(value: str) -> str:
    if value.startswith("["):  # [IPv6]:port
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:  # IPv4:port (a bare IPv6 address has several colons)
        return value.split(":", 1)[0]
    return value
