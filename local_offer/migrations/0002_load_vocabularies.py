"""Load the category trees, broad areas and SEN2 need codes from local_offer/data/."""

from django.db import migrations


def load_vocabularies(apps, schema_editor):
    from local_offer.vocabularies import load

    load(
        apps.get_model("local_offer", "Taxonomy"),
        apps.get_model("local_offer", "TaxonomyTerm"),
        apps.get_model("local_offer", "BroadArea"),
        apps.get_model("local_offer", "Need"),
    )


class Migration(migrations.Migration):
    dependencies = [("local_offer", "0001_initial")]

    # Reversing keeps the rows: services may already point at them.
    operations = [migrations.RunPython(load_vocabularies, migrations.RunPython.noop)]
