"""Save one imported ServiceRecord as a ServicePage, all or nothing.

Where things go: each provider's listings sit in its own folder (a ServiceIndexPage with the
provider set) under the Local Offer's top services page, as an editor would file them, so
provider permissions work for imported listings too. The provider is found by its external id,
then by name, and created if missing.

Publish or draft: by default an import saves a new revision and publishes nothing. A new
listing waits as a draft, and a live listing keeps showing its approved content until someone
reviews the change ("published content never changes without approval"). `--publish` is for
the council's own bulk load, run by an officer: their running it is the approval, and every
page still gets a revision, so the history shows what the import changed.

Re-running the same file is safe: pages are matched on `external_id`, and a record whose
content is the same as the page's latest revision is counted as unchanged and not saved again.
"""

import html
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, transaction
from django.utils.text import slugify

from local_offer import moderation
from local_offer.models import (
    Need,
    Provider,
    ServiceContact,
    ServiceIndexPage,
    ServiceLocation,
    ServiceOpeningTime,
    ServicePage,
    Taxonomy,
    TaxonomyTerm,
)

from .records import OrganisationRecord, ServiceRecord, TermRecord

IMPORTED_TAXONOMY = "imported"
SCALAR_FIELDS = (
    "title", "summary", "description", "status", "website", "email", "phone", "min_age_months",
    "max_age_months", "eligibility", "referral_routes", "referral_details", "cost_type",
    "cost_pence", "cost_unit", "cost_notes", "delivery", "schedule_notes", "service_areas",
    "languages", "premises_access", "accessibility_notes", "last_reviewed",
)  # fmt: skip
LOCATION_FIELDS = (
    "name", "address_1", "address_2", "town", "postcode", "latitude", "longitude",
    "hide_exact_address",
)  # fmt: skip
CONTACT_FIELDS = ("name", "role", "phone", "email")


class Rejected(Exception):
    def __init__(self, reasons: list[str]):
        super().__init__("; ".join(reasons))
        self.reasons = reasons


class NoServicesPage(Exception):
    """The Local Offer has no services page to import into."""


@dataclass
class Outcome:
    action: str  # "created" | "updated" | "unchanged"
    page: ServicePage


def services_root() -> ServiceIndexPage:
    """The Local Offer's top services page (the folder that holds the provider folders)."""
    root = moderation.services_index()
    if root is None:
        raise NoServicesPage(
            "There is no Local Offer services page to import into. Create the Local Offer page "
            "and its Services page: run `manage.py setup_site` first."
        )
    return root


def rich_text(plain: str) -> str:
    paragraphs = [part.strip() for part in (plain or "").split("\n\n") if part.strip()]
    return "".join(
        "<p>" + html.escape(" ".join(part.split()), quote=False) + "</p>" for part in paragraphs
    )


class ServiceWriter:
    def __init__(self, publish: bool = False, submit_as=None):
        self.publish = publish
        self.submit_as = submit_as  # a user: drafts go into the moderation workflow as theirs
        self.root = services_root()

    # -- the one public step ---------------------------------------------------------------

    def save(self, record: ServiceRecord) -> Outcome:
        if record.problems:
            raise Rejected(record.problems)
        try:
            with transaction.atomic():
                return self._save(record)
        except ValidationError as error:
            raise Rejected(_messages(error)) from None
        except (IntegrityError, DataError) as error:
            raise Rejected([f"the database refused it: {error}"]) from None

    # -- steps ----------------------------------------------------------------------------------

    def _save(self, record: ServiceRecord) -> Outcome:
        publish = self.publish and record.publish_allowed
        provider = self.provider_for(record.organisation)
        folder = self.folder_for(provider)
        categories = [self.term_for(term) for term in record.categories]
        needs = list(Need.objects.filter(code__in=record.needs))
        existing = ServicePage.objects.filter(external_id=record.external_id).first()
        if existing is None:
            page = ServicePage(external_id=record.external_id, live=publish, last_reviewed=None)
            self.apply(page, record, provider, categories, needs)
            page.slug = self.free_slug(folder, record.name)
            folder.add_child(instance=page)
            revision = page.save_revision()
            if publish:
                revision.publish()
            else:
                self.submit(page)
            return Outcome("created", page)

        if publish and existing.get_parent().pk != folder.pk:
            # A new provider: file it in their folder (only when publishing, since moving
            # changes the public address).
            existing.move(folder, pos="last-child")
            existing.refresh_from_db()
        draft = existing.get_latest_revision_as_object()
        before = snapshot(draft)
        self.apply(draft, record, provider, categories, needs)
        if snapshot(draft) == before:
            if publish and (not existing.live or existing.has_unpublished_changes):
                existing.get_latest_revision().publish()
                return Outcome("updated", existing)
            return Outcome("unchanged", existing)
        revision = draft.save_revision()
        if publish:
            revision.publish()
        else:
            self.submit(existing)
        return Outcome("updated", existing)

    def submit(self, page: ServicePage) -> None:
        """Put a draft in front of the council's moderators, as a provider's edit would be."""
        if self.submit_as is None:
            return
        page = ServicePage.objects.get(pk=page.pk)
        workflow = page.get_workflow()
        if workflow is not None and workflow.active and not page.workflow_in_progress:
            workflow.start(page, self.submit_as)

    def apply(self, page: ServicePage, record: ServiceRecord, provider, categories, needs) -> None:
        page.title = record.name.strip()[:255]
        page.summary = record.summary or record.name
        page.description = rich_text(record.description)
        page.provider = provider
        for name in SCALAR_FIELDS[3:]:
            value = getattr(record, name)
            if name == "languages":
                value = ", ".join(value)
            if name in ("referral_routes", "delivery", "premises_access"):
                value = list(value)
            if name == "last_reviewed" and page.last_reviewed:
                # Never undo a confirmation made here since the last import.
                value = max(value, page.last_reviewed) if value else page.last_reviewed
            setattr(page, name, value if value is not None or name in NULLABLE else "")
        page.locations = [
            _cleaned(ServiceLocation(**{name: getattr(place, name) for name in LOCATION_FIELDS}))
            for place in record.locations
        ]
        page.contacts = [
            _cleaned(ServiceContact(**{name: getattr(person, name) for name in CONTACT_FIELDS}))
            for person in record.contacts
        ]
        page.opening_times = [
            _cleaned(ServiceOpeningTime(weekday=slot.weekday, opens=slot.opens, closes=slot.closes))
            for slot in record.opening_times
        ]
        page.categories = categories
        page.needs = needs

    def provider_for(self, organisation: OrganisationRecord) -> Provider:
        provider = None
        if organisation.external_id:
            provider = Provider.objects.filter(external_id=organisation.external_id).first()
        if provider is None:
            provider = Provider.objects.filter(name__iexact=organisation.name.strip()).first()
        if provider is None:
            provider = Provider(name=organisation.name.strip()[:200])
        changed = provider.pk is None
        if (
            organisation.external_id
            and not provider.external_id
            and not Provider.objects.filter(external_id=organisation.external_id).exists()
        ):
            provider.external_id = organisation.external_id
            changed = True
        # Fill gaps only: the council may have corrected a provider's details by hand.
        for name in ("description", "email", "website", "phone", "charity_number", "ofsted_number"):
            value = getattr(organisation, name)
            if value and not getattr(provider, name):
                setattr(provider, name, value)
                changed = True
        if changed:
            provider.full_clean(exclude=["organisation"])
            provider.save()
        return provider

    def folder_for(self, provider: Provider) -> ServiceIndexPage:
        """The provider's own folder, shared with provider self-service (moderation.py)."""
        folder = moderation.provider_folder(provider, gather_listings=False)
        if folder is None:
            raise NoServicesPage("There is no Local Offer services page to import into.")
        return folder

    def term_for(self, term: TermRecord) -> TaxonomyTerm:
        code = (term.code or "").strip()
        found = TaxonomyTerm.objects.filter(code__iexact=code).first() if code else None
        if found is None:
            found = (
                TaxonomyTerm.objects.filter(label__iexact=term.label.strip()).order_by("pk").first()
            )
        if found is not None:
            return found
        taxonomy_name = term.taxonomy.strip() or "Imported categories"
        taxonomy_code = slugify(taxonomy_name)[:60] or IMPORTED_TAXONOMY
        taxonomy, _ = Taxonomy.objects.get_or_create(
            code=taxonomy_code,
            defaults={
                "name": taxonomy_name[:120],
                "description": "Categories that came with imported listings.",
            },
        )
        new_code = code[:60] or f"{taxonomy_code}-{slugify(term.label)}"[:60]
        return TaxonomyTerm.objects.create(
            taxonomy=taxonomy,
            code=new_code,
            label=term.label.strip()[:200],
            description=term.description,
        )

    @staticmethod
    def free_slug(parent, title: str) -> str:
        base = slugify(title)[:200] or "service"
        taken = set(
            parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug


NULLABLE = {"min_age_months", "max_age_months", "cost_pence", "last_reviewed"}


def _cleaned(child):
    child.full_clean(exclude=["page", "sort_order"])
    return child


def snapshot(page: ServicePage) -> tuple:
    """Everything an import can change, comparable between the live page and a new record."""
    scalars = tuple(_normal(getattr(page, name)) for name in SCALAR_FIELDS) + (page.provider_id,)
    places = tuple(
        tuple(getattr(place, name) for name in LOCATION_FIELDS) for place in page.locations.all()
    )
    people = tuple(
        tuple(getattr(person, name) for name in CONTACT_FIELDS) for person in page.contacts.all()
    )
    times = tuple(
        sorted((slot.weekday, slot.opens, slot.closes) for slot in page.opening_times.all())
    )
    categories = tuple(sorted(term.pk for term in page.categories.all()))
    needs = tuple(sorted(need.pk for need in page.needs.all()))
    return scalars, places, people, times, categories, needs


def _normal(value):
    if isinstance(value, list):
        return tuple(value)
    return value


def _messages(error: ValidationError) -> list[str]:
    if hasattr(error, "message_dict"):
        return [f"{field}: {'; '.join(messages)}" for field, messages in error.message_dict.items()]
    return list(error.messages)
