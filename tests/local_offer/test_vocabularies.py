"""The runtime data travels with the code and is loaded by a data migration."""

from local_offer.category_tree import Term, build, current_tree, shipped_equivalents
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


# --- the vocabularies as one tree for people (local_offer/category_tree.py) -----------------

DFE_HEALTH = "32712b43-e4f7-484f-97d7-beb3bb463133"
DFE_HEARING_AND_SIGHT = "11696b1f-209a-47b1-9ef5-c588a14d43c6"
DFE_ORAL_HEALTH = "2bc4dba9-14a8-4942-b52d-c0cf5622f5a7"


def test_health_is_one_category_with_the_children_of_every_vocabulary(db):
    tree = current_tree()

    [health] = [c for c in tree.top_level() if c.label == "Health"]

    assert health.code == "health"  # the council's own code spells it
    assert health.codes == ("health", DFE_HEALTH, "pfa-health")
    children = {c.label for c in tree.descendants(health)}
    assert {"Speech, occupational and physiotherapy", "Oral health"} <= children
    assert tree.by_code[DFE_ORAL_HEALTH].parent == "health"
    # "Hearing and sight" (DfE) is the council's "Hearing and vision support"
    assert tree.by_code[DFE_HEARING_AND_SIGHT].codes == ("sensory-support", DFE_HEARING_AND_SIGHT)


def test_every_label_shows_once_among_its_siblings(db):
    tree = current_tree()
    siblings = [(c.parent, c.label.casefold()) for c in tree.categories]

    assert len(siblings) == len(set(siblings))
    assert sum(len(c.terms) for c in tree.categories) == TaxonomyTerm.objects.count() == 94


def test_the_outcomes_of_preparing_for_adulthood_sit_in_the_councils_tree(db):
    tree = current_tree()

    assert tree.by_code["pfa-employment"].code == "work-employment"
    assert tree.by_code["pfa-employment"].parent == "adulthood"
    assert not [c for c in tree.top_level() if c.label in {"Employment", "Community inclusion"}]


def test_each_listed_equivalent_names_terms_that_exist(db):
    codes = set(TaxonomyTerm.objects.values_list("code", flat=True))

    for code, same_as in shipped_equivalents():
        assert {code, same_as} <= codes, (code, same_as)


def term(code, label, parent="", vocabulary="riverside", order=0):
    return Term(pk=len(code), code=code, label=label, parent=parent, vocabulary=vocabulary,
                sort_order=order)


def test_same_label_under_different_parents_stays_two_categories():
    tree = build([
        term("a", "Schools"), term("b", "Health"),
        term("a-support", "Support", parent="a"), term("b-support", "Support", parent="b"),
    ])

    assert len(tree.categories) == 4


def test_children_of_merged_parents_merge_when_their_labels_match():
    tree = build([
        term("health", "Health"),
        term("nhs-health", "HEALTH.", vocabulary="imported"),
        term("dentist", "Dental care", parent="health"),
        term("nhs-dentist", "Dental  care", parent="nhs-health", vocabulary="imported"),
    ])

    assert [(c.code, c.codes, c.parent) for c in tree.categories] == [
        ("health", ("health", "nhs-health"), ""),
        ("dentist", ("dentist", "nhs-dentist"), "health"),
    ]


def test_equivalents_that_make_a_loop_still_show_every_term():
    # a (under p) is q, and b (under q) is p: each merged category is the other's parent
    tree = build(
        [term("p", "P", order=5), term("q", "Q", order=6),
         term("a", "A", parent="p", order=0), term("b", "B", parent="q", order=1)],
        equivalents=[("a", "q"), ("b", "p")],
    )

    assert sorted(c.codes for c in tree.categories) == [("a", "q"), ("b", "p")]
    assert tree.categories[0].parent == ""
