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


def _page_url(page, request) -> str | None:
    if page is None or not page.live:
        return None
    return page.get_url(request)


def _glossary_url(request) -> str | None:
    # The header and the footer both link to it: look it up once per request.
    if not hasattr(request, "_portal_glossary_url"):
        request._portal_glossary_url = _page_url(GlossaryPage.objects.live().first(), request)
    return request._portal_glossary_url


def _find_services_url() -> str:
    try:
        return reverse("search:search")
    except NoReverseMatch:
        return FIND_SERVICES_PATH


def _is_current(url: str, path: str) -> bool:
    if url == "/":
        return path == "/"
    return path == url or path.startswith(url.rstrip("/") + "/")


def main_navigation(request, council: CouncilSettings) -> list[Link]:
    candidates = [
        ("Home", "/"),
        ("Find services", _find_services_url()),
        ("Words we use", _glossary_url(request)),
        ("Contact us", _page_url(council.contact_page, request)),
    ]
    return [Link(label, url, _is_current(url, request.path)) for label, url in candidates if url]


def footer_links(request, council: CouncilSettings) -> list[Link]:
    candidates = [
        ("Accessibility statement", _page_url(council.accessibility_page, request)),
        ("Privacy notice", _page_url(council.privacy_page, request)),
        ("Cookies", _page_url(council.cookies_page, request)),
        ("Glossary", _glossary_url(request)),
        ("Contact us", _page_url(council.contact_page, request)),
    ]
    return [Link(label, url, _is_current(url, request.path)) for label, url in candidates if url]


def feedback_url(request, council: CouncilSettings) -> str | None:
    url = _page_url(council.feedback_page, request)
    if url is None and council.email:
        url = f"mailto:{council.email}"
    return url


def council_css_url(council: CouncilSettings) -> str:
    # The colour is in the address, so browsers may cache the file for a long time and still
    # see a new colour the moment an editor changes it.
    colour = council.brand_colour if HEX_COLOUR.match(council.brand_colour or "") else "default"
    return f"{reverse('council_css')}?v={colour.lstrip('#').lower()}"
