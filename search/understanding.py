"""Reading an age and a place out of what a family typed: "salt for my 7 year old near RV5".

`understand(text)` is a pure function: it finds the phrases that say how old the child is or
where the family is, and returns the words left to match with the age and the postcode they
gave. `ServiceQuery.from_params` turns those into filters (unless the family set the same filter
in its own box, which wins) and shows them on the page as filters that can be removed.

It is deliberately cautious: a phrase is read only when it can mean one thing. Anything else
stays in the words, exactly as before.

- Ages: "7 year old", "7 years old", "7-year-old", "7 yr old", "7 year olds", "7yo", "7 y/o",
  "18 month old", "aged 7", "age 7", "7 years of age", "seven year old", with what usually
  surrounds them ("for my 7 year old son"). "teenager(s)", "teen(s)", "teenage" mean 13 to 19;
  "toddler(s)" 1 to 3; "under 5s", "under fives", "under 5 year olds" 0 to 4 (any "under N"
  from 1 to 5).
- Not ages: "year 7" (a school year: a child in year 7 is 11 or 12, and services say "year 7"
  about transition, so it stays as words), "7 days a week", "7 years" without "old", ranges
  ("5 to 11 year olds", "aged 5-11"), comparisons ("over 7", "under age 7", "7 and over",
  "7+"), "under 18s" and any "under N" above 5 (nearly every service fits, so it would filter
  nothing useful), "pre-teens", "early teens", "young people", "young adults", "children".
  When an age phrase is refused for one of these reasons ("5 to 11 year olds", "under 11s",
  "aged 7 and over"), or two different ages are given ("my 7 year old and 9 year old"), no
  age is read at all, even from another phrase that is clear on its own.
- Ages over 25 are beyond the Local Offer (0 to 25): the phrase is taken out of the words and
  reported in `too_old`, so the page can say no age filter was applied.
- Places: a full postcode or an outcode after "near", "near to", "nr", "in", "around" or
  "close to" ("near RV5", "in RV5 2AB"), and a full postcode on its own ("RV5 2AB"). A bare
  outcode ("RV5") is not read: "A1", "M25" and "B12" mean other things. Whether the postcode
  exists is the caller's question (`ServiceQuery` looks it up; an unknown one stays as words).
  Two different places read nothing.
"""

import re
from dataclasses import dataclass

from portal.postcodes import INWARD, OUTWARD

from . import postcodes

MAX_AGE = 25  # the Local Offer covers 0 to 25
MAX_UNDER = 5  # "under 5s" is an age group; "under 18s" is nearly everyone
TEEN = (13, 19)
TODDLER = (1, 3)

_NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20,
}
_PLURAL_WORDS = {"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6,
                 "sevens": 7, "eights": 8, "nines": 9, "tens": 10, "elevens": 11,
                 "twelves": 12}
_NUMBER = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_NOT_AFTER = r"(?<![\w.,/+\-–])"  # "7.5", "5-7", "5/7" are not a plain number
_YEARS = r"(?:years?|yrs?)"
_CHILD = r"(?:sons?|daughters?|child|children|boys?|girls?|kids?|grandsons?|granddaughters?|" \
         r"grandchild|grandchildren)"
# What a family puts around the age: "for my", "with our", "a" ... and "son", "daughter".
_LEAD = r"(?P<lead>\b(?:(?:for|with)\s+)?(?:(?:my|our|a|an|the|his|her|their|your)\s+)?)"
_TRAIL = rf"(?:['’]s\b)?(?:\s+{_CHILD}\b)?"
_FLAGS = re.IGNORECASE

# (form, pattern); each pattern has a "core" group whose preceding word is checked.
_AGE_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("under", re.compile(
        rf"{_LEAD}(?P<core>\bunder[\s-]*(?:(?P<n>\d{{1,2}})"
        rf"(?:\s*['’]?s\b|[\s-]*{_YEARS}(?:[\s-]*olds?)?(?!\w))"
        rf"|(?P<w>{'|'.join(_PLURAL_WORDS)})\b))",
        _FLAGS)),
    ("years", re.compile(
        rf"{_LEAD}(?P<core>{_NOT_AFTER}\b{_NUMBER}(?:[\s-]*{_YEARS}[\s-]*olds?|\s*{_YEARS}\s+of\s+age"
        rf"|\s*(?:yo|y/o|y\.o\.?)(?![\w/]))){_TRAIL}(?!\w)",
        _FLAGS)),
    ("months", re.compile(
        rf"{_LEAD}(?P<core>{_NOT_AFTER}\b{_NUMBER}[\s-]*(?:months?|mths?)[\s-]*olds?){_TRAIL}(?!\w)",
        _FLAGS)),
    ("aged", re.compile(
        rf"{_LEAD}(?:{_CHILD}\s+)?(?P<core>\b(?:aged|age|ages)\s+{_NUMBER}"
        rf"(?:\s*{_YEARS}(?:\s+old)?)?)(?!\w)",
        _FLAGS)),
    ("teen", re.compile(
        rf"{_LEAD}(?P<core>\b(?:teenagers?|teenaged|teenage|teens|teen)){_TRAIL}(?!\w)",
        _FLAGS)),
    ("toddler", re.compile(rf"{_LEAD}(?P<core>\btoddlers?)(?:['’]s\b)?(?!\w)", _FLAGS)),
)
# A word just before the age that turns it into a comparison or a range, or qualifies it.
_REFUSED_BEFORE = {
    "under", "over", "above", "below", "upto", "to", "and", "or", "from", "till", "until",
    "between", "than", "least", "most", "plus", "&", "early", "late", "mid", "pre", "year",
    "aged", "age", "ages",
}
# ... or just after it: "7 and over", "7+", "aged 5 to 11", "7 or 8 year olds".
_REFUSED_AFTER = re.compile(
    r"^\s*(?:\+|plus\b|(?:and|or|&)\s+(?:over|under|up|upwards|above|below|older|younger)\b"
    rf"|[.,]\d|(?:-|–|to|and|or|&|/|,)\s*(?:\d+|{'|'.join(_NUMBER_WORDS)})\b)",
    _FLAGS,
)

_POSTCODE = rf"{OUTWARD}(?:\s*{INWARD})?"  # case is ignored (_FLAGS)
_PLACE_PATTERNS = (
    re.compile(
        rf"\b(?:near(?:\s+to)?|nr|in|around|close\s+to)\s+(?P<pc>{_POSTCODE})(?![\w])", _FLAGS
    ),
    re.compile(rf"(?<![\w])(?P<pc>{OUTWARD}\s*{INWARD})(?![\w])", _FLAGS),
)


@dataclass(frozen=True)
class AgeRange:
    """Whole years, both ends included: a 7 year old is (7, 7), teenagers (13, 19)."""

    low: int
    high: int

    @property
    def label(self) -> str:
        if self.low == self.high:
            return "1 year old" if self.low == 1 else f"{self.low} years old"
        if self.low == 0:
            return f"Under {self.high + 1}"
        return f"{self.low} to {self.high} years old"


@dataclass(frozen=True)
class Phrase:
    kind: str  # the filter it sets, named as its GET parameter: "age" or "postcode"
    start: int
    end: int
    words: str  # as typed, with what surrounds it: "for my 7 year old"


@dataclass(frozen=True)
class Understanding:
    typed: str
    text: str  # the words left to match once every phrase below is taken out
    age: AgeRange | None = None
    place: str | None = None  # normalised postcode or outcode: "RV5 2AB", "RV5"
    too_old: int | None = None  # an age over 25 was given: no filter, the page says why
    phrases: tuple[Phrase, ...] = ()

    def without(self, *kinds: str) -> str:
        """The words typed with only the phrases of these kinds taken out."""
        return _cut(self.typed, [phrase for phrase in self.phrases if phrase.kind in kinds])


def understand(text: str) -> Understanding:
    """Find an age and a place in the words; see the module docstring for what is read."""
    places = _place_phrases(text)
    ages = [m for m in _age_matches(text) if not any(_overlap(m, p) for p, _ in places)]
    age, too_old, age_phrases = _read_age(text, ages)
    place_values = {value for _phrase, value in places}
    place = place_values.pop() if len(place_values) == 1 else None
    phrases = sorted(
        [*age_phrases, *([phrase for phrase, _value in places] if place else [])],
        key=lambda phrase: phrase.start,
    )
    return Understanding(text, _cut(text, phrases), age, place, too_old, tuple(phrases))


def remove_words(text: str, words: str) -> str:
    """`text` without the first whole-word occurrence of `words` (used to drop a phrase from
    the `q` of a link, so removing a filter read from the words does not bring it back)."""
    found = re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", text)
    return _join([text[: found.start()], text[found.end():]]) if found else text


# -- ages --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _AgeMatch:
    start: int
    end: int
    low: int | None  # None when refused (a comparison or a range)
    high: int | None
    single: bool  # "7 year old" rather than a group like "teenagers"


def _age_matches(text: str) -> list[_AgeMatch]:
    found: list[_AgeMatch] = []
    for form, pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            refused = _refused(text, match)
            low, high = (None, None) if refused else _years(form, match)
            found.append(_AgeMatch(match.start(), match.end(), low, high,
                                   form in {"years", "months", "aged"}))
    # Overlapping readings ("under 5 year olds" is also "5 year olds"): keep the first and
    # longest, so the comparison is read as the whole phrase it is.
    found.sort(key=lambda m: (m.start, -m.end))
    kept: list[_AgeMatch] = []
    for match in found:
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def _refused(text: str, match: re.Match) -> bool:
    # "for my 7 year old": what comes before the lead-in is not about the age.
    before = "" if match.group("lead").strip() else text[: match.start("core")]
    previous = before.split()[-1].lower() if before.split() else ""
    if previous.rstrip("-–") in _REFUSED_BEFORE or previous[-1:] in {"-", "–", "/", "+"}:
        return True
    return bool(_REFUSED_AFTER.match(text[match.end():]))


def _number(value: str) -> int:
    return int(value) if value.isdigit() else _NUMBER_WORDS[value.lower()]


def _years(form: str, match: re.Match) -> tuple[int | None, int | None]:
    if form == "teen":
        return TEEN
    if form == "toddler":
        return TODDLER
    if form == "under":
        limit = int(match["n"]) if match["n"] else _PLURAL_WORDS[match["w"].lower()]
        if not 1 <= limit <= MAX_UNDER:
            return None, None
        return 0, limit - 1
    number = _number(match["n"])
    if form == "months":
        number //= 12
    return number, number


def _read_age(
    text: str, matches: list[_AgeMatch]
) -> tuple[AgeRange | None, int | None, list[Phrase]]:
    """One age, only when every age phrase agrees; any refused phrase means none."""
    if not matches or any(m.low is None for m in matches):
        return None, None, []
    phrases = [Phrase("age", m.start, m.end, text[m.start:m.end]) for m in matches]
    singles = {(m.low, m.high) for m in matches if m.single}
    groups = {(m.low, m.high) for m in matches if not m.single}
    if len(singles) > 1 or len(groups) > 1:
        return None, None, []
    if singles:
        low, high = singles.pop()
        if groups:  # "my teenage son, 15 years old": the exact age, if it fits the group
            group_low, group_high = groups.pop()
            if not group_low <= low <= group_high:
                return None, None, []
        if low > MAX_AGE:
            return None, low, phrases
        return AgeRange(low, high), None, phrases
    low, high = groups.pop()
    return AgeRange(low, high), None, phrases


# -- places ------------------------------------------------------------------------------------


def _place_phrases(text: str) -> list[tuple[Phrase, str]]:
    found: list[tuple[Phrase, str]] = []
    for pattern in _PLACE_PATTERNS:
        for match in pattern.finditer(text):
            value = postcodes.normalise(match["pc"])
            if value is None:
                continue
            phrase = Phrase("postcode", match.start(), match.end(), match.group(0))
            if any(_overlap(phrase, other) for other, _ in found):
                continue  # "near RV5 2AB" is also a bare "RV5 2AB": read it once
            found.append((phrase, value))
    return found


def _overlap(one, other) -> bool:
    return one.start < other.end and other.start < one.end


def _cut(text: str, phrases: list[Phrase]) -> str:
    if not phrases:
        return text
    kept, position = [], 0
    for phrase in phrases:
        kept.append(text[position:phrase.start])
        position = phrase.end
    kept.append(text[position:])
    return _join(kept)


def _join(pieces: list[str]) -> str:
    """The words either side of phrases taken out, with no stray space or punctuation left
    where they were: "salt, for my 7 year old" -> "salt"."""
    joined = ""
    for piece in pieces:
        piece = " ".join(piece.split())
        if joined and piece and piece[0] not in ",;:.!?":
            joined += " "
        joined += piece
    return joined.strip(" ,;:-–")
