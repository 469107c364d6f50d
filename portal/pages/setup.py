"""The site shell a council's new production site starts with (`manage.py setup_site`).

Only structure and the pages the law asks for, as drafts to fill in: nothing from the Riverside
demo. Idempotent: a page that already exists (by its address) is left exactly as it is.
"""

from wagtail.models import Page

from .demo import ensure_home_page
from .glossary_terms import GLOSSARY_TERMS
from .models import ContentPage, CookiesPage, CouncilSettings, GlossaryPage, GlossaryTerm

TO_WRITE = "<p>To be written by the council before this page is published.</p>"

# slug, page class, title, what the page must cover (shown as its summary until written)
STATUTORY_PAGES = (
    ("accessibility-statement", ContentPage, "Accessibility statement",
     "How accessible this website is, and how to get information in another format."),
    ("privacy", ContentPage, "Privacy notice",
     "What information we collect, why, who sees it and how long we keep it."),
    ("cookies", CookiesPage, "Cookies", "The cookies this website uses."),
)
SETTINGS_LINKS = {"accessibility-statement": "accessibility_page", "privacy": "privacy_page",
                  "cookies": "cookies_page"}


def ensure(stdout) -> None:
    home = ensure_home_page()
    stdout.write(f"Home page: {home.title}")
    pages = {}
    for slug, page_class, title, summary in STATUTORY_PAGES:
        pages[slug] = _draft(home, slug, page_class(
            title=title, slug=slug, summary=summary, body=TO_WRITE), stdout)
    _draft(home, "glossary", GlossaryPage(
        title="Words we use", slug="glossary",
        intro="Words and abbreviations you may hear from schools, health services and the "
              "council, and what they mean.",
        terms=[GlossaryTerm(term=t, expansion=e, meaning=m) for t, e, m in GLOSSARY_TERMS],
    ), stdout)
    _link_settings(pages)


def _draft(parent: Page, slug: str, page: Page, stdout) -> Page:
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing
    page.live = False
    parent.add_child(instance=page)
    page.save_revision()
    stdout.write(f"  draft to fill in: {page.title} ({page.url_path.rstrip('/').split('/')[-1]})")
    return page


def _link_settings(pages: dict[str, Page]) -> None:
    # The footer links to these through the council settings; set them once, never overwrite.
    council = CouncilSettings.load()
    changed = []
    for slug, field in SETTINGS_LINKS.items():
        if getattr(council, f"{field}_id") is None:
            setattr(council, field, pages[slug])
            changed.append(field)
    if changed:
        council.save(update_fields=changed)
