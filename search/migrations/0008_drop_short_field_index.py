"""Drop the short-field full-text indexes (SQLite's search_service_short_fts, migration 0006;
PostgreSQL's short_vector, migration 0007).

Search ranked services that say the words in their name, summary or keywords first, from those
indexes, and scored description-only matches only when the first group did not fill the page.
On real listings that hid the best answer whenever a word was only in its description (issue
10), so every match is now ranked together over the whole text, and nothing reads the short
indexes; they only cost every write. The reverse migration builds them again.
"""

from importlib import import_module

from django.db import migrations

SHORT_FTS = import_module("search.migrations.0006_fts_prefix_index")
SHORT_VECTOR = import_module("search.migrations.0007_short_vector")


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0007_short_vector")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SHORT_FTS.DROP_SHORT, "postgresql": SHORT_VECTOR.DOWN}),
            _run({"sqlite": SHORT_FTS.SHORT, "postgresql": SHORT_VECTOR.UP}),
        ),
    ]
