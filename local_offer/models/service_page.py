"""The Local Offer's listings: the landing page, folders of services and one page per service."""

import re
from datetime import date
from html import unescape

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.postcodes import outcode

from .. import listing
from ..addresses import coordinate_errors, is_postcode, normalise_postcode, validate_postcode
from ..admin_forms import ProviderScopedPageForm
from ..category_picker import CategoryPicker
from ..fields import (
    ChoiceListField,
)
from .ages_and_costs import AgesAndCost
from .choices import (
    CostType,
    Delivery,
    EducationSettingType,
    PremisesAccess,
    Referral,
    ServiceStatus,
    Weekday,
)
from .providers import ContactDetails

SUMMARY_MAX = 300
PER_PAGE = 20
# What local_offer.services.search_record reads beyond the page row. A list that draws a service
# card for each page (a folder, a guide, the short breaks statement) prefetches these, so it costs
# a few queries in all rather than a few for every service.
CARD_PREFETCH = ("categories", "needs__broad_area", "locations", "opening_times")


SIMPLE_RICH_TEXT = ["bold", "italic", "link", "ul", "ol"]

# The Local Offer questions for education providers (SEND Regulations 2014 Schedule 2 para 5).
EDUCATION_QUESTIONS = [
    ("education_teaching_approach", "How do you teach children and young people with SEND?"),
    ("education_adaptations", "How do you adapt the curriculum and the learning environment?"),
    ("education_extra_support", "What extra learning support is available?"),
    ("education_progress_review", "How do you check progress and review it with families?"),
    (
        "education_facilities_access",
        "How can children and young people with SEND use your facilities?",
    ),
    ("education_activities", "What activities are there beyond the curriculum?"),
    ("education_emotional_support", "How do you support emotional and social development?"),
    ("education_staff_expertise", "What training and expertise do your staff have?"),
]


def review_date_errors(last_reviewed: date | None, today: date | None = None) -> dict[str, str]:
    """A listing or guide is checked on a day that has happened. A date ahead would hold off
    the reminders and the hiding (freshness_job.py) until then, so it is refused wherever it comes
    from: the edit form, an import or code."""
    if last_reviewed is not None and last_reviewed > (today or timezone.localdate()):
        return {"last_reviewed": "The date it was last checked must be today or in the past"}
    return {}


# Where one block of rich text ends and the next begins: without a break there, stripping the
# tags runs sentences together ("born.</p><p>Bring" -> "born.Bring") in search snippets.
_BLOCK_END = re.compile(r"(?i)</(?:p|li|h[1-6]|blockquote|div)>|<br\s*/?>")


def plain_text(html: str | None) -> str:
    """Rich text as plain text: paragraphs apart, words in them single-spaced, entities read
    ("&amp;" is "&": search indexes and the ORUK API serve this text, not HTML)."""
    text = unescape(strip_tags(_BLOCK_END.sub("\n\n", html or "")))
    paragraphs = (" ".join(part.split()) for part in text.split("\n\n"))
    return "\n\n".join(part for part in paragraphs if part)


class LocalOfferPage(Page):
    """The front door of the Local Offer: search, services, guides, short breaks, events."""

    intro = models.TextField(blank=True, help_text="One or two plain-English sentences.")
    body = RichTextField(blank=True, features=SIMPLE_RICH_TEXT + ["h2", "h3"])

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["pages.HomePage"]
    subpage_types = [
        "local_offer.ServiceIndexPage",
        "local_offer.GuidePage",
        "local_offer.ShortBreaksStatementPage",
        "local_offer.EventIndexPage",
    ]
    max_count = 1
    template = "local_offer/local_offer_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.get_children().live().public().specific()
        return context


class ServiceIndexPage(Page):
    """A folder of service listings. The top one lists every service; a provider's own folder
    lets the council give that provider edit rights over its listings only."""

    intro = models.TextField(blank=True)
    provider = models.ForeignKey(
        "local_offer.Provider",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Set this when the folder holds one provider's listings.",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("provider")]
    base_form_class = ProviderScopedPageForm  # provider staff may only name their own provider
    parent_page_types = ["local_offer.LocalOfferPage", "local_offer.ServiceIndexPage"]
    subpage_types = ["local_offer.ServicePage", "local_offer.ServiceIndexPage"]
    template = "local_offer/service_index_page.html"

    def services(self, today: date | None = None):
        """What families may find here: the same listings search shows (local_offer.listing)."""
        return (
            ServicePage.objects.live()
            .public()
            .filter(listing.listed_q(today or timezone.localdate()))
            .descendant_of(self)
            .select_related("provider")
            .prefetch_related(*CARD_PREFETCH)
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.services(), PER_PAGE)
        context["services"] = paginator.get_page(request.GET.get("page"))
        context["paginator"] = paginator
        context["listing_months"] = listing.MONTHS
        return context


class ServicePage(AgesAndCost, Page):
    summary = models.CharField(
        max_length=SUMMARY_MAX,
        help_text="What the service does, for whom, in one or two plain-English sentences.",
    )
    description = RichTextField(features=SIMPLE_RICH_TEXT + ["h2", "h3"], blank=True)
    provider = models.ForeignKey(
        "local_offer.Provider",
        null=True,
        on_delete=models.PROTECT,
        related_name="services",
        help_text="The organisation that runs this service.",
    )
    status = models.CharField(
        max_length=20, choices=ServiceStatus.choices, default=ServiceStatus.ACTIVE
    )
    categories = ParentalManyToManyField(
        "local_offer.TaxonomyTerm", blank=True, related_name="services"
    )
    needs = ParentalManyToManyField(
        "local_offer.Need",
        blank=True,
        related_name="services",
        verbose_name="needs supported",
        help_text="Leave empty if the service is open to every child and young person.",
    )

    # Who it is for
    eligibility = models.TextField(
        blank=True,
        help_text="Who can use the service, in plain English. Say if there is a waiting list.",
    )
    referral_routes = ChoiceListField("how to get the service", item_choices=Referral.choices)
    referral_details = models.TextField(
        "how to ask for it",
        blank=True,
        help_text="What to do first: phone, fill in a form, ask a GP.",
    )

    # Cost
    cost_notes = models.TextField(blank=True, help_text="Discounts, what the price includes.")
    accepts_direct_payment = models.BooleanField("accepts direct payments", default=False)

    # Where and when
    delivery = ChoiceListField("how it is delivered", item_choices=Delivery.choices)
    schedule_notes = models.CharField(
        max_length=200, blank=True, help_text="For example 'Term time only' or 'By appointment'."
    )
    service_areas = models.CharField(
        "areas served",
        max_length=200,
        blank=True,
        help_text=(
            "Where families must live to use it, e.g. 'Riverside' or 'Riverside and Eastmoor'."
        ),
    )
    runs_in_school_holidays = models.BooleanField(default=False)
    holiday_schedule = models.TextField(
        "school holiday times",
        blank=True,
        help_text="What happens in the school holidays, if different.",
    )

    # Contact (Open Referral UK service-level url and email)
    # Not "url": Page.url is the page's own address. ORUK's service.url maps to this.
    website = models.URLField("service website", blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)

    # Access
    languages = models.CharField(
        max_length=200,
        blank=True,
        default="English",
        help_text="Separate languages with commas, e.g. English, Polish, British Sign Language.",
    )
    premises_access = ChoiceListField(
        "accessibility of the premises", item_choices=PremisesAccess.choices
    )
    accessibility_notes = models.TextField(blank=True)

    # Education providers (Schedule 2 para 5)
    education_setting_type = models.CharField(
        "type of education setting",
        max_length=20,
        choices=EducationSettingType.choices,
        blank=True,
        help_text="Only for schools, colleges and early years settings.",
    )
    education_teaching_approach = RichTextField(
        EDUCATION_QUESTIONS[0][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_adaptations = RichTextField(
        EDUCATION_QUESTIONS[1][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_extra_support = RichTextField(
        EDUCATION_QUESTIONS[2][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_progress_review = RichTextField(
        EDUCATION_QUESTIONS[3][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_facilities_access = RichTextField(
        EDUCATION_QUESTIONS[4][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_activities = RichTextField(
        EDUCATION_QUESTIONS[5][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_emotional_support = RichTextField(
        EDUCATION_QUESTIONS[6][1], blank=True, features=SIMPLE_RICH_TEXT
    )
    education_staff_expertise = RichTextField(
        EDUCATION_QUESTIONS[7][1], blank=True, features=SIMPLE_RICH_TEXT
    )

    # Review and findability
    keywords = models.CharField(
        max_length=300,
        blank=True,
        help_text=(
            "Other words people might search for, separated by commas, e.g. SALT, speech therapy."
        ),
    )
    last_reviewed = models.DateField(
        "last checked",
        null=True,
        blank=True,
        default=timezone.localdate,
        help_text=(
            "The date this listing was last confirmed as correct, shown to the public. The "
            "provider's 'still accurate' link sets it; providers cannot type it."
        ),
    )
    external_id = models.CharField(
        max_length=200,
        unique=True,
        null=True,
        blank=True,
        help_text="The identifier in the system this listing was imported from.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("provider"),
        FieldPanel("status"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("categories", widget=CategoryPicker),
                FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Categories and needs",
        ),
    ]
    who_panels = [
        FieldRowPanel([FieldPanel("min_age_months"), FieldPanel("max_age_months")], heading="Ages"),
        FieldPanel("eligibility"),
        FieldPanel("referral_routes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("referral_details"),
    ]
    cost_panels = [
        FieldPanel("cost_type", widget=forms.RadioSelect),
        FieldRowPanel([FieldPanel("cost_pence"), FieldPanel("cost_unit")]),
        FieldPanel("cost_notes"),
        FieldPanel("accepts_personal_budget"),
        FieldPanel("accepts_direct_payment"),
    ]
    where_panels = [
        FieldPanel("delivery", widget=forms.CheckboxSelectMultiple),
        InlinePanel("locations", label="Places", heading="Places the service runs"),
        InlinePanel("opening_times", label="Opening time", heading="Regular opening times"),
        FieldPanel("schedule_notes"),
        FieldPanel("service_areas"),
        MultiFieldPanel(
            [FieldPanel("runs_in_school_holidays"), FieldPanel("holiday_schedule")],
            heading="School holidays",
        ),
    ]
    contact_panels = [
        FieldPanel("website"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        InlinePanel("contacts", label="Contact", heading="People to contact"),
    ]
    access_panels = [
        FieldPanel("languages"),
        FieldPanel("premises_access", widget=forms.CheckboxSelectMultiple),
        FieldPanel("accessibility_notes"),
    ]
    education_panels = [
        HelpPanel(
            content="<p>Schools, colleges and early years settings answer these questions "
            "(SEND Regulations 2014, Schedule 2). Leave them empty for other services.</p>"
        ),
        FieldPanel("education_setting_type"),
    ] + [FieldPanel(name) for name, _ in EDUCATION_QUESTIONS]
    review_panels = [
        FieldPanel("last_reviewed"),
        FieldPanel("keywords"),
        FieldPanel("external_id", read_only=True),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="About"),
            ObjectList(who_panels, heading="Who it is for"),
            ObjectList(cost_panels, heading="Cost"),
            ObjectList(where_panels, heading="Where and when"),
            ObjectList(contact_panels, heading="Contact"),
            ObjectList(access_panels, heading="Access"),
            ObjectList(education_panels, heading="Education"),
            ObjectList(review_panels, heading="Review"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("keywords"),
        index.FilterField("status"),
    ]

    base_form_class = ProviderScopedPageForm  # provider staff may only name their own provider
    parent_page_types = ["local_offer.ServiceIndexPage"]
    subpage_types: list[str] = []
    template = "local_offer/service_page.html"

    class Meta:
        verbose_name = "service"

    # --- invariants ------------------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        errors.update(self.ages_and_cost_errors())
        errors.update(review_date_errors(self.last_reviewed))
        if self.cost_type != CostType.CHARGE and self.cost_unit:
            self.cost_unit = ""
        if self.summary and len(self.summary) > SUMMARY_MAX:
            errors["summary"] = f"The summary must be {SUMMARY_MAX} characters or fewer"
        if self.external_id == "":
            self.external_id = None
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.external_id == "":
            self.external_id = None
        return super().save(*args, **kwargs)

    # --- what the templates and other apps read -----------------------------------------------

    @property
    def is_free(self) -> bool:
        return self.cost_type == CostType.FREE

    @property
    def description_text(self) -> str:
        return plain_text(self.description)

    @property
    def language_list(self) -> list[str]:
        return [part.strip() for part in (self.languages or "").split(",") if part.strip()]

    @property
    def keyword_list(self) -> list[str]:
        return [part.strip() for part in (self.keywords or "").split(",") if part.strip()]

    @property
    def delivery_labels(self) -> list[str]:
        return self._meta.get_field("delivery").labels(self.delivery)

    @property
    def premises_access_labels(self) -> list[str]:
        return self._meta.get_field("premises_access").labels(self.premises_access)

    @property
    def education_answers(self) -> list[tuple[str, str]]:
        """The Schedule 2 questions this provider has answered, in order."""
        return [
            (question, getattr(self, name))
            for name, question in EDUCATION_QUESTIONS
            if strip_tags(getattr(self, name) or "").strip()
        ]

    def months_since_review(self, today: date | None = None) -> int | None:
        return listing.months_since(self.last_reviewed, today or timezone.localdate())

    def is_hidden_from_search(self, today: date | None = None) -> bool:
        return not listing.is_listed(self, today or timezone.localdate())

    def shows_stale_notice(self, today: date | None = None) -> bool:
        """Unconfirmed for a while: families see a warning that details may be out of date."""
        months = self.months_since_review(today)
        return months is not None and months >= listing.NOTICE_AFTER_MONTHS

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stale_notice"] = self.shows_stale_notice()
        context["listing_months"] = listing.MONTHS
        return context


class ServiceLocation(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(
        "place name", max_length=200, blank=True, help_text="e.g. Riverside Leisure Centre"
    )
    address_1 = models.CharField("address line 1", max_length=200, blank=True)
    address_2 = models.CharField("address line 2", max_length=200, blank=True)
    town = models.CharField("town or city", max_length=100, blank=True)
    postcode = models.CharField(max_length=10, validators=[validate_postcode])
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    hide_exact_address = models.BooleanField(
        default=False,
        help_text=(
            "Show only the area (for example 'Near RV1'), never the street. "
            "Use for childminders and home addresses."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address_1"),
        FieldPanel("address_2"),
        FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("hide_exact_address"),
    ]

    def clean(self):
        super().clean()
        errors = {}
        if self.postcode:
            try:
                self.postcode = normalise_postcode(self.postcode)
            except ValidationError as exc:
                errors["postcode"] = exc.messages[0]
        errors.update(coordinate_errors(self.latitude, self.longitude))
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # clean() reports a bad postcode; saving it as typed loses nothing.
        if self.postcode and is_postcode(self.postcode):
            self.postcode = normalise_postcode(self.postcode)
        super().save(*args, **kwargs)

    @property
    def outcode(self) -> str:
        return outcode(self.postcode)

    @property
    def public_label(self) -> str:
        if self.hide_exact_address:
            return f"Near {self.outcode}" if self.postcode else "Address given on booking"
        return self.name or ", ".join(self.public_address_lines)

    @property
    def public_address_lines(self) -> list[str]:
        """What the public may see: the full address, or only the area when hidden."""
        if self.hide_exact_address:
            return [self.public_label]
        return [
            part
            for part in (self.name, self.address_1, self.address_2, self.town, self.postcode)
            if part
        ]

    def __str__(self):
        return self.public_label


class ServiceContact(Orderable, ContactDetails):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="contacts")


class ServiceOpeningTime(Orderable):
    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="opening_times")
    weekday = models.PositiveSmallIntegerField(choices=Weekday.choices)
    opens = models.TimeField()
    closes = models.TimeField()

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        ordering = ["sort_order", "weekday", "opens"]

    def clean(self):
        super().clean()
        if self.opens and self.closes and self.closes <= self.opens:
            raise ValidationError({"closes": "Closing time must be later than opening time"})

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M} to {self.closes:%H:%M}"
