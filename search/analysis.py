"""What a family typed, turned into groups of words to match: synonyms, misspellings, prefixes.

The database backend builds its FTS5 / tsquery expression from `parse()`; both backends use
`edit_distance()` and `correct()` for "did you mean".
"""

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from .need_words import needs_named
from .synonyms import (
    COMMON_WORDS,
    DESCRIBING_VERBS,
    MISSPELLINGS,
    NEGATIONS,
    PERSON_WORDS,
    STOP_WORDS,
    expansions,
    loses_an_end,
    own_groups,
)
from .tokens import words

_LONGEST_PHRASE = 6  # words; longer synonym phrases do not exist
MIN_PREFIX = 3  # "sw" would match half the index
MIN_CORRECTABLE = 4  # three-letter words are usually acronyms: never "correct" them
# The word after these names a place. One search.understanding could not find stays in the
# words ("near scunthorpe" with no listing located there) but decides nothing, as a common
# word: a service that says it scores a little more.
PLACE_CUES = frozenset(("near", "nr", "around"))


@dataclass(frozen=True)
class TermGroup:
    """One thing the family asked for: any alternative matches (each a phrase of words)."""

    alternatives: tuple[tuple[str, ...], ...]
    prefix: bool = False  # the last word may be unfinished: also match words it begins
    synonym: bool = False  # came from the synonym table, so never spell-corrected
    common: bool = False  # a word in synonyms.COMMON_WORDS: never decides a match on its own
    # What was typed and its synonyms, when a concept added wider words to `alternatives`
    # ("self harming" beside "mental health"): how rare these are is how much a match says.
    own: tuple[tuple[str, ...], ...] = ()

    @property
    def word(self) -> str:
        return " ".join(self.alternatives[0])

    @property
    def own_words(self) -> "TermGroup":
        """This group without what a concept added."""
        return TermGroup(self.own, self.prefix) if self.own else self

    @property
    def said_as_typed(self) -> "TermGroup | None":
        """own_words without the phrases that begin or end with a stop word, which no engine
        matches as typed (PostgreSQL and Elasticsearch drop the word: "i care for" would be
        any "care"); None when none is left. A group no concept widened is itself."""
        if not self.own:
            return self
        kept = tuple(words for words in self.own if not loses_an_end(words))
        return TermGroup(kept, self.prefix) if kept else None


@cache
def _table() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    return {
        tuple(words(phrase)): tuple(tuple(words(alt)) for alt in alts)
        for phrase, alts in expansions().items()
    }


@cache
def _own() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    return {
        tuple(words(phrase)): tuple(tuple(words(alt)) for alt in alts)
        for phrase, alts in own_groups().items()
    }


def is_vocabulary(word: str) -> bool:
    """Whether the word is a phrase of the SEND vocabulary on its own (synonyms, concepts,
    misspellings): "salt", "respite", "anxiety"."""
    return (word,) in _table()


def describes_the_person(tokens: list[str], start: int, end: int,
                         vocabulary: bool = False) -> bool:
    """Whether tokens[start:end] say who the search is for, or what they do not do, rather than
    what is asked for: then they are matched but decide nothing, like a common word. After a
    negation ("wont talk to me": not a talking therapy), between "my" and the person ("i care
    for my disabled son ... support for myself"), or in a clause about them ("my son who is
    struggling at school"). A need is never only that: "my autistic son" asks for services
    for autism (search.need_words); nor is a phrase of the SEND vocabulary after a negation
    ("we cant afford food" asks for food banks)."""
    if needs_named(" ".join(tokens[start:end])):
        return False
    if start and tokens[start - 1] in NEGATIONS:
        return not vocabulary
    if (start and tokens[start - 1] == "my" and end < len(tokens)
            and tokens[end] in PERSON_WORDS):
        return True
    return any(tokens[at] == "who" and tokens[at + 1] in DESCRIBING_VERBS
               for at in range(1, start - 1))


def parse(text: str, *, allow_prefix: bool = True) -> list[TermGroup]:
    """Split the query into groups, longest synonym phrase first; stop words are dropped."""
    tokens = words(text)
    table = _table()
    groups: list[TermGroup] = []
    i = 0
    while i < len(tokens):
        for size in range(min(_LONGEST_PHRASE, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in table:
                alternatives, own = _dedupe(table[key]), _dedupe(_own()[key])
                groups.append(TermGroup(alternatives, synonym=True,
                                        common=describes_the_person(tokens, i, i + size,
                                                                    vocabulary=True),
                                        own=own if own != alternatives else ()))
                i += size
                break
        else:
            token = tokens[i]
            if token not in STOP_WORDS:
                after_cue = i > 0 and tokens[i - 1] in PLACE_CUES
                common = (token in COMMON_WORDS or after_cue
                          or describes_the_person(tokens, i, i + 1))
                groups.append(TermGroup(((token,),), common=common))
            i += 1
    last = groups[-1] if groups else None
    ends_mid_word = bool(text) and not text[-1].isspace()
    if (
        allow_prefix
        and last is not None
        and not last.synonym
        and ends_mid_word
        and tokens
        and last.word == tokens[-1]
        and len(last.word) >= MIN_PREFIX
        and not last.word.isdigit()
    ):
        groups[-1] = TermGroup(last.alternatives, prefix=True, common=last.common)
    # A word typed twice asks for nothing more ("autism autism", or a pasted page of text),
    # but would be matched twice; the prefix form of a word covers the word itself.
    prefixed = {group.alternatives for group in groups if group.prefix}
    return list(
        dict.fromkeys(g for g in groups if g.prefix or g.alternatives not in prefixed)
    )


MAX_SAID_ALIKE = 16  # alternatives of the words side by side: each is a phrase to match


def said_alike(typed: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The words side by side as typed, then as each part's synonyms or right spelling say them:
    "breast feeding support" is also "breastfeeding support", which is how listings name it
    (Elasticsearch's phrase query does the same through its synonym_graph analyzer). Not the
    wider words a concept adds: those are not another way of saying what was typed."""
    own = _own()
    parts: list[tuple[tuple[str, ...], ...]] = []
    i = 0
    while i < len(typed):
        for size in range(min(_LONGEST_PHRASE, len(typed) - i), 0, -1):
            key = tuple(typed[i : i + size])
            if key in own:
                parts.append((key, *own[key]))
                i += size
                break
        else:
            parts.append(((typed[i],),))
            i += 1
    found: dict[tuple[str, ...], None] = {}
    for choice in itertools.product(*parts):
        found.setdefault(tuple(word for part in choice for word in part), None)
        if len(found) >= MAX_SAID_ALIKE:
            break
    return tuple(found)


def deciding(groups: list[TermGroup]) -> tuple[list[TermGroup], list[TermGroup]]:
    """(the groups a service must match, the ones that only add to its score). Common words
    ("child", "starting", "support") decide nothing while anything else was asked: "anxiety
    about starting year 7" must find anxiety services that never say "starting". When only
    common words were typed ("young people"), they are all that can decide."""
    required = [group for group in groups if not group.common]
    if not required:
        return list(groups), []
    return required, [group for group in groups if group.common]


def _dedupe(alternatives: Iterable[tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Each alternative once, and none that contains another: "child and adolescent mental
    health services" matches nothing that "mental health" does not, and phrases full of common
    words ("and", "services") are the slowest thing a full-text engine can be asked to match."""
    seen: dict[tuple[str, ...], None] = {}
    for alt in alternatives:
        if alt:
            seen.setdefault(alt, None)
    return tuple(
        alt for alt in seen
        if not any(other != alt and _contains(alt, other) for other in seen)
    )


def _contains(phrase: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(
        phrase[i : i + len(part)] == part for i in range(len(phrase) - len(part) + 1)
    )


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (a swap counts as one edit), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def allowed_edits(word: str) -> int:
    if len(word) < MIN_CORRECTABLE:
        return 0
    return 1 if len(word) < 8 else 2


def best_correction(word: str, candidates: Iterable[tuple[str, int]]) -> str | None:
    """The closest known word (then the most common), or None when nothing is close enough."""
    limit = allowed_edits(word)
    best: tuple[int, int, str] | None = None
    for candidate, frequency in candidates:
        if candidate == word:
            return None
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            key = (distance, -frequency, candidate)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def correct(
    text: str,
    is_known: Callable[[str], bool],
    candidates: Callable[[str], Iterable[tuple[str, int]]],
) -> str | None:
    """The query with unknown words replaced by their nearest known word, or None if unchanged.

    is_known(word) says whether the index holds the word; candidates(word) yields
    (known word, how many services use it) pairs worth comparing against.
    """
    table = _table()
    changed = False
    fixed: list[str] = []
    for word in words(text):
        if word in STOP_WORDS or (word,) in table or word.isdigit() or is_known(word):
            fixed.append(word)
            continue
        replacement = best_correction(word, candidates(word)) if allowed_edits(word) else None
        if replacement:
            fixed.append(replacement)
            changed = True
        else:
            fixed.append(word)
    return " ".join(fixed) if changed else None


def last_word_as_typed(typed: str, read: str) -> bool:
    """Whether the last word read may be unfinished, for `parse(read, allow_prefix=...)`: it is
    the last word typed, with no space after it. One put right ("councelling") was typed
    whole, so it is never also matched as a prefix."""
    before, after = words(typed), words(read)
    return (bool(before) and bool(after) and before[-1] == after[-1]
            and not typed[-1].isspace())


def fix_misspellings(text: str) -> str | None:
    """The query with known misspellings put right ("autisim" -> "autism"), or None."""
    tokens = words(text)
    if not any(t in MISSPELLINGS for t in tokens):
        return None
    return " ".join(MISSPELLINGS.get(t, t) for t in tokens)
