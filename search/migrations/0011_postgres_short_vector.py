"""PostgreSQL: the short fields' own tsvector again (name A, summary and keywords B, as
migration 0007 made it and 0008 dropped it), for one use: past ESTIMATE_PAST matches the search
asks which of them say the words in their name, summary or keywords
(database_search._has_short). Reading that from the whole text's vector with ts_filter re-read
every match's full vector: 39 ms of a 120 ms "autism" search at 50,000 services. SQLite answers
it from its FTS5 column filter and needs nothing here.
"""

from importlib import import_module

from django.db import migrations

SHORT_VECTOR = import_module("search.migrations.0007_short_vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0010_stated_ages")]

    operations = [
        migrations.RunPython(
            SHORT_VECTOR._run(SHORT_VECTOR.UP), SHORT_VECTOR._run(SHORT_VECTOR.DOWN)
        ),
    ]
