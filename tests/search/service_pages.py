"""Real Local Offer pages for the search page and indexing tests: home -> Local Offer ->
services folder -> service pages, published the way an editor publishes them."""

from datetime import date

from wagtail.models import Page, Site

from local_offer.models import (
    LocalOfferPage,
    Need,
    Provider,
    ServiceIndexPage,
    ServiceLocation,
    ServicePage,
)
from portal.pages.models import HomePage


def local_offer_tree() -> ServiceIndexPage:
    """The services folder under /local-offer/services/, made once per test database."""
    existing = ServiceIndexPage.objects.filter(slug="services").first()
    if existing:
        return existing
    home = HomePage.objects.first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="SEND Local Offer", slug="home", intro="Find help.")
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.save()
    local_offer = home.add_child(instance=LocalOfferPage(title="Local Offer", slug="local-offer"))
    return local_offer.add_child(instance=ServiceIndexPage(title="Services", slug="services"))


def provider(name: str = "Riverside Speech and Language Therapy CIC") -> Provider:
    return Provider.objects.get_or_create(name=name)[0]


def publish_service(parent, title: str, *, needs=(), postcode="", point=None, **fields):
    """Add a service page and publish it (this sends Wagtail's page_published signal)."""
    fields.setdefault("summary", f"{title}: help for children and young people in Riverside.")
    fields.setdefault("provider", provider())
    fields.setdefault("last_reviewed", date.today())
    page = ServicePage(title=title, **fields)
    parent.add_child(instance=page)
    if needs:
        page.needs.set(Need.objects.filter(code__in=needs))
    if postcode:
        latitude, longitude = point or (52.2, -1.5)
        page.locations.add(
            ServiceLocation(postcode=postcode, latitude=latitude, longitude=longitude,
                            name="Riverside Leisure Centre")
        )
    page.save_revision().publish()
    return page
