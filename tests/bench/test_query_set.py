"""The benchmark's labelled query set is big enough and every query can be answered: checked in
`make test` so a broken query set is found before anyone spends an hour on `make bench`."""

from collections import Counter

from local_offer.search_vocabulary import shipped_vocabulary
from search.query import ServiceQuery

from .corpus import generate
from .queries import QUERIES


def test_the_query_set_has_at_least_sixty_queries_of_every_kind():
    labels = Counter(query.label for query in QUERIES)
    assert len(QUERIES) >= 60
    assert set(labels) == {"acronym", "phrase", "misspelling", "filter", "distance", "natural"}


def test_every_query_has_relevant_services_in_the_smaller_corpus():
    _records, facts = generate(10_000)
    for query in QUERIES:
        relevant = [f for f in facts.values() if query.relevant(f)]
        assert relevant, f"No service is relevant for {query.params}"


def test_every_query_is_valid_on_the_search_page():
    def locate(value):  # no database here: any outcode is somewhere
        from search.postcodes import Point, PostcodeLocation

        return PostcodeLocation(value, Point(52.96, -1.98), "test")

    for query in QUERIES:
        _built, errors = ServiceQuery.from_params(
            query.params, vocabulary=shipped_vocabulary(), locate=locate
        )
        assert not errors, (query.params, errors)


def test_the_corpus_is_the_same_every_run():
    first, _ = generate(500)
    second, _ = generate(500)
    assert first == second
