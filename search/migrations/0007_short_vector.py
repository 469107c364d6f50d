"""PostgreSQL: a second tsvector over the short fields (name A, summary and keywords B) with its
own GIN index, to rank by, as SQLite's search_service_short_fts does (migration 0006).

Ranking every match with ts_rank_cd over the whole text was what made a broad search slow on
PostgreSQL (p95 51 ms at 10,000 services); services that say it in their short fields are
ranked first, found through this index, and the description-only matches are scored only when
they are needed to fill the page. SQLite needs nothing here.
"""

from django.db import migrations

UP = [
    """ALTER TABLE search_indexedservice ADD COLUMN short_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(keywords_text, '')), 'B')
        ) STORED""",
    "CREATE INDEX search_service_short_vector ON search_indexedservice USING GIN (short_vector)",
]
DOWN = [
    "DROP INDEX IF EXISTS search_service_short_vector",
    "ALTER TABLE search_indexedservice DROP COLUMN IF EXISTS short_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0006_fts_prefix_index")]

    operations = [migrations.RunPython(_run(UP), _run(DOWN))]
