"""The Riverside demo Local Offer: providers, 300+ services, guides, the short breaks statement
and events, built from the phrase banks in demo_content with a fixed random seed.

`seed(stdout)` is idempotent: it looks pages up by slug and snippets by name, and only creates
what is missing. Pages are created live without revisions, which keeps 300+ pages to a few
seconds (see `publish_with_revisions` for the slower, fully-revisioned alternative).
"""

import random
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from modelsearch import signal_handlers as search_signals
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.search.backends import get_search_backend
from wagtail.signal_handlers import disable_reference_index_auto_update

from portal.accounts.models import Organisation

from . import demo_content as content
from .geography import AREAS_BY_OUTCODE, RIVERSIDE_AREAS, make_postcode, postcode_point
from .models import (
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
from .vocabularies import DFE_CODE, PFA_PREFIX

SEED = 20260301
# Kinds whose titles name an area are repeated across more of Riverside's areas.
AREA_KIND_SCALE = 1.9
# Share of listings left unconfirmed for a while, so freshness reminders have work to do.
STALE_MONTHS = ((7, 0.05), (10, 0.05), (13, 0.04))

FIRST_NAMES = [
    "Amira",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Femi",
    "Grace",
    "Hassan",
    "Isla",
    "Jack",
    "Kiran",
    "Leah",
    "Marek",
    "Nadia",
    "Owen",
    "Priya",
    "Rosa",
    "Sam",
    "Tom",
    "Zainab",
]
LAST_NAMES = [
    "Ahmed",
    "Baker",
    "Clarke",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Nowak",
    "Okafor",
    "Patel",
    "Quinn",
    "Shah",
    "Taylor",
    "Walsh",
]
CONTACT_ROLES = [
    "Service manager",
    "Family liaison worker",
    "Inclusion lead",
    "Bookings coordinator",
    "Team leader",
    "Volunteer coordinator",
    "Clinical lead",
    "SENCO",
]
STREETS = [
    "High Street",
    "Mill Lane",
    "Station Road",
    "Church Street",
    "Queens Road",
    "Park Avenue",
    "Victoria Street",
    "Orchard Way",
    "Meadow Close",
    "Bridge Street",
    "Elm Grove",
    "School Lane",
]
EXTRA_LANGUAGES = ["Polish", "Urdu", "Punjabi", "Romanian", "Arabic", "British Sign Language"]
HOLIDAY_TEXT = [
    "Runs as usual in the school holidays.",
    "Extra sessions in the summer holidays. Check our website for dates.",
    "Runs in the Easter and summer holidays only.",
    "Holiday sessions are longer, with a packed lunch.",
]


@dataclass
class LocationSpec:
    name: str
    address_1: str
    town: str
    postcode: str
    hidden: bool = False


@dataclass
class ServiceSpec:
    slug: str
    title: str
    provider_key: str
    fields: dict
    category_refs: list[str]
    need_codes: list[str]
    locations: list[LocationSpec] = field(default_factory=list)
    opening_times: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    kind: str = ""


# --- Building the specifications (pure: no database) ----------------------------------------------


def _venue_location(venue_key: str) -> LocationSpec:
    name, address, outcode = content.VENUES[venue_key]
    area = AREAS_BY_OUTCODE[outcode]
    return LocationSpec(name, address, area.name, make_postcode(outcode, name))


def _generic_location(area, rng) -> LocationSpec:
    """A community venue in an area with no named venue for this kind of service."""
    for name, address, outcode in content.VENUES.values():
        if outcode == area.outcode and name == f"{area.name} Community Centre":
            return LocationSpec(name, address, area.name, make_postcode(outcode, name))
    name = f"{area.name} Community Centre"
    return LocationSpec(name, rng.choice(STREETS), area.name, make_postcode(area.outcode, name))


def _home_location(area, seed: str, rng) -> LocationSpec:
    street = f"{rng.randint(2, 98)} {rng.choice(STREETS)}"
    return LocationSpec("", street, area.name, make_postcode(area.outcode, seed), hidden=True)


def _months_ago(today: date, months: int, rng) -> date:
    return today - timedelta(days=int(months * 30.5) + rng.randint(3, 20))


def build_specs(today: date) -> list[ServiceSpec]:
    """Every demo service, deterministic for a given date (only review dates depend on it)."""
    rng = random.Random(SEED)
    used_titles: set[str] = set()
    specs: list[ServiceSpec] = []
    for kind in content.KINDS:
        titles = [entry if isinstance(entry, tuple) else (entry, {}) for entry in kind["titles"]]
        area_kind = any("{area}" in template for template, _ in titles)
        count = round(kind["count"] * AREA_KIND_SCALE) if area_kind else kind["count"]
        areas = list(RIVERSIDE_AREAS)
        rng.shuffle(areas)
        for index in range(count):
            spec = _build_one(kind, titles, index, areas, used_titles, rng, today)
            if spec is None:
                break
            used_titles.add(spec.title)
            specs.append(spec)
    _age_some_reviews(specs, rng, today)
    return specs


def _pick_title(kind, titles, index, areas, used_titles):
    """The first unused (title, overrides, venue key or None, area or None) from this position."""
    venues = kind["venues"]
    for offset in range(len(titles)):
        template, overrides = titles[(index + offset) % len(titles)]
        provider_key = (
            overrides.get("provider") or kind["providers"][index % len(kind["providers"])]
        )
        home = content.PROVIDER_HOME_VENUE.get(provider_key)
        position = (index + offset) % len(titles)
        if "{provider}" in template:
            venue = home or (venues[index % len(venues)] if venues else None)
            title = template.format(provider=content.PROVIDERS[provider_key][0])
            area = AREAS_BY_OUTCODE[content.VENUES[venue][2]] if venue else areas[0]
            if title not in used_titles:
                return title, overrides, provider_key, venue, area, position
        elif "{venue}" in template:
            venue = overrides.get("venue") or (
                home if home in venues or not venues else venues[index % len(venues)]
            )
            name, _, outcode = content.VENUES[venue]
            title = template.format(venue=name, area=AREAS_BY_OUTCODE[outcode].name)
            if title not in used_titles:
                return title, overrides, provider_key, venue, AREAS_BY_OUTCODE[outcode], position
        elif "{area}" in template:
            for step in range(len(areas)):
                area = areas[(index + step) % len(areas)]
                title = template.format(area=area.name)
                if title not in used_titles:
                    local = [
                        v for v in venues if v != "home" and content.VENUES[v][2] == area.outcode
                    ]
                    venue = "home" if "home" in venues else (local[0] if local else None)
                    return title, overrides, provider_key, venue, area, position
        else:
            if template not in used_titles:
                venue = overrides.get("venue") or (
                    home if home in venues else venues[index % len(venues)] if venues else None
                )
                area = (
                    AREAS_BY_OUTCODE[content.VENUES[venue][2]]
                    if venue and venue != "home"
                    else areas[index % len(areas)]
                )
                return template, overrides, provider_key, venue, area, position
    return None


def _build_one(kind, titles, index, areas, used_titles, rng, today):
    picked = _pick_title(kind, titles, index, areas, used_titles)
    if picked is None:
        return None
    title, overrides, provider_key, venue, area, position = picked
    summaries = kind["summaries"]
    # Paired summaries were written for the title in the same position; the rest are variants.
    which = position if kind.get("paired_summaries") else index
    summary = overrides.get("summary") or summaries[which % len(summaries)]
    template = kind["titles"][position]
    template = template[0] if isinstance(template, tuple) else template
    paragraphs = (
        overrides.get("paragraphs") or content.TITLE_PARAGRAPHS.get(template) or kind["paragraphs"]
    )
    chosen = sorted(rng.sample(range(len(paragraphs)), k=min(len(paragraphs), rng.randint(2, 3))))
    description = "".join(f"<p>{paragraphs[i]}</p>" for i in chosen)

    cost_type, cost_pence, cost_unit = rng.choice(overrides.get("costs") or kind["costs"])
    paid = cost_type != "free"
    delivery = list(overrides.get("delivery") or rng.choice(kind["delivery"]))
    referral = list(overrides.get("referral") or rng.choice(kind["referral"]))
    min_age, max_age = rng.choice(overrides.get("ages") or kind["ages"])

    needs = list(overrides.get("needs") or kind["needs"])
    optional = [code for code in kind["optional_needs"] if code not in needs]
    needs += rng.sample(optional, k=min(len(optional), rng.randint(0, 3)))

    details = []
    if "self" in referral:
        details.append(rng.choice(content.SELF_REFERRAL_DETAILS))
    if "professional" in referral:
        details.append(rng.choice(content.PROFESSIONAL_DETAILS))
    if "ehc_plan" in referral:
        details.append(rng.choice(content.EHC_DETAILS))
    eligibility = rng.choice(kind.get("eligibility") or content.OPEN_TO_ALL)
    if rng.random() < 0.35:
        eligibility += " " + rng.choice(content.WAITING_LIST)

    languages = overrides.get("languages") or rng.choice(kind.get("languages") or ["English"])
    if rng.random() < 0.12 and "," not in languages:
        languages += ", " + rng.choice(EXTRA_LANGUAGES)

    runs_in_holidays = rng.random() < kind.get("holidays", 0.25)
    status = "active"
    roll = rng.random()
    if roll < 0.015:
        status = "closed"
    elif roll < 0.045:
        status = "temporarily_closed"

    hidden = venue == "home"
    fields = dict(
        summary=summary,
        description=description,
        status=status,
        min_age_months=min_age,
        max_age_months=max_age,
        eligibility=eligibility,
        referral_routes=referral,
        referral_details=" ".join(details),
        cost_type=cost_type,
        cost_pence=cost_pence,
        cost_unit=cost_unit if cost_type == "charge" else "",
        cost_notes=rng.choice(content.COST_NOTES) if paid and rng.random() < 0.5 else "",
        accepts_personal_budget=paid and rng.random() < kind.get("pb", 0.0),
        accepts_direct_payment=paid and rng.random() < kind.get("dp", 0.0),
        delivery=delivery,
        schedule_notes=rng.choice(kind["schedule_notes"]) if kind.get("schedule_notes") else "",
        service_areas=kind.get("service_areas")
        or ("Riverside" if area.in_riverside else "Riverside and Eastmoor"),
        runs_in_school_holidays=runs_in_holidays,
        holiday_schedule=rng.choice(HOLIDAY_TEXT) if runs_in_holidays else "",
        languages=languages,
        premises_access=[]
        if hidden
        else [c for c in kind.get("access", []) if rng.random() < 0.85],
        accessibility_notes=rng.choice(content.ACCESS_NOTES)
        if not hidden and rng.random() < 0.6
        else "",
        keywords=kind.get("keywords", ""),
        last_reviewed=today - timedelta(days=rng.randint(3, 150)),
    )
    setting = kind.get("education")
    if setting:
        fields["education_setting_type"] = setting
        for name, answers in content.EDUCATION_ANSWERS.items():
            fields[name] = answers[index % len(answers)]

    locations = []
    if delivery != ["online"]:
        if hidden:
            locations.append(_home_location(area, title, rng))
        elif venue:
            locations.append(_venue_location(venue))
        else:
            locations.append(_generic_location(area, rng))
        if not hidden and rng.random() < 0.1:
            other = rng.choice([a for a in RIVERSIDE_AREAS if a.outcode != area.outcode])
            locations.append(_generic_location(other, rng))

    times = kind.get("times") or []
    slots = sorted(rng.sample(times, k=min(len(times), rng.randint(1, 3)))) if times else []
    if len(times) >= 5 and all(t[1] == times[0][1] for t in times):
        slots = list(times)  # office hours and school days are all-week, not a sample

    contacts = []
    if rng.random() < 0.5:
        contacts.append(
            (
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                rng.choice(CONTACT_ROLES),
                content.PROVIDERS[provider_key][3],
                content.PROVIDERS[provider_key][4],
            )
        )

    return ServiceSpec(
        slug=slugify(title)[:80],
        title=title,
        provider_key=provider_key,
        fields=fields,
        category_refs=list(overrides.get("categories") or kind["categories"]),
        need_codes=needs,
        locations=locations,
        opening_times=slots,
        contacts=contacts,
        kind=kind["key"],
    )


def _age_some_reviews(specs, rng, today):
    order = list(range(len(specs)))
    rng.shuffle(order)
    start = 0
    for months, share in STALE_MONTHS:
        count = max(1, round(len(specs) * share))
        for position in order[start : start + count]:
            specs[position].fields["last_reviewed"] = _months_ago(today, months, rng)
        start += count


# --- Writing to the database ---------------------------------------------------------------------


@contextmanager
def _bulk_indexing(pages: list):
    """Index the new pages for the admin search and the reference index once at the end,
    rather than one task per save: that halves the time 300 pages take. Only for this
    command-line seed; the signal is reconnected even if something fails."""
    models = (
        ServicePage,
        ServiceIndexPage,
        GuidePage,
        EventPage,
        EventIndexPage,
        LocalOfferPage,
        ShortBreaksStatementPage,
    )
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    backend = get_search_backend()
    by_model: dict[type, list] = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    for model, objects in by_model.items():
        backend.add_bulk(model, objects)
    for page in pages:
        ReferenceIndex.create_or_update_for_object(page)


class _Writer:
    def __init__(self, stdout):
        self.stdout = stdout
        self.now = timezone.now()
        self.created = 0
        self.pages: list = []

    def child(self, parent, model, slug, **fields):
        """The live child page with this slug, created if missing."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing, False
        m2m = {
            key: fields.pop(key)
            for key in list(fields)
            if key in {"categories", "needs", "related_categories", "short_break_categories"}
        }
        page = model(
            slug=slug, live=True, first_published_at=self.now, last_published_at=self.now, **fields
        )
        for key, values in m2m.items():
            setattr(page, key, values)
        parent.add_child(instance=page)
        self.created += 1
        self.pages.append(page)
        return page, True


def _resolve_terms() -> dict[str, TaxonomyTerm]:
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


def _seed_providers() -> dict[str, Provider]:
    providers = {}
    for key, (
        name,
        kind,
        description,
        phone,
        email,
        website,
        ofsted,
        charity,
    ) in content.PROVIDERS.items():
        provider = Provider.objects.filter(name=name).first()
        if provider is None:
            organisation, _ = Organisation.objects.get_or_create(name=name, defaults={"kind": kind})
            provider = Provider.objects.create(
                name=name,
                organisation=organisation if not hasattr(organisation, "provider") else None,
                description=description,
                phone=phone,
                email=email,
                website=website,
                ofsted_number=ofsted,
                charity_number=charity,
            )
            ProviderContact.objects.create(
                provider=provider,
                name="Enquiries",
                role="General enquiries",
                phone=phone,
                email=email,
            )
        providers[key] = provider
    return providers


def _service_page(spec: ServiceSpec, provider, terms, needs) -> ServicePage:
    page = ServicePage(
        title=spec.title,
        provider=provider,
        phone=provider.phone,
        email=provider.email,
        website=provider.website,
        **spec.fields,
    )
    page.categories = _with_parents([terms[ref] for ref in spec.category_refs])
    page.needs = [needs[code] for code in spec.need_codes]
    page.locations = [
        ServiceLocation(
            name=loc.name,
            address_1=loc.address_1,
            town=loc.town,
            postcode=loc.postcode,
            latitude=postcode_point(loc.postcode)[0],
            longitude=postcode_point(loc.postcode)[1],
            hide_exact_address=loc.hidden,
        )
        for loc in spec.locations
    ]
    page.opening_times = [
        ServiceOpeningTime(weekday=day, opens=opens, closes=closes)
        for day, opens, closes in spec.opening_times
    ]
    page.contacts = [
        ServiceContact(name=name, role=role, phone=phone, email=email)
        for name, role, phone, email in spec.contacts
    ]
    return page


def seed(stdout=None, today: date | None = None, publish_with_revisions: bool = False) -> dict:
    """Create whatever part of the demo Local Offer is missing. Returns counts and timings."""
    stdout = stdout or sys.stdout
    today = today or timezone.localdate()
    started = time.perf_counter()
    home = Site.objects.get(is_default_site=True).root_page.specific
    writer = _Writer(stdout)
    with transaction.atomic(), _bulk_indexing(writer.pages):
        providers = _seed_providers()
        terms = _resolve_terms()
        needs = {need.code: need for need in Need.objects.all()}

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

        specs = build_specs(today)
        folders: dict[str, ServiceIndexPage] = {}
        existing = set(
            ServicePage.objects.descendant_of(services_index).values_list("slug", flat=True)
        )
        new_pages = []
        for spec in specs:
            provider = providers[spec.provider_key]
            folder = folders.get(spec.provider_key)
            if folder is None:
                folder, _ = writer.child(
                    services_index,
                    ServiceIndexPage,
                    slugify(provider.name)[:80],
                    title=provider.name,
                    intro=provider.description,
                    provider=provider,
                )
                folders[spec.provider_key] = folder
            if spec.slug in existing:
                continue
            page = _service_page(spec, provider, terms, needs)
            page.slug = spec.slug
            page.live = not publish_with_revisions
            page.first_published_at = page.last_published_at = writer.now if page.live else None
            folder.add_child(instance=page)
            existing.add(spec.slug)
            new_pages.append(page)
            writer.pages.append(page)
            writer.created += 1
        if publish_with_revisions:
            for page in new_pages:
                page.save_revision().publish()
        services_seconds = time.perf_counter() - started

        by_slug = {page.slug: page for page in ServicePage.objects.descendant_of(services_index)}
        _seed_guides(writer, local_offer, terms, by_slug)
        _seed_short_breaks(writer, local_offer, terms, today)
        _seed_events(writer, local_offer, providers, by_slug, today)

    total = ServicePage.objects.descendant_of(services_index).count()
    seconds = time.perf_counter() - started
    stdout.write(
        f"  local offer: {len(new_pages)} new services ({total} in all), "
        f"{writer.created} pages created in {seconds:.1f}s (services {services_seconds:.1f}s)\n"
    )
    return {
        "created_pages": writer.created,
        "new_services": len(new_pages),
        "services": total,
        "seconds": seconds,
        "services_seconds": services_seconds,
    }


def _seed_guides(writer, local_offer, terms, services_by_slug):
    category_ids: dict[int, set[int]] = {}
    for page_id, term_id in ServicePage.categories.through.objects.values_list(
        "servicepage_id", "taxonomyterm_id"
    ):
        category_ids.setdefault(page_id, set()).add(term_id)
    for slug, title, summary, topics, category_refs, body in content.GUIDES:
        categories = [terms[ref] for ref in category_refs]
        guide, created = writer.child(
            local_offer,
            GuidePage,
            slug,
            title=title,
            summary=summary,
            body=body,
            local_offer_topics=topics,
            related_categories=categories,
            last_reviewed=timezone.localdate() - timedelta(days=40),
        )
        if created:
            picks = [
                page
                for page in services_by_slug.values()
                if page.status == "active"
                and category_ids.get(page.pk, set()) & {t.pk for t in categories}
            ][:3]
            for order, service in enumerate(picks):
                GuideRelatedService.objects.create(page=guide, service=service, sort_order=order)


def _seed_short_breaks(writer, local_offer, terms, today):
    statement = content.SHORT_BREAKS_STATEMENT
    writer.child(
        local_offer,
        ShortBreaksStatementPage,
        statement["slug"],
        title=statement["title"],
        summary=statement["summary"],
        range_of_breaks=statement["range_of_breaks"],
        eligibility_criteria=statement["eligibility_criteria"],
        how_breaks_meet_needs=statement["how_breaks_meet_needs"],
        how_to_ask=statement["how_to_ask"],
        how_families_shaped_it=statement["how_families_shaped_it"],
        review_date=today - timedelta(days=120),
        next_review_date=today + timedelta(days=245),
        short_break_categories=[terms["riverside:short-breaks"], terms["dfe:Breaks and respite"]],
    )


def _seed_events(writer, local_offer, providers, services_by_slug, today):
    index, _ = writer.child(
        local_offer,
        EventIndexPage,
        "events",
        title="Events and holiday activities",
        intro=content.EVENTS_INTRO,
    )
    for title, summary, provider_key, venue_key, offset, length, recurrence, weekdays, start, end, (
        min_age,
        max_age,
    ), (cost_type, pence, unit), need_codes in content.EVENTS:
        venue = _venue_location(venue_key)
        provider = providers.get(provider_key)
        writer.child(
            index,
            EventPage,
            slugify(title),
            title=title,
            summary=summary,
            description=f"<p>{summary}</p><p>{content.EVENT_BOOKING_NOTE}</p>",
            provider=provider,
            start_date=today + timedelta(days=offset),
            end_date=today + timedelta(days=offset + length) if length else None,
            recurrence=recurrence,
            weekdays=weekdays,
            start_time=start,
            end_time=end,
            venue_name=venue.name,
            address_1=venue.address_1,
            town=venue.town,
            postcode=venue.postcode,
            min_age_months=min_age,
            max_age_months=max_age,
            cost_type=cost_type,
            cost_pence=pence,
            cost_unit=unit,
            booking_details=f"Book with {provider.name} on {provider.phone}." if provider else "",
            needs=list(Need.objects.filter(code__in=need_codes)),
        )


def demo_root() -> Page | None:
    """The Local Offer page the demo builds, if it exists."""
    return LocalOfferPage.objects.first()
