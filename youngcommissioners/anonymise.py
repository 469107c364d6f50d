"""Suggestions for taking people out of a comment before it is published: names, schools,
addresses, phone numbers, email addresses and postcodes are found and masked, and the officer
checks the masked text before publishing it (the original is kept privately).

It errs towards masking: an officer puts back a word that was not a name in a second, but a
child's name published by mistake cannot be taken back. A capitalised word in the middle of a
sentence is suggested as a name unless it is a word the Local Offer uses (KNOWN_WORDS).
"""

import re
from dataclasses import dataclass

from portal.postcodes import IN_TEXT as POSTCODE


@dataclass(frozen=True)
class Finding:
    kind: str  # what the mask says: "name", "school", ...
    text: str
    start: int
    end: int

    @property
    def mask(self) -> str:
        return f"[{self.kind}]"


EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PHONE = re.compile(r"(?<!\w)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\w)")
STREETS = (
    "road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|court|place|grove|"
    "gardens|terrace|hill|row|walk|square|mews|park|view"
)
ADDRESS = re.compile(rf"\b\d+[a-z]?,?\s+(?:[A-Z][\w']+\s+){{1,3}}(?:{STREETS})\b", re.IGNORECASE)
_NAME = r"[A-Z][a-z'’]+(?:[- ][A-Z][a-z'’]+)*"
SCHOOL = re.compile(
    rf"\b(?:St\.? )?{_NAME}\s+(?:Primary|Secondary|High|Junior|Infant|Infants|Nursery|"
    r"Special|Community|Church|C of E|Catholic)?\s*(?:School|Academy|College|Nursery)\b"
)
TITLED = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor)\.?\s+{_NAME}")
CALLED = re.compile(
    rf"\b(?:called|named|name is|name's|son|daughter|child|brother|sister|"
    rf"grandson|granddaughter|husband|wife|partner)\s+({_NAME})"
)
CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)*")

# Capitalised words that are not people: the Local Offer's own words, days, months, places
# everyone names. Kept short; an officer confirms every suggestion anyway.
KNOWN_WORDS = frozenset(
    [
        "I", "I'm", "I've", "I'd", "Local", "Offer", "Council", "SEN", "SEND", "SENCO", "EHC",
        "EHCP", "Plan", "NHS", "CAMHS", "GP", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Christmas", "Easter",
        "English", "Polish", "Urdu", "Ofsted", "Autism", "ADHD", "Down", "Syndrome", "Easy", "Read",
        "Year", "Key", "Stage", "Short", "Breaks", "Library", "Centre", "Youth", "Club", "Hospital",
        "Respite", "Speech", "Language", "Therapy", "Occupational", "Physiotherapy", "Portal",
        "Please", "Thank", "Thanks", "OK", "Mum", "Dad",
    ]
)


def _overlaps(finding: Finding, found: list[Finding]) -> bool:
    return any(finding.start < other.end and other.start < finding.end for other in found)


def findings(text: str) -> list[Finding]:
    """What in `text` looks like it identifies someone, in order, never overlapping."""
    found: list[Finding] = []

    def add(kind: str, start: int, end: int) -> None:
        finding = Finding(kind, text[start:end], start, end)
        if not _overlaps(finding, found):
            found.append(finding)

    for kind, pattern in (
        ("email address", EMAIL), ("phone number", PHONE), ("postcode", POSTCODE),
        ("address", ADDRESS), ("school", SCHOOL), ("name", TITLED),
    ):
        for match in pattern.finditer(text):
            add(kind, match.start(), match.end())
    for match in CALLED.finditer(text):
        add("name", match.start(1), match.end(1))
    for match in CAPITALISED.finditer(text):
        words = match.group().split()
        if not all(word.strip("'’") in KNOWN_WORDS for word in words):
            add("name", match.start(), match.end())
    return sorted(found, key=lambda f: f.start)


def masked(text: str, found: list[Finding] | None = None) -> str:
    """The text with every finding replaced by its mask, such as "[name]"."""
    found = findings(text) if found is None else found
    parts, position = [], 0
    for finding in found:
        parts += [text[position : finding.start], finding.mask]
        position = finding.end
    parts.append(text[position:])
    return "".join(parts)
