"""Whole-page cache for anonymous visitors, so a surge (a newsletter, a holiday programme going
live) is served from memory of the rendered page instead of rendering it again.

Only a published Wagtail page, asked for by someone with no session and no messages, and
answered 200 without setting a cookie or using a CSRF token, is stored. Anything signed-in,
personal or with a form is never stored, and a request carrying a session cookie never reads
the cache. Publishing, unpublishing, moving or deleting any page, editing a snippet and saving
the council's settings empty the whole cache (a listing appears on its folder, guides and
cards as well as its own page, so purging one URL would leave the others stale); entries also
expire after PAGE_CACHE_SECONDS, which bounds how late a date-driven change (a listing passing
its review date) can show. PAGE_CACHE_SECONDS = 0 switches the cache off.

Shared by every worker on a server through the "pages" cache (files by default). In front of
several servers a CDN does this job: responses say `s-maxage` and Wagtail's front-end cache
purges it (WAGTAILFRONTENDCACHE).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from wagtail import hooks
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from portal import content_version

logger = logging.getLogger(__name__)

CACHE_ALIAS = "pages"
HEADER = "X-Page-Cache"
# Query strings that change an anonymous page's content but not who sees it. Any other query
# string is not cached, so random parameters cannot fill the cache or bypass a purge.
CACHEABLE_PARAMETERS = {"page"}
_MARK = "_page_cache_allowed"
MESSAGES_COOKIE = "messages"  # django.contrib.messages' CookieStorage.cookie_name


def connect() -> None:
    """Called once at start-up (PagesConfig.ready)."""
    hooks.register("before_serve_page", _allow)
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_purge_on_page_change, dispatch_uid=f"page_cache_{signal}")
    post_delete.connect(_purge_on_page_change, sender=Page, dispatch_uid="page_cache_delete")
    for signal in (post_save, post_delete):
        signal.connect(purge_on_save, sender=Site, dispatch_uid=f"page_cache_site_{signal}")
    # A page saved outside publishing (a script, a fixture adding a live page) changes what
    # the header may link to; drafts do not change stored pages, so only the token moves.
    # Django sends post_save with the concrete page class as sender, so listen to all saves.
    post_save.connect(_page_saved, dispatch_uid="content_version_page_saved")
    # Snippets (glossary terms, categories) are drawn on pages too.
    for hook in ("after_create_snippet", "after_edit_snippet", "after_delete_snippet"):
        hooks.register(hook, _purge_on_snippet_change)


def _page_saved(sender, instance=None, **kwargs):
    if isinstance(instance, Page):
        content_version.bump()


def purge_on_save(sender, instance=None, **kwargs):
    """post_save receiver for models every page draws (the council's settings, sites)."""
    content_changed(f"{sender.__name__} saved")


def _purge_on_snippet_change(request, instance_or_instances):
    content_changed("a snippet changed")


def _allow(page, request, serve_args, serve_kwargs):
    """A published page is being served: its response may be stored if it stays anonymous.
    Returns None so Wagtail goes on serving the page."""
    setattr(request, _MARK, True)


def _purge_on_page_change(sender, instance=None, **kwargs):
    content_changed(f"{type(instance).__name__} {getattr(instance, 'pk', '')} changed")


def content_changed(reason: str) -> None:
    """Something every visitor sees changed: forget stored pages and what workers keep."""
    content_version.bump()
    if not settings.PAGE_CACHE_SECONDS:
        return
    caches[CACHE_ALIAS].clear()
    logger.info("page cache emptied: %s", reason)


def _key(request) -> str:
    address = f"{request.get_host()}{request.get_full_path()}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def _may_read(request) -> bool:
    if request.method != "GET" or not settings.PAGE_CACHE_SECONDS:
        return False
    if set(request.GET) - CACHEABLE_PARAMETERS:
        return False
    # A session or messages cookie means the page may be personal; other cookies (analytics
    # consent set by the browser, say) do not change what we render.
    return not ({settings.SESSION_COOKIE_NAME, MESSAGES_COOKIE} & set(request.COOKIES))


def _may_store(request, response) -> bool:
    if not getattr(request, _MARK, False) or response.status_code != 200:
        return False
    if response.streaming or response.cookies or request.META.get("CSRF_COOKIE_USED"):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and (messages.used or len(messages)):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class AnonymousPageCacheMiddleware:
    """Sits just inside SecurityMiddleware, so a stored page skips sessions, authentication and
    rendering, and still gets the security headers added on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _may_read(request):
            return self.get_response(request)
        key = _key(request)
        stored = caches[CACHE_ALIAS].get(key)
        if stored is not None:
            return _rebuild(stored)
        response = self.get_response(request)
        if _may_store(request, response):
            # Browsers check again every time; a CDN may keep it as long as we do.
            seconds = settings.PAGE_CACHE_SECONDS
            patch_cache_control(response, public=True, max_age=0, s_maxage=seconds)
            caches[CACHE_ALIAS].set(key, _stored(response), seconds)
            response[HEADER] = "miss"
        return response


def _stored(response) -> tuple:
    headers = [(name, value) for name, value in response.items() if name != HEADER]
    return response.status_code, headers, response.content


def _rebuild(stored: tuple) -> HttpResponse:
    status, headers, content = stored
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = "hit"
    return response
