"""The codes search may filter on, read from the Local Offer's own vocabularies.

settings.SEARCH_VOCABULARY points here, so a category an officer adds in the admin becomes a
valid filter without a deploy. The lists change rarely and every search reads them, so each
process keeps them for a minute instead of asking the database on every request.
"""

import time
from pathlib import Path
from threading import Lock

from search.api import Vocabulary, vocabulary_from_files

from .models import Need, TaxonomyTerm

DATA = Path(__file__).resolve().parent / "data"

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


def shipped_vocabulary() -> Vocabulary:
    """The vocabularies as shipped in local_offer/data (what the migrations load)."""
    return vocabulary_from_files(DATA)


def _load() -> Vocabulary:
    needs = dict(Need.objects.order_by("sort_order", "code").values_list("code", "label"))
    categories = dict(
        TaxonomyTerm.objects.order_by("sort_order", "label").values_list("code", "label")
    )
    if not needs:  # before the vocabulary migration has run: the shipped files still work
        return shipped_vocabulary()
    return Vocabulary(needs=needs, categories=categories)
