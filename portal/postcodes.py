"""What a UK postcode looks like, in one place for every app: the Local Offer checks listings'
postcodes with it, search reads postcodes out of what families type, the search log keeps
only the outcode. (Where a postcode *is* belongs to search.postcodes.)

The Royal Mail shape without its special cases (GIR 0AA, overseas territories): outward code =
area letters + district ("RV1", "SW1A"), inward code = sector digit + two letters ("2AB").
"""

import re

OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
INWARD = r"[0-9][A-Z]{2}"
# Letters Royal Mail never uses in an inward code. A listing's postcode with one is refused;
# a family's search with one is still read (its outcode alone can place it).
UNUSED_INWARD_LETTERS = frozenset("CIKMOV")
MAX_LENGTH = 8  # "SW1A 1AA" without its space is 7; anything longer is not a postcode

_FULL = re.compile(rf"^(?P<outward>{OUTWARD})(?P<inward>{INWARD})$")
_OUTWARD_ONLY = re.compile(rf"^{OUTWARD}$")
# A whole postcode inside other text (the search log keeps only its outward part).
IN_TEXT = re.compile(rf"\b(?P<outward>{OUTWARD})\s*{INWARD}\b", re.IGNORECASE)


def _compact(value: str) -> str:
    return re.sub(r"\s+", "", value or "").upper()


def normalise_full(value: str) -> str | None:
    """" rv1  2ab " -> "RV1 2AB"; None when it is not a whole postcode."""
    match = _FULL.match(_compact(value))
    return f"{match['outward']} {match['inward']}" if match else None


def is_real(postcode: str) -> bool:
    """A normalised whole postcode that Royal Mail could have issued."""
    return not UNUSED_INWARD_LETTERS & set(postcode[-2:])


def normalise(value: str) -> str | None:
    """A whole postcode as normalise_full, or an outward code alone ("rv1" -> "RV1")."""
    compact = _compact(value)
    if not compact or len(compact) > MAX_LENGTH:
        return None
    return normalise_full(compact) or (compact if _OUTWARD_ONLY.match(compact) else None)


def outcode(postcode: str) -> str:
    """The outward half ("RV1") people recognise as an area without giving away a street."""
    return (postcode or "").strip().upper().split(" ")[0]
