"""The words families type, as synonym groups: one source for every search backend.

Elasticsearch gets them as synonym_graph rules (`elasticsearch_rules()`); the database backend
expands the query with them (`search.analysis`). Add a word here and both backends learn it.
Groups are written in lower case; a phrase is a space-separated sequence of words.
"""

# Each group is a set of equivalent ways to say one thing (searching any finds all of them).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("salt", "slt", "speech and language therapy", "speech and language therapist",
     "speech therapy", "speech therapist"),
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
        "yr", "yrs", "old", "aged", "age", "son", "daughter", "kid", "kids", "looking", "need",
        "needs", "want", "please", "s", "t"
    )
)


def expansions() -> dict[str, tuple[str, ...]]:
    """Every phrase in a group -> all the phrases of its group (itself first)."""
    table: dict[str, tuple[str, ...]] = {}
    for group in SYNONYM_GROUPS:
        for phrase in group:
            others = tuple(p for p in group if p != phrase)
            table[phrase] = (phrase, *others)
    for wrong, right in MISSPELLINGS.items():
        table[wrong] = table.get(right, (right,))
    return table


def elasticsearch_rules() -> list[str]:
    """Solr-format rules for a synonym_graph token filter (lower case, before stemming)."""
    rules = [", ".join(group) for group in SYNONYM_GROUPS]
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
    )
)
