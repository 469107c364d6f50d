"""Information pages ("not simply a directory") and the Short Breaks Services Statement.
Every guide links to services and every service links back to its guides: no dead ends."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..fields import ChoiceListField
from .choices import LocalOfferTopic
from .service_page import CARD_PREFETCH, SIMPLE_RICH_TEXT, ServicePage, review_date_errors

RELATED_LIMIT = 12

# Categories whose services appear on the Short Breaks Statement when none are chosen:
# our own "Short breaks" and the DfE Family Hubs "Breaks and respite".
DEFAULT_SHORT_BREAK_CODES = ("short-breaks", "9d5161ee-a289-47b4-a967-a5912ae143ba")


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(help_text="The link text people click to open it.")
    text = blocks.RichTextBlock(features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "arrow-down"
        template = "local_offer/blocks/details.html"


class GuideBody(blocks.StreamBlock):
    heading = blocks.CharBlock(form_classname="title", template="local_offer/blocks/heading.html")
    paragraph = blocks.RichTextBlock(
        features=SIMPLE_RICH_TEXT + ["h3"], template="local_offer/blocks/paragraph.html"
    )
    inset = blocks.TextBlock(
        help_text="A short note that stands out.", template="local_offer/blocks/inset.html"
    )
    warning = blocks.TextBlock(
        help_text="Something people must not miss.", template="local_offer/blocks/warning.html"
    )
    details = DetailsBlock()


def services_for(links, categories, limit=RELATED_LIMIT):
    """Hand-picked services first, then live services in the chosen categories."""
    chosen = [link.service for link in links if link.service and link.service.live]
    chosen_ids = {service.pk for service in chosen}
    found = list(chosen)
    category_ids = [term.pk for term in categories]
    if category_ids and len(found) < limit:
        more = (
            ServicePage.objects.live()
            .public()
            .filter(categories__in=category_ids)
            .exclude(pk__in=chosen_ids)
            .exclude(status="closed")
            .select_related("provider")
            .prefetch_related(*CARD_PREFETCH)
            .distinct()
            .order_by("title")
        )
        found.extend(more[: limit - len(found)])
    return found


class GuidePage(Page):
    summary = models.CharField(
        max_length=300, help_text="What this page helps with, in one sentence."
    )
    body = StreamField(GuideBody(), blank=True)
    related_categories = ParentalManyToManyField(
        "local_offer.TaxonomyTerm",
        blank=True,
        related_name="guides",
        verbose_name="show services in these categories",
    )
    local_offer_topics = ChoiceListField(
        "what this guide covers",
        item_choices=LocalOfferTopic.choices,
        help_text="Used by the statutory coverage report.",
    )
    last_reviewed = models.DateField("last checked", null=True, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                InlinePanel("related_service_links", label="Service"),
                FieldPanel("related_categories", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Related services",
        ),
        FieldPanel("local_offer_topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("last_reviewed"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["local_offer.LocalOfferPage", "local_offer.GuidePage"]
    subpage_types = ["local_offer.GuidePage"]
    template = "local_offer/guide_page.html"

    def clean(self):
        super().clean()
        errors = review_date_errors(self.last_reviewed)
        if errors:
            raise ValidationError(errors)

    def related_services(self, limit=RELATED_LIMIT):
        return services_for(self.related_service_links.all(), self.related_categories.all(), limit)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_services"] = self.related_services()
        context["child_guides"] = self.get_children().live().public().specific()
        return context


class GuideRelatedService(Orderable):
    page = ParentalKey(GuidePage, on_delete=models.CASCADE, related_name="related_service_links")
    service = models.ForeignKey(ServicePage, on_delete=models.CASCADE, related_name="guide_links")

    panels = [FieldPanel("service")]


class ShortBreaksStatementPage(Page):
    """The Short Breaks Services Statement required by the Breaks for Carers of Disabled
    Children Regulations 2011."""

    summary = models.CharField(max_length=300)
    range_of_breaks = RichTextField(
        "the range of short breaks",
        features=SIMPLE_RICH_TEXT + ["h3"],
        help_text="Day, overnight, evening, weekend and holiday breaks, and leisure activities.",
    )
    eligibility_criteria = RichTextField(
        "who can get a short break",
        features=SIMPLE_RICH_TEXT + ["h3"],
        help_text="The criteria for each kind of break, including those needing an assessment.",
    )
    how_breaks_meet_needs = RichTextField(
        "how short breaks meet carers' needs",
        features=SIMPLE_RICH_TEXT + ["h3"],
    )
    how_to_ask = RichTextField(
        "how to ask for a short break", features=SIMPLE_RICH_TEXT, blank=True
    )
    how_families_shaped_it = RichTextField(
        "how families helped shape this statement", features=SIMPLE_RICH_TEXT, blank=True
    )
    review_date = models.DateField("last reviewed")
    next_review_date = models.DateField("next review", null=True, blank=True)
    short_break_categories = ParentalManyToManyField(
        "local_offer.TaxonomyTerm",
        blank=True,
        related_name="+",
        verbose_name="list services in these categories",
        help_text=(
            "If empty, services filed under 'Short breaks' or 'Breaks and respite' are listed."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("range_of_breaks"),
        FieldPanel("eligibility_criteria"),
        FieldPanel("how_breaks_meet_needs"),
        FieldPanel("how_to_ask"),
        FieldPanel("how_families_shaped_it"),
        MultiFieldPanel(
            [FieldPanel("review_date"), FieldPanel("next_review_date")], heading="Review"
        ),
        FieldPanel("short_break_categories", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["local_offer.LocalOfferPage"]
    subpage_types: list[str] = []
    max_count = 1
    template = "local_offer/short_breaks_statement_page.html"

    class Meta:
        verbose_name = "short breaks statement"

    def clean(self):
        super().clean()
        if self.review_date and self.next_review_date and self.next_review_date <= self.review_date:
            raise ValidationError(
                {"next_review_date": "The next review must be after the last review"}
            )

    def short_break_services(self):
        from .taxonomy import TaxonomyTerm

        terms = list(self.short_break_categories.all()) or list(
            TaxonomyTerm.objects.filter(code__in=DEFAULT_SHORT_BREAK_CODES)
        )
        # Children of a chosen category count too ("Short breaks: overnight").
        ids = {term.pk for term in terms} | set(
            TaxonomyTerm.objects.filter(parent__in=terms).values_list("pk", flat=True)
        )
        return (
            ServicePage.objects.live()
            .public()
            .filter(categories__in=ids)
            .exclude(status="closed")
            .select_related("provider")
            .prefetch_related(*CARD_PREFETCH)
            .distinct()
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["services"] = self.short_break_services()
        return context


def guides_about(service: ServicePage):
    """Guides that link to a service by hand, then guides about one of its categories."""
    # Read through .all() so an unsaved preview (modelcluster's in-memory relations) works too.
    category_ids = [term.pk for term in service.categories.all()]
    guides = (
        GuidePage.objects.live()
        .public()
        .filter(
            models.Q(related_service_links__service=service)
            | models.Q(related_categories__in=category_ids)
        )
    )
    return guides.distinct().order_by("title")
