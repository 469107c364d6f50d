"""The database backend's own behaviour: writes, highlights, spelling and the cost of a search."""

from dataclasses import replace

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from search.backends.database import DatabaseBackend
from search.models import IndexedService, SearchTerm
from search.query import ServiceQuery

from .conformance.corpus import BY_ID, LISTED, RECORDS
from .conftest import locate

pytestmark = pytest.mark.django_db


def search(backend, **params):
    query, errors = ServiceQuery.from_params(params, locate=locate)
    assert errors == []
    return backend.search(query)


def test_index_replaces_a_service_and_the_old_words_stop_matching():
    backend = DatabaseBackend()
    backend.index([BY_ID["c06"]])
    backend.index([replace(BY_ID["c06"], name="Swim Academy")])
    assert search(backend, q="academy").ids == ["c06"]
    assert search(backend, q="splash").ids == []  # "Splash" was only in the old name
    assert IndexedService.objects.count() == 1


def test_delete_removes_from_words_and_filters():
    backend = DatabaseBackend()
    backend.index(RECORDS)
    assert backend.delete(["c31", "not-there"]) == 1
    assert search(backend, q="drama").ids == []
    assert "c31" not in search(backend, per_page="50").ids


def test_a_hidden_listing_indexed_later_disappears():
    backend = DatabaseBackend()
    backend.index([BY_ID["c06"]])
    backend.index([replace(BY_ID["c06"], searchable=False)])
    assert search(backend, q="swim").total == 0


def test_rebuild_reports_progress_and_counts_words():
    backend = DatabaseBackend()
    seen = []
    assert backend.rebuild(RECORDS, progress=seen.append) == len(LISTED)  # hidden: not stored
    assert seen[-1] == len(LISTED)
    assert IndexedService.objects.filter(searchable=False).count() == 0
    assert SearchTerm.objects.get(word="swimming").documents == 2  # c05, c40 (c28 is hidden)


def test_each_service_keeps_its_length_in_words_for_bm25():
    backend = DatabaseBackend()
    backend.index([replace(BY_ID["c06"], name="Splash Swim School", summary="Swim lessons.",
                           description="Lessons, lessons, lessons!", keywords=("swim",))])
    # As FTS5 counts them (PostgreSQL scores by it): every word, said again or not, with the
    # keywords' category and provider names
    service = IndexedService.objects.get()
    assert service.word_count == 3 + 2 + 3 + len(service.keywords_text.replace(";", " ").split())


def test_a_long_description_that_repeats_a_few_words_is_long():
    backend = DatabaseBackend()
    backend.rebuild([
        replace(BY_ID["c06"], name="Autism Games", summary="",
                description=" ".join(["Games and fun."] * 40), keywords=()),
        replace(BY_ID["c03"], name="Autism Support", summary="",
                description="Meet other parents and share what works each week.", keywords=()),
    ])
    # Both say "autism" once, in their name: bm25 puts the shorter text first, and forty
    # sentences are long however few different words they use (as FTS5 counts; PostgreSQL
    # counted only the different words, and put the games first)
    assert search(backend, q="autism").ids == ["c03", "c06"]


def test_highlights_escape_everything_but_the_marks():
    backend = DatabaseBackend()
    backend.index([replace(BY_ID["c31"], name="Fish & <b>Chips</b> drama club")])
    (hit,) = search(backend, q="drama").hits
    assert hit.highlights["name"] == (
        "Fish &amp; &lt;b&gt;Chips&lt;/b&gt; <mark>drama</mark> club"
    )


def test_sqlite_marks_a_broad_search_in_a_copy_of_the_page_the_same_as_in_place(monkeypatch):
    # Given a search whose words match many services (SQLite marks those in a scratch copy)
    from search.backends import database_sqlite

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's full-text marking")
    backend = DatabaseBackend()
    backend.rebuild(RECORDS)
    params = {"q": "club swimming", "per_page": "5"}
    in_place = {hit.record["id"]: hit.highlights for hit in search(backend, **params).hits}
    monkeypatch.setattr(database_sqlite, "MARKED_IN_PLACE", 0)
    # When the same page is marked in the copy, twice (the second copy replaces the first)
    search(backend, q="autism", per_page="5")
    copied = {hit.record["id"]: hit.highlights for hit in search(backend, **params).hits}
    # Then every mark, snippet and escape is the same
    assert copied == in_place
    assert any("<mark>" in str(marks) for marks in copied.values())


def test_a_word_added_later_can_be_suggested():
    backend = DatabaseBackend()
    backend.index([BY_ID["c18"]])  # Wheelchair Football Club
    results = search(backend, q="footbal")
    assert results.ids == ["c18"]  # "footbal" is a prefix of football, so it matches
    results = search(backend, q="fotball")
    assert results.suggestion == "football" and results.showing_suggestion
    assert results.ids == ["c18"]


def test_corrected_words_go_on_to_services_with_some_of_them_as_typed_words_do():
    backend = DatabaseBackend()
    backend.index([BY_ID["c18"], BY_ID["c42"]])  # wheelchair football; wheelchair basketball
    typed = search(backend, q="wheelchair football")
    assert typed.ids == ["c18", "c42"] and typed.relaxed
    results = search(backend, q="wheelchare football")
    assert results.suggestion == "wheelchair football" and results.showing_suggestion
    assert results.ids == typed.ids and results.relaxed and results.every_word == 1


def test_a_search_costs_a_bounded_number_of_queries(django_assert_max_num_queries):
    backend = DatabaseBackend()
    backend.index(RECORDS)
    query, _ = ServiceQuery.from_params(
        {"q": "swimming", "need": "ASD", "age": "8", "cost": "charge", "pb": "yes",
         "postcode": "RV1 2AB", "radius": "10", "sort": "distance", "delivery": "in_person"},
        locate=locate,
    )
    backend.search(query)  # the first search after a change reads the in-memory copy
    # At most: the index's state; the words' matches, scores and (PostgreSQL) how many each
    # term matches; names for other stages of life and the age's own stage words; a name
    # exactly as typed; the page's records and their marked words. Never one per service.
    with django_assert_max_num_queries(9):
        results = backend.search(query)
    assert results.ids == ["c05"]


def test_reading_the_in_memory_copy_costs_the_same_statements_at_any_size():
    def index_statements() -> int:
        # Only the search index's own tables: the Local Offer vocabulary the results are
        # labelled with is reloaded now and then, on its own timer.
        with CaptureQueriesContext(connection) as captured:
            backend.search(ServiceQuery())
        return sum("search_" in query["sql"] for query in captured.captured_queries)

    backend = DatabaseBackend()
    backend.index(RECORDS[:3])
    small = index_statements()  # the token, the copy's eight statements, the page
    backend.index([replace(r, id=f"{r.id}-{n}") for n in range(20) for r in RECORDS])
    assert index_statements() == small == 10


def test_counts_kept_between_searches_follow_every_change_to_the_index():
    backend = DatabaseBackend()
    backend.index(RECORDS)
    before = search(backend, need="ASD").total  # 8 that say autism, 2 for any disability
    assert before == 10
    backend.index([replace(BY_ID["c31"], needs=("ASD",))])  # Drama Club now lists autism
    again = search(backend, need="ASD")
    assert again.total == before + 1
    assert again.facet_count("need", "ASD") == before + 1
    backend.delete(["c31"])
    assert search(backend, need="ASD").total == before


@pytest.mark.parametrize(
    "params",
    [{}, {"q": "club"}, {"need": "ASD"}, {"q": "swimming", "postcode": "RV1 2AB", "radius": "50",
                                          "sort": "distance"}],
)
def test_every_id_a_search_finds_comes_in_the_order_of_its_pages(params):
    backend = DatabaseBackend()
    backend.index(RECORDS)
    query, _ = ServiceQuery.from_params({**params, "per_page": "3"}, locate=locate)
    paged: list[str] = []
    for page in range(1, 30):
        results = backend.search(replace(query, page=page))
        paged += results.ids
        if not results.has_next:
            break
    assert paged and backend.ids(query, limit=1000) == paged
    assert backend.ids(query, limit=2) == paged[:2]


def test_a_rolled_back_change_to_the_index_is_never_searched():
    # Given a search that has seen an index change inside a transaction
    backend = DatabaseBackend()
    backend.index(RECORDS)
    before = search(backend, need="ASD").total
    with pytest.raises(RuntimeError), transaction.atomic():
        backend.index([replace(BY_ID["c31"], needs=("ASD",))])
        assert search(backend, need="ASD").total == before + 1
        raise RuntimeError("the publish failed")
    # When the change is rolled back, then searches see the index as it is
    assert search(backend, need="ASD").total == before


def test_after_every_migration_sqlite_still_keeps_the_full_text_index_in_step():
    # A migration that makes Django rebuild search_indexedservice on SQLite (adding a NOT NULL
    # column with a default does) drops the triggers that keep FTS5 in step, and search then
    # finds stale rows after the next rebuild. Migrations must add nullable columns instead.
    if connection.vendor != "sqlite":
        pytest.skip("SQLite's FTS5 triggers")
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = %s",
            [IndexedService._meta.db_table],
        )
        triggers = {row[0] for row in cursor.fetchall()}
    assert triggers == {
        "search_service_fts_insert", "search_service_fts_delete", "search_service_fts_update",
    }
