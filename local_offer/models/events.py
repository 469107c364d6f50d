"""Events and activities with dates, such as holiday clubs that run on chosen weekdays."""

from datetime import date, timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.postcodes import outcode

from ..addresses import normalise_postcode
from ..category_picker import CategoryPicker
from ..fields import ChoiceListField
from .ages_and_costs import AgesAndCost
from .choices import WEEKDAY_CODES, Recurrence
from .service_page import SIMPLE_RICH_TEXT


class EventIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["local_offer.LocalOfferPage"]
    subpage_types = ["local_offer.EventPage"]
    template = "local_offer/event_index_page.html"

    def upcoming(self, today: date | None = None):
        today = today or timezone.localdate()
        return (
            EventPage.objects.live()
            .public()
            .child_of(self)
            .filter(
                models.Q(end_date__gte=today)
                | models.Q(end_date__isnull=True, start_date__gte=today)
            )
            .order_by("start_date", "title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = self.upcoming()
        return context


class EventPage(AgesAndCost, Page):
    summary = models.CharField(max_length=300)
    description = RichTextField(blank=True, features=SIMPLE_RICH_TEXT)
    provider = models.ForeignKey(
        "local_offer.Provider",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    service = models.ForeignKey(
        "local_offer.ServicePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text="The service this event is part of, if any.",
    )

    start_date = models.DateField()
    end_date = models.DateField(null=True, blank=True, help_text="Leave empty for a one-day event.")
    recurrence = models.CharField(
        max_length=10, choices=Recurrence.choices, default=Recurrence.NONE
    )
    weekdays = ChoiceListField("on these days", item_choices=WEEKDAY_CODES)
    start_time = models.TimeField(null=True, blank=True)
    end_time = models.TimeField(null=True, blank=True)

    venue_name = models.CharField(max_length=200, blank=True)
    address_1 = models.CharField("address line 1", max_length=200, blank=True)
    town = models.CharField(max_length=100, blank=True)
    postcode = models.CharField(max_length=10, blank=True)

    needs = ParentalManyToManyField("local_offer.Need", blank=True, related_name="events")
    categories = ParentalManyToManyField(
        "local_offer.TaxonomyTerm", blank=True, related_name="events"
    )

    booking_url = models.URLField(blank=True)
    booking_details = models.TextField("how to book", blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("service")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("recurrence", widget=forms.RadioSelect),
                FieldPanel("weekdays", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("start_time"), FieldPanel("end_time")]),
            ],
            heading="When",
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("address_1"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("postcode")]),
            ],
            heading="Where",
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("min_age_months"), FieldPanel("max_age_months")]),
                FieldPanel("needs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("categories", widget=CategoryPicker),
            ],
            heading="Who it is for",
        ),
        MultiFieldPanel(
            [
                FieldPanel("cost_type", widget=forms.RadioSelect),
                FieldRowPanel([FieldPanel("cost_pence"), FieldPanel("cost_unit")]),
                FieldPanel("accepts_personal_budget"),
                FieldPanel("booking_url"),
                FieldPanel("booking_details"),
            ],
            heading="Cost and booking",
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("description"),
    ]

    parent_page_types = ["local_offer.EventIndexPage"]
    subpage_types: list[str] = []
    template = "local_offer/event_page.html"

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = "The end date must be the same as or after the start date"
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = "The end time must be later than the start time"
        if self.recurrence == Recurrence.WEEKLY and not self.weekdays:
            errors["weekdays"] = "Choose the days the event runs on"
        if self.recurrence != Recurrence.NONE and not self.end_date:
            errors["end_date"] = "Enter the last date of an event that repeats"
        if self.postcode:
            try:
                self.postcode = normalise_postcode(self.postcode)
            except ValidationError as exc:
                errors["postcode"] = exc.messages[0]
        errors.update(self.ages_and_cost_errors())
        if errors:
            raise ValidationError(errors)

    def occurrences(self, after: date | None = None, limit: int = 10) -> list[date]:
        """The next dates the event happens on, from `after` (today) onwards."""
        after = after or timezone.localdate()
        last = self.end_date or self.start_date
        day = max(self.start_date, after)
        if self.recurrence == Recurrence.NONE and not self.end_date:
            return [self.start_date] if self.start_date >= after else []
        chosen = {int(code) for code in self.weekdays or []}
        dates = []
        while day <= last and len(dates) < limit:
            if self.recurrence != Recurrence.WEEKLY or day.weekday() in chosen:
                dates.append(day)
            day += timedelta(days=1)
        return dates

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        dates = self.occurrences(limit=6)
        # A one-off event needs no list of dates: the summary row already says when.
        context["occurrences"] = dates if len(dates) > 1 else []
        return context

    @property
    def weekday_labels(self) -> list[str]:
        return self._meta.get_field("weekdays").labels(sorted(self.weekdays or [], key=int))

    @property
    def area(self) -> str:
        return outcode(self.postcode)
