"""The words under a goal's chart: what changed, since when, and whether it counts."""

from datetime import date

from portal.family.goals.progress import (
    EXPECTED_REACHED,
    MEANINGFUL,
    NO_RATINGS,
    RatingPoint,
    summarise,
)


def copm(day, performance, satisfaction):
    return RatingPoint(day, performance=performance, satisfaction=satisfaction)


def gas(day, level):
    return RatingPoint(day, level=level)


def test_no_ratings_is_an_empty_state_not_a_change():
    summary = summarise("copm", [])

    assert summary.text == NO_RATINGS
    assert not summary.highlighted


def test_one_copm_rating_says_where_things_are_and_asks_for_another():
    summary = summarise("copm", [copm(date(2026, 3, 2), 3, 4)])

    assert summary.text == (
        "Performance is 3 and satisfaction is 4 out of 10, from the first rating on "
        "2 March 2026. Add another rating to see the change."
    )
    assert not summary.highlighted


def test_copm_up_two_points_is_a_meaningful_change():
    summary = summarise(
        "copm", [copm(date(2026, 6, 1), 5, 5), copm(date(2026, 3, 2), 3, 5)]  # any order
    )

    assert summary.sentences[0] == "Performance went from 3 to 5 since March: a meaningful change."
    assert summary.sentences[1] == "Satisfaction stayed at 5 since March."
    assert summary.highlight == MEANINGFUL


def test_copm_up_one_point_is_not_yet_meaningful():
    summary = summarise("copm", [copm(date(2026, 3, 2), 3, 4), copm(date(2026, 5, 2), 4, 5)])

    assert summary.sentences[0] == (
        "Performance went from 3 to 4 since March: not yet a meaningful change "
        "(that takes 2 points or more)."
    )
    assert not summary.highlighted


def test_copm_down_two_points_is_meaningful_too_and_the_numbers_show_which_way():
    summary = summarise("copm", [copm(date(2026, 3, 2), 4, 7), copm(date(2026, 5, 2), 4, 5)])

    assert summary.sentences[1] == "Satisfaction went from 7 to 5 since March: a meaningful change."
    assert summary.highlight == MEANINGFUL


def test_across_a_new_year_the_start_month_has_its_year():
    summary = summarise("copm", [copm(date(2025, 11, 2), 3, 4), copm(date(2026, 2, 2), 6, 4)])

    assert summary.sentences[0] == (
        "Performance went from 3 to 6 since November 2025: a meaningful change."
    )


def test_gas_from_minus_two_to_zero_reaches_the_expected_outcome():
    summary = summarise("gas", [gas(date(2026, 3, 2), -2), gas(date(2026, 6, 2), 0)])

    assert summary.text == (
        "Went from -2 (where things started) to 0 (the expected outcome) since March. "
        "The goal has reached the expected outcome."
    )
    assert summary.highlight == EXPECTED_REACHED


def test_gas_above_zero_has_gone_beyond_and_below_zero_is_not_highlighted():
    beyond = summarise("gas", [gas(date(2026, 3, 2), -1), gas(date(2026, 6, 2), 1)])
    below = summarise("gas", [gas(date(2026, 3, 2), -2), gas(date(2026, 6, 2), -1)])

    assert "+1 (better than expected)" in beyond.text
    assert beyond.sentences[-1] == "The goal has gone beyond the expected outcome."
    assert beyond.highlighted
    assert below.sentences[-1] == "The expected outcome is 0."
    assert not below.highlighted


def test_one_gas_rating_names_its_level():
    summary = summarise("gas", [gas(date(2026, 3, 2), -2)])

    assert summary.sentences[0] == (
        "Rated -2 (where things started) on 2 March 2026, the first rating."
    )
