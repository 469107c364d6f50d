"""Text as the search reads it: lower-case ASCII words. Its own module so that what reads
words (search.analysis, search.need_words) can read them without importing each other."""

import re
import unicodedata

_WORD = re.compile(r"[a-z0-9]+")


def words(text: str) -> list[str]:
    """Lower-case ASCII words: accents folded, punctuation dropped."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    # Accents go ("café" -> "cafe"); any other non-ASCII character separates words.
    folded = "".join(
        ch if ch.isascii() else " " for ch in decomposed if not unicodedata.combining(ch)
    )
    return _WORD.findall(folded.lower())
