"""Publishing a listing -> the search index. The Local Offer owns turning its pages into search
records and when to send them; search only stores and finds records (search.api).

Wagtail's publish, unpublish, move and delete signals enqueue a task; these receivers are the
only signal wiring in the portal (CONVENTIONS.md). They do nothing but enqueue, after the
transaction commits, so a worker never reads a page that is not saved yet and a failed index
write never loses an editor's publish.
"""

import contextlib
import threading
from collections.abc import Iterator

from django.db import transaction
from django.db.models.signals import post_delete
from django_tasks import task
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search import api

from .models import ServicePage
from .services import published_services, search_record

BATCH = 500

_state = threading.local()


@task()
def index_service(page_id: int) -> str:
    """Index one service as it is now; a listing that is unpublished, private, closed or
    hidden for staleness is taken out instead."""
    page = published_services().filter(pk=page_id).first()
    record = search_record(page) if page is not None else None
    if record is None or not record.searchable:
        api.delete_records([str(page_id)])
        return "removed"
    api.index_records([record])
    return "indexed"


def reindex_service(page_id: int) -> None:
    """Index one listing as it is now, in the background (removed if hidden or closed).
    Freshness calls this when a listing crosses the 12-month line or is confirmed again."""
    index_service.enqueue(page_id)


@task()
def remove_service(page_id: int) -> str:
    api.delete_records([str(page_id)])
    return "removed"


def searchable_records() -> Iterator:
    """Every published service that may be found, built in batches with their relations
    prefetched (a few queries per batch, not per page)."""
    for page in published_services().iterator(chunk_size=BATCH):
        record = search_record(page)
        if record.searchable:
            yield record


def published_count() -> int:
    return published_services().count()


SOURCE = api.RecordSource("local_offer_services", searchable_records, published_count)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Enqueue nothing inside this block: bulk loads (the demo seed, benchmarks) publish
    hundreds of pages and then rebuild the index once instead."""
    previous = getattr(_state, "paused", False)
    _state.paused = True
    try:
        yield
    finally:
        _state.paused = previous


def _enqueue(job, page_ids) -> None:
    if getattr(_state, "paused", False):
        return
    for page_id in dict.fromkeys(page_ids):
        # Bind page_id now: the loop variable would otherwise be read after the loop ended.
        transaction.on_commit(lambda page_id=page_id: job.enqueue(page_id))


def service_ids_under(page) -> list[int]:
    """The page itself if it is a service, and every service below it (a moved or renamed
    provider folder changes all their addresses)."""
    return list(
        ServicePage.objects.descendant_of(page, inclusive=True).values_list("pk", flat=True)
    )


def _published(sender, instance, **kwargs):
    if kwargs.get("alias"):  # an alias page is a second address for the same service
        return
    _enqueue(index_service, [instance.pk])


def _unpublished(sender, instance, **kwargs):
    _enqueue(remove_service, [instance.pk])


def _moved_or_renamed(sender, instance, **kwargs):
    if getattr(_state, "paused", False):
        return
    _enqueue(index_service, service_ids_under(instance))


def _deleted(sender, instance, **kwargs):
    _enqueue(remove_service, [instance.pk])


def connect() -> None:
    """Called once from LocalOfferConfig.ready()."""
    api.register_source(SOURCE)
    page_published.connect(_published, sender=ServicePage, dispatch_uid="search-publish")
    page_unpublished.connect(_unpublished, sender=ServicePage, dispatch_uid="search-unpublish")
    post_delete.connect(_deleted, sender=ServicePage, dispatch_uid="search-delete")
    # Any page: moving or renaming a folder moves the services inside it.
    post_page_move.connect(_moved_or_renamed, dispatch_uid="search-move")
    page_slug_changed.connect(_moved_or_renamed, dispatch_uid="search-slug")
