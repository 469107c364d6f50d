"""ServiceQuery.from_params: every input validated and bounded, with messages, never a 500."""

from datetime import datetime
from urllib.parse import parse_qsl

import pytest
from django.http import QueryDict
from hypothesis import given, settings
from hypothesis import strategies as st

from search import filter_links
from search.limits import MAX_TEXT
from search.query import ServiceQuery
from search.vocabulary import SEN2_NEEDS, Vocabulary

from .conftest import locate

VOCABULARY = Vocabulary(
    needs=dict(SEN2_NEEDS),
    categories={"sport": "Sports and recreation", "holiday-clubs": "Holiday clubs"},
)


def parse(query_string: str, **kwargs):
    return ServiceQuery.from_params(
        QueryDict(query_string), vocabulary=VOCABULARY, locate=locate, **kwargs
    )


def messages(errors) -> dict[str, str]:
    return {error.field: error.message for error in errors}


def test_a_plain_search_has_no_errors():
    query, errors = parse("q=speech+therapy&need=SLCN&age=7&postcode=rv1+2ab&radius=10")
    assert errors == []
    assert query.text == "speech therapy"
    assert query.needs == ("SLCN",)
    assert query.age == 7
    assert query.postcode == "RV1 2AB"
    assert query.radius_miles == 10
    assert query.near is not None


def test_a_ten_thousand_character_query_is_cut_with_a_message():
    query, errors = parse("q=" + "autism+" * 1500)
    assert len(query.text) <= MAX_TEXT
    assert query.text.startswith("autism autism")
    assert messages(errors)["q"] == (
        f"Your search was too long, so we used the first {MAX_TEXT} characters"
    )


def test_control_characters_and_extra_spaces_are_dropped():
    query, errors = parse("q=%00autism%0A%0A++club%1B")
    assert errors == []
    assert query.text == "autism club"


@pytest.mark.parametrize(
    ("param", "value", "message"),
    [
        ("age", "seven", "Enter age as a whole number of years, like 7"),
        ("age", "7.5", "Enter age as a whole number of years, like 7"),
        ("age", "-1", "Enter an age between 0 and 25"),
        ("age", "26", "Enter an age between 0 and 25"),
        ("age", "nan", "Enter age as a whole number of years, like 7"),
        ("radius", "far", "Enter a distance in miles, like 5"),
        ("radius", "0", "Choose a distance between 1 and 50 miles"),
        ("radius", "500", "Choose a distance between 1 and 50 miles"),
        ("radius", "inf", "Enter a distance in miles, like 5"),
        ("page", "0", "Choose a page between 1 and 500"),
        ("page", "99999999999999999999", "Choose a page between 1 and 500"),
        ("page", "two", "Enter a page number, like 2"),
        ("per_page", "1000", "Choose between 1 and 50 results on a page"),
        ("cost", "cheap", "Choose a cost from the list (free, has a charge, cost varies)"),
        ("pb", "maybe", "Personal budgets must be yes or no"),
        ("sort", "random", "Sort by best match or nearest first"),
        ("postcode", "NOT A POSTCODE", "Enter a real postcode, like RV1 2AB"),
        ("postcode", "x" * 5000, "Enter a real postcode, like RV1 2AB"),
        ("postcode", "ZZ9 9ZZ",
         "We could not find ZZ9 9ZZ. Check it, or try the first part, like ZZ9"),
    ],
)
def test_garbage_gets_a_plain_english_message_and_the_rest_still_works(param, value, message):
    query, errors = parse(f"q=swimming&{param}={value}")
    assert messages(errors) == {param: message}
    assert query.text == "swimming"  # nothing else the family typed is lost


def test_unknown_need_code_is_named_in_the_message():
    query, errors = parse("need=ASD&need=XYZ")
    assert query.needs == ("ASD",)
    assert messages(errors) == {
        "need": 'We do not recognise the need "XYZ". Choose one from the list'
    }


def test_need_codes_are_case_insensitive_and_comma_lists_work():
    query, errors = parse("need=asd,slcn&need=ASD")
    assert errors == []
    assert query.needs == ("ASD", "SLCN")


def test_unknown_category_is_an_error_when_the_vocabulary_is_known():
    query, errors = parse("category=sport&category=knitting")
    assert query.categories == ("sport",)
    assert "knitting" in messages(errors)["category"]


def test_any_well_formed_category_is_accepted_without_a_list():
    query, errors = ServiceQuery.from_params(
        {"category": "riverside-respite"}, vocabulary=Vocabulary(needs={}, categories=None)
    )
    assert errors == []
    assert query.categories == ("riverside-respite",)


def test_a_code_with_odd_characters_is_refused_without_echoing_it():
    query, errors = parse("need=%3Cscript%3E")
    assert query.needs == ()
    assert messages(errors) == {"need": "We do not recognise that need. Choose one from the list"}


def test_too_many_values_are_capped():
    query, errors = parse("&".join(f"need={code}" for code in list(SEN2_NEEDS) * 3))
    assert len(query.needs) <= len(SEN2_NEEDS)
    assert "need" in messages(errors)


def test_distance_sort_needs_a_postcode():
    query, errors = parse("sort=distance")
    assert query.sort == "relevance"
    assert messages(errors) == {"sort": "Enter a postcode to sort by distance"}


def test_radius_defaults_to_five_miles_with_a_postcode():
    query, _ = parse("postcode=RV1 2AB")
    assert query.radius_miles == 5


def test_open_now_fixes_the_minute_of_the_week():
    query, errors = parse("open_now=yes", now=datetime(2026, 11, 25, 14, 5))  # a Wednesday
    assert errors == []
    assert query.minute_of_week == 2 * 1440 + 14 * 60 + 5


def test_a_plain_dict_works_as_well_as_a_querydict():
    query, errors = ServiceQuery.from_params(
        {"q": "play", "need": ["ASD", "SLCN"], "age": 4}, vocabulary=VOCABULARY
    )
    assert errors == []
    assert query.needs == ("ASD", "SLCN")
    assert query.age == 4


def test_age_in_months_covers_the_whole_year_of_age():
    query, _ = parse("age=7")
    assert query.age_months == (84, 95)


def test_applied_filters_can_be_removed_one_at_a_time():
    query, _ = parse(
        "q=swim&need=ASD&need=PD&age=8&postcode=RV1+2AB&radius=10&sort=distance&pb=yes"
    )
    filters = {(f.param, f.value): f for f in filter_links.applied_filters(query, VOCABULARY)}
    assert filters[("need", "ASD")].label == "Autistic spectrum disorder"
    without_asd = dict(parse_qsl(filters[("need", "ASD")].remove_query))
    assert "ASD" not in filters[("need", "ASD")].remove_query
    assert without_asd["q"] == "swim"
    without_place = filters[("postcode", "RV1 2AB")].remove_query
    assert "radius" not in without_place and "distance" not in without_place
    assert filters[("postcode", "RV1 2AB")].label == "Within 10 miles of RV1 2AB"
    assert filter_links.clear_filters_query(query) == "q=swim"


def test_query_string_round_trips():
    query, _ = parse("q=swim&need=ASD&age=8&cost=free&delivery=online&holidays=yes&page=2")
    again, errors = parse(filter_links.query_string(query))
    assert errors == []
    assert again == query


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["q", "need", "category", "age", "postcode", "radius", "cost", "pb",
                     "delivery", "open_now", "holidays", "sort", "page", "per_page", "junk"]),
    st.lists(st.text(max_size=300), max_size=4),
))
def test_any_parameters_give_a_query_and_messages_never_an_exception(params):
    query, errors = ServiceQuery.from_params(params, vocabulary=VOCABULARY, locate=locate)
    assert len(query.text) <= MAX_TEXT
    assert 1 <= query.page <= 500 and 1 <= query.per_page <= 50
    assert 1 <= query.radius_miles <= 50
    assert query.age is None or 0 <= query.age <= 25
    assert all(error.message for error in errors)


@pytest.mark.parametrize("typed", ["INF", "-inf", "nan", "1e400"])
def test_an_age_that_is_not_a_number_of_years_gets_a_message_not_an_error(typed):
    query, errors = ServiceQuery.from_params({"age": typed, "q": "swimming"}, vocabulary=VOCABULARY)
    assert query.age is None and query.text == "swimming"
    assert [error.field for error in errors] == ["age"]
