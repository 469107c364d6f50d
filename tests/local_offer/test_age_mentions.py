"""Reading the ages a listing's words mention, and where they part from its age fields."""

import pytest

from local_offer.age_mentions import (
    Disagreement,
    disagreements,
    mentioned_range,
    mentions,
    stated_range,
)
from local_offer.cost_mentions import says_free


def years(youngest, oldest=None):
    """Months for "aged youngest to oldest" (None for no limit), on the portal's rule."""
    low = None if youngest is None else youngest * 12
    high = None if oldest is None else oldest * 12 + 11
    return low, high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Assessment for children and young people aged 5 to 18.", years(5, 18)),
        ("For ages 5-18", years(5, 18)),
        ("Open to children aged between 5 and 18", years(5, 18)),
        ("between the ages of 5 and 18", years(5, 18)),
        ("5 to 18 years old", years(5, 18)),
        ("A club for 5–18 year olds", years(5, 18)),
        ("aged five to eighteen", years(5, 18)),
        ("young people aged sixteen to twenty-five", years(16, 25)),
        ("16-25 year olds", years(16, 25)),
        ("A group for 16-25s", years(16, 25)),
        # Real listings glue the unit to the number.
        ("young people aged 9-16years (school years 5-11)", years(9, 16)),
        ("ages 5-11yrs", years(5, 11)),
        ("for 8-12yr olds", years(8, 12)),
        ("young people 16-25 with SEND", years(16, 25)),
        ("Supported living services for 16-25.", years(16, 25)),
        ("from 13 years", years(13, None)),
        ("from age 13", years(13, None)),
        ("from the age of 13", years(13, None)),
        ("young people aged 13 and over", years(13, None)),
        ("13 years and older", years(13, None)),
        ("aged 13+", years(13, None)),
        ("for over 16s", years(16, None)),
        ("young people over 16 can apply", years(16, None)),
        ("Stay and play for under 5s", (None, 59)),
        ("Sensory play for under-fives", (None, 59)),
        ("health visitors see every family with a child under 5", (None, 59)),
        ("babies under 6 months", (None, 5)),
        ("up to age 25", (None, 311)),
        ("up to the age of 18", (None, 227)),
        ("young people can stay until they are 25", (None, 311)),
        ("from birth to 5", (0, 71)),
        ("from 6 months to 5 years", (6, 71)),
        # Babies are aged in weeks: a week is read as the month it falls in (6 weeks: month 1)
        ("Suitable for babies aged 8+ weeks to six months.", (1, 6)),
        ("babies aged 6-12 weeks", (1, 2)),
        ("a group for 6 week old babies", (1, 1)),
        ("young people 16+ years", years(16, None)),
        ("funded places for 2, 3 and 4 year olds", years(2, 4)),
        ("a group for 3-year-olds", years(3, 3)),
        ("children aged 3", years(3, 3)),
        ("speech and language therapy for school-age children", years(4, 18)),
        ("support for secondary-age pupils", years(11, 18)),
        ("primary school age", years(4, 11)),
        ("for parents and little ones of pre school age", years(0, 4)),
        ("Girls Football 8+", years(8, None)),
        ("Girls Football 8+ Girls Wildcats training", years(8, None)),
        ("young people aged 11 plus", years(11, None)),
        ("preschool-age children", years(0, 4)),
    ],
)
def test_age_phrases_are_read_as_months(text, expected):
    assert mentioned_range(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We run a transition programme for pupils joining Year 7.",
        "We work with the family from Year 9 onwards, in Years 7 to 11 too.",
        "Chat to a therapist for 15 minutes.",
        "Call 01632 960000 or 07700 900101.",
        "Open 9 to 5, Monday to Friday.",
        "Open 9-5.",
        "Sessions run 9am to 5pm, or 9.30 to 11.30, or 10:00 to 12:00.",
        "Sessions last 2-3 hours.",
        "Classes have up to 8 pupils.",
        "We will tell you within 6 weeks, and the whole process takes no more than 20 weeks.",
        "Funded childcare: 15 hours or 30 hours.",
        "A one-year study programme, then a six-week course.",
        "A five week course - sessions do not run on Bank Holidays.",
        "We offer group sessions and one to one's.",
        "Six court sports hall, 85+ station gym over two levels.",
        "In January 1941, at just 37 years old, Amy was killed on a routine flight.",
        "When 93-year-old Thelma gets duped by a phone scammer.",
        "Tuition in Maths, English, Science and 11 Plus Preparation.",
        "It costs £12 a session. Level 1 BSL.",
        "Most found paid work within six months.",
        "Open every day, 8am to midnight.",
        "One-to-one support, and the 2-year review of development.",
        "Young people can stay until 25 if they have SEND.",  # too loose to read as an age
        "Groups of 8 to 10 children.",
        "",
    ],
)
def test_numbers_that_are_not_ages_are_not_read(text):
    assert mentions(text) == []
    assert mentioned_range(text) is None


def test_each_phrase_is_read_once_and_kept_in_order():
    found = mentions("For young people aged 16 to 25. Drop in from age 14, or call 01632 960111.")

    assert [(m.phrase, m.youngest, m.oldest) for m in found] == [
        ("aged 16 to 25", 192, 311),
        ("from age 14", 168, None),
    ]


def test_a_range_read_backwards_is_not_an_age():
    assert mentions("aged 9 to 5") == []


# --- the words against the fields -----------------------------------------------------------


def test_words_that_name_ages_the_fields_leave_out_disagree():
    # The CAMHS team the newcomer found: "aged 5 to 18" in the words, 11 to 17 in the fields.
    found = disagreements(
        "CAMHS neurodevelopmental team. Assessment for children aged 5 to 18.", "", *years(11, 17)
    )

    assert [(f.kind, f.phrase) for f in found] == [
        (Disagreement.WORDS_OUTSIDE_FIELDS, "aged 5 to 18")
    ]


def test_a_title_naming_an_age_group_disagrees_with_fields_beyond_it():
    # "School-age" speech therapy listed for 0 to 17: a toddler's parent finds it.
    found = disagreements("Speech and language therapy for school-age children", "", 0, 215)

    assert [(f.kind, f.phrase) for f in found] == [
        (Disagreement.FIELDS_WIDER_THAN_WORDS, "school-age")
    ]


@pytest.mark.parametrize(
    ("who_for", "other_words", "ages"),
    [
        ("Advice for young people aged 16 to 25.", "", years(16, 25)),
        ("Sensory play for under-fives", "", (6, 59)),
        ("Speech and language therapy for school-age children", "", years(5, 16)),
        # The description may name a smaller group within the service's ages.
        ("Carers' support", "Young carers aged 8 to 18 have their own group.", (None, None)),
        ("Benefits advice", "We see families with children from birth to 5.", years(0, 17)),
        ("A club with no ages in its words", "Open 9 to 5.", years(5, 11)),
    ],
)
def test_words_within_the_fields_agree(who_for, other_words, ages):
    assert disagreements(who_for, other_words, *ages) == []


def test_a_description_naming_older_children_than_the_fields_disagrees():
    found = disagreements("Carers' support", "Young carers aged 8 to 18 meet monthly.", None, 215)

    assert [f.phrase for f in found] == ["aged 8 to 18"]


def test_a_stage_of_life_disagrees_only_when_it_shares_no_age_with_the_fields():
    assert disagreements("Parent group", "Help for school-age children.", 0, 215) == []
    assert [f.phrase for f in disagreements("Parent group", "For school-age children.", 0, 35)] == [
        "school-age"
    ]


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Inclusive sport for people aged 8-25 with disabilities.", (96, 311)),
        ("Day centre for adults with learning disabilities.", (216, None)),
        ("Share experiences with other adults who have the same diagnosis.", (216, None)),
        # Children or families beside adults: not for adults only.
        ("Adults and children welcome at our family swim.", None),
        ("Young adults with autism meet on Fridays.", None),
        ("Stay and play for everyone.", None),
    ],
)
def test_the_ages_a_listing_says_it_is_for(text, stated):
    assert stated_range(text) == stated


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("A free drop in play session for children and their carers.", True),
        ("A free stay and play group held every Tuesday.", True),
        ("This service is free of charge.", True),
        ("There is no charge for the group.", True),
        ("Free parking at the centre.", False),  # a free thing beside it, not the service
        ("Free for under 5s, £3 for older children.", False),  # an amount: not free
        ("Sessions cost £2.50.", False),
    ],
)
def test_whether_the_words_say_a_listing_is_free(text, free):
    assert says_free(text) is free


def test_over_the_age_of_is_read_like_over():
    assert mentioned_range("Open to anyone over the age of 18.") == (216, None)
