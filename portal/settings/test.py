"""The test suite: fast hashing, in-memory cache and mail, immediate tasks, plain static files."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off, so a test that changes data without publishing still sees it; tests/test_page_cache.py
# switches it on, and the benchmark sets it for its server.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/send-portal-test-media")  # noqa: S108
PRIVATE_FILES_ROOT = os.environ.get("TEST_PRIVATE_FILES_ROOT", "/tmp/send-portal-test-private")  # noqa: S108
# A fixed, test-only key (tests/family/documents rotate to a second one).
PRIVATE_FILES_KEYS = ["0sQZ5HUrjLZl3VXSb1p3VXa5EurWl8hjO1e-6UhXqMg="]
CLAMD_SOCKET = CLAMD_HOST = ""  # never the machine's own daemon: tests start a fake one
ACCOUNT_RATE_LIMITS = False  # rate limits have their own tests, which switch them back on
