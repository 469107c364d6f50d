"""Full text for IndexedService: FTS5 on SQLite, a weighted tsvector + GIN on PostgreSQL.

Django's schema tools cannot express either, so this runs vendor-specific SQL; other databases
get nothing here and the database backend refuses to start on them.
"""

from django.db import migrations

SQLITE_UP = [
    # External content: the text lives once, in search_indexedservice; FTS5 keeps the index.
    # porter stems English ("swimming" -> "swim"); unicode61 folds accents.
    """CREATE VIRTUAL TABLE search_service_fts USING fts5(
        name, summary, description, keywords_text,
        content='search_indexedservice', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER search_service_fts_insert AFTER INSERT ON search_indexedservice BEGIN
        INSERT INTO search_service_fts(rowid, name, summary, description, keywords_text)
        VALUES (new.id, new.name, new.summary, new.description, new.keywords_text);
    END""",
    """CREATE TRIGGER search_service_fts_delete AFTER DELETE ON search_indexedservice BEGIN
        INSERT INTO search_service_fts(search_service_fts, rowid, name, summary, description,
            keywords_text)
        VALUES ('delete', old.id, old.name, old.summary, old.description, old.keywords_text);
    END""",
    """CREATE TRIGGER search_service_fts_update AFTER UPDATE ON search_indexedservice BEGIN
        INSERT INTO search_service_fts(search_service_fts, rowid, name, summary, description,
            keywords_text)
        VALUES ('delete', old.id, old.name, old.summary, old.description, old.keywords_text);
        INSERT INTO search_service_fts(rowid, name, summary, description, keywords_text)
        VALUES (new.id, new.name, new.summary, new.description, new.keywords_text);
    END""",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS search_service_fts_update",
    "DROP TRIGGER IF EXISTS search_service_fts_delete",
    "DROP TRIGGER IF EXISTS search_service_fts_insert",
    "DROP TABLE IF EXISTS search_service_fts",
]

POSTGRES_UP = [
    # Weights: name A, summary and keywords B, description C (ts_rank_cd uses them).
    """ALTER TABLE search_indexedservice ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, coalesce(name, '')), 'A')
            || setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(keywords_text, '')), 'B')
            || setweight(to_tsvector('english'::regconfig, coalesce(description, '')), 'C')
        ) STORED""",
    "CREATE INDEX search_service_vector ON search_indexedservice USING GIN (search_vector)",
]
POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS search_service_vector",
    "ALTER TABLE search_indexedservice DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP}),
            _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN}),
        ),
    ]
