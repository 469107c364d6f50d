"""The Local Offer's part of a new production site (`manage.py setup_site`): the Local Offer
page and its Services folder (live, so an import has somewhere to go), the Short Breaks Services
Statement as a draft to fill in, and council moderation. Idempotent, and nothing from the demo.
"""

from datetime import date

from django.utils import timezone
from wagtail.models import Page, Site

from .models import LocalOfferPage, ServiceIndexPage, ShortBreaksStatementPage
from .moderation import ensure_council_moderation, set_up_all_providers

TO_WRITE = "<p>To be written by the council before this page is published.</p>"


def ensure(stdout) -> None:
    home = Site.objects.get(is_default_site=True).root_page
    local_offer = _live_child(home, LocalOfferPage(title="Local Offer", slug="local-offer"), stdout)
    _live_child(local_offer, ServiceIndexPage(title="Services", slug="services"), stdout)
    _short_breaks_draft(local_offer, timezone.localdate(), stdout)
    ensure_council_moderation()
    granted = set_up_all_providers()
    stdout.write(f"Council moderation is on; {len(granted)} provider staff can edit listings.")


def _live_child(parent: Page, page: Page, stdout) -> Page:
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific
    parent.add_child(instance=page)
    page.save_revision().publish()
    stdout.write(f"  {page.title}: {page.url}")
    return page


def _short_breaks_draft(local_offer: Page, today: date, stdout) -> None:
    if ShortBreaksStatementPage.objects.exists():
        return
    page = ShortBreaksStatementPage(
        title="Short breaks services statement",
        slug="short-breaks",
        summary="The short breaks we offer, who can have them and how to ask.",
        range_of_breaks=TO_WRITE,
        eligibility_criteria=TO_WRITE,
        how_breaks_meet_needs=TO_WRITE,
        how_families_shaped_it=TO_WRITE,
        review_date=today,
        live=False,
    )
    local_offer.add_child(instance=page)
    page.save_revision()
    stdout.write(f"  draft to fill in: {page.title}")
