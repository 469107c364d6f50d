"""Writes the demo Local Offer: providers, the services service_specs.py builds, guides, the short
breaks statement and events.

`seed(stdout)` is idempotent: it looks pages up by slug and snippets by name, and only creates
what is missing. Pages are created live without revisions, which keeps 300+ pages to a few
seconds (see `publish_with_revisions` for the slower, fully-revisioned alternative).
"""

import sys
import time
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Site

from portal.accounts.models import Organisation

from ..models import (
    EventIndexPage,
    EventPage,
    GuidePage,
    GuideRelatedService,
    LocalOfferPage,
    Need,
    Provider,
    ProviderContact,
    ServiceContact,
    ServiceIndexPage,
    ServiceLocation,
    ServiceOpeningTime,
    ServicePage,
    ShortBreaksStatementPage,
    TaxonomyTerm,
)
from ..vocabularies import DFE_CODE, PFA_PREFIX
from . import content, records
from .geography import postcode_point
from .service_specs import build_specs, venue_location
from .writer import PageWriter, bulk_indexing


def seed(stdout=None, today: date | None = None, publish_with_revisions: bool = False) -> dict:
    """Create whatever part of the demo Local Offer is missing. Returns counts and timings."""
    stdout = stdout or sys.stdout
    today = today or timezone.localdate()
    started = time.perf_counter()
    home = Site.objects.get(is_default_site=True).root_page.specific
    writer = PageWriter()
    with transaction.atomic(), bulk_indexing(writer.pages):
        providers = _seed_providers()
        terms = _resolve_terms()
        local_offer, services_index = _seed_local_offer(writer, home)
        new_services = _seed_services(
            writer, services_index, providers, terms, today, publish_with_revisions
        )
        services_seconds = time.perf_counter() - started
        services = ServicePage.objects.descendant_of(services_index)
        _seed_guides(writer, local_offer, terms, {page.slug: page for page in services})
        _seed_short_breaks(writer, local_offer, terms, today)
        _seed_events(writer, local_offer, providers, today)

    total = ServicePage.objects.descendant_of(services_index).count()
    seconds = time.perf_counter() - started
    stdout.write(
        f"  local offer: {len(new_services)} new services ({total} in all), "
        f"{writer.created} pages created in {seconds:.1f}s (services {services_seconds:.1f}s)\n"
    )
    return {
        "created_pages": writer.created,
        "new_services": len(new_services),
        "services": total,
        "seconds": seconds,
        "services_seconds": services_seconds,
    }


# --- Snippets and vocabularies -------------------------------------------------------------------


def _seed_providers() -> dict[str, Provider]:
    return {key: _provider(record) for key, record in content.PROVIDERS.items()}


def _provider(record: records.Provider) -> Provider:
    """The provider with this name, created with its organisation and enquiries contact."""
    provider = Provider.objects.filter(name=record.name).first()
    if provider is not None:
        return provider
    organisation, _ = Organisation.objects.get_or_create(
        name=record.name, defaults={"kind": record.kind}
    )
    provider = Provider.objects.create(
        name=record.name,
        organisation=organisation if not hasattr(organisation, "provider") else None,
        description=record.description,
        phone=record.phone,
        email=record.email,
        website=record.website,
        ofsted_number=record.ofsted_number,
        charity_number=record.charity_number,
    )
    ProviderContact.objects.create(
        provider=provider,
        name="Enquiries",
        role="General enquiries",
        phone=record.phone,
        email=record.email,
    )
    return provider


def _resolve_terms() -> dict[str, TaxonomyTerm]:
    """Every category by the reference content uses for it: "riverside:<code>",
    "dfe:<label>" or "pfa:<code>"."""
    terms = {}
    for term in TaxonomyTerm.objects.select_related("taxonomy", "parent"):
        if term.taxonomy.code == DFE_CODE:
            terms[f"dfe:{term.label}"] = term
        elif term.code.startswith(PFA_PREFIX):
            terms[f"pfa:{term.code[len(PFA_PREFIX) :]}"] = term
        else:
            terms[f"riverside:{term.code}"] = term
    return terms


def _with_parents(terms: list[TaxonomyTerm]) -> list[TaxonomyTerm]:
    result = list(terms)
    for term in terms:
        parent = term.parent
        while parent is not None and parent not in result:
            result.append(parent)
            parent = parent.parent
    return result


# --- Pages ---------------------------------------------------------------------------------------


def _seed_local_offer(writer: PageWriter, home) -> tuple[LocalOfferPage, ServiceIndexPage]:
    local_offer, _ = writer.child(
        home,
        LocalOfferPage,
        "local-offer",
        title="Local Offer",
        intro=content.LOCAL_OFFER_INTRO,
        body=content.LOCAL_OFFER_BODY,
    )
    services_index, _ = writer.child(
        local_offer,
        ServiceIndexPage,
        "services",
        title="Services",
        intro=content.SERVICES_INTRO,
    )
    return local_offer, services_index


def _seed_services(
    writer, services_index, providers, terms, today, publish_with_revisions
) -> list[ServicePage]:
    """A folder per provider, and every service not there yet. Returns the new services."""
    needs = {need.code: need for need in Need.objects.all()}
    existing = set(
        ServicePage.objects.descendant_of(services_index).values_list("slug", flat=True)
    )
    folders: dict[str, ServiceIndexPage] = {}
    new_services = []
    for spec in build_specs(today):
        provider = providers[spec.provider_key]
        if spec.provider_key not in folders:
            folders[spec.provider_key] = _provider_folder(writer, services_index, provider)
        if spec.slug in existing:
            continue
        page = _service_page(spec, provider, terms, needs)
        writer.add(folders[spec.provider_key], page, live=not publish_with_revisions)
        existing.add(spec.slug)
        new_services.append(page)
    if publish_with_revisions:
        for page in new_services:
            page.save_revision().publish()
    return new_services


def _provider_folder(writer: PageWriter, services_index, provider: Provider) -> ServiceIndexPage:
    folder, _ = writer.child(
        services_index,
        ServiceIndexPage,
        slugify(provider.name)[:80],
        title=provider.name,
        intro=provider.description,
        provider=provider,
    )
    return folder


def _service_page(spec: records.ServiceSpec, provider: Provider, terms, needs) -> ServicePage:
    page = ServicePage(
        slug=spec.slug,
        title=spec.title,
        provider=provider,
        phone=provider.phone,
        email=provider.email,
        website=provider.website,
        **spec.fields,
    )
    page.categories = _with_parents([terms[ref] for ref in spec.category_refs])
    page.needs = [needs[code] for code in spec.need_codes]
    page.locations = [_service_location(location) for location in spec.locations]
    page.opening_times = [
        ServiceOpeningTime(weekday=slot.weekday, opens=slot.opens, closes=slot.closes)
        for slot in spec.opening_times
    ]
    page.contacts = [
        ServiceContact(name=c.name, role=c.role, phone=c.phone, email=c.email)
        for c in spec.contacts
    ]
    return page


def _service_location(location: records.LocationSpec) -> ServiceLocation:
    latitude, longitude = postcode_point(location.postcode)
    return ServiceLocation(
        name=location.name,
        address_1=location.address_1,
        town=location.town,
        postcode=location.postcode,
        latitude=latitude,
        longitude=longitude,
        hide_exact_address=location.hidden,
    )


def _seed_guides(writer: PageWriter, local_offer, terms, services_by_slug) -> None:
    categories_of = _service_categories()
    for guide in content.GUIDES:
        categories = [terms[ref] for ref in guide.categories]
        page, created = writer.child(
            local_offer,
            GuidePage,
            guide.slug,
            title=guide.title,
            summary=guide.summary,
            body=guide.body,
            local_offer_topics=guide.topics,
            related_categories=categories,
            last_reviewed=timezone.localdate() - timedelta(days=40),
        )
        if created:
            wanted = {term.pk for term in categories}
            related = [
                service
                for service in services_by_slug.values()
                if service.status == "active" and categories_of.get(service.pk, set()) & wanted
            ][:3]
            for order, service in enumerate(related):
                GuideRelatedService.objects.create(page=page, service=service, sort_order=order)


def _service_categories() -> dict[int, set[int]]:
    """Each service page's category ids, by page id."""
    category_ids: dict[int, set[int]] = {}
    for page_id, term_id in ServicePage.categories.through.objects.values_list(
        "servicepage_id", "taxonomyterm_id"
    ):
        category_ids.setdefault(page_id, set()).add(term_id)
    return category_ids


def _seed_short_breaks(writer: PageWriter, local_offer, terms, today: date) -> None:
    statement = content.SHORT_BREAKS_STATEMENT
    writer.child(
        local_offer,
        ShortBreaksStatementPage,
        statement.slug,
        title=statement.title,
        summary=statement.summary,
        range_of_breaks=statement.range_of_breaks,
        eligibility_criteria=statement.eligibility_criteria,
        how_breaks_meet_needs=statement.how_breaks_meet_needs,
        how_to_ask=statement.how_to_ask,
        how_families_shaped_it=statement.how_families_shaped_it,
        review_date=today - timedelta(days=120),
        next_review_date=today + timedelta(days=245),
        short_break_categories=[terms["riverside:short-breaks"], terms["dfe:Breaks and respite"]],
    )


def _seed_events(writer: PageWriter, local_offer, providers, today: date) -> None:
    index, _ = writer.child(
        local_offer,
        EventIndexPage,
        "events",
        title="Events and holiday activities",
        intro=content.EVENTS_INTRO,
    )
    for event in content.EVENTS:
        _event_page(writer, index, event, providers.get(event.provider), today)


def _event_page(writer: PageWriter, index, event: records.Event, provider, today: date) -> None:
    venue = venue_location(event.venue)
    start = today + timedelta(days=event.starts_in_days)
    writer.child(
        index,
        EventPage,
        slugify(event.title),
        title=event.title,
        summary=event.summary,
        description=f"<p>{event.summary}</p><p>{content.EVENT_BOOKING_NOTE}</p>",
        provider=provider,
        start_date=start,
        end_date=start + timedelta(days=event.lasts_days) if event.lasts_days else None,
        recurrence=event.recurrence,
        weekdays=event.weekdays,
        start_time=event.start_time,
        end_time=event.end_time,
        venue_name=venue.name,
        address_1=venue.address_1,
        town=venue.town,
        postcode=venue.postcode,
        min_age_months=event.ages.min_months,
        max_age_months=event.ages.max_months,
        cost_type=event.cost.type,
        cost_pence=event.cost.pence,
        cost_unit=event.cost.unit,
        booking_details=f"Book with {provider.name} on {provider.phone}." if provider else "",
        needs=list(Need.objects.filter(code__in=event.needs)),
    )
