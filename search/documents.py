"""The Elasticsearch document for one service: analyzers, SEND synonyms, facets, ages, places.

Text is indexed with an English analyzer (stop words, Porter-style stemming); searches add the
SEND synonym graph from search.synonyms, so "salt" finds "speech and language therapy" without
reindexing when the synonym list grows. `spelling` keeps the words unstemmed for the term
suggester ("did you mean"). The whole ServiceRecord rides along in `record` (not indexed) so
a hit can be shown without a database query.
"""

from elasticsearch.dsl import (
    Boolean,
    Date,
    Document,
    GeoPoint,
    Index,
    IntegerRange,
    Keyword,
    Object,
    Text,
    analyzer,
    token_filter,
)

from . import analysis
from .need_words import indexed_needs
from .records import filtered_cost_type, index_keywords, open_slots
from .synonyms import STOP_WORDS, elasticsearch_rules

OPEN_ENDED_MONTHS = 12 * 120  # "no upper age" as a number a range can hold

send_stop = token_filter("send_stop", type="stop", stopwords=sorted(STOP_WORDS))
send_stemmer = token_filter("send_stemmer", type="stemmer", language="english")
send_synonyms = token_filter(
    "send_synonyms",
    type="synonym_graph",
    synonyms=elasticsearch_rules(),
    lenient=True,  # a rule that no longer parses is skipped, not fatal to the index
)

# Index time: plain English analysis. Search time: the same, plus synonyms (graph-aware).
send_index = analyzer(
    "send_index",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", send_stop, send_stemmer],
)
send_search = analyzer(
    "send_search",
    tokenizer="standard",
    filter=["lowercase", "asciifolding", send_synonyms, send_stop, send_stemmer],
)
send_spelling = analyzer(
    "send_spelling", tokenizer="standard", filter=["lowercase", "asciifolding"]
)


def _text():
    return Text(analyzer=send_index, search_analyzer=send_search)


class ServiceDocument(Document):
    service_id = Keyword()
    name = _text()
    summary = _text()
    description = _text()
    keywords = _text()  # keywords, category and need labels, provider name
    spelling = Text(analyzer=send_spelling)
    sort_name = Keyword()  # lower-cased words of the name: A-Z browsing and exact-name boost
    needs = Keyword()
    need_areas = Keyword()
    categories = Keyword()
    delivery = Keyword()
    cost_type = Keyword()
    accepts_personal_budget = Boolean()
    runs_in_school_holidays = Boolean()
    ages = IntegerRange()  # months; open ends filled in (0 and OPEN_ENDED_MONTHS)
    stated_ages = IntegerRange()  # what its words say, when the fields say nothing: ranking only
    open_hours = IntegerRange()  # minutes of the week, one range per opening slot
    locations = GeoPoint()  # every place the service runs; distance uses the nearest
    status = Keyword()
    last_checked = Date()
    record = Object(enabled=False)

    class Index:
        name = "local-offer-services"
        settings = {"number_of_shards": 1, "number_of_replicas": 0}


TEXT_FIELDS = ["name^3", "summary^2", "description", "keywords^2"]


def index_definition(name: str) -> dict:
    """settings + mappings for a new concrete index called name."""
    index = Index(name)
    index.settings(**ServiceDocument._index._settings)
    index.document(ServiceDocument)
    return index.to_dict()


def document_body(record: dict) -> dict:
    """The indexed form of a ServiceRecord dict."""
    keywords = index_keywords(record)
    min_age = record.get("min_age_months")
    max_age = record.get("max_age_months")
    texts = [record.get("name", ""), record.get("summary", ""), record.get("description", "")]
    return {
        "service_id": str(record["id"]),
        "name": record.get("name", ""),
        "summary": record.get("summary", ""),
        "description": record.get("description", ""),
        "keywords": " ; ".join(k for k in keywords if k),
        "spelling": " ".join([*texts, *keywords]),
        "sort_name": " ".join(analysis.words(record.get("name", ""))),
        "needs": list(indexed_needs(record)),  # its own, else the ones its words name
        "need_areas": list(record.get("need_areas") or ()),
        "categories": list(record.get("categories") or ()),
        "delivery": list(record.get("delivery") or ()),
        "cost_type": filtered_cost_type(record),
        "accepts_personal_budget": bool(record.get("accepts_personal_budget")),
        "runs_in_school_holidays": bool(record.get("runs_in_school_holidays")),
        "ages": {
            "gte": 0 if min_age is None else min_age,
            "lte": OPEN_ENDED_MONTHS if max_age is None else max_age,
        },
        "stated_ages": _stated_ages(record.get("stated_age_months")),
        "open_hours": [{"gte": start, "lt": end} for start, end in open_slots(record)],
        "locations": [
            {"lat": place["latitude"], "lon": place["longitude"]}
            for place in record.get("locations") or ()
            if place.get("latitude") is not None and place.get("longitude") is not None
        ],
        "status": record.get("status", "active"),
        "last_checked": record.get("last_checked"),
        "record": record,
    }


def _stated_ages(stated) -> dict | None:
    if not stated or (stated[0] is None and stated[1] is None):
        return None
    low, high = stated
    return {"gte": 0 if low is None else low, "lte": OPEN_ENDED_MONTHS if high is None else high}
