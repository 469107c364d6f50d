"""The links in every page's header, footer and beta banner, and which one is the current page.

Links to pages come from CouncilSettings (editors choose them) or, for the glossary, from the
one GlossaryPage. A link whose page is missing or unpublished is left out rather than broken.
"""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from .colours import HEX_COLOUR
from .models import CouncilSettings, GlossaryPage

FIND_SERVICES_PATH = "/local-offer/search/"  # where the search app is mounted (portal/urls.py)


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    current: bool = False


@dataclass(frozen=True)
class Shell:
    """What the header, footer and beta banner draw for one site, the same for every visitor;
    built once per content version (portal/content_version.py)."""

    council: CouncilSettings
    css_url: str
    navigation: tuple[tuple[str, str], ...]  # (label, url) pairs; "current" is per request
    footer: tuple[tuple[str, str], ...]
    feedback_url: str
    glossary_url: str


def build(request) -> Shell:
    council = CouncilSettings.load(request_or_site=request)
    glossary = _page_url(GlossaryPage.objects.live().first(), request)
    contact = _page_url(council.contact_page, request)
    navigation = [
        ("Home", "/"),
        ("Find services", _find_services_url()),
        ("Words we use", glossary),
        ("Contact us", contact),
    ]
    footer = [
        ("Accessibility statement", _page_url(council.accessibility_page, request)),
        ("Privacy notice", _page_url(council.privacy_page, request)),
        ("Cookies", _page_url(council.cookies_page, request)),
        ("Glossary", glossary),
        ("Contact us", contact),
    ]
    feedback = _page_url(council.feedback_page, request)
    if feedback is None and council.email:
        feedback = f"mailto:{council.email}"
    return Shell(
        council=council,
        css_url=council_css_url(council),
        navigation=tuple((label, url) for label, url in navigation if url),
        footer=tuple((label, url) for label, url in footer if url),
        feedback_url=feedback or "",
        glossary_url=glossary or "",
    )


def links(pairs, path: str) -> list[Link]:
    """A link is the current page's when the visitor is on it or below it."""
    return [Link(label, url, _is_current(url, path)) for label, url in pairs]


def _page_url(page, request) -> str | None:
    if page is None or not page.live:
        return None
    return page.get_url(request)


def _find_services_url() -> str:
    try:
        return reverse("search:search")
    except NoReverseMatch:
        return FIND_SERVICES_PATH


def _is_current(url: str, path: str) -> bool:
    if url == "/":
        return path == "/"
    return path == url or path.startswith(url.rstrip("/") + "/")


def council_css_url(council: CouncilSettings) -> str:
    # The colour is in the address, so browsers may cache the file for a long time and still
    # see a new colour the moment an editor changes it.
    colour = council.brand_colour if HEX_COLOUR.match(council.brand_colour or "") else "default"
    return f"{reverse('council_css')}?v={colour.lstrip('#').lower()}"
