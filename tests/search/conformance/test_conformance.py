"""One suite, every backend: the same cases over the database backend (SQLite, and PostgreSQL
under `make test-postgres`), Elasticsearch over HTTP against osmem-server, and a real cluster
when ELASTICSEARCH_URL is set."""

import pytest

from search.query import ServiceQuery

from ..conftest import locate
from .cases import CASES
from .corpus import LISTED

pytestmark = pytest.mark.django_db  # the database backend needs it; the others ignore it


def run(backend, params, now=None):
    query, errors = ServiceQuery.from_params(params, locate=locate, now=now)
    assert errors == [], errors
    return backend.search(query)


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_case(backend, case, request):
    if backend.engine in case.xfail_on:
        request.applymarker(pytest.mark.xfail(reason=case.xfail_on[backend.engine], strict=True))

    # Given the fixture corpus, when a family searches
    results = run(backend, case.params, now=case.now)

    # Then they see what the case promises
    ids = results.ids
    if case.total is not None:
        assert results.total == case.total, ids
    if case.first:
        assert ids[:1] == [case.first], ids
    if case.top:
        missing = set(case.top) - set(ids[: case.top_n])
        assert not missing, f"{sorted(missing)} not in the top {case.top_n}: {ids}"
    if case.order:
        assert ids[: len(case.order)] == list(case.order), ids
    for hidden in case.absent:
        assert hidden not in ids, ids
    for (facet, value), count in case.facets.items():
        counts = results.facet_counts[facet]
        assert results.facet_count(facet, value) == count, (facet, value, counts)
    if case.suggestion is not None:
        assert results.suggestion == case.suggestion
    if case.relaxed is not None:
        assert results.relaxed is case.relaxed


def test_every_page_once_and_in_the_same_order(backend):
    # Given everything listed, browsed seven at a time
    seen = []
    pages = -(-len(LISTED) // 7)
    for page in range(1, pages + 1):
        results = run(backend, {"per_page": "7", "page": str(page)})
        seen += results.ids
    # Then every listed service appears exactly once, and asking again gives the same page
    assert sorted(seen) == sorted(r.id for r in LISTED)
    assert run(backend, {"per_page": "7", "page": "3"}).ids == seen[14:21]


def test_relevance_pages_do_not_overlap(backend):
    first = run(backend, {"q": "children", "per_page": "5"})
    second = run(backend, {"q": "children", "per_page": "5", "page": "2"})
    assert first.total == second.total > 5
    assert not set(first.ids) & set(second.ids)


@pytest.mark.parametrize(
    "base",
    [{}, {"age": "8"}, {"q": "club"}, {"need": "PD", "cost": "charge"}],
    ids=["everything", "age 8", "club", "PD and charge"],
)
def test_each_facet_count_is_what_choosing_it_returns(backend, base):
    # Given a search and its facet counts
    results = run(backend, base)
    for facet in ("need", "category", "cost", "delivery", "pb"):
        for value, count in results.facet_counts[facet].items():
            # When the family picks that value instead of any other in the same facet
            params = {k: v for k, v in base.items() if k != facet}
            params[facet] = value
            chosen = run(backend, params)
            # Then they get exactly as many results as the count promised
            assert chosen.total == count, (facet, value)


def test_hits_carry_highlights_and_distance(backend):
    results = run(backend, {"q": "swimming", "postcode": "RV1 2AB", "radius": "5"})
    hit = next(h for h in results.hits if h.id == "c05")
    assert "<mark>" in hit.highlights["name"]
    assert hit.distance_miles == pytest.approx(1.4, abs=0.1)
    assert hit.name == "Autism-friendly Swimming"


def test_hidden_address_distance_is_rounded_to_whole_miles(backend):
    results = run(backend, {"postcode": "RV1 2AB", "radius": "2", "need": "ASD"})
    childminder = next(h for h in results.hits if h.id == "c41")
    assert childminder.distance_miles == float(int(childminder.distance_miles))
