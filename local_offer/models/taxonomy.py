"""Vocabularies services are filed under: service categories (DfE Family Hubs and the council's
own tree), SEN2 need codes and the four broad areas of need."""

from django.db import models
from wagtail.search import index


class Taxonomy(index.Indexed, models.Model):
    """One vocabulary, e.g. "dfe-family-hubs" or "riverside"."""

    code = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    url = models.URLField(blank=True, help_text="Where the vocabulary is published, if anywhere.")

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "taxonomies"

    def __str__(self):
        return self.name


class TaxonomyTerm(index.Indexed, models.Model):
    """A category. Codes are unique across every vocabulary so search can facet on codes alone."""

    taxonomy = models.ForeignKey(Taxonomy, on_delete=models.PROTECT, related_name="terms")
    code = models.CharField(
        max_length=60, unique=True, help_text="A stable identifier. Never change it once used."
    )
    label = models.CharField(max_length=200)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    search_fields = [index.SearchField("label"), index.AutocompleteField("label")]

    class Meta:
        ordering = ["taxonomy__name", "sort_order", "label"]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent.label}: {self.label}"
        return self.label

    @property
    def vocabulary(self) -> str:
        return self.taxonomy.code


class BroadArea(models.Model):
    """The four broad areas of need in the SEND Code of Practice (paras 6.28-6.35)."""

    code = models.SlugField(max_length=60, unique=True)
    label = models.CharField(max_length=120)
    description = models.TextField(blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label


class Need(models.Model):
    """A type of special educational need, by its SEN2 code (ASD, SLCN, ...)."""

    code = models.CharField("SEN2 code", max_length=10, unique=True)
    label = models.CharField(max_length=200)
    broad_area = models.ForeignKey(
        BroadArea,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="needs",
        help_text="Empty for 'Other' and 'no specialist assessment'.",
    )
    plain_english = models.CharField(
        max_length=200, blank=True, help_text="How a parent might say it."
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "label"]

    def __str__(self):
        return self.label
