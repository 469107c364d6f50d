"""The codes search may filter on, read from the Local Offer's own vocabularies.

settings.SEARCH_VOCABULARY points here, so a category an officer adds in the admin becomes a
valid filter without a deploy. The lists change rarely and every search reads them, so each
process keeps them for a minute instead of asking the database on every request.
"""

import time
from threading import Lock

from .vocabulary import Vocabulary, vocabulary_from_files

KEEP_SECONDS = 60

_lock = Lock()
_cached: tuple[float, Vocabulary] | None = None


def vocabulary() -> Vocabulary:
    global _cached
    now = time.monotonic()
    cached = _cached
    if cached is not None and now - cached[0] < KEEP_SECONDS:
        return cached[1]
    with _lock:
        loaded = _load()
        _cached = (now, loaded)
    return loaded


def forget() -> None:
    """Drop the kept copy (tests that add categories call this)."""
    global _cached
    _cached = None


def _load() -> Vocabulary:
    from local_offer.models import Need, TaxonomyTerm

    needs = dict(Need.objects.order_by("sort_order", "code").values_list("code", "label"))
    categories = dict(
        TaxonomyTerm.objects.order_by("sort_order", "label").values_list("code", "label")
    )
    if not needs:  # before the vocabulary migration has run: the shipped files still work
        return vocabulary_from_files()
    return Vocabulary(needs=needs, categories=categories)
