"""Production: every secret from the environment, HTTPS only, database task queue."""

from . import env
from .base import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS")
# Each gunicorn thread keeps its connection for a minute: opening one per request was a third
# of an uncached page's time under a surge (SQLite's connection and PRAGMAs; PostgreSQL's
# handshake), 74 -> 191 service pages a second (docs/benchmarks.md). Health checks drop a
# connection the server closed before it is reused.
DATABASES = {"default": env.database("DATABASE_URL", keep_seconds=60)}
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SECURE_SSL_REDIRECT = env.flag("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.integer("SECURE_HSTS_SECONDS", 63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"

EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.text("EMAIL_HOST")
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = env.text("SITE_URL")
SEARCH_BACKEND = env.text("SEARCH_BACKEND", "elasticsearch")
ELASTICSEARCH_URL = env.text("ELASTICSEARCH_URL") if SEARCH_BACKEND == "elasticsearch" else ""
# Family documents are encrypted at rest: no key, no start (like SECRET_KEY).
PRIVATE_FILES_KEYS = env.listing("PRIVATE_FILES_KEYS")
