"""The real-listings question set is complete and its measures count what they say: checked in
`make test`, so a broken set or a wrong nDCG is found before anyone spends time on `make bench`.
The ids are checked against the real feed only where $BENCH_REAL_SERVICES points at it (it is not
in the repository: see tests/bench/real_eval.py)."""

from collections import Counter
from pathlib import Path

import pytest

from local_offer.search_vocabulary import shipped_vocabulary
from search.query import ServiceQuery
from tests.missing import opt_in

from .real_eval import SOURCE_VARIABLE, answered, feed_ids, graded_ndcg_at_k, recall_at_k
from .real_questions import KINDS, QUESTIONS


def test_there_are_at_least_sixty_questions_of_every_kind():
    kinds = Counter(question.kind for question in QUESTIONS)

    assert len(QUESTIONS) >= 60
    assert set(kinds) == set(KINDS)


def test_every_question_has_an_answer_that_is_exactly_what_was_asked():
    for question in QUESTIONS:
        assert 2 in question.grades.values(), question.params
        assert set(question.grades.values()) <= {1, 2}, question.params


def test_no_question_is_asked_twice():
    asked = Counter(tuple(sorted(question.params.items())) for question in QUESTIONS)

    assert [params for params, times in asked.items() if times > 1] == []


def test_every_question_is_valid_on_the_search_page():
    for question in QUESTIONS:
        _built, errors = ServiceQuery.from_params(question.params, vocabulary=shipped_vocabulary())

        assert not errors, (question.params, errors)


def test_every_judged_id_is_a_service_in_the_real_feed():
    path = Path(opt_in(SOURCE_VARIABLE, "real council feed (North Lincolnshire services.json)"))
    services = set(feed_ids(path))

    assert len(services) == 738
    missing = {service for question in QUESTIONS for service in question.grades} - services
    assert missing == set()


# -- the measures ------------------------------------------------------------------------------

GRADES = {"best": 2, "also-best": 2, "partly": 1}


def test_the_ideal_order_scores_one():
    assert graded_ndcg_at_k(["best", "also-best", "partly"], GRADES) == pytest.approx(1.0)


def test_a_partly_useful_answer_above_the_best_ones_scores_less():
    ideal = graded_ndcg_at_k(["best", "also-best", "partly"], GRADES)
    partly_first = graded_ndcg_at_k(["partly", "best", "also-best"], GRADES)

    assert partly_first < ideal
    # gains 3, 3, 1 at ranks 1-3 against 1, 3, 3
    expected = (1 + 3 / 1.5849625 + 3 / 2) / (3 + 3 / 1.5849625 + 1 / 2)
    assert partly_first == pytest.approx(expected, rel=1e-6)


def test_answers_below_the_tenth_result_count_for_nothing():
    ranked = [f"other-{n}" for n in range(10)] + ["best", "also-best", "partly"]

    assert graded_ndcg_at_k(ranked, GRADES) == 0.0
    assert recall_at_k(ranked, GRADES) == 0.0
    assert not answered(ranked, GRADES)


def test_recall_counts_either_grade_out_of_at_most_ten():
    many = {f"useful-{n}": 1 for n in range(25)}

    assert recall_at_k(["best", "other", "partly"], GRADES) == pytest.approx(2 / 3)
    assert recall_at_k([f"useful-{n}" for n in range(10)], many) == 1.0


def test_answered_needs_a_grade_two_in_the_first_ten():
    assert answered(["other", "partly", "best"], GRADES)
    assert not answered(["other", "partly"], GRADES)
