"""Suggestions as you type: words families use (with what they stand for) and service names.

Bounded on every side: at most MAX_INPUT characters are read, at most LIMIT suggestions come
back, and each answer is cached for a few minutes, so a fast typist costs a handful of indexed
lookups, never a scan per keystroke.
"""

import hashlib

from django.core.cache import cache

from . import analysis
from .models import IndexedService
from .synonyms import MISSPELLINGS, SYNONYM_GROUPS

MAX_INPUT = 60
MIN_INPUT = 2
LIMIT = 8
MAX_TERMS = 3
KEEP_SECONDS = 300


def for_text(text: str) -> list[dict]:
    typed = " ".join(analysis.words(text[:MAX_INPUT]))
    if len(typed) < MIN_INPUT:
        return []
    key = "search-suggest:" + hashlib.sha256(typed.encode()).hexdigest()[:32]
    found = cache.get(key)
    if found is None:
        found = _terms(typed) + _services(typed)
        found = found[:LIMIT]
        cache.set(key, found, KEEP_SECONDS)
    return found


def _terms(typed: str) -> list[dict]:
    """Words from the SEND vocabulary that begin with what was typed: "sal" -> "salt", which
    means speech and language therapy."""
    found: list[dict] = []
    corrected = MISSPELLINGS.get(typed)
    if corrected:
        found.append({"text": corrected, "kind": "term", "means": ""})
    for group in SYNONYM_GROUPS:
        longest = next((p for p in group if " " in p), group[0])
        for phrase in group:
            if phrase.startswith(typed) and all(f["text"] != phrase for f in found):
                means = longest if phrase != longest and len(phrase) <= 6 else ""
                found.append({"text": phrase, "kind": "term", "means": means})
                break  # one phrase per group is enough
        if len(found) >= MAX_TERMS:
            break
    return found


def _services(typed: str) -> list[dict]:
    listed = IndexedService.objects.filter(searchable=True)
    # Names that start with the words typed: an index range scan on (searchable, sort_name).
    names = list(
        listed.filter(sort_name__startswith=typed)
        .order_by("sort_name")
        .values_list("name", flat=True)[:LIMIT]
    )
    if len(names) < LIMIT and len(typed) >= 3:
        # Then names with a later word that starts so ("swim" -> "Otters Swimming Club").
        names += list(
            listed.filter(sort_name__contains=" " + typed)
            .exclude(name__in=names)
            .order_by("sort_name")
            .values_list("name", flat=True)[: LIMIT - len(names)]
        )
    return [{"text": name[:120], "kind": "service", "means": ""} for name in dict.fromkeys(names)]
