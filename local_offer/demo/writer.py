"""Writing the demo's pages in bulk: created live without revisions and indexed once at the end,
which keeps 300+ pages to a few seconds. Only for the command-line seed."""

from contextlib import contextmanager

from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import signal_handlers as search_signals
from wagtail.models import Page, ReferenceIndex
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from ..models import (
    EventIndexPage,
    EventPage,
    GuidePage,
    LocalOfferPage,
    ServiceIndexPage,
    ServicePage,
    ShortBreaksStatementPage,
)

PAGE_MODELS = (
    ServicePage,
    ServiceIndexPage,
    GuidePage,
    EventPage,
    EventIndexPage,
    LocalOfferPage,
    ShortBreaksStatementPage,
)
# Many-to-many fields, which a page can only take once it has been built.
M2M_FIELDS = {"categories", "needs", "related_categories", "short_break_categories"}


class PageWriter:
    """Adds pages and remembers them, so bulk_indexing can index them all at the end."""

    def __init__(self):
        self.now = timezone.now()
        self.created = 0
        self.pages: list[Page] = []

    def child(self, parent: Page, model, slug: str, **fields) -> tuple[Page, bool]:
        """The live child page with this slug, created if missing; and whether it was."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing, False
        m2m = {key: fields.pop(key) for key in list(fields) if key in M2M_FIELDS}
        page = model(slug=slug, **fields)
        for key, values in m2m.items():
            setattr(page, key, values)
        self.add(parent, page)
        return page, True

    def add(self, parent: Page, page: Page, live: bool = True) -> None:
        """Add a page built elsewhere (a service, with its locations and contacts)."""
        page.live = live
        page.first_published_at = page.last_published_at = self.now if live else None
        parent.add_child(instance=page)
        self.created += 1
        self.pages.append(page)


@contextmanager
def bulk_indexing(pages: list[Page]):
    """Index the new pages for the admin search and the reference index once at the end,
    rather than one task per save: that halves the time 300 pages take. The signal is
    reconnected even if something fails."""
    for model in PAGE_MODELS:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in PAGE_MODELS:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    backend = get_search_backend()
    by_model: dict[type, list] = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, objects in by_model.items():
        backend.add_bulk(model, objects)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)
