"""The runtime data travels with the code and is loaded by a data migration."""

from local_offer.models import BroadArea, Need, Taxonomy, TaxonomyTerm
from local_offer.vocabularies import DATA_DIR, load


def test_data_files_sit_beside_their_source_notes():
    names = {path.name for path in DATA_DIR.iterdir()}
    assert {
        "sen2_primary_need_codes.csv",
        "dfe_family_hubs_service_categories.csv",
        "SOURCE-send-taxonomies.txt",
        "SOURCE-dfe-family-hubs-taxonomy.txt",
        "README.md",
        "RIVERSIDE_GEOGRAPHY.md",
    } <= names


def test_migration_loads_needs_with_their_broad_areas(db):
    assert Need.objects.count() == 13
    assert BroadArea.objects.count() == 4
    assert Need.objects.get(code="ASD").broad_area.label == "Communication and interaction"
    assert Need.objects.get(code="HI").broad_area.code == "sensory-physical"
    assert Need.objects.get(code="OTH").broad_area is None
    assert Need.objects.get(code="SPLD").plain_english.startswith("Dyslexia")


def test_migration_loads_three_category_trees(db):
    assert set(Taxonomy.objects.values_list("code", flat=True)) == {
        "dfe-family-hubs",
        "riverside",
        "preparing-for-adulthood",
    }
    dfe = TaxonomyTerm.objects.filter(taxonomy__code="dfe-family-hubs")
    assert (
        dfe.count() == 49
    )  # 6 top-level + 43 sub-categories; the "FamilyHub" place type is left out
    assert (
        dfe.get(label="Breaks and respite").parent.label
        == "Special educational needs and disabilities (SEND)"
    )
    assert TaxonomyTerm.objects.get(code="short-breaks-overnight").parent.code == "short-breaks"
    assert (
        TaxonomyTerm.objects.get(code="pfa-employment").taxonomy.code == "preparing-for-adulthood"
    )


def test_loading_again_changes_nothing(db):
    before = list(
        TaxonomyTerm.objects.order_by("code").values_list("code", "label", "parent__code")
    )
    counts = load(Taxonomy, TaxonomyTerm, BroadArea, Need)
    after = list(TaxonomyTerm.objects.order_by("code").values_list("code", "label", "parent__code"))
    assert before == after
    assert counts["needs"] == 13
