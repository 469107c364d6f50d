"""The public search page: results, filters with counts, clearing, errors, zero results, paging,
suggestions as you type, and the search log. Runs on the fixed conformance corpus."""

import re
from dataclasses import replace
from html import unescape

import pytest
from django.core.cache import cache

from search.backends.database import DatabaseBackend
from search.models import SearchLog
from search.search_log import unmet_searches

from .conformance.corpus import RECORDS
from .conftest import link_to

pytestmark = pytest.mark.django_db
URL = "/local-offer/search/"
LISTED = 40  # the corpus has 42 services: one hidden for staleness, one closed


@pytest.fixture(autouse=True)
def corpus():
    cache.clear()  # suggestions are cached between requests
    DatabaseBackend().rebuild(RECORDS)


def text_of(response) -> str:
    """The page as a person reads it: tags dropped, entities decoded, spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(mark|span|strong|a)\b[^>]*>", "", html)  # inline: no word break
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def names(response) -> list[str]:
    return [hit.name for hit in response.context["results"].hits]


# -- results -----------------------------------------------------------------------------------


def test_a_family_finds_services_by_the_acronym_they_know(client):
    response = client.get(URL, {"q": "salt"})
    assert response.status_code == 200
    assert set(names(response)[:2]) == {"Speech and Language Therapy Drop-in", "Chatterbox Clinic"}
    page = text_of(response)
    assert "services found" in page


def test_each_result_shows_distance_cost_ages_budget_tag_and_last_checked(client):
    response = client.get(URL, {"q": "autism friendly swimming", "postcode": "RV1 2AB"})
    page = text_of(response)
    assert names(response)[0] == "Autism-friendly Swimming"
    # One result's facts, in the words a family reads
    assert "Autism-friendly Swimming" in page
    assert "miles away" in page
    assert "Cost £5 per session" in page
    assert "Ages 5 to 16 years" in page
    assert "Accepts personal budgets" in page
    assert "Last checked 1 September 2026" in page
    # The name links to the service's own page
    assert f'href="{RECORDS[4].url}"' in response.content.decode()


def test_matches_are_highlighted_and_other_text_is_escaped(client):
    response = client.get(URL, {"q": "swimming"})
    html = response.content.decode()
    assert "<mark>" in html
    attack = client.get(URL, {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert" not in attack


def test_hidden_and_closed_listings_never_appear(client):
    page = text_of(client.get(URL, {"q": "swimming autism"}))
    assert "Old Swimming Club" not in page
    assert "Autism Resource Centre" not in page
    assert f"{LISTED} services found" in text_of(client.get(URL))


def test_sorting_by_distance_puts_the_nearest_first(client):
    response = client.get(URL, {"postcode": "RV1 2AB", "radius": "50", "sort": "distance"})
    distances = [hit.distance_miles for hit in response.context["results"].hits]
    # A childminder's hidden address shows whole miles, so allow that rounding and no more.
    pairs = zip(distances, distances[1:], strict=False)
    assert all(later >= earlier - 0.5 for earlier, later in pairs)
    assert distances[0] < distances[-1]
    assert "Nearest first" in text_of(response)


def test_sort_links_appear_only_with_a_postcode(client):
    assert "Nearest first" not in text_of(client.get(URL, {"q": "swimming"}))
    response = client.get(URL, {"q": "swimming", "postcode": "RV1 2AB"})
    assert "sort=distance" in link_to(response, "Nearest first")


# -- filters -----------------------------------------------------------------------------------


def test_filter_counts_match_what_the_filter_returns(client):
    # Given the filter panel for a search
    response = client.get(URL, {"q": "club"})
    page = text_of(response)
    shown = re.search(r"Physical disability \((\d+) services?\)", page)
    assert shown, page
    # When the family ticks that need
    filtered = client.get(URL, {"q": "club", "need": "PD"})
    # Then exactly that many services are found
    assert filtered.context["results"].total == int(shown.group(1))
    assert f"{shown.group(1)} service" in text_of(filtered)


def test_a_chosen_filter_stays_ticked(client):
    html = client.get(URL, {"need": "ASD"}).content.decode()
    assert re.search(r'name="need" type="checkbox" value="ASD" checked', html)


def test_each_filter_can_be_removed_on_its_own(client):
    # Given a search with three filters
    response = client.get(URL, {"q": "club", "need": "PD", "cost": "charge", "age": "9"})
    assert "Selected filters" in text_of(response)
    # When the family removes just the need
    removed = client.get(URL + link_to(response, "Need: Physical disability"))
    # Then the words and the other filters stay
    query = removed.context["query"]
    assert (query.text, query.needs, query.cost, query.age) == ("club", (), ("charge",), 9)


def test_all_filters_can_be_cleared_at_once_keeping_the_words(client):
    response = client.get(URL, {"q": "club", "need": "PD", "cost": "charge", "pb": "yes"})
    cleared = client.get(URL + link_to(response, "Clear all filters"))
    query = cleared.context["query"]
    assert query.text == "club"
    assert not query.has_filters
    assert "Selected filters" not in text_of(cleared)


def test_removing_the_postcode_also_drops_distance_sorting(client):
    response = client.get(URL, {"postcode": "RV1 2AB", "sort": "distance", "radius": "10"})
    removed = client.get(URL + link_to(response, "Distance: Within 10 miles of RV1 2AB"))
    assert removed.context["errors"] == []
    assert removed.context["query"].sort == "relevance"


# -- mistakes and bad input ---------------------------------------------------------------------


def test_mistakes_are_listed_above_the_form_and_what_was_typed_is_kept(client):
    response = client.get(URL, {"q": "swimming", "age": "seven", "postcode": "XYZ 123",
                                "need": "NOPE", "cost": "charge"})
    assert response.status_code == 200
    page = text_of(response)
    assert page.index("There is a problem") < page.index("What are you looking for?")
    assert "Enter age as a whole number of years, like 7" in page
    assert "Enter a real postcode, like RV1 2AB" in page
    assert 'We do not recognise the need "NOPE"' in page
    assert page.startswith("Error: swimming - Search the Local Offer")  # so does the title
    html = response.content.decode()
    assert 'value="seven"' in html and 'value="XYZ 123"' in html and 'value="swimming"' in html
    # Each message links to the box to correct
    assert 'href="#search-age"' in html and 'href="#search-postcode"' in html
    # And the parts that were right still work
    assert response.context["query"].cost == ("charge",)
    assert names(response)


def test_an_unknown_postcode_gets_a_clear_message(client):
    page = text_of(client.get(URL, {"postcode": "ZZ9 9ZZ"}))
    assert "We could not find ZZ9 9ZZ" in page


@pytest.mark.parametrize(
    "params",
    [
        {"q": "salt " * 2000},  # 10,000 characters
        {"page": "abc"},
        {"page": "99999999999999999999"},
        {"radius": "1000", "postcode": "RV1 2AB"},
        {"sort": "sideways"},
        {"per_page": "-3"},
        {"age": "NaN"},
        {"pb": "maybe"},
        {"q": "\x00\x01 swimming"},
        {"category": "'; DROP TABLE search_indexedservice; --"},
    ],
)
def test_garbage_gets_a_message_never_a_server_error(client, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert "There is a problem" in text_of(response) or params.get("q", "").startswith("\x00")


def test_a_very_long_search_is_cut_short_and_says_so(client):
    response = client.get(URL, {"q": "salt " * 2000})
    assert "Your search was too long, so we used the first 200 characters" in text_of(response)
    assert len(response.context["query"].text) <= 200


# -- did you mean, zero results ---------------------------------------------------------------


def test_a_misspelling_finds_results_and_offers_the_right_word(client):
    response = client.get(URL, {"q": "autisim"})
    assert "Autism Family Support Group" in names(response)
    page = text_of(response)
    # One message, not "Showing results for autism instead of autisim" and "Did you mean autism?"
    assert "Showing results for autism instead of “autisim”." in page
    assert "Did you mean" not in page
    assert "q=autism" in link_to(response, "autism")


def test_no_results_page_helps_the_family_move_on(client):
    # Given an IASS phone number in the council's settings
    from portal.pages.models import CouncilSettings

    council = CouncilSettings.load()
    council.iass_phone = "01632 960111"
    council.save()
    # When a search finds nothing
    response = client.get(URL, {"q": "trampolining", "need": "VI", "cost": "charge",
                                "postcode": "RV1 2AB", "radius": "2"})
    page = text_of(response)
    # Then the page says so and offers ways on
    assert "No services found" in page
    assert "removing the filter “Need: Vision impairment”" in page
    assert "clearing all filters" in page
    assert "searching within 5 miles" in page
    wider = client.get(URL + link_to(response, "searching within 5 miles"))
    assert wider.context["query"].radius_miles == 5
    assert wider.context["query"].needs == ("VI",)
    assert "Call the information, advice and support service (IASS) on 01632 960111" in page
    assert 'href="tel:01632960111"' in response.content.decode()


# -- paging ------------------------------------------------------------------------------------


def test_pages_of_results_keep_the_search_and_filters(client):
    first = client.get(URL, {"cost": "free"})
    assert first.context["results"].total > 20
    assert "Showing 1 to 20" in text_of(first)
    second = client.get(URL + link_to(first, "Next page"))
    assert second.context["query"].page == 2
    assert second.context["query"].cost == ("free",)
    assert not set(names(first)) & set(names(second))
    assert 'aria-current="page"' in second.content.decode()


def test_query_count_is_bounded_whatever_the_corpus_size(client, django_assert_max_num_queries):
    # Given 20 results on the page and a corpus ten times bigger than the page
    # (the first search after a change to the index also reads the backend's in-memory copy:
    # a fixed number of statements, tested in test_database_backend)
    params = {"q": "club", "need": "PD", "postcode": "RV1 2AB", "radius": "50",
              "sort": "distance", "age": "9", "cost": "charge"}
    client.get(URL)
    with django_assert_max_num_queries(15):
        small = client.get(URL, params)
    bigger = [replace(r, id=f"{r.id}-{n}") for n in range(10) for r in RECORDS]
    DatabaseBackend().rebuild(bigger)
    client.get(URL)
    with django_assert_max_num_queries(15):
        large = client.get(URL, {"cost": "free"})  # a full page of 20 results
    assert len(large.context["results"].hits) == 20
    assert small.status_code == large.status_code == 200


# -- suggestions as you type ------------------------------------------------------------------


def test_suggestions_offer_family_words_and_service_names(client):
    terms = client.get(URL + "suggest/", {"q": "sal"}).json()["suggestions"]
    assert {"text": "salt", "kind": "term", "means": "speech and language therapy"} in terms
    found = client.get(URL + "suggest/", {"q": "swim"}).json()["suggestions"]
    services = [suggestion["text"] for suggestion in found]
    assert "Splash Swim School" in services
    assert "Autism-friendly Swimming" in services
    assert "Old Swimming Club" not in services  # hidden listings are never suggested


def test_suggestions_are_bounded_and_cacheable(client):
    response = client.get(URL + "suggest/", {"q": "a" * 10_000})
    assert response.status_code == 200
    assert len(response.json()["query"]) <= 60
    assert "max-age=300" in response["Cache-Control"]
    assert len(client.get(URL + "suggest/", {"q": "club"}).json()["suggestions"]) <= 8
    assert client.get(URL + "suggest/", {"q": "a"}).json()["suggestions"] == []


# -- the search log ----------------------------------------------------------------------------


def test_every_search_is_logged_without_personal_data(client):
    client.get(
        URL,
        {"q": "SALT for jo@example.org 07700 900123 near RV1 2AB", "postcode": "RV1 2AB",
         "age": "7", "need": "SLCN"},
        REMOTE_ADDR="203.0.113.9",
    )
    log = SearchLog.objects.get()
    # "near RV1 2AB" repeats the postcode box, so it is taken out of the words (understanding)
    assert log.text == "salt for [email] [phone]"
    assert log.filters == {"need": ["SLCN"], "age": 7, "outcode": "RV1", "radius": 5}
    stored = " ".join(str(value) for value in log.__dict__.values())
    assert "203.0.113.9" not in stored and "2AB" not in stored and "example.org" not in stored


def test_zero_result_searches_are_kept_for_planning(client):
    client.get(URL, {"q": "trampolining"})
    client.get(URL, {"q": "Trampolining "})
    client.get(URL, {"q": "swimming"})
    assert list(unmet_searches()) == [{"text": "trampolining", "times": 2}]


def test_opening_the_empty_search_page_is_not_logged(client):
    client.get(URL)
    assert SearchLog.objects.count() == 0


def test_an_age_range_read_from_the_words_is_logged_whole(client):
    client.get(URL, {"q": "mental health support for teenagers"})
    log = SearchLog.objects.get()
    assert log.filters == {"age": 13, "age_to": 19}
    assert log.text == "mental health support"


def test_selected_filters_sit_above_the_results_outside_the_folding_panel(client):
    # On a phone the filter panel is folded; the filters in force must still be seen.
    html = client.get(URL, {"q": "swimming", "age": "7"}).content.decode()

    panel = html[html.index('id="filters"'): html.index("</details>", html.index('id="filters"'))]
    selected = html.index('id="selected-filters"')
    assert "Remove filter" not in panel
    assert selected < html.index('id="results-heading"')
    assert "Remove filter" in html[selected: html.index('id="results-heading"')]


@pytest.mark.parametrize(
    "words", ["something that does not exist xyz", "all the other things qqq", "not any zzzz"]
)
def test_common_words_alone_never_find_services(client, words):
    response = client.get(URL, {"q": words})

    assert "No services found" in text_of(response)
