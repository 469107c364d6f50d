"""The safeguarding screen starts with the built-in list; from then on the safeguarding lead
keeps it in the admin. Only missing phrases are added, so running it never undoes an edit."""

from django.db import migrations

from youngcommissioners.safeguarding import BUILT_IN_PHRASES


def seed(apps, schema_editor):
    phrases = apps.get_model("youngcommissioners", "ScreeningPhrase")
    for phrase in BUILT_IN_PHRASES:
        phrases.objects.get_or_create(phrase=phrase, defaults={"built_in": True})


class Migration(migrations.Migration):
    dependencies = [("youngcommissioners", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
