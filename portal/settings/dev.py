"""make run: the embedded default. SQLite, console email, immediate tasks, DEBUG on."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-never-used-in-production")
os.environ.setdefault("DEBUG", "true")

from .base import *  # noqa: E402,F403

STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# A template edit shows on the next reload; PAGE_CACHE_SECONDS=300 tries the page cache locally.
PAGE_CACHE_SECONDS = env.integer("PAGE_CACHE_SECONDS", 0)  # noqa: F405
