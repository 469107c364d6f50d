"""Query analysis: synonyms, misspellings, prefixes and spelling correction."""

import pytest

from search import analysis
from search.synonyms import (
    CONCEPTS,
    MISSPELLINGS,
    SYNONYM_GROUPS,
    elasticsearch_rules,
    expansions,
    loses_an_end,
)


def alternatives(text):
    return [[" ".join(alt) for alt in group.alternatives] for group in analysis.parse(text)]


def test_acronym_expands_to_its_phrases():
    (group,) = alternatives("SALT ")
    assert group[0] == "salt"
    assert "speech and language therapy" in group and "slt" in group


def test_longest_phrase_wins_and_stop_words_go():
    groups = alternatives("speech and language therapy for my son near RV1 ")
    assert groups[0][0] == "speech and language therapy"
    assert "salt" in groups[0]
    assert groups[1:] == [["rv1"]]


def test_misspelling_finds_the_word():
    (group,) = alternatives("autisim ")
    assert "autism" in group and "autistic" in group


def test_only_an_unfinished_last_word_is_a_prefix():
    groups = analysis.parse("swimming thera")
    assert [g.prefix for g in groups] == [False, True]
    assert analysis.parse("swimming thera ")[-1].prefix is False
    assert analysis.parse("sw")[-1].prefix is False  # too short to be useful


def test_accents_and_punctuation_fold():
    assert analysis.words("Café—naïve, CAMHS!") == ["cafe", "naive", "camhs"]


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("autisim", "autism", 1), ("sensorry", "sensory", 1), ("therapy", "theraphy", 1),
     ("form", "from", 1), ("abc", "abc", 0), ("kitten", "sitting", 3)],
)
def test_edit_distance(a, b, distance):
    assert analysis.edit_distance(a, b, limit=2) == min(distance, 3)


def test_correct_replaces_only_unknown_words_with_close_known_ones():
    known = {"sensory": 5, "play": 9, "sessions": 3}
    corrected = analysis.correct(
        "sensorry play", lambda w: w in known, lambda w: list(known.items())
    )
    assert corrected == "sensory play"
    assert analysis.correct("play", lambda w: w in known, lambda w: list(known.items())) is None
    # three-letter words are acronyms more often than typos
    assert analysis.correct("pcx", lambda w: False, lambda w: [("pcf", 1)]) is None


def test_every_group_is_lower_case_and_parses_as_elasticsearch_rules():
    for group in SYNONYM_GROUPS:
        for phrase in group:
            assert phrase == phrase.lower() and "," not in phrase
    rules = elasticsearch_rules()
    assert "salt, slt, speech and language therapy, speech and language therapist, " \
           "speech therapy, speech therapist" in rules
    assert "autisim => autism" in rules
    assert "isnt talking => isnt talking, speech and language, speech therapy, salt, slt, " \
           "speech and language therapy, speech and language therapist, speech therapist, " \
           "communication, health visitor, hv, health visiting" in rules  # a concept is one
    # way, and brings its targets' groups
    assert len(rules) == len(SYNONYM_GROUPS) + len(CONCEPTS) + len(MISSPELLINGS)


def test_no_elasticsearch_rule_gives_a_phrase_its_stop_words_would_cut_short():
    # The stop filter runs after the synonyms: "into work" would become any "work"
    for rule in elasticsearch_rules():
        typed, _, given = rule.rpartition(" => ")
        for phrase in given.split(", "):
            if phrase != typed:
                assert not loses_an_end(tuple(phrase.split())), (phrase, rule)
    job = next(rule for rule in elasticsearch_rules() if rule.startswith("employment, "))
    assert "finding work" in job and "back to work" in job and "into work" not in job


def test_the_verb_before_a_sport_is_part_of_asking_for_it():
    # "play a sport" is one thing asked for, found as "sport" is; "play" alone is not asked
    (group,) = analysis.parse("wants to play a sport")
    assert {("sport",), ("basketball",)} <= set(group.alternatives)


def test_the_domain_vocabulary_is_covered():
    table = expansions()
    for word in ["salt", "slt", "asd", "asc", "autism", "autistic", "adhd", "camhs", "cypmhs",
                 "respite", "ot", "physio", "senco", "sendco", "ehcp", "ehc plan", "iass",
                 "sendiass", "pcf", "dp", "pb", "phb", "pfa", "lac", "cla", "pru", "ap", "dla",
                 "ep", "hv", "cdc", "tac", "keyworker", "key worker", "autisim", "dyslexsia"]:
        assert word in table, word


def test_a_word_typed_twice_is_matched_once():
    assert analysis.parse("autism swimming autism swimming autism") == analysis.parse(
        "autism swimming "
    )
    assert analysis.parse("swimming autism swimming") == analysis.parse("autism swimming")


def test_a_synonym_that_contains_another_is_not_matched_again():
    # "child and adolescent mental health services" finds nothing "mental health" does not
    alternatives = analysis.parse("camhs")[0].alternatives
    assert ("mental", "health") in alternatives
    assert not any(len(alt) > 2 and "mental" in alt and "health" in alt for alt in alternatives)


def test_words_that_describe_the_person_are_matched_but_decide_nothing():
    def common(text):
        return {group.word for group in analysis.parse(text) if group.common}

    # After a negation: what the child does not do, not a talking therapy
    assert "talk" in common("my teenager is self harming and wont talk to me")
    assert "talk" in common("my son won't talk to anyone")  # "won't": "won", "t"
    assert "self harming" not in common("my teenager is self harming and wont talk to me")
    # ... but a phrase of the vocabulary after one is what is asked about
    assert "afford food" not in common("we cant afford food until payday")
    # Between "my" and who they are
    assert "disabled" in common("i care for my disabled son and need support for myself")
    assert "autistic" not in common("football for my autistic son")  # a need decides
    # In a clause about them, but not in one that asks ("who can help")
    assert {"struggling", "school"} <= common("an ehcp assessment for my son who is "
                                              "struggling at school")
    assert "anxiety" not in common("a club who can help with anxiety")
    assert "ehcp" not in common("an ehcp assessment for my son who is struggling at school")
