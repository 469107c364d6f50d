"""Every environment variable the portal reads, typed, in one place.

A variable with no default is required: reading it when it is unset raises at start-up, so a
production deploy with a missing secret fails fast instead of running half-configured.
"""

import os
from dataclasses import dataclass

import dj_database_url


class MissingSetting(RuntimeError):
    pass


_REQUIRED = object()


def _raw(name: str, default):
    value = os.environ.get(name)
    if value is None or value == "":
        if default is _REQUIRED:
            raise MissingSetting(f"The environment variable {name} must be set.")
        return default
    return value


def text(name: str, default=_REQUIRED) -> str:
    return _raw(name, default)


def flag(name: str, default=_REQUIRED) -> bool:
    value = _raw(name, default)
    if isinstance(value, bool):
        return value
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise MissingSetting(f"{name} must be true or false, not {value!r}.")


def integer(name: str, default=_REQUIRED, minimum: int | None = None) -> int:
    value = _raw(name, default)
    try:
        number = int(value)
    except (TypeError, ValueError) as exc:
        raise MissingSetting(f"{name} must be a whole number, not {value!r}.") from exc
    if minimum is not None and number < minimum:
        raise MissingSetting(f"{name} must be {minimum} or more, not {number}.")
    return number


def listing(name: str, default=_REQUIRED) -> list[str]:
    value = _raw(name, default)
    if isinstance(value, list):
        return value
    return [item.strip() for item in value.split(",") if item.strip()]


def database(name: str = "DATABASE_URL", default=_REQUIRED, *, keep_seconds: int = 0) -> dict:
    """keep_seconds: how long a thread keeps its connection open between requests (Django's
    CONN_MAX_AGE; DATABASE_CONN_MAX_AGE overrides it). 0 opens one per request, which the
    development server needs (a new thread per request would leave each connection behind)."""
    url = _raw(name, default)
    config = dj_database_url.parse(
        url, conn_max_age=integer("DATABASE_CONN_MAX_AGE", keep_seconds, minimum=0),
        conn_health_checks=True,
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        options = config.setdefault("OPTIONS", {})
        # Wait for a writer rather than fail at once: make run serves and seeds at the same time.
        options["timeout"] = 20
        # Write-ahead log: readers never wait for a writer (a search index rebuild no longer
        # stalls the search page), and a commit is one append instead of journal + fsyncs.
        # Every search writes a log row, so this is what the page's throughput depends on.
        options["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
        # Take the write lock at the start of a transaction, so two writers queue for it
        # rather than one failing with "database is locked" halfway through.
        options["transaction_mode"] = "IMMEDIATE"
    return config


@dataclass(frozen=True)
class StripeSettings:
    secret_key: str
    publishable_key: str
    webhook_secret: str
    api_base: str  # empty for Stripe itself; localstripe's address in tests


def stripe() -> StripeSettings:
    """Optional everywhere: nothing takes payments yet. Make the keys required (no default)
    in the same change that adds a feature using them."""
    return StripeSettings(
        secret_key=text("STRIPE_SECRET_KEY", ""),
        publishable_key=text("STRIPE_PUBLISHABLE_KEY", ""),
        webhook_secret=text("STRIPE_WEBHOOK_SECRET", ""),
        api_base=text("STRIPE_API_BASE", ""),
    )
