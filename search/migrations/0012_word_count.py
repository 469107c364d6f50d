"""The words in each indexed service (IndexedService.word_count): PostgreSQL's bm25 document
length. Nullable, so adding it alters the table in place (SQLite's table rebuild would drop the
full-text triggers); `manage.py search_index --rebuild` fills it."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("search", "0011_postgres_short_vector")]

    operations = [
        migrations.AddField(
            model_name="indexedservice",
            name="word_count",
            field=models.IntegerField(blank=True, null=True),
        ),
    ]
