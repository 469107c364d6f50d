"""A small Local Offer tree for the page model tests: one of each page type, one provider,
and a signed-in site admin who has set up MFA (the admin refuses staff without it)."""

from dataclasses import dataclass
from datetime import date, time

from django.contrib.auth.models import Group
from wagtail.models import Site

from local_offer.models import (
    EventIndexPage,
    EventPage,
    GuidePage,
    GuideRelatedService,
    LocalOfferPage,
    Need,
    Provider,
    ServiceIndexPage,
    ServiceLocation,
    ServiceOpeningTime,
    ServicePage,
    ShortBreaksStatementPage,
    TaxonomyTerm,
)
from portal.accounts.roles import Role
from tests.factories import make_user

SHORT_BREAKS = "short-breaks"


@dataclass
class PageTree:
    home: object
    local_offer: LocalOfferPage
    services: ServiceIndexPage
    provider: Provider
    service: ServicePage
    guide: GuidePage
    statement: ShortBreaksStatementPage
    events: EventIndexPage
    event: EventPage


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def make_service(parent, provider, title="Autism-friendly swimming", **fields) -> ServicePage:
    categories = fields.pop("categories", [])
    needs = fields.pop("needs", [])
    locations = fields.pop("locations", None)
    opening_times = fields.pop("opening_times", None)
    defaults = dict(
        summary="A quiet, calm swimming session for autistic children and their families.",
        description="<p>Lights dimmed, music off, fewer people.</p>",
        provider=provider,
        min_age_months=60,
        max_age_months=215,
        cost_type="charge",
        cost_pence=350,
        cost_unit="session",
        accepts_personal_budget=True,
        delivery=["in_person"],
        referral_routes=["self"],
        last_reviewed=date(2026, 10, 1),
    )
    defaults.update(fields)
    page = ServicePage(title=title, **defaults)
    page.categories = categories
    page.needs = needs
    page.locations = (
        locations
        if locations is not None
        else [
            ServiceLocation(
                name="Riverside Leisure Centre",
                address_1="2 Canal Side",
                town="Riverside",
                postcode="RV1 4PQ",
                latitude=52.961234,
                longitude=-1.981234,
            )
        ]
    )
    page.opening_times = (
        opening_times
        if opening_times is not None
        else [ServiceOpeningTime(weekday=5, opens=time(10), closes=time(12))]
    )
    parent.add_child(instance=page)
    return publish(page)


def build_page_tree() -> PageTree:
    home = Site.objects.get(is_default_site=True).root_page.specific
    local_offer = home.add_child(
        instance=LocalOfferPage(
            title="Local Offer", slug="local-offer", intro="Everything for SEND."
        )
    )
    services = local_offer.add_child(instance=ServiceIndexPage(title="Services", slug="services"))
    provider = Provider.objects.create(name="Riverside Leisure Trust (test)", phone="01632 960555")
    service = make_service(
        services,
        provider,
        categories=[
            TaxonomyTerm.objects.get(code="inclusive-sport"),
            TaxonomyTerm.objects.get(code=SHORT_BREAKS),
        ],
        needs=[Need.objects.get(code="ASD"), Need.objects.get(code="SEMH")],
    )
    guide = GuidePage(
        title="Things to do",
        slug="things-to-do",
        summary="Inclusive sport and activities.",
        body=[
            ("paragraph", "<p>Lots to do.</p>"),
            ("details", {"summary": "More", "text": "<p>Hidden text</p>"}),
        ],
        local_offer_topics=["leisure"],
    )
    guide.related_categories = [TaxonomyTerm.objects.get(code="inclusive-sport")]
    local_offer.add_child(instance=guide)
    publish(guide)
    statement = ShortBreaksStatementPage(
        title="Short breaks services statement",
        slug="short-breaks-statement",
        summary="Short breaks in Riverside.",
        range_of_breaks="<p>Day and overnight breaks.</p>",
        eligibility_criteria="<p>Any disabled child.</p>",
        how_breaks_meet_needs="<p>Time to rest.</p>",
        review_date=date(2026, 6, 1),
    )
    local_offer.add_child(instance=statement)
    publish(statement)
    events = local_offer.add_child(instance=EventIndexPage(title="Events", slug="events"))
    event = EventPage(
        title="Holiday sensory mornings",
        slug="holiday-sensory-mornings",
        summary="Sensory play.",
        start_date=date(2026, 12, 21),
        end_date=date(2027, 1, 3),
        recurrence="weekly",
        weekdays=["1", "3"],
        start_time=time(9, 30),
        end_time=time(11, 30),
        postcode="RV8 2AB",
    )
    events.add_child(instance=event)
    publish(event)
    GuideRelatedService.objects.create(page=guide, service=service)
    return PageTree(home, local_offer, services, provider, service, guide, statement, events, event)


def make_admin():
    """A site admin with an authenticator app, as the MFA rule requires for the Wagtail admin."""
    user = make_user(Role.SITE_ADMIN, mfa=True, is_staff=True, is_superuser=True)
    Group.objects.get_or_create(name=str(Role.SITE_ADMIN))
    return user
