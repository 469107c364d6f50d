"""The site shell: home, plain content pages, the glossary and the council's own settings."""

from django.db import models
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from modelcluster.fields import ParentalKey


@register_setting(icon="site")
class CouncilSettings(BaseGenericSetting):
    council_name = models.CharField(max_length=120, default="Riverside Council")
    service_name = models.CharField(max_length=120, default="SEND Local Offer")
    logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)
    address = models.TextField(blank=True)
    opening_hours = models.CharField(max_length=200, blank=True)
    iass_phone = models.CharField(
        "Information, advice and support service (IASS) phone", max_length=40, blank=True
    )
    brand_colour = models.CharField(
        max_length=7, default="#1d70b8",
        help_text="Header colour as #rrggbb. It must have at least 4.5:1 contrast with white text.",
    )

    panels = [
        MultiFieldPanel([FieldPanel("council_name"), FieldPanel("service_name"), FieldPanel("logo"),
                         FieldPanel("brand_colour")], heading="Identity"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("address"),
                         FieldPanel("opening_hours"), FieldPanel("iass_phone")], heading="Contact"),
    ]

    class Meta:
        verbose_name = "Council settings"


class HomePage(Page):
    intro = models.TextField(blank=True)
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "pages/home_page.html"


class ContentPage(Page):
    summary = models.TextField(blank=True, help_text="One or two plain-English sentences.")
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields

    template = "pages/content_page.html"


class GlossaryPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), InlinePanel("terms", label="Terms")]
    max_count = 1

    template = "pages/glossary_page.html"


class GlossaryTerm(Orderable):
    page = ParentalKey(GlossaryPage, related_name="terms", on_delete=models.CASCADE)
    term = models.CharField(max_length=80)
    expansion = models.CharField(max_length=200, blank=True, help_text="What the letters stand for.")
    meaning = models.TextField()

    panels = [FieldPanel("term"), FieldPanel("expansion"), FieldPanel("meaning")]

    class Meta(Orderable.Meta):
        ordering = ["term"]

    def __str__(self):
        return self.term
