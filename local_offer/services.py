"""What other apps may ask the Local Offer: published services, and one service as a search record.

Search, the Open Referral UK API and the planning dashboard call these functions rather than
reading the page models' internals.
"""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from search.api import OpeningTime, ServiceLocation, ServiceRecord

from . import age_mentions, cost_mentions, listing, search_vocabulary
from .models import Need, ServicePage, ServiceStatus, TaxonomyTerm


def published_services() -> QuerySet[ServicePage]:
    """Live, public service pages, with everything a record needs fetched in a few queries."""
    return (
        ServicePage.objects.live()
        .public()
        .select_related("provider")
        .prefetch_related(
            Prefetch("categories", queryset=TaxonomyTerm.objects.order_by("sort_order", "label")),
            Prefetch("needs", queryset=Need.objects.select_related("broad_area")),
            "locations",
            "opening_times",
        )
        .order_by("title")
    )


HIDDEN_ADDRESS_DECIMALS = 2  # about 1 km: enough for "within 5 miles", too coarse to find a house


def public_coordinate(value: float | None, hidden: bool) -> float | None:
    """A childminder's exact point must not leak through distances, so hidden addresses are
    placed only to about a kilometre."""
    if value is None or not hidden:
        return value
    return round(value, HIDDEN_ADDRESS_DECIMALS)


def search_record(page: ServicePage, today: date | None = None) -> ServiceRecord:
    """The one shape every search backend indexes. Closed or stale listings are still built
    (so a backend can remove them) but marked searchable=False."""
    categories = list(page.categories.all())
    needs = list(page.needs.all())
    need_areas = []
    for need in needs:
        if need.broad_area and need.broad_area.code not in need_areas:
            need_areas.append(need.broad_area.code)
    provider = page.provider
    return ServiceRecord(
        id=str(page.pk),
        url=page.url or "",
        name=page.title,
        summary=page.summary,
        description=page.description_text,
        provider_id=str(provider.pk) if provider else "",
        provider_name=provider.name if provider else "",
        # With the other codes of a merged category, so a filter on it finds every service in it.
        categories=search_vocabulary.indexed_categories(term.code for term in categories),
        category_labels=tuple(term.label for term in categories),
        needs=tuple(need.code for need in needs),
        need_areas=tuple(need_areas),
        min_age_months=page.min_age_months,
        max_age_months=page.max_age_months,
        stated_age_months=_stated_ages(page),
        cost_type=page.cost_type,
        cost_pence=page.cost_pence,
        cost_unit=page.get_cost_unit_display() if page.cost_unit else "",
        words_say_free=_words_say_free(page),
        accepts_personal_budget=page.accepts_personal_budget,
        delivery=tuple(page.delivery or ()),
        referral=tuple(page.referral_routes or ()),
        locations=tuple(
            ServiceLocation(
                postcode=location.postcode,
                latitude=public_coordinate(location.latitude, location.hide_exact_address),
                longitude=public_coordinate(location.longitude, location.hide_exact_address),
                hide_exact_address=location.hide_exact_address,
                label=location.public_label,
                town="" if location.hide_exact_address else location.town,
            )
            for location in page.locations.all()
        ),
        opening_times=tuple(
            OpeningTime(
                weekday=slot.weekday,
                opens=slot.opens.strftime("%H:%M"),
                closes=slot.closes.strftime("%H:%M"),
            )
            for slot in page.opening_times.all()
        ),
        runs_in_school_holidays=page.runs_in_school_holidays,
        languages=tuple(page.language_list),
        keywords=tuple(page.keyword_list),
        status=page.status,
        last_checked=page.last_reviewed,
        searchable=listing.is_listed(page, today or timezone.localdate()),
        extra={
            "accepts_direct_payment": page.accepts_direct_payment,
            "service_areas": page.service_areas,
            "temporarily_closed": page.status == ServiceStatus.TEMPORARILY_CLOSED,
        },
    )


def _stated_ages(page: ServicePage) -> tuple[int | None, int | None] | None:
    """What the words say about age, for a listing whose age fields say nothing (most of a real
    directory): search ranks with it, so an adults' class does not top a 10-year-old's search."""
    if page.min_age_months is not None or page.max_age_months is not None:
        return None
    return age_mentions.stated_range(" ".join([page.title, page.summary, page.description_text]))


def _words_say_free(page: ServicePage) -> bool:
    """No price in the fields ("varies" with no amount), and the words say it is free."""
    if page.cost_type != "varies" or page.cost_pence is not None:
        return False
    return cost_mentions.says_free(" ".join([page.summary, page.description_text]))


@dataclass(frozen=True)
class NeedType:
    code: str  # SEN2
    label: str
    plain_english: str


def need_types() -> list[NeedType]:
    """The SEN2 need codes services are filed under, in the Local Offer's order: the family
    record uses the same codes for a child's primary and secondary need."""
    return [
        NeedType(need.code, need.label, need.plain_english)
        for need in Need.objects.order_by("sort_order", "label")
    ]
