"""Publishing -> search index. Wagtail's publish, unpublish, move and delete signals enqueue a
task; the task builds the service's record and hands it to the active backend.

These receivers are the only signal wiring in the portal (CONVENTIONS.md): they do nothing but
enqueue, after the transaction commits, so a worker never reads a page that is not saved yet and
a failed index write never loses an editor's publish. `rebuild()` is the whole-index path used
by `manage.py search_index --rebuild`, the demo seed and the daily freshness job.
"""

import contextlib
import threading
from collections.abc import Callable, Iterator

from django.db import transaction
from django_tasks import task

from .backends import get_backend

BATCH = 500

_state = threading.local()


# -- tasks -----------------------------------------------------------------------------------


@task()
def index_service(page_id: int) -> str:
    """Index one service as it is now; a listing that is unpublished, private, closed or
    hidden for staleness is taken out instead."""
    from local_offer.services import published_services, search_record

    page = published_services().filter(pk=page_id).first()
    record = search_record(page) if page is not None else None
    if record is None or not record.searchable:
        get_backend().delete([str(page_id)])
        return "removed"
    get_backend().index([record])
    return "indexed"


@task()
def remove_service(page_id: int) -> str:
    get_backend().delete([str(page_id)])
    return "removed"


# -- enqueueing --------------------------------------------------------------------------------


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Enqueue nothing inside this block: bulk loads (the demo seed, benchmarks) publish
    hundreds of pages and then call rebuild() once instead."""
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
    from local_offer.models import ServicePage

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
    """Called once from SearchConfig.ready()."""
    from django.db.models.signals import post_delete
    from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

    from local_offer.models import ServicePage

    page_published.connect(_published, sender=ServicePage, dispatch_uid="search-publish")
    page_unpublished.connect(_unpublished, sender=ServicePage, dispatch_uid="search-unpublish")
    post_delete.connect(_deleted, sender=ServicePage, dispatch_uid="search-delete")
    # Any page: moving or renaming a folder moves the services inside it.
    post_page_move.connect(_moved_or_renamed, dispatch_uid="search-move")
    page_slug_changed.connect(_moved_or_renamed, dispatch_uid="search-slug")


# -- the whole index ---------------------------------------------------------------------------


def searchable_records() -> Iterator:
    """Every published service that may be found, built in batches with their relations
    prefetched (a few queries per batch, not per page)."""
    from local_offer.services import published_services, search_record

    for page in published_services().iterator(chunk_size=BATCH):
        record = search_record(page)
        if record.searchable:
            yield record


def rebuild(progress: Callable[[int], None] | None = None) -> int:
    """Replace the whole index with the published services; returns how many were indexed."""
    return get_backend().rebuild(searchable_records(), progress=progress)


def published_count() -> int:
    from local_offer.services import published_services

    return published_services().count()
