"""The category picker in the page editor: the merged categories in groups, not 94 flat
checkboxes, and saving keeps exactly the terms the provider chose (issue 11)."""

import re
from html import unescape

import pytest
from wagtail.test.utils.form_data import querydict_from_html

from local_offer.models import TaxonomyTerm

DFE_HEALTH = "32712b43-e4f7-484f-97d7-beb3bb463133"


def pk(code: str) -> str:
    return str(TaxonomyTerm.objects.get(code=code).pk)


def edit_form(client, admin, page):
    client.force_login(admin)
    url = f"/admin/pages/{page.pk}/edit/"
    html = client.get(url).content.decode()
    return url, html, querydict_from_html(html, form_id="page-edit-form").copy()


def save(client, url, data):
    # As lists: posting the QueryDict itself would send only the last value of each name.
    return client.post(url, dict(data.lists()))


def saved_codes(page) -> set[str]:
    page.refresh_from_db()  # the page row points at its newest revision
    draft = page.get_latest_revision_as_object()
    return {term.code for term in draft.categories.all()}


@pytest.fixture
def editor(client, site_admin, page_tree):
    def open_editor(codes):
        page = page_tree.service
        page.categories = [TaxonomyTerm.objects.get(code=code) for code in codes]
        page.save_revision().publish()
        return edit_form(client, site_admin, page)
    return open_editor


def test_the_picker_groups_the_merged_categories(editor):
    _url, html, _data = editor([])
    legends = re.findall(r'<legend class="category-picker__legend">(.*?)<', html)
    labels = [
        unescape(label)
        for label in re.findall(r'<label class="category-picker__label"[^>]*>(.*?)</label>', html)
    ]

    assert legends.count("Health") == 1
    assert labels.count("Health (general)") == 1
    assert "Health" not in labels
    assert len(labels) < TaxonomyTerm.objects.count()
    # Children of every vocabulary's Health sit in the one Health group
    health_group = html.split('<legend class="category-picker__legend">Health<')[1]
    health_group = unescape(health_group.split("</fieldset>")[0])
    assert "Oral health" in health_group  # DfE
    assert "Speech, occupational and physiotherapy" in health_group  # the council's
    # Without JavaScript the filter box stays hidden and the list is all there
    assert "data-category-picker-find hidden" in html


def test_saving_without_changes_keeps_each_vocabularys_own_terms(client, editor, page_tree):
    url, _html, data = editor([DFE_HEALTH, "pfa-employment", "work-employment"])

    # One box each for Health and for Work and employment, holding the terms the page has
    assert set(data.getlist("categories")) == {
        pk(DFE_HEALTH), f"{pk('work-employment')},{pk('pfa-employment')}"
    }
    assert save(client, url, data).status_code == 302

    assert saved_codes(page_tree.service) == {DFE_HEALTH, "pfa-employment", "work-employment"}


def test_a_newly_ticked_category_is_filed_under_its_first_term(client, editor, page_tree):
    url, html, data = editor(["inclusive-sport"])
    [health_value] = re.findall(
        r'value="([^"]+)" id="[^"]+"[^>]*>\s*<label class="category-picker__label"[^>]*>'
        r"Health \(general\)",
        html,
    )

    data.setlist("categories", [*data.getlist("categories"), health_value])
    assert save(client, url, data).status_code == 302

    assert saved_codes(page_tree.service) == {"inclusive-sport", "health"}


def test_unticking_a_merged_category_removes_all_of_its_terms(client, editor, page_tree):
    url, _html, data = editor(["health", DFE_HEALTH, "inclusive-sport"])

    data.setlist("categories", [pk("inclusive-sport")])
    assert save(client, url, data).status_code == 302

    assert saved_codes(page_tree.service) == {"inclusive-sport"}
