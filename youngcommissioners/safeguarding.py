"""The safeguarding screen: does this text suggest a child or young person may be at risk?

Every form that takes free text calls `screen(text)` before anything else happens to what was
typed. It errs towards alerting: a false alarm costs the safeguarding lead a minute, a miss
may cost a child. See docs/safeguarding.md for the figures on our own test set.

How a phrase matches (the same rules for the built-in list and the lead's own phrases):
- Text and phrase are read the same way: case, accents and punctuation ignored, apostrophes
  dropped ("wasn't" = "wasnt" = "was not"), common contractions, slang and misspellings put
  into plain words ("kms" = "kill myself", "sucide" = "suicide", "mums bf" = "mum boyfriend").
- Each word matches its other forms: "hit" matches hits, hitting; "abuse" matches abused,
  abusing, abuser; long words (6 letters or more) also match with one letter wrong.
- Words side by side must be side by side in the text, one extra word allowed ("hit me" also
  matches "hit me a lot", "hit my sister"); "+" between words allows none ("touch + me" does
  not match "in touch with me"); "..." allows up to three ("@adult ... @violence" matches
  "my mums boyfriend keeps hitting").
- "a|b|c" is any one of those words; "@name" is one of the word groups below.
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .models import ScreeningPhrase

# Words between two phrase words: side by side allows one (so "hit me" matches "hit her"
# and "hits me again"), "..." allows three.
NEAR = 1
NEXT = 0
WITHIN = 3

WORD_GROUPS: dict[str, str] = {
    "adult": (
        "dad father daddy mum mother parent step boyfriend girlfriend partner husband wife "
        "uncle aunt auntie grandad grandma grandpa nan gran teacher carer foster coach "
        "worker man men woman adult he she they someone somebody brother sister cousin "
        "neighbour lodger friend"
    ),
    "violence": (
        "hit beat punch kick slap smack hurt strangle choke burn bruise "
        "whip belt batter attack bite grab shake stab kill drown suffocate starve lock "
        "threaten torture rape molest abuse"
    ),
    "victim": (
        "me him her them us my his their child kid son daughter brother sister baby "
        "myself himself herself themselves"
    ),
    "self": "myself me himself herself themselves ourselves",
    "fear": "scared afraid frightened terrified petrified",
}

# The built-in list, seeded into the admin (where the safeguarding lead can change it) and
# used as a floor if every phrase there has been switched off.
BUILT_IN_PHRASES: tuple[str, ...] = (
    # Someone hurting a child, in the first or third person.
    "@violence @victim",
    "@adult @violence",
    "@adult ... @violence ... @victim",
    "beat ... out of",
    "push|shove|throw + @victim ... down|over|into|against|off|out|across",
    "bruise",
    "black eye",
    "abuse",
    "violent",
    "violence",
    "domestic",
    # Harm to self, suicide.
    "suicide",
    "suicidal",
    "kill|hurt|harm|cut|hang|starve @self",
    "self harm",
    "overdose",
    "want|wish|going ... die",
    "wish ... dead",
    "better off dead",
    "better off without me",
    "wish ... not here",
    "wish ... never born",
    "not want ... here",
    "not want ... alive",
    "not want ... live",
    "no point ... living|live|alive|anymore|going",
    "no reason ... live|living",
    "end it all",
    "end ... my life",
    "take my ... life",
    "can not go on",
    "jump off",
    "disappear forever",
    # Neglect.
    "neglect",
    "no food",
    "never ... food",
    "hungry ... all|every|always|home",
    "nothing to eat",
    "not fed",
    "go hungry",
    "starve",
    "left ... alone ... all day|all night|days|nights|hours|weekend",
    "home alone",
    "locked ... in ... room|house|cupboard|shed",
    "no one ... look after",
    "kicked me out",
    "kicked ... out of the house|out of home",
    # Sexual harm and exploitation.
    "rape",
    "sexual",
    "molest",
    "groom",
    "touch + @victim",
    "touch + by|from ... @adult",
    "touch ... private",
    "private parts",
    "nudes",
    "naked",
    "clothes off",
    "sex with",
    "exploit",
    "county lines",
    "forced marriage",
    "fgm",
    # A child at risk, afraid.
    "@fear of @adult",
    "@fear ... go home",
    "@fear ... at home",
    "not safe at home",
    "not feel safe",
    "unsafe at home",
    "in danger",
    "bully",
    "threaten",
    "runaway",
    "run away from home",
)

# Written without apostrophes (they are dropped first), to plain words.
SPELLINGS: dict[str, str] = {
    "wasnt": "was not", "werent": "were not", "isnt": "is not", "arent": "are not",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
    "cannot": "can not", "couldnt": "could not", "wont": "will not", "wouldnt": "would not",
    "shouldnt": "should not", "havent": "have not", "hasnt": "has not", "aint": "is not",
    "im": "i am", "ive": "i have", "id": "i would", "ill": "i will", "hes": "he is",
    "shes": "she is", "theyre": "they are", "theres": "there is", "youre": "you are",
    "anymore": "any more", "noone": "no one", "nobody": "no one", "nobodys": "no one",
    "selfharm": "self harm", "selfharming": "self harm", "sh": "self harm",
    "kms": "kill myself", "kys": "kill yourself", "unalive": "kill", "unaliving": "kill",
    "ctb": "suicide", "gonna": "going to", "wanna": "want to", "wana": "want to",
    "wanted": "want", "gotta": "got to", "dnt": "do not", "cnt": "can not",
    "mam": "mum", "mom": "mum", "mommy": "mum", "mummy": "mum", "mums": "mum", "ma": "mum",
    "stepdad": "step dad", "stepmum": "step mum", "stepmom": "step mum", "stepfather": "step dad",
    "stepmother": "step mum", "bf": "boyfriend", "gf": "girlfriend", "boyf": "boyfriend",
    "boyfreind": "boyfriend", "grandad": "grandad", "granddad": "grandad",
    "sucide": "suicide", "suiside": "suicide", "suicde": "suicide", "sucidal": "suicidal",
    "suicidle": "suicidal", "abbuse": "abuse", "abuce": "abuse", "abused": "abuse",
    "neglet": "neglect", "negelct": "neglect", "neglegted": "neglect",
    "hited": "hit", "hitted": "hit", "hitt": "hit", "beated": "beat", "beaten": "beat",
    "kil": "kill", "killd": "kill", "hurted": "hurt", "threw": "throw", "thrown": "throw",
    "bit": "bite", "bitten": "bite", "shook": "shake", "shaken": "shake",
    "burnt": "burn", "hung": "hang", "died": "die", "dying": "die", "dead": "dead",
    "tuch": "touch", "tuched": "touch", "touchs": "touch", "toutch": "touch",
    "toutched": "touch", "rapd": "rape",
    "wot": "what", "u": "you", "ur": "your", "wiv": "with", "coz": "because",
    "cuz": "because", "bcos": "because", "b4": "before", "2": "to", "alon": "alone",
    "hom": "home", "scard": "scared", "scaired": "scared", "frightend": "frightened",
    "bullied": "bully", "bullying": "bully", "bullys": "bully", "bullies": "bully",
    "runaway": "run away", "ran": "run",
}

_APOSTROPHES = re.compile(r"['\u2018\u2019`\u00b4]")
_WORDS = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ings", "ing", "ers", "er", "ed", "es", "s", "ly")


@dataclass(frozen=True)
class Screening:
    """What the screen found: `alert` if any phrase matched, and which phrases did."""

    alert: bool
    matched: tuple[str, ...] = ()


def words(text: str) -> list[str]:
    """The text as plain lower-case words, spelling and contractions put into plain words."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = _APOSTROPHES.sub("", text)
    found = []
    for word in _WORDS.findall(text):
        found += SPELLINGS.get(word, word).split()
    return found


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """A crude stem, the same for a word's common forms (hits, hitting, hit; abused, abuse)."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # hitt -> hit, slapp -> slap (but kill, miss stay)
    return word


@lru_cache(maxsize=4096)
def _one_letter_off(word: str) -> frozenset[str]:
    """The word with any one letter left out: two words sharing one are a letter apart."""
    return frozenset({word} | {word[:i] + word[i + 1 :] for i in range(len(word))})


FUZZY_FROM = 6  # letters; shorter words are too easily another word with one letter changed


@dataclass(frozen=True)
class Slot:
    stems: frozenset[str]
    gap: int  # how many other words may come before this one (after the previous slot)


class PhraseError(ValueError):
    pass


@lru_cache(maxsize=1024)
def compile_phrase(phrase: str) -> tuple[Slot, ...]:
    """The phrase as slots of word stems; PhraseError says what is wrong with it in plain words."""
    slots: list[Slot] = []
    gap = NEAR
    for part in phrase.split():
        if part in ("...", "…", "+"):
            if not slots:
                raise PhraseError(f"A phrase cannot start with {part}")
            gap = NEXT if part == "+" else WITHIN
            continue
        choices: set[str] = set()
        for choice in part.split("|"):
            if choice.startswith("@"):
                group = WORD_GROUPS.get(choice[1:].lower())
                if group is None:
                    names = ", ".join("@" + name for name in WORD_GROUPS)
                    raise PhraseError(f"There is no word group {choice}. The groups are {names}")
                choices.update(stem(w) for name in group.split() for w in words(name))
            else:
                choices.update(stem(w) for w in words(choice))
        if not choices:
            raise PhraseError(f"{part!r} has no letters or numbers in it")
        slots.append(Slot(frozenset(choices), gap if slots else 0))
        gap = NEAR
    if not slots:
        raise PhraseError("Enter a word or phrase")
    return tuple(slots)


def _stem_matches(word_stem: str, slot: Slot) -> bool:
    if word_stem in slot.stems:
        return True
    if len(word_stem) < FUZZY_FROM - 1:
        return False
    near = _one_letter_off(word_stem)
    return any(
        len(choice) >= FUZZY_FROM and not near.isdisjoint(_one_letter_off(choice))
        for choice in slot.stems
    )


def phrase_matches(slots: tuple[Slot, ...], stems: list[str]) -> tuple[int, int] | None:
    """Where in the text (first and last word) the phrase first matches, or None."""

    def match_from(slot_index: int, start: int, end: int) -> list[int] | None:
        if slot_index == len(slots):
            return []
        for position in range(start, min(end, len(stems))):
            if _stem_matches(stems[position], slots[slot_index]):
                following = slot_index + 1
                limit = position + 2 + (slots[following].gap if following < len(slots) else 0)
                rest = match_from(following, position + 1, limit)
                if rest is not None:
                    return [position, *rest]
        return None

    for begin in range(len(stems)):
        if _stem_matches(stems[begin], slots[0]):
            found = match_from(1, begin + 1, begin + 2 + (slots[1].gap if len(slots) > 1 else 0))
            if found is not None:
                return begin, (found or [begin])[-1]
    return None


def matches(phrase: str, text: str) -> list[str]:
    """The passages of `text` this one phrase matches (for the lead's test box)."""
    plain = words(text)
    stems = [stem(w) for w in plain]
    slots = compile_phrase(phrase)
    found, start = [], 0
    while start < len(stems):
        span = phrase_matches(slots, stems[start:])
        if span is None:
            break
        first, last = span[0] + start, span[1] + start
        found.append(" ".join(plain[first : last + 1]))
        start = last + 1
    return found


def active_phrases() -> tuple[str, ...]:
    """The phrases the screen uses: the lead's list in the admin, or the built-in list if none
    is switched on (so a mistake in the admin can never switch the screen off)."""
    phrases = tuple(
        ScreeningPhrase.objects.filter(active=True).order_by("pk").values_list("phrase", flat=True)
    )
    return phrases or BUILT_IN_PHRASES


def screen(text: str, phrases: tuple[str, ...] | None = None) -> Screening:
    """Screen free text for signs of harm. `phrases` defaults to the admin's list."""
    stems = [stem(w) for w in words(text)]
    if not stems:
        return Screening(alert=False)
    matched = []
    for phrase in phrases if phrases is not None else active_phrases():
        try:
            slots = compile_phrase(phrase)
        except PhraseError:
            continue  # the admin form refuses these; never let one stop the others
        if phrase_matches(slots, stems) is not None:
            matched.append(phrase)
    return Screening(alert=bool(matched), matched=tuple(matched))
