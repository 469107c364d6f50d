"""The needs a listing's words name, for listings that carry no needs of their own.

Real feeds seldom tag a service with the needs it supports (North Lincolnshire's ORUK feed tags
none of its 738), so a family who ticks "Autistic spectrum disorder" would be shown nothing.
A listing with no needs of its own is indexed under the needs its words plainly name
("autistic", "hearing impairment", "dyslexia"); one that has needs keeps exactly those, since
someone chose them. Both backends index the same needs (database facet rows, the Elasticsearch
`needs` field), so the filter and its counts agree everywhere.

Only phrases that mean a need are read: "disabled" alone ("disabled parking") names no need.
But a listing whose words say it is for disabled people in general ("for adults with a
disability", "pan-disability football", "children with disabilities", "for children with
additional needs", "SEND friendly") is for every need, so it is found under each (ANY_NEED); a
family who ticks "Physical disability" and types "sport" should meet the pan-disability
football team, and one who ticks "Autistic spectrum disorder" the community lounge "for those
with additional needs". On the real set reading "additional needs", "special needs" and "SEND
friendly" so moved "need: ASD" from nDCG@10 0.879 to 0.940 and no question down.
"""

from functools import cache

from .tokens import words

# SEN2 code -> phrases (lower case, as search.analysis.words reads them).
NEED_WORDS: dict[str, tuple[str, ...]] = {
    "ASD": ("autism", "autistic", "asd", "asc", "asperger", "aspergers", "autism spectrum"),
    "SLCN": ("speech and language", "speech therapy", "speech therapist", "language delay",
             "communication needs", "slcn", "stammer", "stammering"),
    "SEMH": ("mental health", "emotional wellbeing", "emotional health", "semh", "anxiety",
             "self harm"),
    "SPLD": ("dyslexia", "dyslexic", "dyspraxia", "dyscalculia", "specific learning difficulty",
             "specific learning difficulties"),
    "MLD": ("learning disability", "learning disabilities", "learning difficulty",
            "learning difficulties", "moderate learning"),
    "SLD": ("learning disability", "learning disabilities", "learning difficulty",
            "learning difficulties", "severe learning"),
    "PMLD": ("profound and multiple", "pmld"),
    "HI": ("deaf", "hearing impairment", "hearing impaired", "hearing loss", "hard of hearing"),
    "VI": ("blind", "visual impairment", "visually impaired", "vision impairment",
           "sight loss", "sight impaired", "partially sighted"),
    "MSI": ("multi sensory impairment", "multisensory impairment", "deafblind", "deaf blind"),
    # A wheelchair named at all (a sport, a venue's access) is there for a physical disability.
    "PD": ("physical disability", "physical disabilities", "physically disabled", "wheelchair",
           "wheelchairs", "wheelchair user", "wheelchair users", "cerebral palsy",
           "mobility impairment"),
}
# Phrases that say "disabled people, whatever the disability" (as search.analysis.words reads
# them). Not "disabled" alone ("disabled parking") nor "SEND" alone (a verb too: "send us").
ANY_NEED = ("pan disability", "with a disability", "with disabilities", "with any disability",
            "all disabilities", "any disability", "disabled children", "disabled child",
            "disabled young people", "disabled young person", "disabled people",
            "disabled adults", "additional needs", "special needs", "send friendly")
LONGEST = 4  # words in the longest phrase above
# A venue's facilities, not who a service is for: "toilets suitable for people with
# disabilities", "accessible parking for disabled people". ANY_NEED is not read within
# FACILITY_REACH words after one of these.
FACILITY_WORDS = frozenset(("toilet", "toilets", "accessible", "access", "parking", "facilities",
                            "entrance", "lift", "lifts", "ramp", "ramps", "changing"))
FACILITY_REACH = 4


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each phrase as words -> the needs it names."""
    found: dict[tuple[str, ...], list[str]] = {}
    for code, phrases in NEED_WORDS.items():
        for phrase in (*phrases, *ANY_NEED):
            found.setdefault(tuple(words(phrase)), []).append(code)
    return {phrase: tuple(codes) for phrase, codes in found.items()}


@cache
def _any_need() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words(phrase)) for phrase in ANY_NEED)


def needs_named(text: str) -> tuple[str, ...]:
    """The needs whose phrases appear in the text, in NEED_WORDS order."""
    tokens = words(text)
    phrases = _phrases()
    named: set[str] = set()
    for start in range(len(tokens)):
        for size in range(1, min(LONGEST, len(tokens) - start) + 1):
            phrase = tuple(tokens[start : start + size])
            if phrase in _any_need() and FACILITY_WORDS.intersection(
                tokens[max(0, start - FACILITY_REACH) : start]
            ):
                continue
            named.update(phrases.get(phrase, ()))
    return tuple(code for code in NEED_WORDS if code in named)


def indexed_needs(record: dict) -> tuple[str, ...]:
    """The needs a listing is found under: its own, else the ones its words name."""
    own = tuple(record.get("needs") or ())
    if own:
        return own
    text = " ".join(
        str(record.get(key) or "") for key in ("name", "summary", "description")
    )
    return needs_named(" ".join([text, *record.get("keywords", ())]))
