"""The Elasticsearch backend: for councils whose Local Offer outgrows one database.

The client is injected (tests pass one pointed at a local engine); by default it is built from
settings.ELASTICSEARCH_URL. Searches go to an alias; `rebuild()` loads a new timestamped index
and swaps the alias in one atomic step, so the public search never sees a half-built index.
Facet filters go in post_filter and each facet's aggregation applies every filter but its own,
so counts say what choosing that value would give.
"""

from collections.abc import Iterable
from datetime import UTC, datetime

from django.conf import settings
from django.utils.safestring import mark_safe
from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import A, Q, Search

from portal import ages

from .. import analysis, ranking
from ..documents import OPEN_ENDED_MONTHS, TEXT_FIELDS, document_body, index_definition
from ..limits import AGE_BANDS
from ..query import ServiceQuery
from ..records import nearest_miles
from ..results import SearchHit, SearchResults
from ..synonyms import loses_an_end
from .base import RecordLike, SearchBackend, as_dict, is_listed

EXACT_NAME_BOOST = 20.0
FUZZY_BOOST = 0.5
PREFIX_BOOST = 0.3
SHORT_FIELDS = ["name", "summary", "keywords"]  # what a service is about, in few words
FACET_SIZE = 200  # more than the codes any facet has
BULK_CHUNK = 1000


class ElasticsearchBackend(SearchBackend):
    name = "elasticsearch"

    def __init__(self, client: Elasticsearch | None = None, alias: str | None = None,
                 refresh: bool = False):
        self.client = client or Elasticsearch(settings.ELASTICSEARCH_URL)
        self.alias = alias or settings.ELASTICSEARCH_INDEX
        # True in tests: every write is searchable at once. Production relies on refresh_interval.
        self.refresh = refresh
        self._ready = False  # the alias is known to exist: no need to ask before each search

    # -- writing ------------------------------------------------------------------------------

    def ensure_index(self) -> None:
        """Create a first index behind the alias when there is none yet."""
        if self._ready:
            return
        if not self.client.indices.exists_alias(name=self.alias):
            self._create(self._new_index_name(), alias=True)
        self._ready = True

    def index(self, records: Iterable[RecordLike]) -> int:
        self.ensure_index()
        actions = []
        for record in map(as_dict, records):
            if is_listed(record):
                actions.append(
                    {"_op_type": "index", "_index": self.alias, "_id": str(record["id"]),
                     "_source": document_body(record)}
                )
            else:  # hidden or closed: make sure it is gone rather than filtered at query time
                actions.append(
                    {"_op_type": "delete", "_index": self.alias, "_id": str(record["id"])}
                )
        return self._bulk(actions)

    def delete(self, ids: Iterable[str]) -> int:
        self.ensure_index()
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": str(i)} for i in ids]
        return self._bulk(actions)

    def rebuild(self, records: Iterable[RecordLike], progress=None) -> int:
        new_index = self._new_index_name()
        self._create(new_index, alias=False)
        written = 0
        batch = []
        for record in map(as_dict, records):
            if not is_listed(record):
                continue
            batch.append({"_op_type": "index", "_index": new_index, "_id": str(record["id"]),
                          "_source": document_body(record)})
            if len(batch) >= BULK_CHUNK:
                written += self._bulk(batch, refresh=False)
                batch = []
                if progress:
                    progress(written)
        written += self._bulk(batch, refresh=False)
        self.client.indices.refresh(index=new_index)
        old = self._indices_behind_alias()
        actions = [{"remove": {"index": name, "alias": self.alias}} for name in old]
        actions.append({"add": {"index": new_index, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        self._ready = True
        for name in old:
            self.client.indices.delete(index=name)
        if progress:
            progress(written)
        return written

    def _bulk(self, actions: list[dict], refresh: bool | None = None) -> int:
        if not actions:
            return 0
        refresh = self.refresh if refresh is None else refresh
        ok, errors = helpers.bulk(
            self.client, actions, chunk_size=BULK_CHUNK, raise_on_error=False,
            refresh="true" if refresh else "false",
        )
        real_errors = [e for e in errors if not _is_missing_delete(e)]
        if real_errors:
            raise RuntimeError(
                f"Elasticsearch refused {len(real_errors)} documents: {real_errors[:3]}"
            )
        return ok

    def _new_index_name(self) -> str:
        return f"{self.alias}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S%f')}"

    def _create(self, name: str, alias: bool) -> None:
        body = index_definition(name)
        if alias:
            body["aliases"] = {self.alias: {}}
        self.client.indices.create(index=name, **body)

    def _indices_behind_alias(self) -> list[str]:
        try:
            return list(self.client.indices.get_alias(name=self.alias).keys())
        except NotFoundError:
            return []

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: ServiceQuery) -> SearchResults:
        text = query.text
        suggestion, showing_suggestion, relaxed, every_word = None, False, False, 0
        spelled = analysis.fix_misspellings(text)
        if spelled:  # read as the words it means, with their phrases (database_search.find)
            text = spelled
            suggestion, showing_suggestion = spelled, True
        response = self._execute(build_search(query, self.alias, text=text))
        if text and _total(response) == 0:
            # Nothing as typed: the suggester's spelling, then near-miss words.
            corrected = _suggested_text(text, response)
            if corrected:
                retry = self._execute(build_search(query, self.alias, text=corrected))
                if _total(retry):
                    response, suggestion, showing_suggestion = retry, corrected, True
                    text = corrected  # the search from here, as if typed (database_search.find)
            if _total(response) == 0:
                retry = self._execute(build_search(query, self.alias, text=text, fuzzy=True))
                if _total(retry):
                    response = retry
        required, _optional = analysis.deciding(analysis.parse(text))
        if ranking.goes_on(text, _total(response), required):
            # Few services with every word, or a long question: then those with some of them.
            retry = self._execute(build_search(query, self.alias, text=text, any_word=True))
            if _total(retry) > _total(response):
                every_word = _total(response)
                response, relaxed = retry, True
        return SearchResults(
            query=query,
            hits=[_hit(raw, query) for raw in response["hits"]["hits"]],
            total=_total(response),
            facet_counts=_facet_counts(response),
            suggestion=suggestion,
            showing_suggestion=showing_suggestion,
            relaxed=relaxed,
            every_word=every_word,
        )

    def _execute(self, search: Search) -> dict:
        self.ensure_index()
        return self.client.search(index=self.alias, **search.to_dict()).body


# -- the query, as a pure function of ServiceQuery (tested on Search.to_dict()) ---------------


def build_search(
    query: ServiceQuery,
    index: str,
    text: str | None = None,
    any_word: bool = False,
    fuzzy: bool = False,
) -> Search:
    text = query.text if text is None else text
    search = Search(index=index).extra(track_total_hits=True)
    has_text = bool(analysis.parse(text))
    if has_text:
        search = search.query(_text_query(text, any_word, fuzzy, query.age_months, query.text))
    elif query.needs:
        search = search.query(_named_for_needs(query.needs))
    else:
        search = search.query(Q("match_all"))
    for clause in _scope_filters(query):
        search = search.filter(clause)
    facet_filters = _facet_filters(query)
    if facet_filters:
        search = search.post_filter(Q("bool", filter=list(facet_filters.values())))
    for name, aggregation in _aggregations(facet_filters).items():
        search.aggs[name] = aggregation
    if text:
        search = search.highlight_options(
            encoder="html", pre_tags=["<mark>"], post_tags=["</mark>"], require_field_match=False
        )
        search = search.highlight("name", number_of_fragments=0)
        search = search.highlight("summary", number_of_fragments=0)
        search = search.highlight("description", fragment_size=160, number_of_fragments=1)
        search = search.suggest(
            "spelling", text, term={"field": "spelling", "suggest_mode": "missing"}
        )
    search = search.sort(*_sort(query, scored=has_text or bool(query.needs)))
    return search[query.offset : query.offset + query.per_page]


def _text_query(
    text: str, any_word: bool, fuzzy: bool = False, age_months: tuple[int, int] | None = None,
    typed: str | None = None,
) -> Q:
    """search.ranking's rules as a query: the deciding words must match (all, or with
    any_word any), common words, the words side by side and an age's stage of life only add
    to the score. `typed` is what the family typed, when `text` is it put right: only a name
    they typed comes first, and a word put right was typed whole (database_search.find)."""
    operator = "or" if any_word else "and"
    typed = text if typed is None else typed
    groups = analysis.parse(text, allow_prefix=analysis.last_word_as_typed(typed, text))
    required, optional = analysis.deciding(groups)
    deciding = " ".join(group.word for group in required)
    clauses = [
        # Synonyms come from the fields' search analyzer (synonym_graph), so no expansion here;
        # combined_fields scores the fields as one (BM25F) and understands multi-word synonyms.
        Q("combined_fields", query=deciding, fields=TEXT_FIELDS, operator=operator),
        Q("term", sort_name={"value": " ".join(analysis.words(typed)),
                             "boost": EXACT_NAME_BOOST}),
    ]
    if fuzzy:
        # Near misses, as the database backend allows: 1 edit from 4 letters, 2 from 8, and the
        # first letter must be right. The index analyzer, since synonyms and fuzziness clash.
        clauses.append(
            Q("multi_match", query=deciding, fields=TEXT_FIELDS, fuzziness="AUTO:4,8",
              prefix_length=1, operator=operator, analyzer="send_index", boost=FUZZY_BOOST)
        )
    if groups and groups[-1].prefix:
        # The last word may be unfinished ("occupational thera").
        clauses.append(
            Q("multi_match", query=text, type="bool_prefix", fields=TEXT_FIELDS,
              operator=operator, analyzer="send_index", boost=PREFIX_BOOST)
        )
    named = sorted({code for group in required for code in ranking.needs_of(group)})
    if named and (any_word or len(required) == 1):
        # A service indexed under a need the words name matches them (ranking): with nothing
        # to score but the lift below, after those that say the words.
        clauses.append(Q("constant_score", filter=Q("terms", needs=named), boost=0.0))
    matched = Q("bool", should=clauses, minimum_should_match=1)
    lifts = []
    if optional:
        lifts.append(Q("combined_fields", query=" ".join(group.word for group in optional),
                       fields=TEXT_FIELDS, operator="or", boost=ranking.COMMON_SHARE))
    side_by_side = ranking.phrase(text) if len(groups) > 1 else None
    if side_by_side:
        lifts.append(Q("multi_match", query=" ".join(side_by_side), type="phrase",
                       fields=TEXT_FIELDS, boost=ranking.PHRASE_SHARE))
        # ... and again when they are side by side in the name, summary or keywords.
        lifts.append(Q("multi_match", query=" ".join(side_by_side), type="phrase",
                       fields=SHORT_FIELDS, boost=ranking.PHRASE_SHARE))
    if named:  # a service indexed under a need the words name ("autistic" -> ASD)
        lifts.append(Q("terms", needs=named, boost=ranking.NEED_SHARE))
    held_against = ranking.ages_held_against(age_months, typed)
    lifted = ranking.lifted_ages(age_months, held_against)
    if lifted:
        ages_lifted, stages = lifted
        middle = ranking.middle_month(*ages_lifted)
        fits = [Q("range", stated_ages={"gte": ages_lifted[0], "lte": ages_lifted[1],
                                        "relation": "within"}),
                Q("range", stated_ages={"gte": middle, "lte": middle, "relation": "intersects"})]
        lifts.append(Q("bool", boost=ranking.AGE_SHARE, should=[*fits, *(
            Q("multi_match", query=" ".join(stage), type="phrase", fields=TEXT_FIELDS,
              analyzer="send_index")
            for stage in stages if not loses_an_end(stage)  # "early years": not any "early"
        )]))
    scored = Q("bool", must=[matched], should=lifts) if lifts else matched
    widened = [group for group in required if group.own] if not any_word else []
    if widened:
        # Only the wider words a concept added ("mental health" for "counselling"): the score
        # counts CONCEPT_SHARE. (With any of the words, the database backend's tiers weigh
        # this; here bm25 is left to it.)
        scored = Q("boosting", positive=scored, negative_boost=ranking.CONCEPT_SHARE,
                   negative=Q("bool", minimum_should_match=1, should=[
                       Q("bool", must_not=[_says_any(group.said_as_typed)]) for group in widened]))
    if ranking.maybe_grown_up(age_months, typed):
        # "My son": a service for 16 and over may be for him, but less likely.
        scored = Q("boosting", positive=scored, negative_boost=ranking.GROWN_UP_SHARE,
                   negative=Q("range", stated_ages={"gte": ranking.GROWN_UP_MONTHS,
                                                    "lte": OPEN_ENDED_MONTHS,
                                                    "relation": "within"}))
    if not held_against:
        return scored
    # Words that state other ages ("for adults") put a service below the rest, as does a name
    # for the months before a birth or, for a child, for grown-ups only (ranking.not_for).
    # With no age, "kids" holds them against childhood.
    overlaps = Q("range", stated_ages={"gte": held_against[0], "lte": held_against[1],
                                       "relation": "intersects"})
    other_ages = Q("bool", filter=[Q("exists", field="stated_ages")], must_not=[overlaps])
    # Not a phrase the index's stop words would cut short ("parents to be" is any "parents").
    named_for = [Q("multi_match", query=said, type="phrase", fields=SHORT_FIELDS,
                   analyzer="send_index") for said in ranking.not_for(held_against)
                 if not loses_an_end(tuple(analysis.words(said)))]
    return Q("boosting", positive=scored, negative_boost=ranking.RULED_OUT_SHARE,
             negative=Q("bool", should=[other_ages, *named_for], minimum_should_match=1))


def _says_any(typed: analysis.TermGroup | None) -> Q:
    """What was typed for a group and its synonyms, as the words are indexed (no synonyms in
    the analyzer), without what a concept added (analysis.TermGroup.said_as_typed); when none
    of it can be said, nothing matches."""
    if typed is None:
        return Q("match_none")
    return Q("bool", minimum_should_match=1, should=[
        Q("multi_match", query=" ".join(words), type="phrase", fields=TEXT_FIELDS,
          analyzer="send_index")
        for words in typed.alternatives])


def _named_for_needs(needs: tuple[str, ...]) -> Q:
    """Browsing by need (search.ranking): a step up for naming the need in the name, summary or
    keywords and another for naming it anywhere. Constant steps, so services on one step tie
    and stay A to Z. The index analyzer: the need's own words, not their synonyms."""
    said = [" ".join(words) for words in ranking.need_phrases(needs)]
    if not said:
        return Q("match_all")

    def naming(fields: list[str]) -> Q:
        phrases = [Q("multi_match", query=p, type="phrase", fields=fields, analyzer="send_index")
                   for p in said]
        return Q("constant_score", boost=1.0,
                 filter=Q("bool", should=phrases, minimum_should_match=1))

    return Q("bool", must=[Q("match_all")], should=[naming(SHORT_FIELDS), naming(TEXT_FIELDS)])


def _scope_filters(query: ServiceQuery) -> list[Q]:
    """Filters without a facet: they narrow both the hits and every count."""
    clauses = []
    if query.near:
        clauses.append(Q("geo_distance", distance=f"{query.radius_miles}mi",
                         locations={"lat": query.latitude, "lon": query.longitude}))
    if query.holidays:
        clauses.append(Q("term", runs_in_school_holidays=True))
    if query.open_now and query.minute_of_week is not None:
        clauses.append(Q("term", open_hours=query.minute_of_week))
    return clauses


def _facet_filters(query: ServiceQuery) -> dict[str, Q]:
    """Filters that have a facet, by facet name: each facet's counts leave its own filter out."""
    found: dict[str, Q] = {}
    if query.needs:
        found["need"] = Q("terms", needs=list(query.needs))
    if query.categories:
        found["category"] = Q("terms", categories=list(query.categories))
    if query.delivery:
        found["delivery"] = Q("terms", delivery=list(query.delivery))
    if query.cost:
        found["cost"] = Q("terms", cost_type=list(query.cost))
    if query.accepts_personal_budget:
        found["pb"] = Q("term", accepts_personal_budget=True)
    if query.age_months:
        low, high = query.age_months
        found["age"] = _age_overlap(low, high)
    return found


def _age_overlap(low: int, high: int) -> Q:
    return Q("range", ages={"gte": low, "lte": high, "relation": "intersects"})


def _aggregations(facet_filters: dict[str, Q]) -> dict:
    def others(name: str) -> Q:
        rest = [clause for key, clause in facet_filters.items() if key != name]
        return Q("bool", filter=rest) if rest else Q("match_all")

    aggregations = {}
    for name, field in (("need", "needs"), ("category", "categories"),
                        ("delivery", "delivery"), ("cost", "cost_type")):
        aggregation = A("filter", others(name))
        aggregation.bucket("values", "terms", field=field, size=FACET_SIZE)
        aggregations[f"facet_{name}"] = aggregation
    aggregations["facet_pb"] = A("filter", others("pb"))
    aggregations["facet_pb"].bucket("values", "filter", Q("term", accepts_personal_budget=True))
    bands = {
        code: _age_overlap(*ages.months_of(low, high)) for code, _label, low, high in AGE_BANDS
    }
    aggregations["facet_age"] = A("filter", others("age"))
    aggregations["facet_age"].bucket("values", "filters", filters=bands)
    return aggregations


def _sort(query: ServiceQuery, scored: bool) -> list:
    order: list = []
    if query.near and query.sort == "distance":
        order.append({"_geo_distance": {
            "locations": {"lat": query.latitude, "lon": query.longitude},
            "order": "asc", "unit": "mi", "mode": "min", "distance_type": "arc",
        }})
    if scored:
        order.append({"_score": {"order": "desc"}})
    order += [{"sort_name": {"order": "asc"}}, {"service_id": {"order": "asc"}}]
    return order


# -- reading the response -------------------------------------------------------------------


def _total(response: dict) -> int:
    total = response["hits"]["total"]
    return total["value"] if isinstance(total, dict) else int(total)


def _hit(raw: dict, query: ServiceQuery) -> SearchHit:
    record = raw["_source"]["record"]
    highlights = {
        field: mark_safe(" … ".join(fragments))  # noqa: S308 - ES escapes (encoder=html)
        for field, fragments in (raw.get("highlight") or {}).items()
    }
    return SearchHit(
        record=record,
        score=round(float(raw.get("_score") or 0.0), 6),
        highlights=highlights,
        distance_miles=nearest_miles(record, query.near) if query.near else None,
    )


def _facet_counts(response: dict) -> dict[str, dict[str, int]]:
    aggregations = response.get("aggregations") or {}
    counts: dict[str, dict[str, int]] = {}
    for name in ("need", "category", "delivery", "cost"):
        buckets = aggregations.get(f"facet_{name}", {}).get("values", {}).get("buckets", [])
        counts[name] = {b["key"]: b["doc_count"] for b in buckets}
    counts["pb"] = {"yes": aggregations.get("facet_pb", {}).get("values", {}).get("doc_count", 0)}
    bands = aggregations.get("facet_age", {}).get("values", {}).get("buckets", {})
    counts["age"] = {code: bucket["doc_count"] for code, bucket in bands.items()}
    return counts


def _suggested_text(text: str, response: dict) -> str | None:
    """Replace each word the term suggester has a better option for."""
    options = {}
    for entry in (response.get("suggest") or {}).get("spelling", []):
        word = entry["text"].lower()
        # The same rule as the database backend: 1 edit from 4 letters, 2 from 8.
        close = [
            option["text"] for option in entry.get("options", [])
            if analysis.edit_distance(word, option["text"], 2) <= analysis.allowed_edits(word)
        ]
        if close:
            options[word] = close[0]
    if not options:
        return None
    words = analysis.words(text)
    fixed = [options.get(word, word) if analysis.allowed_edits(word) else word for word in words]
    return " ".join(fixed) if fixed != words else None


def _is_missing_delete(error: dict) -> bool:
    return "delete" in error and error["delete"].get("status") == 404
