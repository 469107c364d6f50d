"""The Elasticsearch backend: the query and mapping it sends (Search.to_dict(), no server),
then index / delete / rebuild against osmem-server over HTTP."""

import uuid

import pytest

from local_offer.search_vocabulary import shipped_vocabulary
from search import ranking
from search.backends.elasticsearch import SHORT_FIELDS, ElasticsearchBackend, build_search
from search.documents import OPEN_ENDED_MONTHS, TEXT_FIELDS, document_body, index_definition
from search.query import ServiceQuery
from search.service_record import ServiceRecord
from search.synonyms import elasticsearch_rules

from .conformance.corpus import BY_ID, RECORDS, SPORT
from .conftest import locate


def body_for(params, **kwargs) -> dict:
    # The shipped vocabulary files: these tests need no database.
    query, errors = ServiceQuery.from_params(
        params, locate=locate, vocabulary=shipped_vocabulary()
    )
    assert errors == []
    return build_search(query, "services", **kwargs).to_dict()


def matching(body) -> list[dict]:
    """The clauses any of which must match (inside the lifts, when the search has some, and
    inside each boosting that puts some services lower, when it has any)."""
    query = body["query"]
    while "boosting" in query:
        query = query["boosting"]["positive"]
    query = query["bool"]
    return (query["must"][0]["bool"] if "must" in query else query)["should"]


def find(tree, key):
    """Every value stored under key anywhere in a nested dict/list."""
    found = []
    if isinstance(tree, dict):
        for k, v in tree.items():
            if k == key:
                found.append(v)
            found += find(v, key)
    elif isinstance(tree, list):
        for item in tree:
            found += find(item, key)
    return found


# -- mapping -----------------------------------------------------------------------------------


def test_mapping_has_english_analysis_synonyms_facets_ages_and_places():
    definition = index_definition("local-offer-services-1")
    analysis = definition["settings"]["analysis"]
    properties = definition["mappings"]["properties"]

    assert analysis["filter"]["send_synonyms"]["type"] == "synonym_graph"
    assert analysis["filter"]["send_synonyms"]["synonyms"] == elasticsearch_rules()
    assert analysis["filter"]["send_stemmer"] == {"type": "stemmer", "language": "english"}
    assert "send_synonyms" in analysis["analyzer"]["send_search"]["filter"]
    assert "send_synonyms" not in analysis["analyzer"]["send_index"]["filter"]
    assert properties["name"] == {
        "type": "text", "analyzer": "send_index", "search_analyzer": "send_search"
    }
    for facet in ("needs", "categories", "delivery", "cost_type", "sort_name", "service_id"):
        assert properties[facet] == {"type": "keyword"}
    assert properties["ages"] == {"type": "integer_range"}
    assert properties["open_hours"] == {"type": "integer_range"}
    assert properties["locations"] == {"type": "geo_point"}
    assert properties["record"] == {"type": "object", "enabled": False}


def test_document_fills_open_ended_ages_and_keeps_the_record():
    body = document_body(BY_ID["c14"].to_dict())  # no ages at all
    assert body["ages"] == {"gte": 0, "lte": OPEN_ENDED_MONTHS}
    body = document_body(BY_ID["c01"].to_dict())
    assert body["ages"] == {"gte": 0, "lte": 131}
    assert body["open_hours"] == [{"gte": 540, "lt": 720}, {"gte": 3420, "lt": 3600}]
    assert body["locations"] == [{"lat": 52.205, "lon": -1.5}]
    assert body["record"]["name"] == "Speech and Language Therapy Drop-in"
    assert body["sort_name"] == "speech and language therapy drop in"


# -- queries -----------------------------------------------------------------------------------


def test_words_search_four_fields_with_name_weighted_and_boost_an_exact_name():
    body = body_for({"q": "occupational therapy"})  # one phrase naming no need: no lifts
    should = body["query"]["bool"]["should"]
    combined = should[0]["combined_fields"]
    assert combined["fields"] == ["name^3", "summary^2", "description", "keywords^2"]
    assert combined["operator"] == "and"
    assert should[1] == {"term": {"sort_name": {"value": "occupational therapy", "boost": 20.0}}}
    assert body["query"]["bool"]["minimum_should_match"] == 1
    assert not find(body, "fuzziness")  # typos only when nothing matched as typed


def test_a_need_named_in_the_words_lifts_the_services_indexed_under_it():
    body = body_for({"q": "my son is autistic and wants to join a club"})
    lifts = [clause for should in find(body, "should") for clause in should]
    assert {"terms": {"needs": ["ASD"], "boost": ranking.NEED_SHARE}} in lifts
    assert not find(body_for({"q": "swimming club"})["query"], "terms")


def test_fuzzy_and_any_word_retries():
    body = body_for({"q": "sensorry play"}, fuzzy=True, any_word=True)
    fuzzy = [c["multi_match"] for c in matching(body) if "multi_match" in c]
    assert fuzzy[0]["fuzziness"] == "AUTO:4,8" and fuzzy[0]["prefix_length"] == 1
    assert fuzzy[0]["analyzer"] == "send_index"
    assert set(find(body, "operator")) == {"or"}


def test_unfinished_last_word_adds_a_prefix_clause():
    body = body_for({"q": "occupational thera"})
    prefix = [c["multi_match"] for c in matching(body)
              if c.get("multi_match", {}).get("type") == "bool_prefix"]
    assert prefix and prefix[0]["query"] == "occupational thera"
    # a synonym is a whole word already: no prefix for "occupational therapy"
    assert not [c for c in matching(body_for({"q": "occupational therapy"}))
                if "multi_match" in c]


def test_common_words_only_lift_and_the_deciding_words_must_match():
    body = body_for({"q": "swimming for children"})
    combined = matching(body)[0]["combined_fields"]
    assert (combined["query"], combined["operator"]) == ("swimming", "and")
    # "children" says the search is for a child: grown-ups' listings go below (tested apart)
    lifts = body["query"]["boosting"]["positive"]["bool"]["should"]
    assert {"combined_fields": {"query": "children", "fields": combined["fields"],
                                "operator": "or", "boost": 0.2}} in lifts
    phrase = [c["multi_match"] for c in lifts if c.get("multi_match", {}).get("type") == "phrase"]
    assert phrase[0]["query"] == "swimming for children" and phrase[0]["boost"] == 0.5
    # side by side in the name, summary or keywords counts again, as on the database backend
    assert phrase[1]["fields"] == ["name", "summary", "keywords"] and phrase[1]["boost"] == 0.5


def test_words_put_right_are_searched_but_only_a_name_as_typed_comes_first():
    body = body_for({"q": "councelling"}, text="counselling")  # as search() runs it
    should = matching(body)
    assert should[0]["combined_fields"]["query"] == "counselling"
    assert should[1]["term"]["sort_name"]["value"] == "councelling"
    assert not find(body, "bool_prefix")  # a word put right was typed whole


def test_an_age_lifts_services_that_name_its_stage_of_life_or_state_it():
    body = body_for({"q": "activities for my 18 month old"})
    scored = body["query"]["boosting"]["positive"]
    (stage,) = [c["bool"] for c in scored["bool"]["should"] if "bool" in c]
    said = {clause["multi_match"]["query"] for clause in stage["should"] if "multi_match" in clause}
    assert {"toddlers", "under 5s"} <= said and "teenagers" not in said
    assert "early years" not in said  # "years" is a stop word: it would lift any "early"
    assert {"range": {"stated_ages": {"gte": 18, "lte": 18, "relation": "intersects"}}} in (
        stage["should"])
    assert stage["boost"] == 0.5


def test_with_an_age_services_whose_words_state_other_ages_go_below():
    body = body_for({"q": "swimming", "age": "10"})
    boosting = body["query"]["boosting"]
    assert boosting["negative_boost"] == 0.001
    either = boosting["negative"]["bool"]
    assert either["minimum_should_match"] == 1
    negative = either["should"][0]["bool"]
    assert negative["filter"] == [{"exists": {"field": "stated_ages"}}]
    assert negative["must_not"][0]["range"]["stated_ages"]["relation"] == "intersects"
    # ... and so do services named for the months before a birth
    named = {c["multi_match"]["query"] for c in either["should"][1:]}
    assert "antenatal" in named and either["should"][1]["multi_match"]["fields"] == [
        "name", "summary", "keywords"]
    assert "ladies" in named  # ... and, for a child, those named for grown-ups only
    # ... but not a phrase the stop words would cut to "parents"
    assert "expecting parents" in named and "parents to be" not in named
    adult = body_for({"q": "swimming", "age": "20"})["query"]["boosting"]["negative"]["bool"]
    assert "ladies" not in {c["multi_match"]["query"] for c in adult["should"][1:]}


def test_with_no_age_kids_hold_services_against_childhood():
    body = body_for({"q": "things for kids to do in kirton"})
    either = body["query"]["boosting"]["negative"]["bool"]
    held = either["should"][0]["bool"]["must_not"][0]["range"]["stated_ages"]
    assert (held["gte"], held["lte"]) == (0, 215)
    assert "ladies" in {c["multi_match"]["query"] for c in either["should"][1:]}
    assert "boosting" not in body_for({"q": "clubs in kirton"})["query"]  # nothing held
    year = body_for({"q": "anxiety about starting year 7"})["query"]["boosting"]["negative"]
    held = year["bool"]["should"][0]["bool"]["must_not"][0]["range"]["stated_ages"]
    assert (held["gte"], held["lte"]) == (132, 155)


def test_browse_without_words_matches_all_sorted_by_name():
    body = body_for({"cost": "free"})
    assert body["query"] == {"match_all": {}}
    assert body["sort"] == [{"sort_name": {"order": "asc"}}, {"service_id": {"order": "asc"}}]
    assert "highlight" not in body and "suggest" not in body


def test_browse_by_need_steps_up_the_services_that_name_it_then_sorts_by_name():
    body = body_for({"need": "ASD"})
    steps = body["query"]["bool"]["should"]
    assert [step["constant_score"]["boost"] for step in steps] == [1.0, 1.0]
    short, anywhere = (step["constant_score"]["filter"]["bool"]["should"] for step in steps)
    assert {"multi_match": {"query": "autistic", "type": "phrase", "fields": SHORT_FIELDS,
                            "analyzer": "send_index"}} in short
    assert all(said["multi_match"]["fields"] == TEXT_FIELDS for said in anywhere)
    assert body["sort"] == [{"_score": {"order": "desc"}}, {"sort_name": {"order": "asc"}},
                            {"service_id": {"order": "asc"}}]
    assert "highlight" not in body and "suggest" not in body


def test_facet_filters_are_post_filters_and_each_aggregation_leaves_its_own_out():
    body = body_for({"need": "ASD", "cost": "free", "pb": "yes", "age": "7", "category": SPORT})
    post = body["post_filter"]["bool"]["filter"]
    assert {"terms": {"needs": ["ASD"]}} in post
    assert {"terms": {"cost_type": ["free"]}} in post
    assert {"term": {"accepts_personal_budget": True}} in post
    assert {"range": {"ages": {"gte": 84, "lte": 95, "relation": "intersects"}}} in post
    need_filter = body["aggs"]["facet_need"]["filter"]["bool"]["filter"]
    assert {"terms": {"needs": ["ASD"]}} not in need_filter
    assert {"terms": {"cost_type": ["free"]}} in need_filter
    assert body["aggs"]["facet_need"]["aggs"]["values"]["terms"]["field"] == "needs"
    bands = body["aggs"]["facet_age"]["aggs"]["values"]["filters"]["filters"]
    assert bands["5-10"] == {"range": {"ages": {"gte": 60, "lte": 131, "relation": "intersects"}}}
    assert {"range": {"ages": {"gte": 84, "lte": 95, "relation": "intersects"}}} not in (
        body["aggs"]["facet_age"]["filter"]["bool"]["filter"]
    )


def test_distance_filters_the_query_and_sorts_nearest_first():
    body = body_for({"postcode": "RV1 2AB", "radius": "7", "sort": "distance", "q": "swim"})
    near = {"geo_distance": {"distance": "7mi", "locations": {"lat": 52.2, "lon": -1.5}}}
    assert near in body["query"]["bool"]["filter"]
    assert body["sort"][0] == {"_geo_distance": {
        "locations": {"lat": 52.2, "lon": -1.5}, "order": "asc", "unit": "mi",
        "mode": "min", "distance_type": "arc"}}
    assert body["sort"][1] == {"_score": {"order": "desc"}}


def test_highlights_escape_html_and_mark_matches():
    body = body_for({"q": "swim"})
    assert body["highlight"]["encoder"] == "html"
    assert body["highlight"]["pre_tags"] == ["<mark>"]
    assert set(body["highlight"]["fields"]) == {"name", "summary", "description"}
    assert body["suggest"]["spelling"]["term"]["field"] == "spelling"


def test_pages_and_totals():
    body = body_for({"q": "club", "page": "3", "per_page": "10"})
    assert (body["from"], body["size"]) == (20, 10)
    assert body["track_total_hits"] is True


def test_open_now_and_holidays_filter_without_facets():
    query, _ = ServiceQuery.from_params(
        {"open_now": "yes", "holidays": "yes"}, vocabulary=shipped_vocabulary()
    )
    body = build_search(query, "services").to_dict()
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"runs_in_school_holidays": True}} in filters
    assert {"term": {"open_hours": query.minute_of_week}} in filters


# -- against osmem -----------------------------------------------------------------------------


@pytest.fixture
def fresh_backend(osmem_engine, db):  # db: labels come from the Local Offer's vocabulary
    from .es_support import osmem_client

    return ElasticsearchBackend(
        client=osmem_client(osmem_engine.url), alias=f"t-{uuid.uuid4().hex[:8]}", refresh=True
    )


def test_with_an_age_a_listing_for_parents_and_children_is_not_taken_for_parents_to_be(
    fresh_backend,
):
    # Given a swimming session named for parents and children, and a leisure centre whose
    # words mention swimming in passing
    fresh_backend.rebuild([
        ServiceRecord(id="r01", url="/r01/", name="Parents and Children Swimming", summary="",
                      description="Swimming together on Sunday mornings.", provider_id="p",
                      provider_name=""),
        ServiceRecord(id="r02", url="/r02/", name="Riverside Leisure Centre", summary="",
                      description="A gym, a sports hall, classes and swimming.",
                      provider_id="p", provider_name=""),
    ])
    # When a family asks for swimming for an 8-year-old
    query, _ = ServiceQuery.from_params({"q": "swimming", "age": "8"})
    # Then the session is not ruled out as if it were for parents-to-be
    assert fresh_backend.search(query).ids == ["r01", "r02"]


def test_rebuild_swaps_the_alias_and_drops_the_old_index(fresh_backend):
    client = fresh_backend.client
    fresh_backend.rebuild(RECORDS[:5])
    first = set(client.indices.get_alias(name=fresh_backend.alias))
    done = []
    fresh_backend.rebuild(RECORDS, progress=done.append)
    second = set(client.indices.get_alias(name=fresh_backend.alias))
    assert len(second) == 1 and first.isdisjoint(second)
    assert not client.indices.exists(index=list(first)[0])
    assert done[-1] == 40  # 42 records, two of them hidden
    assert fresh_backend.search(ServiceQuery(per_page=50)).total == 40


def test_index_replaces_and_hides_then_delete_removes(fresh_backend):
    fresh_backend.index([BY_ID["c01"], BY_ID["c02"]])
    renamed = BY_ID["c01"].__class__(**{**BY_ID["c01"].__dict__, "name": "Talking Together"})
    fresh_backend.index([renamed])
    results = fresh_backend.search(ServiceQuery(text="talking together"))
    assert results.ids == ["c01"]
    hidden = BY_ID["c02"].__class__(**{**BY_ID["c02"].__dict__, "searchable": False})
    fresh_backend.index([hidden])
    assert fresh_backend.search(ServiceQuery()).ids == ["c01"]
    fresh_backend.delete(["c01", "never-indexed"])
    assert fresh_backend.search(ServiceQuery()).total == 0


def test_a_need_named_alone_matches_the_services_indexed_under_it():
    # As the database backend (ranking): with nothing to score but the need's lift
    assert {"constant_score": {"filter": {"terms": {"needs": ["ASD"]}}, "boost": 0.0}} in (
        matching(body_for({"q": "autism"})))
    # With two deciding words each must be said; with any of them, the need is one of them
    assert not find(matching(body_for({"q": "autism swimming"})), "constant_score")
    assert find(matching(body_for({"q": "autism swimming"}, any_word=True)), "constant_score")


def test_what_a_concept_adds_counts_for_less_than_what_was_typed():
    body = body_for({"q": "counselling"})
    boosting = body["query"]["boosting"]
    assert boosting["negative_boost"] == ranking.CONCEPT_SHARE
    said = find(boosting["negative"], "query")  # a service that says none of these
    assert "counselling" in said and "mental health" not in said
    assert "boosting" not in body_for({"q": "swimming"})["query"]  # no concept
    # With any of the words the tiers weigh it (database backend); here bm25 alone
    assert "boosting" not in body_for({"q": "counselling swimming"}, any_word=True)["query"]


def test_for_a_son_services_that_start_at_sixteen_count_for_less():
    boosting = body_for({"q": "football for my son"})["query"]["boosting"]
    assert boosting["negative_boost"] == ranking.GROWN_UP_SHARE
    assert boosting["negative"] == {"range": {"stated_ages": {
        "gte": 192, "lte": OPEN_ENDED_MONTHS, "relation": "within"}}}
    aged = body_for({"q": "football for my son", "age": "20"})["query"]["boosting"]
    assert aged["negative_boost"] == ranking.RULED_OUT_SHARE  # the age decides, not "son"
    assert "boosting" not in aged["positive"]


def test_things_for_kids_lift_the_services_for_children():
    scored = body_for({"q": "things for kids to do in kirton"})["query"]["boosting"]["positive"]
    (lift,) = [clause["bool"] for clause in scored["bool"]["should"] if "bool" in clause]
    said = {clause["multi_match"]["query"] for clause in lift["should"] if "multi_match" in clause}
    assert {"toddlers", "juniors", "teenagers"} <= said and "young adults" not in said
    assert {"range": {"stated_ages": {"gte": 0, "lte": 215, "relation": "within"}}} in (
        lift["should"])
    assert lift["boost"] == ranking.AGE_SHARE
