"""The filter panel's checkboxes, drawn by search_tags.checkbox (GOV.UK small checkboxes)."""

from search.page import Option
from search.templatetags.search_tags import checkbox


def test_a_checked_option_with_its_count_for_screen_readers():
    html = checkbox(Option("ASD", "Autism", 12, True, "filter-need-asd", "need"))
    assert 'id="filter-need-asd" name="need" type="checkbox" value="ASD" checked>' in html
    assert '<label class="govuk-label govuk-checkboxes__label" for="filter-need-asd">' in html
    assert "(12<span class=\"govuk-visually-hidden\"> services</span>)" in html


def test_one_service_is_singular_and_no_count_shows_none():
    assert "> service</span>" in checkbox(Option("x", "X", 1, False, "f-x", "cost"))
    bare = checkbox(Option("x", "X", None, False, "f-x", "cost"))
    assert "portal-facet-count" not in bare and " checked" not in bare


def test_labels_and_values_are_escaped():
    html = checkbox(Option('"><script>', "<b>Bold</b>", 0, False, "f-x", "category"))
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;Bold&lt;/b&gt;" in html
