"""The database search backend's index, and the offline postcode directory.

IndexedService holds one published service (its ServiceRecord as JSON plus the columns filters
need); the side tables hold its many-valued facets, locations and opening hours so filters and
facet counts stay in SQL. Full text lives beside it: an FTS5 table on SQLite, a generated
tsvector column with a GIN index on PostgreSQL (both made by migration 0002).
"""

from django.db import models


class IndexedService(models.Model):
    # Short filter columns come first (as in migration 0001): SQLite then finds them on the
    # row's first page without walking the overflow pages of the long text and JSON.
    service_id = models.CharField(max_length=64, unique=True)
    # Always True: the database backend stores only listed services. Kept so queries that
    # read this table directly can say what they mean.
    searchable = models.BooleanField(default=True)
    cost_type = models.CharField(max_length=16, default="free")
    accepts_personal_budget = models.BooleanField(default=False)
    min_age_months = models.IntegerField(null=True, blank=True)
    max_age_months = models.IntegerField(null=True, blank=True)
    # The ages its words state when the fields state none (ServiceRecord.stated_age_months):
    # ranking only, never the age filter. Both null: the words state none. (Nullable, so
    # adding them alters the table in place: SQLite's table rebuild would drop the full-text
    # triggers.)
    stated_min_age_months = models.IntegerField(null=True, blank=True)
    stated_max_age_months = models.IntegerField(null=True, blank=True)
    runs_in_school_holidays = models.BooleanField(default=False)
    # Words in its name, summary, description and keywords: bm25's document length, as SQLite's
    # FTS5 counts it, for PostgreSQL's scoring (database_postgres). Null until indexed again.
    word_count = models.IntegerField(null=True, blank=True)
    sort_name = models.CharField(max_length=255, default="")  # lower-cased, for browsing A to Z
    indexed_at = models.DateTimeField(auto_now=True)
    name = models.CharField(max_length=255)
    summary = models.TextField(blank=True)
    # Keywords, category and need labels and the provider's name: findable, weighted like summary.
    keywords_text = models.TextField(blank=True)
    description = models.TextField(blank=True)
    record = models.JSONField()

    class Meta:
        indexes = [
            models.Index(fields=["searchable", "sort_name"], name="search_svc_browse"),
            # Covers the column facets (cost, personal budgets, age bands) without reading rows.
            models.Index(
                fields=[
                    "cost_type", "accepts_personal_budget", "min_age_months", "max_age_months",
                    "runs_in_school_holidays",
                ],
                name="search_svc_filters",
            ),
        ]

    def __str__(self) -> str:
        return self.name


class IndexedFacet(models.Model):
    """One value of a many-valued filter: facet "need" / "category" / "delivery"."""

    service = models.ForeignKey(IndexedService, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=16)
    value = models.CharField(max_length=100)

    class Meta:
        indexes = [
            # Facet counts over everything: scan one facet's values in order.
            models.Index(fields=["facet", "value", "service"], name="search_facet_lookup"),
            # Facet counts over a few matches: look each service's values up directly.
            models.Index(fields=["service", "facet", "value"], name="search_facet_by_service"),
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class IndexedLocation(models.Model):
    service = models.ForeignKey(IndexedService, on_delete=models.CASCADE, related_name="points")
    postcode = models.CharField(max_length=8, blank=True)  # empty when the address is hidden
    outcode = models.CharField(max_length=4, blank=True, db_index=True)
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    hidden = models.BooleanField(default=False)  # hide_exact_address: distance shown rounded
    # The town of a public address, as written and as words ("kirton in lindsey"): places a
    # family names are found among the listings' own towns (search.places).
    town = models.CharField(max_length=100, blank=True)
    town_key = models.CharField(max_length=100, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["latitude", "longitude"], name="search_loc_box"),
            models.Index(fields=["postcode"], name="search_loc_postcode"),
            models.Index(fields=["town_key"], name="search_loc_town"),
        ]

    def __str__(self) -> str:
        return self.postcode or self.outcode


class IndexedOpeningTime(models.Model):
    """Opening hours as minutes of the week (Monday 00:00 = 0), so "open now" is one range test."""

    service = models.ForeignKey(IndexedService, on_delete=models.CASCADE, related_name="hours")
    starts = models.IntegerField()
    ends = models.IntegerField()

    def __str__(self) -> str:
        return f"{self.starts}-{self.ends}"


class SearchTerm(models.Model):
    """Words that appear in indexed services, for "did you mean" (unstemmed, lower case)."""

    word = models.CharField(max_length=64, primary_key=True)
    length = models.PositiveSmallIntegerField()
    documents = models.PositiveIntegerField(default=1)

    def __str__(self) -> str:
        return self.word


class IndexState(models.Model):
    """One row: a fresh random token written in the same transaction as every change to the
    index, so a process can tell whether the copy it holds in memory (search.backends.snapshot)
    is still the one the database has. Random, not a counter: a rolled-back change must not
    leave a number that a later, different change could reuse."""

    token = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.token)


class Postcode(models.Model):
    """One live postcode from the ONS Postcode Directory (terminated ones are not loaded)."""

    postcode = models.CharField(max_length=8, primary_key=True)  # "RV1 2AB"
    outcode = models.CharField(max_length=4, db_index=True)
    latitude = models.FloatField()
    longitude = models.FloatField()

    def __str__(self) -> str:
        return self.postcode


class Place(models.Model):
    """A named place from a gazetteer (the ONS Index of Place Names), loaded by
    `manage.py import_places`, so "near Aylesbury" is understood like a postcode. One name
    can be several places (there are many Newtons): search.places picks the one near the
    listings."""

    key = models.CharField(max_length=100, db_index=True)  # as words: "barton upon humber"
    name = models.CharField(max_length=100)  # as the gazetteer writes it: "Barton-upon-Humber"
    latitude = models.FloatField()
    longitude = models.FloatField()

    def __str__(self) -> str:
        return self.name


from .search_log import SearchLog  # noqa: E402,F401  (its own module: logging is the page's job)
