"""How the safeguarding screen reads what people write, and the lead's phrases in the admin."""

import pytest

from youngcommissioners.models import ScreeningPhrase
from youngcommissioners.safeguarding import (
    BUILT_IN_PHRASES,
    PhraseError,
    Screening,
    compile_phrase,
    matches,
    screen,
    words,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "mums boyfriend hit me again",
        "MY MUM'S BOYFRIEND HIT ME!!!",
        "my mums bf hits me",
        "My mum’s boyfriend is hitting me again.",
        "i wish i wasnt here any more",
        "I wish I wasn't here anymore",
        "i wish i was not here",
        "he hurted my sister",  # a misspelt past tense
        "my dad beated me",
        "she keeps hitting my little brother",  # third person
        "im being negelcted",  # a misspelling of a long word
        "i think about suicde",
        "i want 2 die",
        "kms",
    ],
)
def test_it_reads_people_as_they_write(text):
    assert screen(text).alert


@pytest.mark.parametrize(
    "text",
    [
        "get in touch with my key worker",
        "the staff pushed us from pillar to post",
        "thank you for a fabulous service",
        "",
        "   !!! ",
    ],
)
def test_ordinary_words_near_the_phrases_do_not_alert(text):
    assert not screen(text).alert


def test_the_screening_names_what_matched():
    result = screen("i want to die")

    assert result == Screening(alert=True, matched=("want|wish|going ... die",))


def test_apostrophes_and_contractions_are_read_one_way():
    assert words("I wasn't, he'd") == words("i wasnt hed") == ["i", "was", "not", "hed"]


def test_a_phrase_the_lead_adds_is_looked_for():
    assert not screen("a man follows me home from school").alert
    ScreeningPhrase.objects.create(phrase="@adult ... follow + me")

    assert screen("a man follows me home from school").matched == ("@adult ... follow + me",)


def test_a_switched_off_phrase_is_not_looked_for():
    ScreeningPhrase.objects.filter(phrase="bully").update(active=False)

    assert not screen("they bully me").matched or "bully" not in screen("they bully me").matched


def test_switching_every_phrase_off_falls_back_to_the_built_in_list():
    ScreeningPhrase.objects.update(active=False)

    assert screen("i want to die").alert


def test_the_migration_seeds_the_built_in_list():
    assert set(ScreeningPhrase.objects.values_list("phrase", flat=True)) >= set(BUILT_IN_PHRASES)


@pytest.mark.parametrize(
    ("phrase", "problem"),
    [("... hit", "cannot start"), ("@nobody hit", "no word group @nobody"), ("!!", "no letters")],
)
def test_a_badly_written_phrase_says_what_is_wrong(phrase, problem):
    with pytest.raises(PhraseError, match=problem):
        compile_phrase(phrase)


def test_plus_means_the_next_word_and_dots_allow_three_between():
    assert matches("touch + me", "he touched me") == ["touched me"]
    assert matches("touch + me", "in touch with me") == []
    assert matches("@adult ... @violence", "my mums boyfriend keeps hitting") == [
        "mum boyfriend keeps hitting"
    ]
