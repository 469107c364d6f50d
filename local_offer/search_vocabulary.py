"""The codes search may filter on, read from the Local Offer's own vocabularies.

settings.SEARCH_VOCABULARY points here, so a category an officer adds in the admin becomes a
valid filter without a deploy. The lists change rarely and every search reads them, so each
process keeps them for a minute instead of asking the database on every request.

Categories are the merged tree (local_offer.category_tree): every code is accepted, each labelled
with its category's label, and a record is indexed with all the codes of its categories
(`indexed_categories`, which local_offer.services calls).
"""

import time
from pathlib import Path
from threading import Lock

from search.api import Vocabulary, vocabulary_from_files

from .category_tree import current_tree
from .models import Need

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


def indexed_categories(codes) -> tuple[str, ...]:
    """A service's category codes with the other codes of the same categories."""
    return vocabulary().with_equivalents(codes)


def forget() -> None:
    """Drop the kept copy (tests that add categories call this)."""
    global _cached
    _cached = None


def shipped_vocabulary() -> Vocabulary:
    """The vocabularies as shipped in local_offer/data (what the migrations load)."""
    return vocabulary_from_files(DATA)


def _load() -> Vocabulary:
    needs = dict(Need.objects.order_by("sort_order", "code").values_list("code", "label"))
    if not needs:  # before the vocabulary migration has run: the shipped files still work
        return shipped_vocabulary()
    tree = current_tree()
    categories = {
        code: category.label for category in tree.categories for code in category.codes
    }
    return Vocabulary(needs=needs, categories=categories, merged_categories=tree.merged())
