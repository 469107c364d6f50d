"""Every demo service as a ServiceSpec, built from content.KINDS with a fixed random seed. Pure (no
database): the same date always gives the same listings, and only review dates depend on it.

Each kind yields `count` services; its titles are tried in turn from the service's position and
the first title not used yet is placed at a venue and in an area. The order of the random draws
is part of the data: drawing in another order changes every listing after it.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.text import slugify

from . import content, wording
from .geography import AREAS_BY_OUTCODE, RIVERSIDE_AREAS, Area, make_postcode
from .records import HOME, Contact, Kind, LocationSpec, ServiceSpec, Slot, Title

SEED = 20260301
# Kinds whose titles name an area are repeated across more of Riverside's areas.
AREA_KIND_SCALE = 1.9
# Share of listings left unconfirmed for a while, so freshness reminders have work to do.
STALE_MONTHS = ((7, 0.05), (10, 0.05), (13, 0.04))


@dataclass(frozen=True)
class Placement:
    """Where one service lands: its title, the title record it came from, its provider, venue
    and area."""

    title: str
    source: Title
    provider_key: str
    venue: str | None  # a key of content.VENUES, HOME, or None for a community venue
    area: Area
    position: int  # of `source` among its kind's titles


def build_specs(today: date) -> list[ServiceSpec]:
    """Every demo service, deterministic for a given date (only review dates depend on it)."""
    rng = random.Random(SEED)
    used_titles: set[str] = set()
    specs: list[ServiceSpec] = []
    for kind in content.KINDS:
        titles = kind.title_records
        areas = list(RIVERSIDE_AREAS)
        rng.shuffle(areas)
        for index in range(_service_count(kind, titles)):
            placement = _place(kind, titles, index, areas, used_titles)
            if placement is None:
                break
            used_titles.add(placement.title)
            specs.append(_build_service(kind, placement, index, rng, today))
    _age_some_reviews(specs, rng, today)
    return specs


def venue_location(venue_key: str) -> LocationSpec:
    venue = content.VENUES[venue_key]
    area = AREAS_BY_OUTCODE[venue.outcode]
    return LocationSpec(
        venue.name, venue.address, area.name, make_postcode(venue.outcode, venue.name)
    )


# --- Placing titles ------------------------------------------------------------------------------


def _service_count(kind: Kind, titles: list[Title]) -> int:
    names_an_area = any("{area}" in title.template for title in titles)
    return round(kind.count * AREA_KIND_SCALE) if names_an_area else kind.count


def _place(kind, titles, index, areas, used_titles) -> Placement | None:
    """The first placement, from this position on, whose title is not used yet."""
    for offset in range(len(titles)):
        position = (index + offset) % len(titles)
        for placement in _placements(kind, titles[position], position, index, areas):
            if placement.title not in used_titles:
                return placement
    return None


def _placements(kind: Kind, title: Title, position, index, areas) -> list[Placement]:
    """Each way this title could be placed, best first: one, or one per area for {area}."""
    provider_key = title.provider or kind.providers[index % len(kind.providers)]
    home = content.PROVIDERS[provider_key].home_venue
    venues = kind.venues

    def placed(text: str, venue: str | None, area: Area) -> Placement:
        return Placement(text, title, provider_key, venue, area, position)

    template = title.template
    if "{provider}" in template:
        venue = home or (venues[index % len(venues)] if venues else None)
        area = _area_of(venue) if venue else areas[0]
        return [placed(template.format(provider=content.PROVIDERS[provider_key].name), venue, area)]
    if "{venue}" in template:
        venue = title.venue or (
            home if home in venues or not venues else venues[index % len(venues)]
        )
        area = _area_of(venue)
        text = template.format(venue=content.VENUES[venue].name, area=area.name)
        return [placed(text, venue, area)]
    if "{area}" in template:
        rotated = [areas[(index + step) % len(areas)] for step in range(len(areas))]
        return [placed(template.format(area=a.name), _venue_in(venues, a), a) for a in rotated]
    venue = title.venue or (
        home if home in venues else venues[index % len(venues)] if venues else None
    )
    area = _area_of(venue) if venue and venue != HOME else areas[index % len(areas)]
    return [placed(template, venue, area)]


def _area_of(venue_key: str) -> Area:
    return AREAS_BY_OUTCODE[content.VENUES[venue_key].outcode]


def _venue_in(venues, area: Area) -> str | None:
    """For a title naming an area: the family's home, or the kind's first venue in the area."""
    if HOME in venues:
        return HOME
    local = [key for key in venues if key != HOME and content.VENUES[key].outcode == area.outcode]
    return local[0] if local else None


# --- Building one service (the draws below happen in the order they are written) -----------------


def _build_service(kind: Kind, placement: Placement, index, rng, today) -> ServiceSpec:
    fields, need_codes = _service_fields(kind, placement, index, rng, today)
    locations = _locations(fields["delivery"], placement, rng)
    opening_times = _opening_times(kind.times, rng)
    contacts = _contacts(placement.provider_key, rng)
    return ServiceSpec(
        slug=slugify(placement.title)[:80],
        title=placement.title,
        provider_key=placement.provider_key,
        fields=fields,
        category_refs=list(placement.source.categories or kind.categories),
        need_codes=need_codes,
        locations=locations,
        opening_times=opening_times,
        contacts=contacts,
        kind=kind.key,
    )


def _service_fields(kind: Kind, placement: Placement, index, rng, today) -> tuple[dict, list]:
    """The ServicePage fields, by name, and the service's need codes. Words that state a fact
    (who it is for, how to get it) are written from the fact (wording.py)."""
    source = placement.source
    summary, description = _summary_and_description(kind, placement, index, rng)
    cost = rng.choice(source.costs or kind.costs)
    delivery = list(source.delivery or rng.choice(kind.delivery))
    offered = list(source.referral or rng.choice(kind.referral))
    ages = rng.choice(source.ages or kind.ages)
    summary, description = wording.fill(summary, ages), wording.fill(description, ages)
    need_codes = _need_codes(kind, source, rng)
    referral, referral_details = wording.how_to_get_it(
        offered, rng, in_person="in_person" in delivery
    )
    eligibility = _eligibility(kind, referral, rng)
    languages = _languages(kind, source, rng)
    runs_in_holidays = rng.random() < kind.holiday_share
    status = _status(rng)
    fields = dict(
        summary=summary,
        description=description,
        status=status,
        min_age_months=ages.min_months,
        max_age_months=ages.max_months,
        eligibility=eligibility,
        referral_routes=referral,
        referral_details=referral_details,
        delivery=delivery,
        service_areas=kind.service_areas
        or ("Riverside" if placement.area.in_riverside else "Riverside and Eastmoor"),
        runs_in_school_holidays=runs_in_holidays,
        languages=languages,
        keywords=kind.keywords,
    )
    fields |= _cost_fields(kind, cost, rng)
    fields["schedule_notes"] = rng.choice(kind.schedule_notes) if kind.schedule_notes else ""
    fields["holiday_schedule"] = rng.choice(content.HOLIDAY_TEXT) if runs_in_holidays else ""
    fields |= _premises_fields(kind, hidden=placement.venue == HOME, rng=rng)
    fields["last_reviewed"] = today - timedelta(days=rng.randint(3, 150))
    fields |= _education_fields(kind, index)
    return fields, need_codes


def _summary_and_description(kind: Kind, placement: Placement, index, rng) -> tuple[str, str]:
    source = placement.source
    which = placement.position if kind.paired_summaries else index
    summary = source.summary or kind.summaries[which % len(kind.summaries)]
    paragraphs = (
        source.paragraphs or content.TITLE_PARAGRAPHS.get(source.template) or kind.paragraphs
    )
    chosen = sorted(rng.sample(range(len(paragraphs)), k=min(len(paragraphs), rng.randint(2, 3))))
    return summary, "".join(f"<p>{paragraphs[i]}</p>" for i in chosen)


def _need_codes(kind: Kind, source: Title, rng) -> list[str]:
    needs = list(source.needs or kind.needs)
    optional = [code for code in kind.optional_needs if code not in needs]
    return needs + rng.sample(optional, k=min(len(optional), rng.randint(0, 3)))


def _eligibility(kind: Kind, referral: list[str], rng) -> str:
    eligibility = rng.choice(kind.eligibility or wording.eligibility_choices(referral))
    if rng.random() < 0.35:
        eligibility += " " + rng.choice(content.WAITING_LIST)
    return eligibility


def _languages(kind: Kind, source: Title, rng) -> str:
    languages = source.languages or rng.choice(kind.languages or ["English"])
    if rng.random() < 0.12 and "," not in languages:
        languages += ", " + rng.choice(content.EXTRA_LANGUAGES)
    return languages


def _status(rng) -> str:
    roll = rng.random()
    if roll < 0.015:
        return "closed"
    if roll < 0.045:
        return "temporarily_closed"
    return "active"


def _cost_fields(kind: Kind, cost, rng) -> dict:
    paid = cost.type != "free"
    return {
        "cost_type": cost.type,
        "cost_pence": cost.pence,
        "cost_unit": cost.unit if cost.type == "charge" else "",
        "cost_notes": rng.choice(content.COST_NOTES) if paid and rng.random() < 0.5 else "",
        "accepts_personal_budget": paid and rng.random() < kind.personal_budget_share,
        "accepts_direct_payment": paid and rng.random() < kind.direct_payment_share,
    }


def _premises_fields(kind: Kind, hidden: bool, rng) -> dict:
    """A service at the family's home says nothing about its premises."""
    if hidden:
        return {"premises_access": [], "accessibility_notes": ""}
    access = [feature for feature in kind.access if rng.random() < 0.85]
    notes = rng.choice(content.ACCESS_NOTES) if rng.random() < 0.6 else ""
    return {"premises_access": access, "accessibility_notes": notes}


def _education_fields(kind: Kind, index) -> dict:
    """An education setting answers the Schedule 2 questions, each from its list in turn."""
    if not kind.education_setting:
        return {}
    answers = content.EDUCATION_ANSWERS
    return {
        "education_setting_type": kind.education_setting,
        **{question: choices[index % len(choices)] for question, choices in answers.items()},
    }


def _locations(delivery: list[str], placement: Placement, rng) -> list[LocationSpec]:
    if delivery == ["online"]:
        return []
    area, venue = placement.area, placement.venue
    if venue == HOME:
        return [_home_location(area, placement.title, rng)]
    first = venue_location(venue) if venue else _community_location(area, rng)
    if rng.random() >= 0.1:
        return [first]
    other = rng.choice([a for a in RIVERSIDE_AREAS if a.outcode != area.outcode])
    return [first, _community_location(other, rng)]


def _community_location(area: Area, rng) -> LocationSpec:
    """A community venue in an area with no named venue for this kind of service."""
    name = f"{area.name} Community Centre"
    for venue in content.VENUES.values():
        if venue.outcode == area.outcode and venue.name == name:
            return LocationSpec(name, venue.address, area.name, make_postcode(area.outcode, name))
    street = rng.choice(content.STREETS)
    return LocationSpec(name, street, area.name, make_postcode(area.outcode, name))


def _home_location(area: Area, seed: str, rng) -> LocationSpec:
    street = f"{rng.randint(2, 98)} {rng.choice(content.STREETS)}"
    return LocationSpec("", street, area.name, make_postcode(area.outcode, seed), hidden=True)


def _opening_times(times: list[Slot], rng) -> list[Slot]:
    if not times:
        return []
    sample = sorted(rng.sample(times, k=min(len(times), rng.randint(1, 3))))
    if len(times) >= 5 and all(slot.opens == times[0].opens for slot in times):
        return list(times)  # office hours and school days are all-week, not a sample
    return sample


def _contacts(provider_key: str, rng) -> list[Contact]:
    if rng.random() >= 0.5:
        return []
    provider = content.PROVIDERS[provider_key]
    name = f"{rng.choice(content.FIRST_NAMES)} {rng.choice(content.LAST_NAMES)}"
    return [Contact(name, rng.choice(content.CONTACT_ROLES), provider.phone, provider.email)]


# --- Ageing some reviews -------------------------------------------------------------------------


def _age_some_reviews(specs: list[ServiceSpec], rng, today: date) -> None:
    order = list(range(len(specs)))
    rng.shuffle(order)
    start = 0
    for months, share in STALE_MONTHS:
        count = max(1, round(len(specs) * share))
        for position in order[start : start + count]:
            specs[position].fields["last_reviewed"] = _months_ago(today, months, rng)
        start += count


def _months_ago(today: date, months: int, rng) -> date:
    return today - timedelta(days=int(months * 30.5) + rng.randint(3, 20))
