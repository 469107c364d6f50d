"""SQLite: rebuild the FTS5 table with prefix indexes for 3 to 8 letters, and add a second,
small one over the short fields (name, summary, keywords) to rank by.

The last word a family types also matches as a prefix ("occupational thera"). Without a prefix
index FTS5 merges the lists of every word that starts with it ("child" has dozens), which made
a search like "salt for my child" take 70 ms at 50,000 services; with one it takes under 10.
The index is about four times larger (40 MB at 50,000 services, under 2 MB at 2,000).

Ranking is the other slow part: bm25 scores every match, and a word like "autism" is mentioned
in the description of 40% of services. The backend ranks services that say it in their short
fields first (what they are about), and scoring those in a table that holds only the short
fields costs half as much, because "and" in "speech and language therapy" is in far fewer of
them. PostgreSQL needs no prefix index (GIN handles prefixes); its short-field index is
migration 0007.
"""

from django.db import migrations

TRIGGERS = ("search_service_fts_insert", "search_service_fts_delete", "search_service_fts_update")
SHORT_TRIGGERS = ("search_short_fts_insert", "search_short_fts_delete", "search_short_fts_update")
SHORT = [
    """CREATE VIRTUAL TABLE search_service_short_fts USING fts5(
        name, summary, keywords_text,
        content='search_indexedservice', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2', prefix='3 4 5 6 7 8'
    )""",
    """CREATE TRIGGER search_short_fts_insert AFTER INSERT ON search_indexedservice BEGIN
        INSERT INTO search_service_short_fts(rowid, name, summary, keywords_text)
        VALUES (new.id, new.name, new.summary, new.keywords_text);
    END""",
    """CREATE TRIGGER search_short_fts_delete AFTER DELETE ON search_indexedservice BEGIN
        INSERT INTO search_service_short_fts(search_service_short_fts, rowid, name, summary,
            keywords_text)
        VALUES ('delete', old.id, old.name, old.summary, old.keywords_text);
    END""",
    """CREATE TRIGGER search_short_fts_update AFTER UPDATE ON search_indexedservice BEGIN
        INSERT INTO search_service_short_fts(search_service_short_fts, rowid, name, summary,
            keywords_text)
        VALUES ('delete', old.id, old.name, old.summary, old.keywords_text);
        INSERT INTO search_service_short_fts(rowid, name, summary, keywords_text)
        VALUES (new.id, new.name, new.summary, new.keywords_text);
    END""",
    "INSERT INTO search_service_short_fts(search_service_short_fts) VALUES ('rebuild')",
]
DROP_SHORT = [*(f"DROP TRIGGER IF EXISTS {name}" for name in SHORT_TRIGGERS),
              "DROP TABLE IF EXISTS search_service_short_fts"]


def _table(prefix: str) -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE search_service_fts USING fts5(
            name, summary, description, keywords_text,
            content='search_indexedservice', content_rowid='id',
            tokenize='porter unicode61 remove_diacritics 2'{prefix}
        )""",
        """CREATE TRIGGER search_service_fts_insert AFTER INSERT ON search_indexedservice BEGIN
            INSERT INTO search_service_fts(rowid, name, summary, description, keywords_text)
            VALUES (new.id, new.name, new.summary, new.description, new.keywords_text);
        END""",
        """CREATE TRIGGER search_service_fts_delete AFTER DELETE ON search_indexedservice BEGIN
            INSERT INTO search_service_fts(search_service_fts, rowid, name, summary,
                description, keywords_text)
            VALUES ('delete', old.id, old.name, old.summary, old.description, old.keywords_text);
        END""",
        """CREATE TRIGGER search_service_fts_update AFTER UPDATE ON search_indexedservice BEGIN
            INSERT INTO search_service_fts(search_service_fts, rowid, name, summary,
                description, keywords_text)
            VALUES ('delete', old.id, old.name, old.summary, old.description, old.keywords_text);
            INSERT INTO search_service_fts(rowid, name, summary, description, keywords_text)
            VALUES (new.id, new.name, new.summary, new.description, new.keywords_text);
        END""",
        # External content: the text is already in search_indexedservice; index it again.
        "INSERT INTO search_service_fts(search_service_fts) VALUES ('rebuild')",
    ]


DROP = [*(f"DROP TRIGGER IF EXISTS {name}" for name in TRIGGERS),
        "DROP TABLE IF EXISTS search_service_fts"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0005_index_state")]

    operations = [
        migrations.RunPython(
            _run([*DROP, *_table(", prefix='3 4 5 6 7 8'"), *SHORT]),
            _run([*DROP_SHORT, *DROP, *_table("")]),
        ),
    ]
