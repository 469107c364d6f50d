"""Whether a listing's words say it is free, for a listing whose cost fields say nothing.

Real feeds often leave the fee blank and write "a free drop-in session" in the description, so
a family who asks for free services would never see them. Only plain statements of price
count ("free of charge", "a free group", "no charge"), and never beside an amount in pounds,
since "free for under 5s, £3 for adults" is not free. Pure: text in, yes or no out.
"""

import re

_FREE = re.compile(
    r"\b(?:free\s+of\s+charge|(?:is|are|it's|its|completely|totally|all)\s+free\b|"
    r"(?:a|our|this|these)\s+free\s+(?:[\w&]+\s+){0,3}?(?:drop[\s-]?in|session|sessions|group|groups|"
    r"class|classes|club|course|courses|activity|activities|service|event|events|support|"
    r"advice|play)\b|no\s+(?:charge|cost|fee)\b|free\s+(?:drop[\s-]?in|sessions?|groups?|"
    r"classes|courses?|activities|to\s+attend|to\s+join|entry|admission))",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"£\s*\d|\b\d+(?:\.\d\d)?\s*(?:pounds|p\b)", re.IGNORECASE)


def says_free(text: str) -> bool:
    return bool(_FREE.search(text or "")) and not _AMOUNT.search(text or "")
