"""Reading an age and a place out of what a family typed: "salt for my 7 year old near RV5".

`understand(text)` is a pure function: it finds the phrases that say how old the child is or
where the family is, and returns the words left to match with the age and the postcode they
gave. `ServiceQuery.from_params` turns those into filters (unless the family set the same filter
in its own box, which wins) and shows them on the page as filters that can be removed.

It is deliberately cautious: a phrase is read only when it can mean one thing. Anything else
stays in the words, exactly as before.

- Ages: "7 year old", "7 years old", "7-year-old", "7 yr old", "7 year olds", "7yo", "7 y/o",
  "aged 7", "age 7", "7 years of age", "seven year old", with what usually surrounds them ("for
  my 7 year old son"). Babies are aged in weeks and months, and so is the filter then:
  "18 month old", "6 week old baby", "aged 9 months", "my baby is 9 months", "9 months old" (a
  baby of 6 weeks is in its second month: 1 month, in whole months as services store them).
  "teenager(s)", "teen(s)", "teenage" mean 13 to 19;
  "toddler(s)" 1 to 3; "under 5s", "under fives", "under 5 year olds" 0 to 4 (any "under N"
  from 1 to 5).
- Not ages: "year 7" (a school year: a child in year 7 is 11 or 12, and services say "year 7"
  about transition, so it stays as words), "7 days a week", "7 years" without "old", "in 2
  weeks" and "for 9 months" (how long, not how old: weeks and months with no "old" are read
  only beside a baby or a child, "baby 9 months", "my son is 9 months"), ranges
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
- Place names, when the caller says which names are places (`places`, search.places.find):
  up to four words after the same words ("near aylesbury", "in kirton in lindsey"), or the last
  words typed ("toddler group brigg", "swimming pool barton upon humber"), longest first. A
  word that is also a stop word, a common word, a word of the SEND vocabulary or a word that
  names a kind of place or activity ("pool", "park", "reading") is never a place on its own;
  without "near" or "in" a one-word name needs four letters.
  Two different places (a postcode and a town, or two towns) read nothing.
"""

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

from portal import ages
from portal.postcodes import INWARD, OUTWARD

from . import analysis, postcodes
from .places import key as place_key
from .synonyms import COMMON_WORDS, STOP_WORDS

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
_MONTHS = r"(?P<unit>months?|mths?|weeks?|wks?)"
_BABY = r"(?:babys?|babies|infants?|newborns?)"
_CHILD = r"(?:sons?|daughters?|child|children|boys?|girls?|kids?|grandsons?|granddaughters?|" \
         r"grandchild|grandchildren)"
# What a family puts around the age: "for my", "with our", "a" ... and "son", "daughter".
_LEAD = r"(?P<lead>\b(?:(?:for|with)\s+)?(?:(?:my|our|a|an|the|his|her|their|your)\s+)?)"
_TRAIL = rf"(?:['’]s\b)?(?:\s+(?:{_CHILD}|{_BABY})\b)?"
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
        rf"{_LEAD}(?P<core>{_NOT_AFTER}\b{_NUMBER}[\s-]*{_MONTHS}[\s-]*olds?){_TRAIL}(?!\w)",
        _FLAGS)),
    ("months", re.compile(  # "aged 9 months", before "aged 9" can take the number alone
        rf"{_LEAD}(?:{_CHILD}\s+)?(?P<core>\b(?:aged|age)\s+{_NUMBER}\s*{_MONTHS}"
        rf"(?:\s+old)?)(?!\w)",
        _FLAGS)),
    ("months", re.compile(  # beside a baby or a child: "baby 9 months", "my son is 9 months"
        rf"{_LEAD}(?P<core>\b(?:{_BABY}\s+(?:(?:who\s+)?is\s+|of\s+)?|{_CHILD}\s+(?:who\s+)?is\s+)"
        rf"{_NUMBER}\s*{_MONTHS})(?!\w)",
        _FLAGS)),
    ("months", re.compile(  # "9 months baby", "a 6 week baby"
        rf"{_LEAD}(?P<core>{_NOT_AFTER}\b{_NUMBER}[\s-]*{_MONTHS}\s+(?:{_BABY}))(?!\w)",
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

# Place names: a word of letters (an apostrophe inside: "king's"), and what may join the words
# of one name ("barton upon humber", "Barton-upon-Humber").
_NAME_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:['’][^\W\d_]+)*(?!\w)")
_NAME_JOIN = re.compile(r"^[\s\-–]+$")
_NAME_CUE = re.compile(r"(?:^|(?<=\W))(?:near(?:\s+to)?|nr|in|around|close\s+to)\s+$", _FLAGS)
_NAME_END = re.compile(r"^[\s.!?]*$")
MAX_NAME_WORDS = 4
MIN_BARE_NAME = 4  # letters in a one-word name with no "near" or "in" before it
# Words that name a kind of place or an activity: never a place name on their own, even where a
# gazetteer or a listing's town says so ("swimming pool", "help with reading").
NOT_PLACES = frozenset((
    "pool", "park", "parks", "centre", "center", "club", "clubs", "school", "schools",
    "church", "hall", "green", "street", "road", "town", "city", "village", "house", "home",
    "library", "hospital", "market", "bridge", "hill", "field", "fields", "farm", "wood",
    "woods", "water", "sea", "beach", "station", "college", "university", "reading", "play",
    "sport", "sports", "swimming", "music", "art", "arts", "dance", "drama", "theatre",
    "cinema", "garden", "gardens", "museum", "nursery", "playground", "gym", "leisure",
    "holiday", "holidays", "summer", "winter", "spring", "autumn", "christmas", "easter",
    "weekend", "weekends", "morning", "evening", "online", "home", "north", "south", "east",
    "west", "central", "upper", "lower", "new", "old", "great", "little", "saint", "st",
))

_POSTCODE = rf"{OUTWARD}(?:\s*{INWARD})?"  # case is ignored (_FLAGS)
_PLACE_PATTERNS = (
    re.compile(
        rf"\b(?:near(?:\s+to)?|nr|in|around|close\s+to)\s+(?P<pc>{_POSTCODE})(?![\w])", _FLAGS
    ),
    re.compile(rf"(?<![\w])(?P<pc>{OUTWARD}\s*{INWARD})(?![\w])", _FLAGS),
)


@dataclass(frozen=True)
class AgeRange:
    """Whole years, both ends included: a 7 year old is (7, 7), teenagers (13, 19). A baby's age
    said in weeks or months also keeps the whole months and the words ("6 weeks")."""

    low: int
    high: int
    months: int | None = None  # a baby of 6 weeks: 1 (whole months, as services store ages)
    said: str = ""  # "6 weeks", "18 months": how the page names it

    @property
    def label(self) -> str:
        if self.said:
            return f"{self.said} old"
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
    place_name: str | None = None  # a place's name as words (places.key): "kirton in lindsey"

    def without(self, *kinds: str) -> str:
        """The words typed with only the phrases of these kinds taken out."""
        return _cut(self.typed, [phrase for phrase in self.phrases if phrase.kind in kinds])


def understand(
    text: str, known_places: Callable[[list[str]], Collection[str]] | None = None
) -> Understanding:
    """Find an age and a place in the words; see the module docstring for what is read.
    `known_places` says which of some names (as places.key makes them) are places; without
    it only postcodes are read as places."""
    postcode_phrases = _place_phrases(text)
    matches = [
        m for m in _age_matches(text) if not any(_overlap(m, p) for p, _ in postcode_phrases)
    ]
    age, too_old, age_phrases = _read_age(text, matches)
    taken = [p for p, _ in postcode_phrases] + [m for m in matches]
    named = _named_places(text, known_places, taken) if known_places else []
    values = {("postcode", value) for _phrase, value in postcode_phrases}
    values |= {("name", value) for _phrase, value in named}
    kind, value = values.pop() if len(values) == 1 else (None, None)
    place_phrases = [phrase for phrase, _value in [*postcode_phrases, *named]] if kind else []
    phrases = sorted([*age_phrases, *place_phrases], key=lambda phrase: phrase.start)
    return Understanding(
        text, _cut(text, phrases), age,
        value if kind == "postcode" else None, too_old, tuple(phrases),
        place_name=value if kind == "name" else None,
    )


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
    months: int | None = None  # said in weeks or months
    said: str = ""


def _age_matches(text: str) -> list[_AgeMatch]:
    found: list[_AgeMatch] = []
    for form, pattern in _AGE_PATTERNS:
        for match in pattern.finditer(text):
            refused = _refused(text, match)
            low, high = (None, None) if refused else _years(form, match)
            months, said = _months(match) if form == "months" and not refused else (None, "")
            found.append(_AgeMatch(match.start(), match.end(), low, high,
                                   form in {"years", "months", "aged"}, months, said))
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
        number = _months(match)[0] // 12
    return number, number


def _months(match: re.Match) -> tuple[int, str]:
    """(whole months, the words) for "6 weeks" or "18 months"."""
    number = _number(match["n"])
    weeks = match["unit"].lower().startswith("w")
    unit = ("week" if weeks else "month") + ("" if number == 1 else "s")
    months = ages.month_of_week(number) if weeks else number
    return months, f"{number} {unit}"


def _read_age(
    text: str, matches: list[_AgeMatch]
) -> tuple[AgeRange | None, int | None, list[Phrase]]:
    """One age, only when every age phrase agrees; any refused phrase means none."""
    if not matches or any(m.low is None for m in matches):
        return None, None, []
    phrases = [Phrase("age", m.start, m.end, text[m.start:m.end]) for m in matches]
    singles = {(m.low, m.high, m.months) for m in matches if m.single}
    groups = {(m.low, m.high) for m in matches if not m.single}
    if len(singles) > 1 or len(groups) > 1:
        return None, None, []
    if singles:
        low, high, months = singles.pop()
        said = next((m.said for m in matches if m.single), "")
        if groups:  # "my teenage son, 15 years old": the exact age, if it fits the group
            group_low, group_high = groups.pop()
            if not group_low <= low <= group_high:
                return None, None, []
        if low > MAX_AGE:
            return None, low, phrases
        return AgeRange(low, high, months, said), None, phrases
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


def _named_places(
    text: str, known_places: Callable[[list[str]], Collection[str]], taken: list
) -> list[tuple[Phrase, str]]:
    """Place names among the words: after "near", "in" ... or the last words typed, longest
    first; `known_places` says which candidate names are places."""
    words = [_Span(m.start(), m.end()) for m in _NAME_WORD.finditer(text)]
    tokens = [word for word in words if not any(_overlap(word, other) for other in taken)]
    candidates: list[tuple[int, int, int, str]] = []  # (phrase start, name start, end, key)
    for i, token in enumerate(tokens):
        cue = _NAME_CUE.search(text[: token.start])
        bare = i + 1 == len(tokens) and _NAME_END.match(text[token.end:])
        for size in range(1, MAX_NAME_WORDS + 1):
            run = tokens[i : i + size] if cue else tokens[max(0, i + 1 - size) : i + 1]
            if len(run) < size or not _joined(text, run):
                break
            name_key = place_key(text[run[0].start : run[-1].end])
            if cue and _may_name_a_place(name_key, cued=True):
                candidates.append((cue.start(), run[0].start, run[-1].end, name_key))
            if bare and _may_name_a_place(name_key, cued=False):
                candidates.append((run[0].start, run[0].start, run[-1].end, name_key))
    if not candidates:
        return []
    known = set(known_places(list(dict.fromkeys(c[3] for c in candidates))))
    found: list[tuple[Phrase, str]] = []
    # Longest name first; a name inside a longer one ("lindsey" in "kirton in lindsey") goes.
    for start, name_start, end, name_key in sorted(
        (c for c in candidates if c[3] in known), key=lambda c: (c[1] - c[2], c[0])
    ):
        phrase = Phrase("postcode", start, end, text[start:end])
        if any(_overlap(phrase, other) or _overlap(_Span(name_start, end), other)
               for other, _ in found):
            continue
        found.append((phrase, name_key))
    return found


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _joined(text: str, run: list["_Span"]) -> bool:
    """The words follow one another with only spaces or hyphens between them."""
    return all(
        _NAME_JOIN.match(text[one.end : two.start])
        for one, two in zip(run, run[1:], strict=False)
    )


def _may_name_a_place(name_key: str, cued: bool) -> bool:
    parts = name_key.split()
    if not parts or parts[0] in STOP_WORDS or parts[-1] in STOP_WORDS:
        return False
    if all(part in STOP_WORDS or part in COMMON_WORDS for part in parts):
        return False
    if len(parts) == 1:
        word = parts[0]
        return not (
            word in COMMON_WORDS or word in NOT_PLACES or analysis.is_vocabulary(word)
            or len(word) < (3 if cued else MIN_BARE_NAME)
        )
    return True


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
