"""Which needs a listing with no needs of its own is found under, from its words."""

import pytest

from search.need_words import NEED_WORDS, indexed_needs, needs_named

EVERY_NEED = tuple(NEED_WORDS)


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("A youth club for autistic children", ("ASD",)),
        ("Adults with learning disabilities meet on Tuesdays", ("MLD", "SLD")),
        # For disabled people whatever the disability: found under every need.
        ("Pan-Disability Football training sessions", EVERY_NEED),
        ("Sessions specifically for adults with a disability aged 16 and above", EVERY_NEED),
        ("Free physical activity for young people with disabilities", EVERY_NEED),
        ("Saturday activities for disabled children", EVERY_NEED),
        ("For children with additional needs", EVERY_NEED),
        ("Supporting adults with special needs", EVERY_NEED),
        ("Our Place (SEND Friendly) community lounge", EVERY_NEED),
        # Words that name no need.
        ("Disabled parking at the front", ()),
        ("Send us an email", ()),
        ("Send a friendly reminder", ()),
        # A venue's facilities say nothing about who the service is for.
        ("The hall is fully accessible, with toilets suitable for people with disabilities",
         ()),
        ("Accessible parking for disabled people at the front", ()),
    ],
)
def test_the_needs_a_listings_words_name(text, needs):
    assert needs_named(text) == needs


def test_a_listing_with_needs_of_its_own_keeps_exactly_those():
    record = {"needs": ["HI"], "name": "Pan-disability swimming", "summary": "", "keywords": []}

    assert indexed_needs(record) == ("HI",)
