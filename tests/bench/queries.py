"""The labelled query set for `make bench`: what families type, and which services are right.

Written before any tuning and not to be edited to flatter a result: a query that does badly is
a finding. Relevance is a rule on the generated facts (tests/bench/corpus.py), never on what an
engine returned: "salt" is relevant for every speech and language therapy service, whatever its
words; "autism" for every service whose needs include ASD (its text says so). Binary relevance.

Each query has GET parameters exactly as the search page receives them. Wagtail's built-in
search gets only the words (`q`): it has no need, age, cost or distance filters.
"""

from collections.abc import Callable
from dataclasses import dataclass

from search.postcodes import haversine_miles

from .corpus import OUTCODES, Facts

Rule = Callable[[Facts], bool]


@dataclass(frozen=True)
class LabelledQuery:
    label: str  # acronym / phrase / misspelling / filter / distance / natural
    params: dict
    relevant: Rule

    @property
    def text(self) -> str:
        return self.params.get("q", "")


def kind(*codes: str) -> Rule:
    return lambda f: f.kind in codes


def need(code: str) -> Rule:
    return lambda f: code in f.needs


def age(years: int) -> Rule:
    low, high = years * 12, years * 12 + 11
    return lambda f: ((f.min_age_months is None or f.min_age_months <= high)
                      and (f.max_age_months is None or f.max_age_months >= low))


def near(outcode: str, miles: float) -> Rule:
    lat, lon = OUTCODES[outcode]
    return lambda f: f.point is not None and haversine_miles(lat, lon, *f.point) <= miles


def cost(value: str) -> Rule:
    return lambda f: f.cost_type == value


def budget() -> Rule:
    return lambda f: f.accepts_personal_budget


def named(word: str) -> Rule:
    return lambda f: word in f.name.lower().split()


def any_of(*rules: Rule) -> Rule:
    return lambda f: any(rule(f) for rule in rules)


def all_of(*rules: Rule) -> Rule:
    return lambda f: all(rule(f) for rule in rules)


def q(label: str, relevant: Rule, **params) -> LabelledQuery:
    return LabelledQuery(label, {k: str(v) for k, v in params.items()}, relevant)


DYSLEXIA = any_of(kind("dyslexia"), need("SPLD"))
CLUBS = named("club")

QUERIES: tuple[LabelledQuery, ...] = (
    # Acronyms and the short words families use
    q("acronym", kind("speech"), q="salt"),
    q("acronym", kind("speech"), q="SLT"),
    q("acronym", kind("speech"), q="SALT"),
    q("acronym", kind("mental_health"), q="camhs"),
    q("acronym", kind("mental_health"), q="cypmhs"),
    q("acronym", kind("ot"), q="ot"),
    q("acronym", kind("physio"), q="physio"),
    q("acronym", need("ASD"), q="asd"),
    q("acronym", need("ASD"), q="asc"),
    q("acronym", kind("adhd"), q="adhd"),
    q("acronym", kind("iass"), q="iass"),
    q("acronym", kind("iass"), q="sendiass"),
    q("acronym", kind("parent_forum"), q="pcf"),
    q("acronym", kind("ep"), q="ep"),
    q("acronym", kind("health_visiting"), q="hv"),
    q("acronym", kind("cdc"), q="cdc"),
    q("acronym", kind("direct_payments"), q="dp"),
    q("acronym", kind("short_breaks"), q="respite"),
    q("acronym", kind("keyworker"), q="keyworker"),
    # Plain phrases
    q("phrase", kind("short_breaks"), q="short breaks"),
    q("phrase", kind("keyworker"), q="key worker"),
    q("phrase", kind("speech"), q="speech and language therapy"),
    q("phrase", kind("ot"), q="occupational therapy"),
    q("phrase", kind("mental_health"), q="mental health"),
    q("phrase", need("ASD"), q="autism"),
    q("phrase", need("ASD"), q="autistic"),
    q("phrase", kind("swimming"), q="swimming"),
    q("phrase", kind("swimming"), q="swim"),
    q("phrase", kind("wheelchair_sport"), q="wheelchair football"),
    q("phrase", DYSLEXIA, q="dyslexia"),
    q("phrase", kind("sensory_play"), q="sensory play"),
    q("phrase", kind("holiday_club"), q="holiday club"),
    q("phrase", kind("internship"), q="supported internship"),
    q("phrase", kind("youth_club"), q="youth club"),
    q("phrase", kind("music"), q="music therapy"),
    q("phrase", any_of(kind("hearing"), need("HI")), q="deaf"),
    q("phrase", kind("hearing"), q="sign language"),
    q("phrase", any_of(kind("vision"), need("VI")), q="partially sighted"),
    q("phrase", kind("childminder"), q="childminder"),
    q("phrase", kind("travel_training"), q="travel training"),
    q("phrase", kind("employment"), q="job coaching"),
    q("phrase", kind("direct_payments"), q="personal budget"),
    q("phrase", kind("ep"), q="educational psychologist"),
    # Misspellings
    q("misspelling", need("ASD"), q="autisim"),
    q("misspelling", kind("speech"), q="speach therapy"),
    q("misspelling", DYSLEXIA, q="dyslexsia"),
    q("misspelling", kind("physio"), q="physiotheraphy"),
    q("misspelling", kind("swimming"), q="swimmming"),
    q("misspelling", kind("ot"), q="ocupational therapy"),
    q("misspelling", kind("mental_health"), q="menatl health"),
    q("misspelling", kind("short_breaks"), q="respit"),
    # Need, age, cost and budget filters (with and without words)
    q("filter", need("ASD"), need="ASD"),
    q("filter", all_of(need("PD"), age(8)), need="PD", age=8),
    q("filter", all_of(kind("swimming"), age(4)), q="swimming", age=4),
    q("filter", all_of(kind("speech"), age(7)), q="salt", age=7),
    q("filter", all_of(kind("short_breaks"), need("PMLD")), q="short breaks", need="PMLD"),
    q("filter", all_of(kind("ot", "music", "speech"), need("PD")), q="therapy", need="PD"),
    q("filter", all_of(kind("swimming"), cost("free")), q="swimming", cost="free"),
    q("filter", all_of(kind("short_breaks"), budget()), q="short breaks", pb="yes"),
    q("filter", all_of(need("ASD"), age(16)), q="autism", age=16),
    q("filter", all_of(need("HI"), age(3)), need="HI", age=3),
    q("filter", all_of(kind("holiday_club"), cost("charge")), q="holiday club", cost="charge"),
    # Distance from a postcode (an outcode here: the centre of that area)
    q("distance", all_of(kind("swimming"), near("RV3", 3)), q="swimming", postcode="RV3",
      radius=3),
    q("distance", all_of(kind("speech"), near("RV1", 2)), q="salt", postcode="RV1", radius=2),
    q("distance", all_of(need("ASD"), near("RV5", 1)), need="ASD", postcode="RV5", radius=1),
    q("distance", all_of(kind("short_breaks"), near("RV8", 5)), q="short breaks",
      postcode="RV8", radius=5, sort="distance"),
    q("distance", all_of(kind("physio"), near("EM1", 5)), q="physio", postcode="EM1", radius=5),
    # What people actually type
    q("natural", all_of(kind("speech"), age(7)), q="salt for my 7 year old"),
    q("natural", all_of(need("ASD"), CLUBS), q="autisim club"),
    q("natural", DYSLEXIA, q="help with reading"),
    q("natural", all_of(kind("mental_health"), age(14)), q="mental health support for teenagers"),
    q("natural", kind("holiday_club"), q="things to do in the summer holidays"),
)
