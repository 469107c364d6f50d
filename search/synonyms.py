"""The words families type, as synonym groups: one source for every search backend.

Elasticsearch gets them as synonym_graph rules (`elasticsearch_rules()`); the database backend
expands the query with them (`search.analysis`). Add a word here and both backends learn it.
Groups are written in lower case; a phrase is a space-separated sequence of words.

Three kinds of entry: synonym groups (any finds all), concepts (how a family says a need in its
own words, one way: "isnt talking" finds speech and language services, not the reverse) and
misspellings (one way). Then the words that carry no meaning: STOP_WORDS are never matched,
COMMON_WORDS are matched but never decide a match, and weigh little in ranking.
"""

from collections.abc import Iterable

_SPEECH_THERAPY = ("salt", "slt", "speech and language therapy", "speech and language therapist",
                   "speech therapy", "speech therapist")
# Each group is a set of equivalent ways to say one thing (searching any finds all of them).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    _SPEECH_THERAPY,
    ("asd", "asc", "autism", "autistic", "autistic spectrum disorder", "autism spectrum condition",
     "asperger", "aspergers"),
    ("adhd", "attention deficit hyperactivity disorder", "attention deficit"),
    ("camhs", "cypmhs", "mental health", "child and adolescent mental health services",
     "children and young peoples mental health services", "emotional wellbeing"),
    ("respite", "short breaks", "short break"),
    ("ot", "occupational therapy", "occupational therapist"),
    ("physio", "physiotherapy", "physiotherapist", "physio therapy"),
    ("senco", "sendco", "special educational needs coordinator",
     "special educational needs and disabilities coordinator"),
    ("ehcp", "ehc plan", "education health and care plan"),
    ("iass", "sendiass", "information advice and support service"),
    ("pcf", "parent carer forum"),
    ("dp", "direct payment", "direct payments"),
    ("pb", "personal budget", "personal budgets"),
    ("phb", "personal health budget", "personal health budgets"),
    ("pfa", "preparing for adulthood"),
    ("lac", "cla", "looked after children", "children in care"),
    ("pru", "pupil referral unit"),
    ("ap", "alternative provision"),
    ("dla", "disability living allowance"),
    ("ep", "educational psychologist", "educational psychology"),
    ("hv", "health visitor", "health visiting"),
    ("cdc", "child development centre"),
    ("tac", "team around the child"),
    ("keyworker", "key worker", "key working"),
    ("send", "sen", "special educational needs"),
    ("sensory processing", "sensory integration"),
    ("learning disability", "learning disabilities", "learning difficulty",
     "learning difficulties"),
    ("visual impairment", "visually impaired", "vision impairment", "sight impairment",
     "sight impaired", "sight loss", "partially sighted"),
    ("hearing impairment", "hearing impaired", "hearing loss", "hard of hearing", "deaf"),
    ("eating disorder", "eating disorders", "anorexia", "bulimia", "binge eating", "arfid"),
    ("self harm", "self harming", "selfharm", "self injury"),
    ("food bank", "foodbank", "food banks", "foodbanks", "food pantry", "community pantry",
     "community larder", "food aid", "foodshare", "food share", "food parcel", "food parcels"),
    ("breastfeeding", "breast feeding", "breastfeed", "infant feeding"),
    # "Tots" is how many a toddler group is named ("Mini Mallards Tots Group"). A family's
    # "toddler" is read as an age (search.understanding) unless it reaches the words another
    # way ("todler groups", corrected): then it is what they asked for, in either word.
    ("toddler", "toddlers", "tots"),
    ("neonatal", "nicu", "neonatal intensive care", "special care baby unit", "scbu",
     "premature baby", "premature babies"),
    # Listings say "finding work" or "back into work" where a family says "a job"; "work" alone
    # is in every listing ("we work with families"), so only these phrases join the group.
    ("employment", "employability", "job", "jobs", "supported employment", "finding work",
     "find work", "into work", "paid work", "back to work"),
)

# Concepts: what a family says in its own words -> how services describe it. One way only (the
# typed phrase keeps its own meaning and gains these), so "anxiety" finds mental health
# services but "mental health" does not narrow to anxiety. A target that belongs to a synonym
# group brings its whole group.
_SPORTS = ("football", "basketball", "archery", "boccia", "swimming", "tennis", "cricket",
           "athletics", "gymnastics", "badminton", "rugby", "netball", "hockey", "multi sport",
           "multi sports", "physical activity")
_TODDLER_GROUP = ("toddlers group", "tots group", "stay and play", "playgroup", "play group")
_NOT_TALKING = ("speech and language", "speech therapy", "communication", "health visitor")
# Community shops, pantries and social supermarkets sell food for a few pounds to families who
# cannot afford it: what a family asking for a food bank, or saying it cannot afford food, needs.
_CHEAP_FOOD = ("pantry", "community shop", "social supermarket")
CONCEPTS: dict[str, tuple[str, ...]] = {
    # Emotional and mental health
    "anxiety": ("anxious", "worry", "worries", "mental health", "emotional wellbeing",
                "emotional health", "mental wellbeing"),
    "anxious": ("anxiety", "worry", "worries", "mental health", "emotional wellbeing",
                "emotional health", "mental wellbeing"),
    "worried": ("worry", "worries", "anxiety"),
    "panic attacks": ("panic", "anxiety", "mental health"),
    "depression": ("depressed", "low mood", "mental health", "emotional wellbeing"),
    "depressed": ("depression", "low mood", "mental health", "emotional wellbeing"),
    "low mood": ("depression", "mental health", "emotional wellbeing"),
    "feeling low": ("low mood", "depression", "mental health", "emotional wellbeing"),
    "self harm": ("mental health", "emotional wellbeing", "crisis"),
    "self harming": ("mental health", "emotional wellbeing", "crisis"),
    "counselling": ("mental health",),
    "counsellor": ("counselling", "mental health"),
    "suicidal": ("suicide", "crisis", "mental health"),
    "bullied": ("bullying", "emotional wellbeing"),
    "lonely": ("loneliness", "isolation", "friendship", "social group"),
    "make friends": ("friends", "friendship", "social skills", "social group",
                     "meet new people"),
    "making friends": ("friends", "friendship", "social skills", "social group",
                       "meet new people"),
    # Speech and language, said as what the child does not do yet. In England a health visitor
    # is where a family starts with a toddler not talking yet (the two-year review), so the
    # health visiting services are found as well as the therapists.
    "not talking": _NOT_TALKING,
    "isnt talking": _NOT_TALKING,
    "isn t talking": _NOT_TALKING,
    "not speaking": _NOT_TALKING,
    "late talker": _NOT_TALKING,
    "speech delay": _NOT_TALKING,
    "delayed speech": _NOT_TALKING,
    "stammer": ("stammering", "stutter", "speech and language", "speech therapy"),
    "stutter": ("stuttering", "stammer", "speech and language", "speech therapy"),
    # Dyslexia is a difficulty with reading: reading and literacy support is for it too.
    "dyslexia": ("reading support", "literacy"),
    "dyslexic": ("dyslexia", "reading support", "literacy"),
    # Homework help is what tutors and study support offer.
    "homework": ("tuition", "tutoring", "tutor", "study support"),
    # Work
    "work": ("employment", "employability", "job", "jobs"),
    "career": ("careers", "employment", "job", "jobs"),
    "careers": ("career", "employment", "job", "jobs"),
    "apprenticeship": ("apprenticeships", "employment", "traineeship"),
    # Caring for someone. Many young carers look after a disabled brother or sister, and the
    # services for siblings of disabled children are for them.
    "young carers": ("siblings",),
    "young carer": ("siblings",),
    "i care for": ("carer", "carers", "parent carer", "caring role", "caring responsibilities"),
    "caring for": ("carer", "carers", "parent carer", "caring role", "caring responsibilities"),
    "looking after": ("carer", "carers", "caring role", "caring responsibilities"),
    # Money and food
    "afford": ("cost of living", "hardship", "financial support", "financial help"),
    "hungry": ("food", "food bank"),
    "afford food": ("food bank", "foodbank", "food aid", "foodshare", "food parcels",
                    "community pantry", *_CHEAP_FOOD),
    "food bank": _CHEAP_FOOD,
    "foodbank": _CHEAP_FOOD,
    "food banks": _CHEAP_FOOD,
    "foodbanks": _CHEAP_FOOD,
    # Childcare
    "childcare": ("child care", "childminder", "childminders", "nursery", "nurseries",
                  "pre school", "preschool", "early years"),
    # Toddler groups are as often called "stay and play" or a playgroup ("tots": as the
    # toddler group of synonyms, which a phrase here would otherwise leave behind).
    "toddler group": _TODDLER_GROUP,
    "toddler groups": _TODDLER_GROUP,
    "nursery": ("nurseries", "childcare", "child care", "day nursery", "early years"),
    # School
    # An educational psychologist's advice is part of every EHC needs assessment.
    "ehcp": ("special educational needs", "sendiass", "needs assessment",
             "educational psychologist"),
    "year 7": ("secondary school", "transition to secondary", "moving up", "transition"),
    "starting secondary": ("secondary school", "transition to secondary", "moving up",
                           "transition"),
    # Bodies and sport
    "cerebral palsy": ("physical disability", "physical disabilities", "disability",
                       "disabilities", "disabled"),
    "blind": ("visual impairment", "visually impaired", "sight loss"),
    # Listings for disabled children often never say "disability": they are "inclusive", or
    # for children "with additional needs" ("Barton Inclusive Football Club").
    "disability": ("disabled", "disabilities", "inclusive", "additional needs"),
    "disabilities": ("disability", "disabled", "inclusive", "additional needs"),
    "disabled": ("disability", "disabilities", "inclusive", "additional needs"),
    "sport": ("sports", *_SPORTS),
    "sports": ("sport", *_SPORTS),
    # The verb before it is part of asking for it, not a second thing asked for: "wants to
    # play a sport" asks for sport, and "play" alone finds play parks.
    "play sport": ("sport", "sports", *_SPORTS),
    "play sports": ("sport", "sports", *_SPORTS),
    "play a sport": ("sport", "sports", *_SPORTS),
    "do a sport": ("sport", "sports", *_SPORTS),
    "martial arts": ("karate", "judo", "taekwondo", "kickboxing", "kick boxing", "jiu jitsu",
                     "ju jitsu", "kung fu", "aikido"),
}

# A speech and language therapist's work is communication: a service offering communication
# support (after a stroke, for a child who uses signs) is found for speech therapy too.
CONCEPTS.update({phrase: ("communication support",) for phrase in _SPEECH_THERAPY})

# The concepts above whose words are kinds of what was typed, not wider words for it: a
# listing that says "basketball" is as much about "sports" as one that says "sports", while
# one that says "mental health" is only partly about "anxiety".
KINDS: frozenset[str] = frozenset(("sport", "sports", "play sport", "play sports",
                                   "play a sport", "do a sport", "martial arts"))

# How listings name the stage of life an age falls in, as months (first, last) and phrases. Real
# listings often give no age in their fields, only in their words: when a family gives an age,
# a listing that names that stage ("toddlers", "under 5s", "juniors") is likelier to be for
# their child. This only orders the results; the age filter itself reads the fields.
AGE_WORDS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (0, 11, ("baby", "babies", "infant", "infants", "newborn", "newborns")),
    (0, 59, ("under 5s", "under fives", "under 5", "early years", "pre school", "preschool")),
    (12, 47, ("toddler", "toddlers", "tots", "little ones")),
    (48, 131, ("primary school", "primary age", "junior", "juniors", "kids")),
    (132, 227, ("teenager", "teenagers", "teen", "teens", "youth", "secondary school")),
    (192, 311, ("young adults", "young adult", "post 16", "16 to 25", "college")),
    # "Young people": teenagers as families say it, and 16 to 25 as the Children and Families
    # Act 2014 does.
    (132, 311, ("young people", "young person")),
)


# Services for the months before a birth. A family that gives its child's age has a child
# already born, so a listing named for pregnancy ("Virtual Antenatal Group") is not for them,
# however often it says "baby": it goes below the rest, as one whose words say "for adults".
BEFORE_BIRTH: tuple[str, ...] = ("antenatal", "ante natal", "pregnancy", "pregnant",
                                 "expectant", "expecting parents", "parents to be", "mums to be")


# Who a listing's name or summary says it is for, when that is grown-ups only ("Ladies Only
# Kickboxing", "Over 50's Walking Football"): for a child's age it goes below the rest, even
# when its words say "from age 3" of the club's other classes. Only words no children's
# service uses of itself: not "senior" ("Senior School Youth Hang Out") nor "men's" or
# "women's" ("young women's group").
ADULTS_ONLY: tuple[str, ...] = ("ladies", "over 50s", "over 50 s", "over 60s", "over 60 s")
ADULTHOOD_MONTHS = 216  # 18 years


def age_words(first_month: int, last_month: int) -> tuple[str, ...]:
    """The stage phrases for an age range in months (both ends included)."""
    return tuple(
        phrase
        for low, high, phrases in AGE_WORDS
        if low <= last_month and high >= first_month
        for phrase in phrases
    )


# Common misspellings, one way only: the misspelling finds the word, never the reverse.
MISSPELLINGS: dict[str, str] = {
    "autisim": "autism",
    "austism": "autism",
    "autsim": "autism",
    "autisum": "autism",
    "autisic": "autistic",
    "austistic": "autistic",
    "dyslexsia": "dyslexia",
    "dislexia": "dyslexia",
    "dyslexica": "dyslexia",
    "dispraxia": "dyspraxia",
    "dyspraxsia": "dyspraxia",
    "aspergus": "asperger",
    "physiotheraphy": "physiotherapy",
    "theraphy": "therapy",
    "therapie": "therapy",
    "speach": "speech",
    "langauge": "language",
    "languge": "language",
    "behavior": "behaviour",
    "behavioral": "behavioural",
    "pediatric": "paediatric",
    "pediatrics": "paediatrics",
    "wheelchiar": "wheelchair",
    "respit": "respite",
    "councelling": "counselling",
    "counseling": "counselling",
    "excercise": "exercise",
    "sensery": "sensory",
    "disabilty": "disability",
    "dissability": "disability",
    "hyperactivty": "hyperactivity",
}

# Words that carry no meaning for matching a service: English function words, plus words
# families add around what they want ("for my 7 year old near ...").
STOP_WORDS: frozenset[str] = frozenset(
    (
        "a", "about", "an", "and", "are", "as", "at", "be", "but", "by", "can", "do", "does", "for",
        "from", "had", "has", "have", "help", "how", "i", "if", "in", "into", "is", "it", "its",
        "me", "my", "near", "of", "on", "or", "our", "she", "he", "so", "some", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "to", "us", "was", "we", "what",
        "when", "where", "which", "who", "will", "with", "would", "you", "your", "year", "years",
        "yr", "yrs", "old", "aged", "age", "son", "daughter", "looking", "need",
        "needs", "want", "please", "s", "t",
        # Conversation around a question: contractions typed without their apostrophe ("isnt")
        # or split by it ("isn t"), and the words a sentence is built with.
        "isnt", "isn", "wont", "won", "cant", "dont", "don", "doesnt", "doesn", "didnt", "didn",
        "arent", "aren", "wasnt", "wasn", "couldnt", "couldn", "wouldnt", "wouldn", "shouldnt",
        "shouldn", "havent", "haven", "hasnt", "hasn", "im", "ive", "ll", "ve", "re", "d", "m",
        "am", "were", "been", "being", "yet", "until", "till", "why", "whom", "her",
        "him", "his", "myself", "himself", "herself", "themselves", "ourselves", "yourself",
        "wants", "wanted", "wanting", "give", "tell",
    )
)


def expansions() -> dict[str, tuple[str, ...]]:
    """Every phrase in a group -> all the phrases of its group (itself first); every concept
    -> itself, its group, and what it means with their groups; every misspelling -> what
    its right spelling finds."""
    table: dict[str, tuple[str, ...]] = {}
    for group in SYNONYM_GROUPS:
        for phrase in group:
            others = tuple(p for p in group if p != phrase)
            table[phrase] = (phrase, *others)
    groups = dict(table)  # before concepts: a concept's target brings its group, not more
    for phrase, means in CONCEPTS.items():
        found = list(groups.get(phrase, (phrase,)))
        for target in means:
            found += groups.get(target, (target,))
        table[phrase] = tuple(dict.fromkeys(found))
    for wrong, right in MISSPELLINGS.items():
        table[wrong] = table.get(right, (right,))
    return table


def own_groups() -> dict[str, tuple[str, ...]]:
    """Every phrase in the table -> itself and its synonyms, without what a concept adds: how
    specific what the family typed is ("self harming" is rare even if "mental health" is not)."""
    table: dict[str, tuple[str, ...]] = {}
    for group in SYNONYM_GROUPS:
        for phrase in group:
            table[phrase] = (phrase, *(p for p in group if p != phrase))
    widened = expansions()
    for phrase in CONCEPTS:
        # A kind of the thing is the thing: basketball is a sport as fully as "sports" is.
        table.setdefault(phrase, widened[phrase] if phrase in KINDS else (phrase,))
    for wrong, right in MISSPELLINGS.items():
        table[wrong] = table.get(right, (right,))
    return table


def loses_an_end(phrase: tuple[str, ...], stop_words: frozenset[str] = STOP_WORDS) -> bool:
    """True for a phrase of two or more words whose first or last word an engine that drops
    these stop words would drop (a word inside keeps its place: "back to work"). Such an
    engine matches it far more widely than meant: "parents to be" as any "parents", "into
    work" as any "work". SQLite's FTS5 keeps every word; PostgreSQL and Elasticsearch do not."""
    return len(phrase) > 1 and (phrase[0] in stop_words or phrase[-1] in stop_words)


def _kept_whole(phrases: Iterable[str], typed: str = "") -> list[str]:
    """The phrases the index's stop filter leaves whole (and what was typed, as typed)."""
    return [p for p in phrases if p == typed or not loses_an_end(tuple(p.split()))]


def elasticsearch_rules() -> list[str]:
    """Solr-format rules for a synonym_graph token filter (lower case, before stemming). The
    stop filter runs after it, so a phrase it would cut short is left out ("into work")."""
    table = expansions()
    rules = [", ".join(kept) for group in SYNONYM_GROUPS if len(kept := _kept_whole(group)) > 1]
    rules += [f"{phrase} => {', '.join(_kept_whole(table[phrase], phrase))}"
              for phrase in sorted(CONCEPTS)]
    rules += [f"{wrong} => {right}" for wrong, right in sorted(MISSPELLINGS.items())]
    return rules


# Words so common in what families type, or in every listing, that they never decide a match
# on their own. When no service has every word, search falls back to services with any of
# the words, but only among the others: "something that does not exist xyz" finds nothing
# (and the zero-results help), not every listing that says "not".
COMMON_WORDS: frozenset[str] = frozenset(
    (
        "not", "no", "nor", "all", "any", "anything", "something", "nothing", "everything",
        "anyone", "someone", "somewhere", "anywhere", "exist", "exists", "existing", "get",
        "got", "find", "found", "just", "also", "like", "very", "more", "most", "other",
        "others", "only", "own", "same", "than", "too", "should", "could", "may", "might",
        "must", "one", "new", "good", "best", "thing", "things", "way", "did", "done", "go",
        "going", "here", "out", "up", "over", "again", "still", "really", "know", "think",
        "make", "use", "used", "see", "look", "child", "children", "people", "young", "person",
        "family", "families", "service", "services", "start", "starting", "local", "offer",
        "available", "around", "area", "time", "day", "days",
        # In nearly every listing, or said around what a family needs rather than naming it.
        "support", "supports", "supported", "supporting", "helps", "helping", "helped",
        "finds", "finding", "hard", "struggling", "struggles", "struggle", "problem",
        "problems", "issue", "issues", "full", "lot", "lots", "much", "many", "well", "better",
        "join", "meet", "able", "unable", "parent", "parents", "mum", "mums", "dad", "dads",
        "adult", "adults", "boy", "boys", "girl", "girls", "baby", "babies", "toddler", "kid",
        "kids",
        "sort", "kind", "type",
    )
)

# Words that say what a family describes rather than what it asks for (search.analysis
# .describes_the_person). After a negation a word says what the child does not do ("wont talk
# to me"; "won't" is read as "won" and "t"); between "my" and one of PERSON_WORDS it says who
# they are ("my disabled son"); after "who" and one of DESCRIBING_VERBS the rest of the words
# say how they are ("my son who is struggling at school"), but not after "who can" ("who can
# help"), which asks.
NEGATIONS: frozenset[str] = frozenset(("not", "never", "wont", "dont", "doesnt", "didnt", "cant",
                                       "isnt", "wouldnt", "refuses", "t"))
PERSON_WORDS: frozenset[str] = frozenset((
    "son", "sons", "daughter", "daughters", "child", "children", "kid", "kids", "boy", "girl",
    "teenager", "teen", "baby", "toddler",
))
DESCRIBING_VERBS: frozenset[str] = frozenset(("is", "has", "was", "keeps", "finds", "struggles",
                                              "gets", "s"))
