"""Which ages a listing's words mention, so they can be checked against its age fields.

"Assessment for children aged 5 to 18" on a listing whose age fields say 11 to 17 misleads twice:
the words promise a 7-year-old help, and search, which reads the fields, never shows the
listing to that child's parent. `mentions` reads the ways people write about age and returns
the months they mean, on the portal's rule that "aged N" runs from N years 0 months to N years
11 months (portal/ages.py); `disagreements` says where the words and the fields part.

Only phrases plainly about age count: a number needs an age word beside it ("aged", "years
old", "year olds", "under 5s", "from the age of", "children under"), so "Year 7", "5 minutes",
phone numbers and "open 9 to 5" are not read as ages. Ages in weeks ("babies aged 8+ weeks
to six months") are read as the month each week falls in. Pure: text in, months out.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from portal import ages

_WORDS = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
]
NUMBER_WORDS = {word: value for value, word in enumerate(_WORDS)} | {
    f"twenty-{word}": 20 + value for value, word in enumerate(_WORDS[1:6], start=1)
}
_WORD_VALUES = {word.replace("-", ""): value for word, value in NUMBER_WORDS.items()}

# A number on its own: not part of a longer number, a price, a time or a phone number.
_NUM = (
    r"(?<![\w£$.:/])(?:\d{1,2}|"
    + "|".join(word.replace("-", "[- ]?") for word in sorted(NUMBER_WORDS, key=len, reverse=True))
    + ")"
)
_TO = r"\s*(?:to|-|–|—|and)\s*"
_AGED = r"\b(?:aged|ages?|between the ages of)\s+(?:between\s+|from\s+)?"
_PEOPLE = (
    r"\b(?:children|child|young people|young person|young adults|adults|babies|pupils|"
    r"students|learners|teenagers|people|anyone|those)\s+"
)
_OLDS = r"\s*-?\s*(?:years?|yrs?)?[\s-]*olds?\b"
_FOR_WHOM = (r"(?:years?|yrs?|olds?|children|child|kids|girls|boys|young|youth|teens?|adults?|"
             r"people|pupils|only|welcome|and|or|to|with|for|in|at|on)")
_AND_OVER = r"\s*(?:\+|(?:and|or)\s+(?:over|older|above|upwards?)|plus)(?!\w)"


# The units an age is given in. Babies are aged in weeks too ("babies aged 8+ weeks to six
# months"): a week is read as the month it falls in.
_UNITS = r"(?:months?|years?|yrs?|weeks?|wks?)"
# Real listings glue the unit on ("aged 9-16years", "5-11yrs"): a letter straight after a
# number ends it only when it starts a unit.
_GLUED_UNIT = rf"{_UNITS}(?![a-z])"


def _num(name: str) -> str:
    return rf"(?P<{name}>{_NUM})(?!(?!{_GLUED_UNIT})[\w:]|\.\d)"


def _plural(name: str) -> str:
    """A number in the plural, as in "under 5s", "under-fives" or "over-sixes"."""
    return rf"(?P<{name}>{_NUM})(?:'?s|es)\b"


def _unit(name: str) -> str:
    """An optional "years", "months", "weeks" or "year olds" after a number."""
    return rf"(?:\s*-?\s*(?P<{name}>{_UNITS})(?:[\s-]*olds?)?)?"


@dataclass(frozen=True)
class Mention:
    """What a phrase says about age, in months: None where it sets no limit on that side.

    A loose mention is a word for a stage of life ("school-age"), read at its widest: it
    disagrees with the fields only when they share no age with it."""

    phrase: str
    youngest: int | None
    oldest: int | None
    loose: bool = False


def _value(word: str) -> int:
    word = re.sub(r"[\s-]+", "", word.lower())  # "twenty-one", "twenty one", "twentyone"
    return int(word) if word.isdigit() else _WORD_VALUES[word]


def _months(number: str, unit: str | None, last: bool) -> int:
    if unit and unit.lower().startswith("month"):
        return _value(number)
    if unit and unit.lower().startswith("w"):
        return ages.month_of_week(_value(number))
    return (ages.last_month if last else ages.first_month)(_value(number))


Bounds = tuple[int | None, int | None]


def _range(m) -> Bounds:
    # "6 to 18 months": a unit written once, after the second number, counts for both.
    unit_to = m.groupdict().get("unit_to")
    unit_from = m.groupdict().get("unit_from") or unit_to
    return _months(m["low"], unit_from, last=False), _months(m["high"], unit_to, last=True)


def _single(m) -> Bounds:
    unit = m.groupdict().get("unit")
    return _months(m["n"], unit, last=False), _months(m["n"], unit, last=True)


def _from(m) -> Bounds:
    return _months(m["n"], m.groupdict().get("unit"), last=False), None


def _under(m) -> Bounds:
    # "under 5" ends with the last month of being 4; "under 6 months" with 5 months.
    return None, _months(m["n"], m.groupdict().get("unit"), last=False) - 1


def _up_to(m) -> Bounds:
    # The portal's rule: "up to 18" includes the year they are 18.
    return None, _months(m["n"], m.groupdict().get("unit"), last=True)


def _birth_to(m) -> Bounds:
    return 0, _months(m["high"], m.groupdict().get("unit_to"), last=True)


def _list(m) -> Bounds:
    values = [_value(word) for word in re.findall(_NUM, m[0], flags=re.IGNORECASE)]
    return ages.first_month(min(values)), ages.last_month(max(values))


def _stage(youngest: int, oldest: int) -> Callable:
    return lambda m: (ages.first_month(youngest), ages.last_month(oldest))


# Most specific first: a phrase already read ("aged 5 to 18") is not read again in part.
PATTERNS: list[tuple[str, Callable[..., Bounds]]] = [
    (rf"\b(?:from\s+)?birth{_TO}{_num('high')}{_unit('unit_to')}", _birth_to),
    (rf"{_AGED}{_num('low')}{_unit('unit_from')}{_TO}{_num('high')}{_unit('unit_to')}", _range),
    (rf"\bfrom\s+{_num('low')}\s*(?P<unit_from>months?|years?){_TO}{_num('high')}"
     rf"{_unit('unit_to')}", _range),
    # "8+ weeks to six months", "16+ years": the plus before its unit is the unit's.
    (rf"(?:{_AGED})?{_num('low')}\s*\+\s*(?P<unit_from>{_UNITS}){_TO}{_num('high')}"
     rf"{_unit('unit_to')}", _range),
    (rf"(?:{_AGED})?{_num('n')}\s*\+\s*(?P<unit>{_UNITS})(?![a-z])", _from),
    (rf"{_NUM}(?:\s*,\s*{_NUM})*\s*,?\s*(?:and|or)\s+{_NUM}{_OLDS}", _list),
    (rf"{_num('low')}{_unit('unit_from')}{_TO}{_num('high')}"
     rf"\s*-?\s*(?P<unit_to>{_UNITS})(?:[\s-]*olds?)?\b", _range),
    (rf"{_num('low')}{_TO}{_plural('high')}", _range),
    (rf"{_PEOPLE}(?:aged\s+)?{_num('low')}{_TO}{_num('high')}", _range),
    # "services for 16-25": a bare pair after "for", when nothing (hours, weeks) follows it.
    (rf"\bfor\s+{_num('low')}\s*[-–]\s*{_num('high')}(?!\s*[-–]?\s*\w)", _range),
    (rf"\bfrom\s+(?:the\s+)?age\s+(?:of\s+)?{_num('n')}", _from),
    (rf"\bfrom\s+{_num('n')}\s*(?P<unit>months?|years?)", _from),
    (rf"{_AGED}{_num('n')}{_unit('unit')}{_AND_OVER}", _from),
    # A bare "8+" is an age beside the people it is for ("Girls Football 8+", "8+ girls"),
    # not before a thing counted ("an 85+ station gym", "20+ activities").
    (rf"{_num('n')}{_unit('unit')}{_AND_OVER}(?!\s*(?!{_FOR_WHOM}\b)[a-z])", _from),
    (rf"\bover[\s-]+{_plural('n')}", _from),
    (rf"(?:{_PEOPLE}|\baged\s+)over\s+{_num('n')}", _from),
    (rf"\bover\s+the\s+age\s+of\s+{_num('n')}", _from),
    (rf"\bunder[\s-]+{_plural('n')}", _under),
    (rf"(?:{_PEOPLE}|\baged\s+)under\s+(?:the\s+age\s+of\s+)?{_num('n')}"
     r"(?:\s*(?P<unit>months?|years?))?", _under),
    (rf"\bunder\s+(?:the\s+age\s+of\s+)?{_num('n')}\s*(?P<unit>months?|years?)", _under),
    (rf"\b(?:up\s+to|until)\s+(?:the\s+)?age\s+(?:of\s+)?{_num('n')}", _up_to),
    (rf"\b(?:up\s+to|until)\s+{_num('n')}\s*(?P<unit>months?|years?)(?:\s*old)?", _up_to),
    (rf"\buntil\s+they\s+are\s+{_num('n')}", _up_to),
    (rf"\baged\s+{_num('n')}{_unit('unit')}", _single),
    (rf"{_num('n')}\s*-?\s*(?P<unit>{_UNITS})[\s-]*olds?\b", _single),
]
# Stages of life, at their widest: school runs from Reception (4) to the sixth form (18).
STAGES: list[tuple[str, Callable[..., Bounds]]] = [
    # Before "school age", which it contains: "little ones of pre school age" are under 5.
    (r"\bpre[\s-]?school[\s-]age\b", _stage(0, 4)),
    (r"\bprimary[\s-](?:school[\s-])?age\b", _stage(4, 11)),
    (r"\bsecondary[\s-](?:school[\s-])?age\b", _stage(11, 18)),
    (r"\bschool[\s-]age\b", _stage(4, 18)),
]
OLDEST_SAID = ages.last_month(25)  # the Local Offer's oldest: a single age past it is a story
# "One to one's" (one-to-one sessions) reads like "5 to 11s", and "11 Plus Preparation" (the
# grammar school exam, taken at 10) like "11 and over": neither is an age.
_NOT_AGES = re.compile(r"\bone[\s-]+to[\s-]+ones?\b(?:'?s)?|(?<!aged\s)\b(?:11|eleven)[\s-]plus\b",
                       re.IGNORECASE)
_COMPILED = [
    (re.compile(pattern, re.IGNORECASE), read, loose)
    for patterns, loose in ((PATTERNS, False), (STAGES, True))
    for pattern, read in patterns
]


def mentions(text: str) -> list[Mention]:
    """Every age phrase in the text, in the order they appear."""
    found: list[tuple[int, Mention]] = []
    taken: list[tuple[int, int]] = [m.span() for m in _NOT_AGES.finditer(text or "")]
    for pattern, read, loose in _COMPILED:
        for match in pattern.finditer(text or ""):
            start, end = match.span()
            if any(start < taken_end and taken_start < end for taken_start, taken_end in taken):
                continue
            taken.append((start, end))
            youngest, oldest = read(match)
            if read is _single and youngest > OLDEST_SAID:
                continue  # "at just 37 years old", "93-year-old Thelma": a story, not who for
            if youngest is not None and oldest is not None and youngest > oldest:
                continue  # "aged 9 to 5" read backwards is no age, nor is its "aged 9"
            found.append((start, Mention(" ".join(match[0].split()), youngest, oldest, loose)))
    return [mention for _, mention in sorted(found, key=lambda item: item[0])]


def mentioned_range(text: str) -> Bounds | None:
    """The ages the text mentions, youngest to oldest, in months (None on a side no phrase
    limits); None when the text mentions no ages."""
    return _span(mentions(text))


def _span(found: list[Mention]) -> Bounds | None:
    if not found:
        return None
    lows = [mention.youngest for mention in found]
    highs = [mention.oldest for mention in found]
    return (None if None in lows else min(lows), None if None in highs else max(highs))


class Disagreement(StrEnum):
    # The words mention an age the fields leave out: that child's family never finds it.
    WORDS_OUTSIDE_FIELDS = "words_outside_fields"
    # The title or summary says who it is for, and the fields let in ages it rules out.
    FIELDS_WIDER_THAN_WORDS = "fields_wider_than_words"


@dataclass(frozen=True)
class Finding:
    kind: Disagreement
    phrase: str
    youngest: int | None  # what the words say, in months
    oldest: int | None


def _within(months: int, youngest: int | None, oldest: int | None) -> bool:
    return (youngest is None or months >= youngest) and (oldest is None or months <= oldest)


def _outside(mention: Mention, youngest: int | None, oldest: int | None) -> bool:
    if mention.loose:  # shares no age with the fields
        return (oldest is not None and mention.youngest > oldest) or (
            youngest is not None and mention.oldest < youngest
        )
    bounds = [bound for bound in (mention.youngest, mention.oldest) if bound is not None]
    return not all(_within(bound, youngest, oldest) for bound in bounds)


def disagreements(
    who_for: str, other_words: str, youngest: int | None, oldest: int | None
) -> list[Finding]:
    """Where a listing's words and its age fields (months, None for no limit) part.

    `who_for` is the words that say who the service is for (title and summary): the fields must
    keep within what they say, as well as include it. `other_words` (description, eligibility,
    how to get it) may mention a smaller group, such as a young carers' group in a family
    service, but no age the fields leave out.
    """
    said = mentions(who_for)
    findings = [
        Finding(Disagreement.WORDS_OUTSIDE_FIELDS, m.phrase, m.youngest, m.oldest)
        for m in said + mentions(other_words)
        if _outside(m, youngest, oldest)
    ]
    stated = _span(said)
    if stated is not None and not findings:
        low, high = stated
        starts_earlier = low is not None and (youngest is None or youngest < low)
        ends_later = high is not None and (oldest is None or oldest > high)
        if starts_earlier or ends_later:
            phrases = "; ".join(mention.phrase for mention in said)
            findings.append(Finding(Disagreement.FIELDS_WIDER_THAN_WORDS, phrases, low, high))
    return findings


# Who a listing is for, when it states no age: "a day centre for adults with learning
# disabilities" rules out a 10-year-old as plainly as "aged 18+". Words for children, families
# or young adults (SEND runs to 25) beside them mean the listing is not for adults only.
_ADULT_AUDIENCE = re.compile(
    r"\b(?:adults?|grown[\s-]ups|older people|older adults|over[\s-]18s|over[\s-]eighteens|"
    r"pensioners|retired|seniors|over[\s-]50s|over[\s-]60s|men|women|ladies)\b", re.IGNORECASE,
)
_YOUNGER_AUDIENCE = re.compile(
    r"\b(?:young adults?|child|children|childs|kids|young people|young person|youth|teens?|"
    r"teenagers?|babies|baby|toddlers?|famil(?:y|ies)|parents?|carers?|pupils?|students?|"
    r"girls|boys|all ages|everyone|anyone|juniors?|school)\b",
    re.IGNORECASE,
)
ADULTHOOD = ages.first_month(18)


def stated_range(text: str) -> Bounds | None:
    """The ages a listing's words say it is for, in months (None on an open side): the ages
    its phrases mention, else adults when it names only adults as who it is for; None when
    the words say nothing about age. For ranking a listing whose age fields are empty."""
    mentioned = mentioned_range(text)
    if mentioned is not None:
        return mentioned
    if _ADULT_AUDIENCE.search(text or "") and not _YOUNGER_AUDIENCE.search(text or ""):
        return ADULTHOOD, None
    return None
