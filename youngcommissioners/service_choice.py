"""The choose-a-service lists (scoring a service, a project's services in scope): published
services found by the words of their name, A to Z, light enough to page through."""

from django.db.models import Q, QuerySet

from local_offer.services import published_services


def _light() -> QuerySet:
    # A list shows names only: none of the record's related rows are fetched.
    return published_services().prefetch_related(None).select_related(None).only("pk", "title")


def search(words: list[str], within: list[int] | None = None) -> QuerySet:
    """Services whose name holds every word (any case), A to Z. `within`: only these ids."""
    found = _light()
    if within is not None:
        found = found.filter(pk__in=within)
    condition = Q()
    for word in words:
        condition &= Q(title__icontains=word)
    return found.filter(condition).order_by("title", "pk")


def published(service_id, within: list[int] | None = None):
    """One published service by its id as sent in a form, or None."""
    if not str(service_id or "").isdigit():
        return None
    found = _light().filter(pk=int(service_id))
    if within is not None:
        found = found.filter(pk__in=within)
    return found.first()
