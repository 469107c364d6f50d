"""Organisations that run services, and the people to contact there."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail.search import index


class Provider(index.Indexed, ClusterableModel):
    name = models.CharField(max_length=200, unique=True)
    organisation = models.OneToOneField(
        "accounts.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="provider",
        help_text="The organisation whose staff may edit this provider's listings.",
    )
    description = models.TextField(blank=True, help_text="One or two plain-English sentences.")
    website = models.URLField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    ofsted_number = models.CharField(
        "Ofsted or registration number",
        max_length=40,
        blank=True,
        help_text="Ofsted URN, CQC location ID or similar, where the provider has one.",
    )
    charity_number = models.CharField(max_length=20, blank=True)
    external_id = models.CharField(
        max_length=200,
        unique=True,
        null=True,
        blank=True,
        help_text="The identifier in the system this provider was imported from.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("website"), FieldRowPanel([FieldPanel("email"), FieldPanel("phone")])],
            heading="How to get in touch",
        ),
        MultiFieldPanel(
            [FieldPanel("ofsted_number"), FieldPanel("charity_number")], heading="Registration"
        ),
        InlinePanel("contacts", label="Contacts"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.external_id == "":
            self.external_id = None
        super().save(*args, **kwargs)


class ContactDetails(models.Model):
    """A named person to contact, for a provider or for one service."""

    name = models.CharField(max_length=120)
    role = models.CharField(max_length=120, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    email = models.EmailField(blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta:
        abstract = True

    def __str__(self):
        return self.name


class ProviderContact(Orderable, ContactDetails):
    provider = ParentalKey(Provider, on_delete=models.CASCADE, related_name="contacts")

    def clean(self):
        super().clean()
        if not (self.phone or self.email):
            raise ValidationError({"phone": "Enter a phone number or an email address"})
