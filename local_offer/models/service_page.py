"""The Local Offer's listings: the landing page, folders of services and one page per service."""

from datetime import date

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

from ..addresses import (
    coordinate_errors,
    is_postcode,
    normalise_postcode,
    outcode,
    validate_postcode,
)
from ..admin_forms import ProviderScopedPageForm
from ..fields import (
    MAX_AGE_MONTHS,
    AgeMonthsField,
    ChoiceListField,
    PenceField,
    describe_age,
    format_pence,
)
from .choices import (
    REFERRAL_SHORT_LABELS,
    CostType,
    CostUnit,
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

# Freshness thresholds in whole months since the listing was last confirmed (issue 3).
REMIND_AFTER_MONTHS = 6
NOTICE_AFTER_MONTHS = 9
HIDE_AFTER_MONTHS = 12

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


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from earlier to later, counting a month once its day is reached:
    15 January 2026 to 15 January 2027 is 12 months; to 14 January 2027 is 11."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return months


def _upper_age(max_months: int) -> str:
    """An oldest age of 18 years 11 months is what people mean by "up to 18". Under a year
    there is no whole year to round down to: 11 months stays "11 months"."""
    if max_months % 12 == 11 and max_months >= 12:
        return describe_age(max_months - 11)
    return describe_age(max_months)


def age_range_text(min_months: int | None, max_months: int | None) -> str:
    if min_months is None and max_months is None:
        return "All ages (0 to 25 years)"
    if min_months is None:
        return f"Up to {_upper_age(max_months)}"
    if max_months is None:
        return f"From {describe_age(min_months)}"
    lower, upper = describe_age(min_months), _upper_age(max_months)
    if lower == upper:
        return f"Aged {lower}"  # 12 to 23 months: "Aged 1 year", not "1 year to 1 year"
    if min_months % 12 == 0 and upper.endswith("years") and " month" not in upper:
        return f"{min_months // 12} to {upper}"
    if min_months == 0:
        return f"Birth to {upper}"  # not "0 months to 13 months"
    return f"{lower} to {upper}"


def age_errors(min_months: int | None, max_months: int | None) -> dict[str, str]:
    errors = {}
    for name, value in (("min_age_months", min_months), ("max_age_months", max_months)):
        if value is not None and not 0 <= value <= MAX_AGE_MONTHS:
            errors[name] = "Ages must be between 0 and 25 years"
    if not errors and min_months is not None and max_months is not None and min_months > max_months:
        errors["max_age_months"] = (
            "The oldest age must be the same as or older than the youngest age"
        )
    return errors


def cost_errors(cost_type: str, cost_pence: int | None) -> dict[str, str]:
    if cost_pence is not None and cost_pence < 0:
        return {"cost_pence": "The cost must be £0 or more"}
    if cost_type == CostType.CHARGE and not cost_pence:
        return {"cost_pence": "Enter how much it costs, or choose 'Cost varies'"}
    if cost_type == CostType.FREE and cost_pence:
        return {"cost_pence": "You chose 'Free'. Remove the amount or choose 'There is a charge'"}
    return {}


def cost_text(cost_type: str, cost_pence: int | None, cost_unit: str) -> str:
    if cost_type == CostType.FREE:
        return "Free"
    if cost_type == CostType.CHARGE and cost_pence:
        unit = CostUnit(cost_unit).label if cost_unit in CostUnit.values else ""
        return f"{format_pence(cost_pence)} {unit}".strip()
    return "Cost varies"


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

    def services(self):
        return (
            ServicePage.objects.live()
            .public()
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
        return context


class ServicePage(Page):
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
    min_age_months = AgeMonthsField(
        "youngest age", help_text="Leave empty if there is no lower age limit."
    )
    max_age_months = AgeMonthsField(
        "oldest age", help_text="Leave empty if there is no upper age limit (up to 25)."
    )
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
    cost_type = models.CharField(max_length=10, choices=CostType.choices, default=CostType.FREE)
    cost_pence = PenceField("cost in pounds", help_text="For example 12.50")
    cost_unit = models.CharField(max_length=10, choices=CostUnit.choices, blank=True)
    cost_notes = models.TextField(blank=True, help_text="Discounts, what the price includes.")
    accepts_personal_budget = models.BooleanField("accepts personal budgets", default=False)
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
        help_text="The date someone last confirmed this listing is correct. Shown to the public.",
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
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
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
        errors.update(age_errors(self.min_age_months, self.max_age_months))
        errors.update(cost_errors(self.cost_type, self.cost_pence))
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
    def age_range(self) -> str:
        return age_range_text(self.min_age_months, self.max_age_months)

    @property
    def cost(self) -> str:
        return cost_text(self.cost_type, self.cost_pence, self.cost_unit)

    @property
    def is_free(self) -> bool:
        return self.cost_type == CostType.FREE

    @property
    def description_text(self) -> str:
        return strip_tags(self.description or "").strip()

    @property
    def language_list(self) -> list[str]:
        return [part.strip() for part in (self.languages or "").split(",") if part.strip()]

    @property
    def keyword_list(self) -> list[str]:
        return [part.strip() for part in (self.keywords or "").split(",") if part.strip()]

    @property
    def referral_labels(self) -> list[str]:
        return [REFERRAL_SHORT_LABELS.get(code, code) for code in self.referral_routes or []]

    @property
    def referral_sentences(self) -> list[str]:
        return self._meta.get_field("referral_routes").labels(self.referral_routes)

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
        if self.last_reviewed is None:
            return None
        return months_between(self.last_reviewed, today or timezone.localdate())

    def is_hidden_from_search(self, today: date | None = None) -> bool:
        """Closed, or not confirmed for 12 months: families should not find it until someone
        checks it. A listing with no review date at all (imported, never checked) stays
        findable and shows "Last checked: not known"."""
        if self.status == ServiceStatus.CLOSED:
            return True
        months = self.months_since_review(today)
        return months is not None and months >= HIDE_AFTER_MONTHS

    def shows_stale_notice(self, today: date | None = None) -> bool:
        """Nine months unconfirmed: families see a warning that details may be out of date."""
        months = self.months_since_review(today)
        return months is not None and months >= NOTICE_AFTER_MONTHS

    def related_guides(self):
        """Guides that link here by hand, then guides about one of this service's categories."""
        from .guides import GuidePage

        # Read through .all() so an unsaved preview (modelcluster's in-memory relations) works too.
        category_ids = [term.pk for term in self.categories.all()]
        guides = (
            GuidePage.objects.live()
            .public()
            .filter(
                models.Q(related_service_links__service=self)
                | models.Q(related_categories__in=category_ids)
            )
        )
        return guides.distinct().order_by("title")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_guides"] = self.related_guides()[:6]
        context["stale_notice"] = self.shows_stale_notice()
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
