"""The glossary: the SEND words families meet, A to Z, each one linkable."""

import re

import pytest

from portal.pages.glossary_terms import GLOSSARY_TERMS
from portal.pages.models import GlossaryPage, GlossaryTerm

from .conftest import html_of

pytestmark = pytest.mark.django_db

NEED_CODES = ["SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH",
              "NSA"]
WORDS_FAMILIES_TYPE = ["SALT", "SLT", "OT", "Physio", "ASC", "ADHD", "CAMHS", "CYPMHS", "SENCO",
                       "EHCP", "IASS", "SENDIASS", "PCF", "Respite", "Short breaks", "DP", "PB",
                       "PHB", "PfA", "LAC", "CLA", "PRU", "EP", "HV", "CDC", "TAC", "DLA",
                       "Key worker"]


@pytest.fixture
def glossary_html(client, shell_pages):
    return html_of(client.get("/glossary/"))


def _terms_in_page_order(html):
    return re.findall(r'<dt class="govuk-summary-list__key">(.*?)</dt>', html)


def test_the_seeded_glossary_has_at_least_forty_terms_each_explained(glossary_html):
    terms = _terms_in_page_order(glossary_html)
    assert len(terms) >= 40
    assert all(meaning.strip() for _, _, meaning in GLOSSARY_TERMS)


def test_every_need_code_and_common_search_word_is_explained(glossary_html):
    terms = set(_terms_in_page_order(glossary_html))
    missing = [t for t in NEED_CODES + WORDS_FAMILIES_TYPE if t not in terms]
    assert missing == []


def test_acronyms_show_what_they_stand_for(glossary_html):
    assert re.search(r'id="ehcp".*?Education, health and care plan', glossary_html, re.S)
    assert re.search(r'id="semh".*?Social, emotional and mental health', glossary_html, re.S)


def test_terms_are_in_alphabetical_order_ignoring_case(glossary_html):
    terms = _terms_in_page_order(glossary_html)
    assert terms == sorted(terms, key=str.casefold)


def test_every_term_has_its_own_anchor(glossary_html):
    anchors = re.findall(r'<div class="govuk-summary-list__row" id="([^"]+)"', glossary_html)
    assert len(anchors) == len(_terms_in_page_order(glossary_html))
    assert len(set(anchors)) == len(anchors)
    assert "short-breaks" in anchors and "adhd" in anchors


def test_a_to_z_links_jump_to_letters_that_have_terms(glossary_html):
    links = re.findall(r'href="#letter-([a-z])">([A-Z])</a>', glossary_html)
    assert [letter for letter, _ in links][:3] == ["a", "c", "d"]
    for anchor, letter in links:
        assert f'<h2 class="govuk-heading-l" id="letter-{anchor}">{letter}</h2>' in glossary_html
    # letters with no terms are shown but are not links to nowhere
    assert 'href="#letter-b"' not in glossary_html
    assert re.search(r'<span class="govuk-hint govuk-!-margin-0">B</span>', glossary_html)


def test_two_terms_with_the_same_slug_get_different_anchors(client, shell_pages):
    GlossaryTerm.objects.create(page=GlossaryPage.objects.get(), term="ehcp",
                                meaning="Lower-case duplicate for the test.")
    html = html_of(client.get("/glossary/"))
    assert 'id="ehcp"' in html and 'id="ehcp-2"' in html


def test_the_glossary_is_in_the_main_navigation(client, shell_pages):
    html = html_of(client.get("/"))
    assert '<a class="govuk-service-navigation__link" href="/glossary/">Words we use</a>' in html


def test_terms_spelt_exactly_alike_keep_their_anchors_whatever_order_the_database_returns(db):
    # Given two terms with the same spelling, the first added has the lower id
    first = GlossaryTerm(pk=10, term="SEN", meaning="Added first.")
    second = GlossaryTerm(pk=11, term="SEN", meaning="Added second.")
    # When the database returns them in either order (PostgreSQL does not promise one)
    anchors = []
    for returned in ([first, second], [second, first]):
        groups = GlossaryPage(title="Words we use", terms=returned).letter_groups()
        anchors.append({term.meaning: term.anchor for term in groups["S"]})
    # Then each term keeps the same anchor, so a saved link always lands on the same meaning
    assert anchors[0] == anchors[1] == {"Added first.": "sen", "Added second.": "sen-2"}
