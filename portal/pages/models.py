"""The site shell: home, plain content pages, cookies, the glossary and the council's settings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .colours import HEX_COLOUR, MINIMUM_TEXT_CONTRAST, WHITE, contrast_ratio
from .routing import DirectRouteMixin


def _page_link(help_text: str):
    return models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=help_text,
    )


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
    accessibility_page = _page_link("The accessibility statement, linked from every page's footer.")
    privacy_page = _page_link("The privacy notice, linked from every page's footer.")
    cookies_page = _page_link("The cookies page, linked from every page's footer.")
    contact_page = _page_link("How to contact the SEND team, linked from every page's footer.")
    feedback_page = _page_link("Where 'Tell us what you think' in the beta banner goes.")

    # The header and footer read these on every page, so fetch them with the settings row.
    select_related = [
        "logo", "accessibility_page", "privacy_page", "cookies_page", "contact_page",
        "feedback_page",
    ]

    panels = [
        MultiFieldPanel([FieldPanel("council_name"), FieldPanel("service_name"), FieldPanel("logo"),
                         FieldPanel("brand_colour")], heading="Identity"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("address"),
                         FieldPanel("opening_hours"), FieldPanel("iass_phone")], heading="Contact"),
        MultiFieldPanel([FieldPanel("accessibility_page"), FieldPanel("privacy_page"),
                         FieldPanel("cookies_page"), FieldPanel("contact_page"),
                         FieldPanel("feedback_page")], heading="Footer and banner links"),
    ]

    class Meta:
        verbose_name = "Council settings"

    def clean(self):
        super().clean()
        colour = (self.brand_colour or "").strip()
        if not HEX_COLOUR.match(colour):
            raise ValidationError(
                {"brand_colour": "Enter the colour as # followed by 6 letters or numbers, "
                                 "like #1d70b8"}
            )
        ratio = contrast_ratio(colour, WHITE)
        if ratio < MINIMUM_TEXT_CONTRAST:
            raise ValidationError(
                {"brand_colour": f"Choose a darker colour: white text on {colour} has a contrast "
                                 f"of {ratio:.1f}:1, and it must be at least 4.5:1 so everyone "
                                 "can read the header"}
            )
        self.brand_colour = colour.lower()


class HomePage(DirectRouteMixin, Page):
    intro = models.TextField(blank=True)
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    template = "pages/home_page.html"


class ContentPage(Page):
    summary = models.TextField(blank=True, help_text="One or two plain-English sentences.")
    body = RichTextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    template = "pages/content_page.html"


class CookiesPage(Page):
    """The cookies page. Its table of cookies comes from portal.pages.cookies, not from editors,
    so it always names the cookies this deployment really sets."""

    summary = models.TextField(blank=True, help_text="One or two plain-English sentences.")
    body = RichTextField(blank=True, help_text="Shown before the table of cookies.")

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    max_count = 1

    template = "pages/cookies_page.html"

    def get_context(self, request, *args, **kwargs):
        from .cookies import strictly_necessary_cookies

        context = super().get_context(request, *args, **kwargs)
        context["cookies"] = strictly_necessary_cookies()
        return context


class GlossaryPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"), InlinePanel("terms", label="Terms"),
    ]
    max_count = 1

    template = "pages/glossary_page.html"

    def letter_groups(self):
        """Terms in A-Z order, grouped by first letter, each with a unique anchor id.

        Sorted here rather than by the query so a preview (terms not yet saved) is sorted too.
        Two terms spelt exactly alike are ordered by when they were added (their id), not by the
        order the database happens to return them in: PostgreSQL returns equal rows in whatever
        order they sit on disk, which changes when rows are rewritten, and then "#sen" and
        "#sen-2" would swap between visits and a saved link would land on the other term.
        """
        terms = sorted(
            self.terms.all(),
            key=lambda t: (t.term.casefold(), t.term, t.pk is None, t.pk or 0),
        )
        groups: dict[str, list] = {}
        used_ids: set[str] = set()
        for term in terms:
            anchor = slugify(term.term) or "term"
            candidate, n = anchor, 2
            while candidate in used_ids:
                candidate, n = f"{anchor}-{n}", n + 1
            used_ids.add(candidate)
            term.anchor = candidate
            first = term.term[:1].upper()
            letter = first if first.isalpha() else "#"
            groups.setdefault(letter, []).append(term)
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = self.letter_groups()
        context["letter_groups"] = groups
        context["alphabet"] = [
            (letter, letter in groups) for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        ]
        return context


class GlossaryTerm(Orderable):
    page = ParentalKey(GlossaryPage, related_name="terms", on_delete=models.CASCADE)
    term = models.CharField(max_length=80)
    expansion = models.CharField(
        max_length=200, blank=True, help_text="What the letters stand for."
    )
    meaning = models.TextField()

    panels = [FieldPanel("term"), FieldPanel("expansion"), FieldPanel("meaning")]

    class Meta(Orderable.Meta):
        ordering = ["term"]

    def __str__(self):
        return self.term
