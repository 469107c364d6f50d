"""How matches are ordered and when a search goes on to services with only some of the words:
one policy for both backends (database_search, elasticsearch).

Every match is ranked together by one score over all its text, fields weighted (name above
summary and keywords above description; bm25 on SQLite and Elasticsearch, ts_rank_cd weighted
by rarity on PostgreSQL), so a listing about the words in its description can beat one that
only names one of them. On top of that score:

- Common words (synonyms.COMMON_WORDS: "child", "starting", "support") never decide a match
  while anything else was asked; a service that has them scores up to COMMON_SHARE more. So
  it is with words that describe the person rather than what is asked for
  (analysis.describes_the_person): "talk" in "wont talk to me", "disabled" in "i care for my
  disabled son ... support for myself", "school" in "my son who is struggling at school".
- A short search's words side by side, as typed ("youth club"), score PHRASE_SHARE more than
  the same words apart ("a running club with a youth section"), and PHRASE_SHARE more again
  when they are side by side in the name, summary or keywords ("Breastfeeding Support Group" above
  "Breastfeeding Welcome Here Venues", which says "support" only in its description).
- With an age, a service that names its stage of life ("toddlers", "under 5s", "juniors") scores
  AGE_SHARE more: many real listings state no age in their fields, so the age filter (which
  reads the fields, a missing bound being open) lets them all through.
- With an age, a service whose words state ages ("aged 8-25") that fit it scores AGE_SHARE
  more too: ages within those asked about, or reaching their middle (`middle_month`), so for
  "my teenager" (13-19) "aged 16 and over" fits but "for adults over 18" does not. One whose
  words rule the age out ("for adults", "aged 13-16" for a 10-year-old)
  goes below every service that may be for that age (Elasticsearch: its score times
  RULED_OUT_SHARE). The words are read by the Local Offer (ServiceRecord.stated_age_months)
  only for listings whose age fields are empty; the age filter itself reads only the fields.
  A listing named for the months before a birth ("antenatal", "pregnancy": synonyms.BEFORE_BIRTH)
  goes below in the same way whenever an age is given: the child is already born.
  So does one named for grown-ups only ("Ladies Only Kickboxing": synonyms.ADULTS_ONLY) when the
  age is a child's (`not_for`).
- With no age, words that say the search is for a child (CHILD_WORDS: "things for kids to do
  in Kirton") hold every service against childhood, 0 to 17, for that last rule only
  (`ages_held_against`): a club whose words say "for adults" and the "Over 50's Walking
  Football" go below the rest; and the services whose stated ages fit childhood, or that name
  a child's stage of life ("juniors", "toddlers"), score AGE_SHARE more, as for an age asked
  (`lifted_ages`). "Son" and "daughter" with no age rule nothing out (a son may be 22), but
  a service whose words say it starts at 16 or older counts GROWN_UP_SHARE of its score over
  the text (`maybe_grown_up`): "my son has cerebral palsy and wants to play a sport" puts the
  clubs for all ages above the sessions for adults 16 and over. A school year
  ("anxiety about starting year 7") holds them against that year's ages, 11 and 12, the same
  way: it is never a filter (search.understanding leaves "year 7" in the words), but a
  talking therapy "for people aged 16 and over" is not for a child starting Year 7.
- When fewer than FEW services have every deciding word, or the words are a question of
  QUESTION_WORDS or more, the services with every word come first and the ones with most of
  them follow (`SearchResults.relaxed`, `every_word`). Those with some of the words are in
  tiers by how rare the words they have are (bm25's inverse document frequency, counted on
  what was typed and its synonyms; a word matched only through what a concept adds counts
  CONCEPT_SHARE of that), so all of the words come above some, and a rare word
  ("wheelchair") above common ones ("sports"). In a question, the words after "wants to",
  "looking for", "is there" ... (ASKING) are what is asked for and count ASKED_SHARE times:
  "has learning difficulties and wants to get a job" puts a job service above a day centre.
  A question that does not say what it asks for ("my teenager is self harming and wont talk
  to me") is not in tiers (`blends`): any of its words may be context, and in tiers "talk"
  beside a mental health service's words put every talking therapy for adults above the
  services that say "self-harm". There the rarity of the words a service has is added to its
  score over the text, each scaled to its best, at QUESTION_COVERAGE_SHARE. On the real set
  this moved the conversational questions from nDCG@10 0.59 to 0.68 and no question down.
- A need named in the words ("autistic", "cerebral palsy", "anxiety": search.need_words) is
  also had by every service indexed under that need, which includes the listings for disabled
  people whatever the disability ("disabled children", "with disabilities"). Named alone
  ("autism", "partially sighted"), or with any of the words, it matches them: they come after
  the services that say the words, having no score over the text. With every word required,
  each word must be said. In the tiers
  such a service counts as having nearly all of the words (NEED_SHARE): "my autistic daughter
  finds it hard to make friends, is there a group" meets the inclusive youth sports session
  that never says "autistic", and for "wheelchair sports" the wheelchair basketball club that
  says "wheelchair" still comes above the sessions for disabled people whatever the
  disability. On Elasticsearch the same services score NEED_SHARE more.
- A kind of what was typed is what was typed (synonyms.KINDS): a club that says "basketball"
  has "sports" as fully as one that says "sports", while "mental health" is only a wider word
  for "anxiety" and counts CONCEPT_SHARE: in the tiers, and with every word required as the
  score of a service that has only the wider words (for a group of them each; Elasticsearch:
  times CONCEPT_SHARE when it lacks what was typed for any). So a concept can reach further
  ("communication support" for "speech therapy", "mental health" for "counselling") without
  the wider words outranking the ones typed.
- A service whose whole name is what was typed comes first.
- Browsing by need (a need ticked, no words): the services whose name, summary or keywords name
  the need (need_words.NEED_WORDS: "Autism Parent Support Group") come first, then those that
  name it only in their description, then the rest (listings for disabled people whatever the
  disability, and ones tagged with the need by their provider), each A to Z. Without a need,
  browsing is A to Z.
"""

from portal import ages

from . import analysis
from .need_words import NEED_WORDS, needs_named
from .synonyms import ADULTHOOD_MONTHS, ADULTS_ONLY, BEFORE_BIRTH, STOP_WORDS, age_words

COMMON_SHARE = 0.2
PHRASE_SHARE = 0.5
LONGEST_PHRASE = 4  # words; a longer question is never said word for word by a listing
AGE_SHARE = 0.5
RULED_OUT_SHARE = 0.001
FEW = 10
QUESTION_WORDS = 7
CONCEPT_SHARE = 0.5
# "My son has cerebral palsy and wants to play a sport": what follows "wants to" is what is
# asked for; what comes before says who it is for. In the tiers, a group of words after the
# last of these counts ASKED_SHARE times as much as its rarity alone.
ASKING = (("wants", "to"), ("want", "to"), ("wanted", "to"), ("would", "like"),
          ("looking", "for"), ("is", "there"), ("are", "there"), ("help", "with"))
ASKED_SHARE = 1.5
QUESTION_COVERAGE_SHARE = 1.0  # the words' coverage beside the text score, in a question
NEED_SHARE = 0.9  # below 1: the words themselves say more than the need they name
# "Kids", "children", "child" say the search is for a child, but not how old: not "son" or
# "daughter", who may be 22 (the Local Offer runs to 25).
CHILD_WORDS = frozenset(("kids", "kid", "children", "child", "childrens"))
CHILDHOOD = (0, ADULTHOOD_MONTHS - 1)
LAST_SCHOOL_YEAR = 13
# "My son", "my daughter" with no age: most often a child, but the Local Offer runs to 25, so
# nothing is ruled out. A service whose words say it starts at GROWN_UP_MONTHS or older counts
# GROWN_UP_SHARE of its score over the text.
OFFSPRING_WORDS = frozenset(("son", "sons", "daughter", "daughters"))
GROWN_UP_MONTHS = ages.first_month(16)
GROWN_UP_SHARE = 0.5


def needs_of(group: analysis.TermGroup) -> tuple[str, ...]:
    """The needs the words typed for this group name (not what a concept or synonym added)."""
    return needs_named(" ".join(" ".join(words) for words in group.own_words.alternatives))


def need_phrases(needs: tuple[str, ...] | list[str]) -> tuple[tuple[str, ...], ...]:
    """The phrases, as words, that name any of these needs: browsing by need puts the
    services that say them first."""
    found = {tuple(analysis.words(p)) for code in needs for p in NEED_WORDS.get(code, ())}
    return tuple(sorted(found))


def middle_month(low_months: int, high_months: int) -> int:
    """The middle of an age range asked about, in months: stated ages that reach it cover at
    least about half of the range, so they fit it."""
    return (low_months + high_months) // 2


def phrase(text: str) -> tuple[str, ...] | None:
    """The words typed as one phrase, without stop words at either end, when that leaves two
    to LONGEST_PHRASE words ("stay and play", "young carers"); else None."""
    typed = analysis.words(text)
    while typed and typed[0] in STOP_WORDS:
        typed.pop(0)
    while typed and typed[-1] in STOP_WORDS:
        typed.pop()
    return tuple(typed) if 2 <= len(typed) <= LONGEST_PHRASE else None


def stage_phrases(age_months: tuple[int, int] | None) -> tuple[tuple[str, ...], ...]:
    """The phrases that name the stage of life of an age range in months, as words."""
    if not age_months:
        return ()
    return tuple(tuple(analysis.words(p)) for p in age_words(*age_months))


def ages_held_against(age_months: tuple[int, int] | None, text: str) -> tuple[int, int] | None:
    """The ages (months) a service's stated ages and grown-up name are held against: the age
    asked about; else a school year's ("year 7": 11 and 12); else childhood when the words say
    the search is for a child; else none."""
    if age_months:
        return age_months
    typed = analysis.words(text)
    for before, after in zip(typed, typed[1:], strict=False):
        if before == "year" and after.isdigit() and 1 <= int(after) <= LAST_SCHOOL_YEAR:
            # In England a child in Year N turns N + 5 during it: aged N + 4 or N + 5.
            youngest = int(after) + 4
            return ages.first_month(youngest), ages.last_month(youngest + 1)
    if CHILD_WORDS.intersection(typed):
        return CHILDHOOD
    return None


def maybe_grown_up(age_months: tuple[int, int] | None, text: str) -> bool:
    """Whether the words speak of a son or daughter and give no age: then services that start
    at GROWN_UP_MONTHS or older count GROWN_UP_SHARE."""
    return not age_months and bool(OFFSPRING_WORDS.intersection(analysis.words(text)))


def lifted_ages(age_months: tuple[int, int] | None, held_against: tuple[int, int] | None
                ) -> tuple[tuple[int, int], tuple[tuple[str, ...], ...]] | None:
    """The ages whose services score AGE_SHARE more, by stated ages that fit them or by words
    that name their stage, with those stage phrases: the age asked about; else, when the words
    say the search is for a child ("kids"), childhood and a child's stages before
    GROWN_UP_MONTHS ("toddlers", "juniors", "teens"; not "young adults" or "college"); else
    none."""
    if age_months:
        return age_months, stage_phrases(age_months)
    if held_against == CHILDHOOD:
        return CHILDHOOD, stage_phrases((0, GROWN_UP_MONTHS - 1))
    return None


def not_for(age_months: tuple[int, int]) -> tuple[str, ...]:
    """The phrases whose service, named so, is not for a child of this age (months): the
    months before a birth, and grown-ups only when the age is a child's."""
    if age_months[1] < ADULTHOOD_MONTHS:
        return (*BEFORE_BIRTH, *ADULTS_ONLY)
    return BEFORE_BIRTH


def asked_for(text: str) -> frozenset[str]:
    """The words after the last phrase of ASKING, when words come before it too; else none
    (then every word is what was asked for)."""
    typed = analysis.words(text)
    for start in range(len(typed) - 2, 0, -1):
        if tuple(typed[start : start + 2]) in ASKING:
            return frozenset(typed[start + 2 :])
    return frozenset()


def asked_weight(group: analysis.TermGroup, asked: frozenset[str]) -> float:
    return ASKED_SHARE if asked & set(group.alternatives[0]) else 1.0


def blends(text: str, asked: frozenset[str]) -> bool:
    """Whether the words' coverage is weighed beside the text score rather than above it (in
    tiers): in a question of QUESTION_WORDS or more that does not say what it asks for."""
    return not asked and len(analysis.words(text)) >= QUESTION_WORDS


def goes_on(text: str, every_word: int, required: list[analysis.TermGroup]) -> bool:
    """Whether a search that found `every_word` services with all its deciding words goes on
    to the services with some of them."""
    if len(required) < 2 or all(group.common for group in required):
        return False
    return every_word < FEW or len(analysis.words(text)) >= QUESTION_WORDS
