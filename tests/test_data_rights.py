"""Data that leaves with the person: every model that holds a family's data is covered by an
export (portal/accounts/data_export.py) and by an erasure (portal/accounts/deletion.py).

The walk goes over every installed model: anything in the family apps, and anything anywhere
with a foreign key to a child, a carer's access or a document. A new model there that nobody
exports or erases fails this test, so data cannot be added that a family could not take with
them or have deleted.
"""

from django.apps import apps

from portal.accounts.data_export import export_coverage
from portal.accounts.deletion import erasure_coverage

FAMILY_APPS = {"family", "family_goals", "family_documents"}
HOLDERS = {("family", "child"), ("family", "carer access"), ("family_documents", "document")}


def _key(model) -> tuple[str, str]:
    return model._meta.app_label, str(model._meta.verbose_name)


def holds_family_data(model) -> bool:
    if model._meta.app_label in FAMILY_APPS:
        return True
    return any(
        field.is_relation and field.related_model is not None
        and _key(field.related_model) in HOLDERS
        for field in model._meta.concrete_fields
    )


def uncovered(models, exported: set, erased: set) -> list[str]:
    missing = []
    for model in models:
        if not holds_family_data(model):
            continue
        if model not in exported:
            missing.append(f"{model._meta.label} has no export")
        if model not in erased:
            missing.append(f"{model._meta.label} has no erasure")
    return missing


def test_every_model_holding_family_data_is_exported_and_erased():
    assert uncovered(apps.get_models(), export_coverage(), erasure_coverage()) == []


def test_the_walk_finds_the_models_it_should():
    found = {model._meta.label for model in apps.get_models() if holds_family_data(model)}

    assert {"family.Child", "family.CarerAccess", "family_documents.Document",
            "family_documents.DocumentVersion", "family_goals.GoalRating"} <= found
    assert "local_offer.ServicePage" not in found


def test_the_walk_fails_for_a_model_nobody_covers():
    Document = apps.get_model("family_documents", "Document")
    Version = apps.get_model("family_documents", "DocumentVersion")

    missing = uncovered([Document, Version], exported={Document}, erased={Document})

    assert missing == [
        "family_documents.DocumentVersion has no export",
        "family_documents.DocumentVersion has no erasure",
    ]
