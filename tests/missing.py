"""One rule for tests whose real component is not on this machine (osmem-server, Chromium):
skip with a message locally, fail under CI=true, so CI never passes by silently testing
nothing. `opt_in` below is the other rule, for what nothing here can install."""

import os

import pytest


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def skip_or_fail(message: str) -> None:
    if in_ci():
        pytest.fail(f"{message} (CI=true, so this is a failure, not a skip)")
    pytest.skip(message)


def opt_in(variable: str, what: str) -> str:
    """The other rule, for a component that nothing in the project can install on this kind of
    machine (a real Elasticsearch cluster: on neither PyPI, Debian nor npm). Its tests run where
    someone points `variable` at one, and are skipped everywhere else, CI included, because
    failing CI for what no CI here can have would only teach people to ignore it. The stand-in
    that does run everywhere (osmem-server) follows skip_or_fail."""
    value = os.environ.get(variable, "")
    if not value:
        pytest.skip(f"{variable} is not set: no {what} to test (opt-in, see tests/missing.py)")
    return value
