"""Load the category trees and need codes in local_offer/data/ into the database.

Used by the data migration, so it takes the model classes as arguments (historical models in a
migration) and only touches fields that exist since 0001. Safe to run again: rows are matched
on their codes and updated in place.
"""

import csv
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"

DFE_CODE = "dfe-family-hubs"
RIVERSIDE_CODE = "riverside"
PFA_CODE = "preparing-for-adulthood"
PFA_PREFIX = "pfa-"

VOCABULARIES = {
    DFE_CODE: (
        "DfE Family Hubs service categories",
        "The Department for Education's 'Find support for your family' categories.",
        "https://github.com/DFE-Digital/fh-service-directory-api",
    ),
    RIVERSIDE_CODE: (
        "Riverside Local Offer categories",
        "The council's own Local Offer category tree.",
        "",
    ),
    PFA_CODE: (
        "Preparing for Adulthood outcomes",
        "The four outcomes in the SEND Code of Practice chapter 8.",
        "",
    ),
}

# How a parent might describe each need; SEN2 labels are for returns, not for families.
NEED_PLAIN_ENGLISH = {
    "SPLD": "Dyslexia, dyspraxia, dyscalculia or similar",
    "MLD": "Finds learning harder than most children of the same age",
    "SLD": "Needs a lot of help with learning and everyday life",
    "PMLD": "Complex learning needs with other disabilities or health needs",
    "SEMH": "Anxiety, mental health, behaviour, ADHD or attachment difficulties",
    "SLCN": "Difficulty talking, understanding or being understood",
    "HI": "Deaf or hard of hearing",
    "VI": "Blind or partially sighted",
    "MSI": "Both hearing and vision impairment (deafblind)",
    "PD": "Physical disability, including wheelchair users",
    "ASD": "Autism (autistic spectrum condition)",
    "OTH": "Other needs or disabilities",
    "NSA": "Gets SEN support but has not had a specialist assessment",
}


def read_csv(name: str) -> list[dict[str, str]]:
    with open(DATA_DIR / name, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load(Taxonomy, TaxonomyTerm, BroadArea, Need) -> dict[str, int]:
    """Create or update every vocabulary. Returns how many rows of each kind exist."""
    taxonomies = {}
    for code, (name, description, url) in VOCABULARIES.items():
        taxonomies[code], _ = Taxonomy.objects.update_or_create(
            code=code, defaults={"name": name, "description": description, "url": url}
        )

    def upsert_terms(taxonomy, rows):
        """rows: (code, label, parent_code, description) in file order; parents come first."""
        by_code = {}
        for order, (code, label, parent_code, description) in enumerate(rows):
            term, _ = TaxonomyTerm.objects.update_or_create(
                code=code,
                defaults={
                    "taxonomy": taxonomy,
                    "label": label,
                    "parent": by_code.get(parent_code) if parent_code else None,
                    "description": description,
                    "sort_order": order,
                },
            )
            by_code[code] = term

    dfe_rows = [
        (row["id"].lower(), row["name"], row["parent_id"].lower(), "")
        for row in read_csv("dfe_family_hubs_service_categories.csv")
        if row["taxonomy_type"] == "ServiceCategory"
    ]
    upsert_terms(taxonomies[DFE_CODE], dfe_rows)

    riverside_rows = [
        (row["code"], row["label"], row["parent_code"], row["description"])
        for row in read_csv("riverside_local_offer_categories.csv")
    ]
    upsert_terms(taxonomies[RIVERSIDE_CODE], riverside_rows)

    pfa_rows = [
        (PFA_PREFIX + row["code"], row["label"], "", row["plain_english_description"])
        for row in read_csv("preparing_for_adulthood_outcomes.csv")
    ]
    upsert_terms(taxonomies[PFA_CODE], pfa_rows)

    areas_by_sen2_label = {}
    for order, row in enumerate(read_csv("broad_areas_of_need.csv")):
        area, _ = BroadArea.objects.update_or_create(
            code=row["code"],
            defaults={
                "label": row["label"],
                "description": row["description"],
                "sort_order": order,
            },
        )
        areas_by_sen2_label[row["sen2_label"]] = area

    for order, row in enumerate(read_csv("sen2_primary_need_codes.csv")):
        Need.objects.update_or_create(
            code=row["code"],
            defaults={
                "label": row["label"],
                "broad_area": areas_by_sen2_label.get(row["broad_area_of_need_code_of_practice"]),
                "plain_english": NEED_PLAIN_ENGLISH.get(row["code"], ""),
                "sort_order": order,
            },
        )

    return {
        "taxonomies": Taxonomy.objects.count(),
        "terms": TaxonomyTerm.objects.count(),
        "broad_areas": BroadArea.objects.count(),
        "needs": Need.objects.count(),
    }
