"""Settings shared by every environment. Environment-specific values come from env.py."""

from pathlib import Path

from portal import inline_script

from . import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PORTAL_DIR = BASE_DIR / "portal"

SECRET_KEY = env.text("SECRET_KEY")
DEBUG = env.flag("DEBUG", False)
ALLOWED_HOSTS = env.listing("ALLOWED_HOSTS", ["localhost", "127.0.0.1"])
CSRF_TRUSTED_ORIGINS = env.listing("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Our apps first so their templates override allauth's and Wagtail's.
    "portal.pages",
    "portal.accounts",
    "portal.family",
    "portal.family.goals",
    "portal.family.documents",
    "portal.sharing",
    "local_offer",
    "search",
    "budgets",
    "youngcommissioners",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "portal.accounts.middleware.SessionLifetimeMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.accounts.middleware.RequireMFAMiddleware",
    "portal.accounts.middleware.NoStoreForSignedInMiddleware",
    "portal.pages.site_lookup.KnownSiteMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.pages.context_processors.site_shell",
                "portal.family.goals.context_processors.save_service_link",
            ],
        },
    },
]

DATABASES = {"default": env.database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    {"NAME": "portal.accounts.passwords.MaximumLengthValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PORTAL_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.text("MEDIA_ROOT", str(BASE_DIR / "media"))
# Family documents are special category data: kept outside the public media path and served
# only through a view that checks the sharing policy.
PRIVATE_FILES_ROOT = env.text("PRIVATE_FILES_ROOT", str(BASE_DIR / "var" / "private"))
# Fernet keys that encrypt those files, newest first (portal/private_files.py). Empty here means
# a key derived from SECRET_KEY under DEBUG only; production requires it (production.py).
PRIVATE_FILES_KEYS = env.listing("PRIVATE_FILES_KEYS", [])
# ClamAV's daemon for uploads (portal/family/documents/virus_scan.py): a Unix socket, or host and
# port. Unset: files are held as "not yet scanned" and `check --deploy` says so.
CLAMD_SOCKET = env.text("CLAMD_SOCKET", "")
CLAMD_HOST = env.text("CLAMD_HOST", "")
CLAMD_PORT = env.integer("CLAMD_PORT", 0, minimum=0)
CLAMD_TIMEOUT = env.integer("CLAMD_TIMEOUT", 30, minimum=1)
# Family documents: the largest upload, how many documents one child's record holds, and the
# largest profile photo.
FAMILY_DOCUMENT_MAX_BYTES = env.integer("FAMILY_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024, minimum=1)
FAMILY_DOCUMENTS_PER_CHILD = env.integer("FAMILY_DOCUMENTS_PER_CHILD", 200, minimum=1)
PROFILE_PHOTO_MAX_BYTES = env.integer("PROFILE_PHOTO_MAX_BYTES", 5 * 1024 * 1024, minimum=1)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env.text("COUNCIL_NAME", "Riverside Council")
WAGTAILADMIN_BASE_URL = env.text("SITE_URL", "http://127.0.0.1:8000")
# One way in: /admin/login/ hands over to allauth (rate limits, MFA); a signed-in person
# without admin access gets a plain "no access" page there instead of a redirect loop.
WAGTAILADMIN_LOGIN_URL = "admin_login_redirect"
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAIL_I18N_ENABLED = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "xlsx"]
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False  # allauth owns passwords
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars from another site: a request per admin page that sends a hash of staff emails away.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_MODERATION_ENABLED = True

# --- Accounts (django-allauth) ---------------------------------------------------------------
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:start"  # routes by role: see portal/accounts/views.py `start`
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = f"[{WAGTAIL_SITE_NAME}] "
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
_GOVUK_FORMS = "portal.accounts.allauth_forms."  # allauth's forms with GOV.UK wording
ACCOUNT_FORMS = {
    name: _GOVUK_FORMS + cls
    for name, cls in {
        "login": "LoginForm",
        "signup": "SignupForm",
        "reset_password": "ResetPasswordForm",
        "reset_password_from_key": "ResetPasswordKeyForm",
        "change_password": "ChangePasswordForm",
        "set_password": "SetPasswordForm",
        "add_email": "AddEmailForm",
        "reauthenticate": "ReauthenticateForm",
    }.items()
}
MFA_FORMS = {
    "authenticate": _GOVUK_FORMS + "AuthenticateForm",
    "reauthenticate": _GOVUK_FORMS + "MFAReauthenticateForm",
    "activate_totp": _GOVUK_FORMS + "ActivateTOTPForm",
}
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "5/5m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
}
# Proxies of our own in front of the app, each appending to X-Forwarded-For (0: none, so
# REMOTE_ADDR is the client). Every rate limit keys on the address this gives: ours through
# portal/client_address.py, allauth's through this setting and the adapter's get_client_ip.
TRUSTED_PROXY_COUNT = env.integer("TRUSTED_PROXY_COUNT", 0, minimum=0)
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = WAGTAIL_SITE_NAME
MFA_ADAPTER = "allauth.mfa.adapter.DefaultMFAAdapter"

# Session lifetime: idle and absolute limits, both enforced server-side.
SESSION_COOKIE_AGE = env.integer("SESSION_ABSOLUTE_SECONDS", 12 * 60 * 60)
SESSION_IDLE_SECONDS = env.integer("SESSION_IDLE_SECONDS", 30 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# --- Security headers --------------------------------------------------------------------------
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        # A hash, not a nonce: the same page can then be cached and served to anyone.
        "script-src": ["'self'", inline_script.CSP_HASH],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
    # Wagtail's admin uses inline styles and scripts that we do not control.
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
}

# --- Email -----------------------------------------------------------------------------------
EMAIL_BACKEND = env.text("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.text("EMAIL_HOST", "localhost")
EMAIL_PORT = env.integer("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.text("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.text("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env.flag("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.text("DEFAULT_FROM_EMAIL", "local-offer@riverside.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks --------------------------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": env.text("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")
    }
}

# --- Search and payments -------------------------------------------------------------------------
SEARCH_BACKEND = env.text("SEARCH_BACKEND", "database")  # "database" or "elasticsearch"
# Filters accept the Local Offer's own codes (search reads them through this, never directly).
SEARCH_VOCABULARY = "local_offer.search_vocabulary.vocabulary"
ELASTICSEARCH_URL = env.text("ELASTICSEARCH_URL", "")
ELASTICSEARCH_INDEX = env.text("ELASTICSEARCH_INDEX", "local-offer-services")
STRIPE = env.stripe()

CACHES = {
    # Rate-limit counts, the content-version token and every service page's kept content
    # (portal/content_version.py): Django's default of 300 entries would cull at random, the
    # token and the counts among them, as soon as a council has a few hundred listings.
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cache",
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    },
    # Whole anonymous pages (portal/page_cache.py): files, so every worker on a server shares
    # them and a purge by one reaches all.
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env.text("PAGE_CACHE_DIR", str(BASE_DIR / "var" / "page-cache")),
        "OPTIONS": {"MAX_ENTRIES": 20_000},
    },
}
PAGE_CACHE_SECONDS = env.integer("PAGE_CACHE_SECONDS", 300)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.text("LOG_LEVEL", "INFO")},
    "loggers": {"django.request": {"level": "ERROR"}},
}
