"""The safeguarding screen against our own test set (youngcommissioners/screening_examples.py).

Target (issue 15): every must-alert phrasing alerts; no more than 1 in 10 ordinary comments
does. The figures are printed (run with -s to see them) and reported in docs/safeguarding.md.
"""

import pytest

from youngcommissioners.safeguarding import screen
from youngcommissioners.screening_examples import MUST_ALERT, ORDINARY

pytestmark = pytest.mark.django_db  # the screen reads the lead's phrases (seeded by migration)

HARD_CASE = "this service is killing me with its waiting times"


def test_the_set_is_big_enough_to_mean_something():
    assert len(MUST_ALERT) >= 30 and len(ORDINARY) >= 30
    assert len(set(MUST_ALERT)) == len(MUST_ALERT) and len(set(ORDINARY)) == len(ORDINARY)


def test_recall_and_false_alarm_rate_on_our_test_set(capsys):
    missed = [text for text in MUST_ALERT if not screen(text).alert]
    false_alarms = [text for text in ORDINARY if screen(text).alert]
    recall = (len(MUST_ALERT) - len(missed)) / len(MUST_ALERT)
    false_alarm_rate = len(false_alarms) / len(ORDINARY)
    with capsys.disabled():
        print(
            f"\nsafeguarding screen: recall {recall:.0%} ({len(MUST_ALERT) - len(missed)} of "
            f"{len(MUST_ALERT)} must-alert phrasings), false alarms {false_alarm_rate:.1%} "
            f"({len(false_alarms)} of {len(ORDINARY)} ordinary comments: {false_alarms})"
        )

    assert missed == []
    assert false_alarm_rate <= 0.1


def test_the_hard_case_alerts_by_decision():
    # docs/safeguarding.md: "killing me" is how distressed people write too; the lead clears
    # this in a minute, and a screen that learnt to skip it would skip "he is killing me".
    assert screen(HARD_CASE).alert
    assert screen("my step dad is killing me").alert
