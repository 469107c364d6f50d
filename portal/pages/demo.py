"""Riverside Council's site shell for the local demo: settings, home page, information pages.

Idempotent: anything that already exists is left exactly as it is (including an editor's
changes), so running seed_demo again changes nothing. Riverside Council is fictional; its phone
numbers are from the range Ofcom keeps for drama (01632 960xxx) and its email domain is .example.
"""

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from .glossary_terms import GLOSSARY_TERMS
from .models import ContentPage, CookiesPage, CouncilSettings, GlossaryPage, GlossaryTerm, HomePage

CONTENT_DIR = Path(__file__).parent / "demo_content"


def _content(name: str) -> str:
    """Rich text for a demo page, kept as an HTML file so it reads like a page, not a string."""
    return (CONTENT_DIR / f"{name}.html").read_text(encoding="utf-8").strip()


COUNCIL = {
    "council_name": "Riverside Council",
    "service_name": "SEND Local Offer",
    "phone": "01632 960000",
    "email": "send@riverside.example",
    "address": "SEND Team\nRiverside Council\nCivic Centre, Mill Lane\nRiverside\nRV1 1AA",
    "opening_hours": "Monday to Friday, 9am to 5pm",
    "iass_phone": "01632 960123",
}

HOME_INTRO = (
    "Find services and support in Riverside for children and young people aged 0 to 25 with "
    "special educational needs and disabilities (SEND), and their families."
)
HOME_BODY = _content("home")

ABOUT_BODY = _content("about-the-local-offer")

HELP_BODY = _content("get-help-and-advice")

CONTACT_BODY = _content("contact")

FEEDBACK_BODY = _content("tell-us-what-you-think")

ACCESSIBILITY_BODY = _content("accessibility-statement")

PRIVACY_BODY = _content("privacy")

COOKIES_BODY = _content("cookies")

GLOSSARY_INTRO = (
    "Words and abbreviations you may hear from schools, health services and the council, "
    "and what they mean."
)


@dataclass(frozen=True)
class PageSpec:
    slug: str
    title: str
    summary: str
    body: str
    in_menu: bool = False
    page_class: type[Page] = ContentPage


INFORMATION_PAGES = (
    PageSpec("about-the-local-offer", "About the Local Offer",
             "What the Local Offer is, what it must include and how we keep it up to date.",
             ABOUT_BODY, in_menu=True),
    PageSpec("get-help-and-advice", "Get help and advice",
             "Free, impartial advice about special educational needs and disabilities (SEND), "
             "and what to do if you disagree with a decision.", HELP_BODY, in_menu=True),
    PageSpec("contact", "Contact the SEND team",
             "How to reach Riverside Council's special educational needs and disabilities "
             "(SEND) team, including if you do not use the internet.", CONTACT_BODY,
             in_menu=True),
    PageSpec("tell-us-what-you-think", "Tell us what you think",
             "Help us improve the Local Offer.", FEEDBACK_BODY, in_menu=True),
    PageSpec("accessibility-statement", "Accessibility statement",
             "How accessible this website is, and how to get information in another format.",
             ACCESSIBILITY_BODY),
    PageSpec("privacy", "Privacy notice",
             "What information we collect, why, who sees it and how long we keep it.",
             PRIVACY_BODY),
    PageSpec("cookies", "Cookies", "The cookies this website uses.", COOKIES_BODY,
             page_class=CookiesPage),
)


def _ensure_root() -> Page:
    """Wagtail's migrations make the root page and default locale; a flushed database (browser
    tests use one) has neither, so make them the way those migrations do."""
    root = Page.get_first_root_node()
    if root is None:
        language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        Locale.objects.get_or_create(language_code=language)
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def ensure_home_page() -> HomePage:
    """The HomePage at the top of the default site: the migration makes it; this also copes with
    a database whose tree was emptied (a flushed test database, an old local copy)."""
    home = HomePage.objects.first()
    if home is None:
        root = _ensure_root()
        slug = "home" if not root.get_children().filter(slug="home").exists() else "send-home"
        home = root.add_child(instance=HomePage(title="SEND Local Offer", slug=slug,
                                                intro=HOME_INTRO))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    return home


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _child(home: HomePage, slug: str):
    return home.get_children().filter(slug=slug).specific().first()


def _seed_home(home: HomePage, stdout) -> None:
    if home.body:
        return
    home = home.specific
    home.intro = home.intro or HOME_INTRO
    home.body = HOME_BODY.strip()
    _publish(home)
    stdout.write("  home page content")


def _seed_information_pages(home: HomePage, stdout) -> dict[str, Page]:
    pages = {}
    for spec in INFORMATION_PAGES:
        page = _child(home, spec.slug)
        if page is None:
            page = home.add_child(instance=spec.page_class(
                title=spec.title, slug=spec.slug, summary=spec.summary, body=spec.body.strip(),
                show_in_menus=spec.in_menu,
            ))
            _publish(page)
            stdout.write(f"  page: {spec.title}")
        pages[spec.slug] = page
    return pages


def _seed_glossary(home: HomePage, stdout) -> GlossaryPage:
    glossary = GlossaryPage.objects.first()
    if glossary is None:
        glossary = home.add_child(instance=GlossaryPage(
            title="Words we use", slug="glossary", intro=GLOSSARY_INTRO,
            terms=[GlossaryTerm(term=t, expansion=e, meaning=m) for t, e, m in GLOSSARY_TERMS],
        ))
        _publish(glossary)
        stdout.write(f"  glossary with {len(GLOSSARY_TERMS)} terms")
    return glossary


def _seed_settings(pages: dict[str, Page], stdout) -> None:
    council = CouncilSettings.load()
    changed = []
    for field, value in COUNCIL.items():
        if not getattr(council, field):
            setattr(council, field, value)
            changed.append(field)
    links = {
        "accessibility_page": "accessibility-statement", "privacy_page": "privacy",
        "cookies_page": "cookies", "contact_page": "contact",
        "feedback_page": "tell-us-what-you-think",
    }
    for field, slug in links.items():
        if getattr(council, f"{field}_id") is None and slug in pages:
            setattr(council, field, pages[slug])
            changed.append(field)
    if changed:
        council.full_clean()
        council.save()
        stdout.write(f"  council settings: {', '.join(changed)}")


@transaction.atomic
def seed(stdout) -> None:
    stdout.write("Site pages and council settings")
    home = ensure_home_page()
    _seed_home(home, stdout)
    pages = _seed_information_pages(home, stdout)
    _seed_glossary(home, stdout)
    _seed_settings(pages, stdout)
