"""Production settings fail fast on a missing variable and pass Django's deployment checks.

Each case runs in a fresh interpreter: settings are read once per process, and the test
process already has the test settings loaded.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

REQUIRED = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "portal.example",
    "DATABASE_URL": "sqlite:///:memory:",
    "EMAIL_HOST": "smtp.example",
    "DEFAULT_FROM_EMAIL": "local-offer@portal.example",
    "SITE_URL": "https://portal.example",
    "SEARCH_BACKEND": "database",
    # The family record's private files (portal/private_files.py) and their virus scanner.
    "PRIVATE_FILES_KEYS": "YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy0hISE=",
    "CLAMD_SOCKET": "/run/clamav/clamd.ctl",
}


def _run(args, **overrides):
    # Only what a deploy would set: nothing leaks in from the test process's own environment.
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
           "DJANGO_SETTINGS_MODULE": "portal.settings.production", **REQUIRED, **overrides}
    env = {name: value for name, value in env.items() if value is not None}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def _import_settings(**overrides):
    return _run(["-c", "import portal.settings.production"], **overrides)


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_HOST",
                                     "DEFAULT_FROM_EMAIL", "SITE_URL", "PRIVATE_FILES_KEYS"])
def test_a_missing_required_variable_stops_start_up_and_is_named(missing):
    result = _import_settings(**{missing: None})
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set." in result.stderr


def test_an_empty_required_variable_counts_as_missing():
    result = _import_settings(SECRET_KEY="")
    assert result.returncode != 0
    assert "The environment variable SECRET_KEY must be set." in result.stderr


def test_production_starts_without_stripe_keys_because_nothing_takes_payments_yet():
    # Given only the required variables: no Stripe keys and no PAYMENTS_ENABLED
    code = "from portal.settings import production as s; print(repr(s.STRIPE.secret_key))"

    # When production settings load
    result = _run(["-c", code])

    # Then they start, with the Stripe settings empty
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "''"


def test_elasticsearch_by_default_so_its_address_is_required():
    result = _import_settings(SEARCH_BACKEND=None)
    assert result.returncode != 0
    assert "The environment variable ELASTICSEARCH_URL must be set." in result.stderr


def test_a_mistyped_flag_is_refused_rather_than_guessed():
    result = _import_settings(SECURE_SSL_REDIRECT="maybe")
    assert result.returncode != 0
    assert "SECURE_SSL_REDIRECT must be true or false, not 'maybe'." in result.stderr


def test_with_every_variable_set_the_deploy_checks_pass():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_with_elasticsearch_configured_the_deploy_checks_pass():
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                  SEARCH_BACKEND="elasticsearch",
                  ELASTICSEARCH_URL="https://search.portal.example:9200")
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_turns_debug_off_and_cookies_secure_whatever_the_environment_says():
    code = ("from portal.settings import production as s; "
            "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
            "s.SECURE_HSTS_SECONDS >= 31536000)")
    result = _run(["-c", code], DEBUG="true")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True"]


def test_each_server_thread_keeps_its_database_connection_for_a_minute():
    # Opening a connection per request was a third of an uncached page's time under a surge
    code = ("from portal.settings import production as s; d = s.DATABASES['default']; "
            "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])")

    assert _run(["-c", code]).stdout.split() == ["60", "True"]
    # and a deployment can choose otherwise, in whole seconds
    assert _run(["-c", code], DATABASE_CONN_MAX_AGE="0").stdout.split() == ["0", "True"]
    refused = _run(["-c", code], DATABASE_CONN_MAX_AGE="-5")
    assert refused.returncode != 0
    assert "DATABASE_CONN_MAX_AGE must be 0 or more, not -5." in refused.stderr
