"""Each rule has one home (issue: "one rule per decision"). These tests fail if a copy of a
rule appears somewhere else, so the next app calls the rule instead of writing it again."""

import re
from pathlib import Path

import pytest

from portal import postcodes

ROOT = Path(__file__).resolve().parent.parent
APP_FOLDERS = ("portal", "local_offer", "search", "budgets", "youngcommissioners")


def _app_sources():
    for folder in APP_FOLDERS:
        for path in (ROOT / folder).glob("**/*.py"):
            if "migrations" not in path.parts:
                yield path, path.read_text(encoding="utf-8")


def _files_containing(pattern: str) -> set[str]:
    found = re.compile(pattern)
    return {str(path.relative_to(ROOT)) for path, text in _app_sources() if found.search(text)}


def test_the_postcode_pattern_is_written_once():
    # The outward-code pattern, however it is spelled ([A-Z]{1,2}, [a-z]{1,2}\d ...)
    assert _files_containing(r"\[[A-Za-z]-[A-Za-z]\]\{1,2\}(?:\[0-9\]|\\\\d)") == {
        "portal/postcodes.py"
    }


def test_outcode_is_defined_once():
    assert _files_containing(r"(?m)^def outcode\(") == {"portal/postcodes.py"}


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [(" rv1  2ab ", "RV1 2AB"), ("sw1a1aa", "SW1A 1AA"), ("rv1", "RV1"), ("RV12", "RV12"),
     ("", None), ("1RV 2AB", None), ("RV1 2AB X", None), ("RV1 2A", None)],
)
def test_postcodes_are_read_one_way(typed, normalised):
    assert postcodes.normalise(typed) == normalised


def test_a_postcode_royal_mail_never_issues_is_shaped_right_but_not_real():
    assert postcodes.normalise_full("RV1 2CI") == "RV1 2CI"
    assert not postcodes.is_real("RV1 2CI")
    assert postcodes.is_real("RV1 2AB")


def test_the_search_log_keeps_only_the_outcode_of_a_postcode_in_text():
    text = postcodes.IN_TEXT.sub(lambda m: m["outward"], "swimming near rv1 2ab please")

    assert text == "swimming near rv1 please"


def test_calendar_month_arithmetic_is_written_once():
    assert _files_containing(r"\.year \* 12") == {"local_offer/listing.py"}


def test_the_freshness_thresholds_are_set_once():
    assert _files_containing(r"(?m)^(REMIND|NOTICE|HIDE)_AFTER_MONTHS = \d") == set()
    assert _files_containing(r"(?m)^\s+(remind|notice|hide): int = \d+") == {
        "local_offer/listing.py"
    }


def test_no_template_types_the_thresholds_in():
    # Templates get them from context as listing_months (a change is then made in one place).
    typed = re.compile(r"\b(?:6|9|12) months\b")
    offenders = [
        str(path.relative_to(ROOT))
        for folder in APP_FOLDERS
        for path in (ROOT / folder).glob("**/templates/**/*.*")
        if typed.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_years_become_months_in_one_place():
    # "Aged N" is N*12 to N*12+11 months: written once, in portal/ages.py (calendar months
    # between dates are local_offer/listing.py's).
    assert _files_containing(r"\* 12\b") == {"local_offer/listing.py"}
    assert _files_containing(r"\* MONTHS_PER_YEAR \+ MONTHS_PER_YEAR - 1") == {"portal/ages.py"}


def test_weeks_become_months_in_one_place():
    # A baby's weeks are read in the family's words (search) and in a listing's (local_offer):
    # both call portal/ages.py, so "6 weeks" is month 1 everywhere.
    from portal import ages

    assert _files_containing(r"365\.25") == {"portal/ages.py"}
    assert [ages.month_of_week(w) for w in (0, 4, 5, 6, 8, 26)] == [0, 0, 1, 1, 1, 5]
