"""Reading an age and a place out of the words: "salt for my 7 year old near RV5".

Three layers: the pure reading (search.understanding), ServiceQuery.from_params turning it into
filters, and the search page showing them as filters a family can remove.
"""

import re
from html import unescape
from urllib.parse import parse_qsl

import pytest
from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from search import filter_links
from search.backends.database import DatabaseBackend
from search.postcodes import Point, PostcodeLocation, normalise
from search.query import ServiceQuery
from search.understanding import AgeRange, understand
from search.vocabulary import SEN2_NEEDS, Vocabulary

from .conformance.corpus import RECORDS
from .conftest import link_to, locate

VOCABULARY = Vocabulary(needs=dict(SEN2_NEEDS), categories={"sport": "Sports and recreation"})


def parse(query_string: str, locate=locate):
    return ServiceQuery.from_params(QueryDict(query_string), vocabulary=VOCABULARY, locate=locate)


def locate_outcodes(value: str) -> PostcodeLocation:
    """Like the corpus postcodes, plus the outcodes RV1 and RV5 (a council with ONSPD)."""
    postcode = normalise(value)
    if postcode in {"RV1", "RV5"}:
        return PostcodeLocation(postcode, Point(52.2, -1.5), "test")
    return locate(value)


# -- reading ages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "left", "ages"),
    [
        ("salt for my 7 year old", "salt", (7, 7)),
        ("7 years old", "", (7, 7)),
        ("7yo", "", (7, 7)),
        ("swimming 7 yo", "swimming", (7, 7)),
        ("7 y/o", "", (7, 7)),
        ("7 yr old", "", (7, 7)),
        ("7 yrs old", "", (7, 7)),
        ("7-year-old", "", (7, 7)),
        ("clubs for 7 year olds", "clubs", (7, 7)),
        ("aged 7", "", (7, 7)),
        ("age 7 swimming", "swimming", (7, 7)),
        ("swimming for children aged 7", "swimming", (7, 7)),
        ("7 years of age", "", (7, 7)),
        ("my 7 year old son needs help with talking", "needs help with talking", (7, 7)),
        ("a 16-year-old with autism", "with autism", (16, 16)),
        ("support for my seven year old daughter", "support", (7, 7)),
        ("speech therapy, for my 4 year old's talking", "speech therapy, talking", (4, 4)),
        ("mental health support for teenagers", "mental health support", (13, 19)),
        ("teenager", "", (13, 19)),
        ("clubs for teens", "clubs", (13, 19)),
        ("my teenage son", "", (13, 19)),
        ("toddler group", "group", (1, 3)),
        ("sensory play for toddlers", "sensory play", (1, 3)),
        ("swimming for under 5s", "swimming", (0, 4)),
        ("under fives", "", (0, 4)),
        ("under 5's music", "music", (0, 4)),
        ("under-5s", "", (0, 4)),
        ("under 5 year olds", "", (0, 4)),
        ("under 2s", "", (0, 1)),
        ("AGED 12", "", (12, 12)),
        ("0 years old", "", (0, 0)),
        ("25 year old", "", (25, 25)),
        ("my teenage son who is 15 years old", "who is", (15, 15)),  # exact age in the group
        ("7 year old and a 7 year old", "and", (7, 7)),  # the same age twice
    ],
)
def test_an_age_is_read_and_taken_out_of_the_words(typed, left, ages):
    found = understand(typed)
    assert found.age == AgeRange(*ages)
    assert found.text == left
    assert found.place is None


@pytest.mark.parametrize(
    "typed",
    [
        "year 7",  # a school year, not an age: a child in year 7 is 11 or 12
        "year 7 transition support",
        "open 7 days a week",
        "7 years experience",  # years without "old"
        "under 18s",  # nearly every service fits: not a useful filter
        "under 11s football",
        "over 7s",
        "7+ activities",
        "7 and over",
        "7 year olds and over",
        "aged 7 and under",
        "5 to 11 year olds",  # ranges are left alone
        "5-11 year olds",
        "aged 5-11",
        "ages 16 to 25",
        "aged 7.5",
        "under age 7",
        "over age 5",
        "7 or 8 year olds",
        "my 7 year old and 9 year old",  # two children, two ages: no single filter
        "my 7 year old and my teenager",
        "pre-teens",
        "early teens",
        "young people",
        "young adults",
        "children",
        "canteen staff",
        "someone to talk to",
    ],
)
def test_what_is_not_clearly_an_age_stays_as_words(typed):
    found = understand(typed)
    assert found.age is None and found.too_old is None
    assert found.text == typed
    assert found.phrases == ()


@pytest.mark.parametrize(
    ("typed", "left", "months", "said"),
    [
        ("18 month old", "", 18, "18 months"),
        ("activities for my 18 month old", "activities", 18, "18 months"),
        ("nursery for a 6 week old baby", "nursery", 1, "6 weeks"),  # in its second month
        ("baby massage for my 8 week old", "baby massage", 1, "8 weeks"),
        ("sensory class for my 4 month old baby", "sensory class", 4, "4 months"),
        ("a 1 week old", "", 0, "1 week"),
        ("my 9-month-old", "", 9, "9 months"),
        ("aged 9 months", "", 9, "9 months"),
        ("my baby is 9 months", "", 9, "9 months"),
        ("swimming for my son who is 20 months", "swimming", 20, "20 months"),
        ("9 months baby group", "group", 9, "9 months"),
        ("six week old", "", 1, "6 weeks"),
    ],
)
def test_a_babys_age_in_weeks_or_months_is_read_in_whole_months(typed, left, months, said):
    found = understand(typed)
    assert found.age == AgeRange(months // 12, months // 12, months, said)
    assert found.text == left


@pytest.mark.parametrize(
    "typed",
    ["in 2 weeks", "a course for 9 months", "open 6 weeks of the summer",
     "kids 2 weeks holiday club", "3 months free", "under 6 months", "6 to 12 months old"],
)
def test_weeks_and_months_that_say_how_long_are_not_an_age(typed):
    found = understand(typed)
    assert found.age is None
    assert found.text == typed


def test_an_age_over_25_is_out_of_scope_and_not_a_filter():
    found = understand("for my 30 year old son with autism")
    assert found.age is None
    assert found.too_old == 30
    assert found.text == "with autism"


def test_an_age_beside_a_refused_comparison_is_not_read():
    # "under 11s" makes the whole age unclear, even though "8 year old" is readable
    found = understand("under 11s football for my 8 year old")
    assert found.age is None
    assert found.text == "under 11s football for my 8 year old"


# -- reading places ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "left", "place"),
    [
        ("salt near RV5", "salt", "RV5"),
        ("salt near rv5", "salt", "RV5"),
        ("swimming in RV5 2AB", "swimming", "RV5 2AB"),
        ("swimming in rv52ab", "swimming", "RV5 2AB"),
        ("clubs around RV5", "clubs", "RV5"),
        ("clubs close to RV1 2AB", "clubs", "RV1 2AB"),
        ("clubs near to RV1", "clubs", "RV1"),
        ("clubs nr RV1", "clubs", "RV1"),
        ("RV1 2AB swimming", "swimming", "RV1 2AB"),  # a full postcode on its own
        ("swimming near RV1 2AB, RV1 2AB", "swimming", "RV1 2AB"),  # the same place twice
    ],
)
def test_a_postcode_after_near_or_in_is_read_as_a_place(typed, left, place):
    found = understand(typed)
    assert found.place == place
    assert found.text == left
    assert found.age is None


@pytest.mark.parametrize(
    "typed",
    [
        "salt RV5",  # an outcode on its own could be anything: A1, M25, B12
        "swimming in town",
        "clubs near the park",
        "near RV5 and near RV6",  # two places: no single filter
        "in 2 weeks",
        "vitamin B12",
    ],
)
def test_what_is_not_clearly_a_place_stays_as_words(typed):
    found = understand(typed)
    assert found.place is None
    assert found.text == typed


def test_age_and_place_together_leave_only_what_to_match():
    found = understand("salt for my 7 year old near RV5")
    assert (found.text, found.age, found.place) == ("salt", AgeRange(7, 7), "RV5")
    assert [p.words for p in found.phrases] == ["for my 7 year old", "near RV5"]
    assert found.without("age") == "salt near RV5"
    assert found.without("postcode") == "salt for my 7 year old"


def test_age_labels_read_plainly():
    assert AgeRange(7, 7).label == "7 years old"
    assert AgeRange(1, 1).label == "1 year old"
    assert AgeRange(13, 19).label == "13 to 19 years old"
    assert AgeRange(0, 4).label == "Under 5"
    assert AgeRange(1, 1, 18, "18 months").label == "18 months old"
    assert AgeRange(0, 0, 1, "6 weeks").label == "6 weeks old"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    list("0123456789 -+/.,'") + ["year", " old", "aged ", "under ", "teens", "near ", "in ",
                                 "RV5", " 2AB", "yo", "s", "and ", "to ", "my ", "salt "]
), max_size=30).map("".join))
def test_any_words_give_a_reading_never_an_exception(typed):
    found = understand(typed)
    assert found.age is None or 0 <= found.age.low <= found.age.high <= 25
    for phrase in found.phrases:
        assert typed[phrase.start:phrase.end] == phrase.words
    # Nothing is invented: what is left is made of the words typed
    assert all(word in typed for word in re.findall(r"\w+", found.text))


# -- from_params -------------------------------------------------------------------------------


def test_the_words_become_an_age_and_a_distance_filter():
    query, errors = parse("q=salt+for+my+7+year+old+near+RV1+2AB")
    assert errors == []
    assert query.text == "salt"
    assert (query.age, query.age_to) == (7, None)
    assert query.postcode == "RV1 2AB" and query.near is not None
    assert query.radius_miles == 5
    assert query.understood == ("age", "postcode")
    assert query.words == "salt for my 7 year old near RV1 2AB"  # what the search box shows


def test_only_an_age_is_a_browse_with_that_filter():
    query, errors = parse("q=7+year+old")
    assert errors == []
    assert query.text == ""
    assert query.age == 7
    assert query.has_filters


def test_a_group_of_ages_filters_by_its_range():
    query, _ = parse("q=mental+health+for+teenagers")
    assert query.text == "mental health"
    assert query.age_months == (13 * 12, 19 * 12 + 11)
    label = filter_links.applied_filters(query, VOCABULARY)[0].label
    assert label == "13 to 19 years old (from your search)"


def test_a_babys_age_in_weeks_filters_by_its_month_and_says_so():
    query, errors = parse("q=nursery+for+a+6+week+old+baby")
    assert errors == []
    assert query.text == "nursery"
    assert query.age_months == (1, 1)
    assert query.age == 0
    (applied,) = filter_links.applied_filters(query, VOCABULARY)
    assert applied.label == "6 weeks old (from your search)"
    removed, _ = parse(applied.remove_query)
    assert (removed.age_months, removed.words) == (None, "nursery")


def test_the_age_box_wins_over_the_words_and_the_words_go():
    # Given a family who typed one age and chose another in the age box
    query, errors = parse("q=salt+for+my+7+year+old&age=9")
    # Then the box wins, and "7 year old" is not matched as words either
    assert errors == []
    assert (query.age, query.text, query.understood) == (9, "salt", ())
    applied = filter_links.applied_filters(query, VOCABULARY)[0]
    assert applied.label == "9 years old"
    # And removing the age removes the words that said an age too, so it does not come back
    removed, _ = parse(applied.remove_query)
    assert removed.age is None
    assert removed.words == "salt"


def test_the_postcode_box_wins_over_the_words():
    query, errors = parse("q=swimming+near+RV3+1AA&postcode=RV1+2AB")
    assert errors == []
    assert query.postcode == "RV1 2AB"
    assert query.text == "swimming"
    assert query.understood == ()


def test_a_bad_age_box_still_wins_and_says_so():
    query, errors = parse("q=salt+for+my+7+year+old&age=seven")
    assert [e.field for e in errors] == ["age"]
    assert query.age is None
    assert query.text == "salt"


def test_an_unknown_postcode_in_the_words_stays_as_words_without_a_message():
    query, errors = parse("q=swimming+near+RV7+7ZZ")
    assert errors == []
    assert query.postcode == ""
    assert query.text == "swimming near RV7 7ZZ"
    assert query.phrases == ()


def test_an_outcode_in_the_words_is_found_like_the_postcode_box():
    query, errors = parse("q=salt+near+RV5&radius=10&sort=distance", locate=locate_outcodes)
    assert errors == []
    assert (query.postcode, query.radius_miles, query.sort) == ("RV5", 10, "distance")


def test_an_age_over_25_is_not_a_filter_and_the_page_is_told_why():
    query, errors = parse("q=autism+support+for+my+30+year+old")
    assert errors == []
    assert query.age is None
    assert query.text == "autism support"
    assert query.notes == (
        "Services here are for children and young people up to 25, "
        "so we have not filtered by age 30.",
    )


def test_filters_from_the_words_round_trip_through_every_link():
    query, _ = parse("q=for+my+7+year+old+salt+near+RV1+2AB&need=SLCN&page=2")
    # The understood filters travel in q, not as their own parameters
    params = dict(parse_qsl(filter_links.query_string(query)))
    assert params == {"q": "for my 7 year old salt near RV1 2AB", "need": "SLCN", "page": "2"}
    again, errors = parse(filter_links.query_string(query))
    assert errors == []
    assert again == query


def test_removing_a_filter_from_the_words_removes_its_words_and_nothing_else():
    query, _ = parse("q=salt+for+my+7+year+old+near+RV1+2AB&need=SLCN&radius=10")
    filters = {f.param: f for f in filter_links.applied_filters(query, VOCABULARY)}
    assert filters["age"].label == "7 years old (from your search)"
    assert filters["postcode"].label == "Within 10 miles of RV1 2AB (from your search)"

    without_age, errors = parse(filters["age"].remove_query)
    assert errors == []
    assert without_age.age is None
    assert without_age.words == "salt near RV1 2AB"
    assert (without_age.postcode, without_age.radius_miles) == ("RV1 2AB", 10)
    assert without_age.needs == ("SLCN",)

    without_place, _ = parse(filters["postcode"].remove_query)
    assert without_place.postcode == "" and without_place.age == 7
    assert without_place.words == "salt for my 7 year old"
    assert "radius" not in filters["postcode"].remove_query

    # Removing both leaves a plain search for the words, with nothing to read again
    neither, _ = parse(filter_links.applied_filters(without_age, VOCABULARY)[-1].remove_query)
    assert neither.text == "salt" and not neither.understood
    assert neither.needs == ("SLCN",)


def test_clearing_all_filters_keeps_only_the_words_to_match():
    query, _ = parse("q=salt+for+my+7+year+old+near+RV1+2AB&need=SLCN")
    assert filter_links.clear_filters_query(query) == "q=salt"


def test_a_corrected_spelling_keeps_the_filters_read_from_the_words():
    query, _ = parse("q=autisim+club+for+teenagers")
    link = filter_links.query_string(query, text="autism club", typed="", page=1)
    corrected = dict(parse_qsl(link))
    assert corrected["q"] == "autism club for teenagers"


# -- the page ----------------------------------------------------------------------------------

URL = "/local-offer/search/"


@pytest.fixture
def corpus(db):
    DatabaseBackend().rebuild(RECORDS)


def text_of(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(mark|span|strong|a)\b[^>]*>", "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def fits(record: dict, age: int) -> bool:
    low, high = record["min_age_months"], record["max_age_months"]
    return (low is None or low <= age * 12 + 11) and (high is None or high >= age * 12)


def test_a_family_sees_the_age_and_place_read_from_their_words(client, corpus):
    # When a parent types what they want in their own words
    response = client.get(URL, {"q": "salt for my 12 year old near RV1 2AB"})
    page = text_of(response)
    results = response.context["results"]
    # Then they get speech and language services that fit a 12 year old, with distances
    assert results.total > 0
    assert all(fits(hit.record, 12) for hit in results.hits)
    assert all(hit.distance_miles is not None for hit in results.hits)
    assert "Speech and Language Therapy Drop-in" not in page  # ages 0 to 10
    # And the filters are shown as coming from their search, each removable
    assert "Remove filter Age: 12 years old (from your search)" in page
    assert "Remove filter Distance: Within 5 miles of RV1 2AB (from your search)" in page
    assert "We used part of your search as filters: Age: 12 years old Remove" in page
    # And the search box still holds what they typed
    html = response.content.decode()
    assert 'value="salt for my 12 year old near RV1 2AB"' in html


def test_removing_the_age_read_from_the_words_really_removes_it(client, corpus):
    # Given a search whose age came from the words
    response = client.get(URL, {"q": "salt for my 12 year old near RV1 2AB"})
    # When the parent removes the age filter
    removed = client.get(URL + link_to(response, "Age: 12 years old (from your search)"))
    # Then the age is gone, the words that said it are gone, and the distance stays
    query = removed.context["query"]
    assert query.age is None
    assert query.words == "salt near RV1 2AB"
    assert query.postcode == "RV1 2AB"
    assert "Speech and Language Therapy Drop-in" in text_of(removed)
    assert "Age:" not in text_of(removed)
    # And removing the distance too leaves a plain search for the words
    plain = client.get(URL + link_to(removed, "Distance: Within 5 miles of RV1 2AB"))
    assert plain.context["query"].words == "salt"
    assert not plain.context["query"].has_filters


def test_the_inset_link_removes_the_filter_too(client, corpus):
    response = client.get(URL, {"q": "clubs for teenagers"})
    assert "Age: 13 to 19 years old" in text_of(response)
    removed = client.get(URL + link_to(response, "Remove the filter Age: 13 to 19 years old"))
    assert removed.context["query"].age is None
    assert removed.context["query"].words == "clubs"


def test_only_an_age_browses_every_service_for_that_age(client, corpus):
    typed = client.get(URL, {"q": "7 year old"})
    chosen = client.get(URL, {"age": "7"})
    assert typed.context["results"].total == chosen.context["results"].total > 0
    assert typed.context["results"].ids == chosen.context["results"].ids


def test_pages_of_results_keep_the_filters_read_from_the_words(client, corpus):
    first = client.get(URL, {"q": "7 year old", "per_page": "2"})
    second = client.get(URL + link_to(first, "Next page"))
    query = second.context["query"]
    assert query.page == 2
    assert query.age == 7 and query.understood == ("age",)
    assert "Age: 7 years old (from your search)" in text_of(second)


def test_the_age_box_wins_and_its_removal_drops_the_words_too(client, corpus):
    response = client.get(URL, {"q": "salt for my 7 year old", "age": "12"})
    page = text_of(response)
    assert "Remove filter Age: 12 years old" in page
    assert "(from your search)" not in page
    removed = client.get(URL + link_to(response, "Age: 12 years old"))
    assert removed.context["query"].age is None
    assert removed.context["query"].words == "salt"


def test_an_age_over_25_is_explained_not_filtered(client, corpus):
    response = client.get(URL, {"q": "autism support for my 30 year old"})
    page = text_of(response)
    assert ("Services here are for children and young people up to 25, "
            "so we have not filtered by age 30.") in page
    assert response.context["query"].age is None
    assert response.context["results"].total > 0


def test_a_misspelling_with_an_age_offers_the_right_word_and_keeps_the_age(client, corpus):
    response = client.get(URL, {"q": "autisim for teenagers"})
    assert response.context["query"].age == 13
    suggestion = client.get(URL + link_to(response, "autism"))
    query = suggestion.context["query"]
    assert query.words == "autism for teenagers"
    assert query.age_months == (13 * 12, 19 * 12 + 11)
