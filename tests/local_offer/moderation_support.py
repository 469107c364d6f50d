"""Shared set-up for the moderation, freshness, problem report and coverage tests: a small Local
Offer tree with two providers, their staff, and a council officer.

Imported by name into each test module (not a conftest, so it never clashes with the model
tests' own fixtures in this folder).
"""

from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

import pytest
from wagtail.models import Site

from local_offer.models import LocalOfferPage, Provider, ServiceIndexPage, ServicePage
from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user


@dataclass
class Tree:
    local_offer: LocalOfferPage
    services: ServiceIndexPage
    speech: Provider
    leisure: Provider
    speech_listing: ServicePage
    leisure_listing: ServicePage


def add_listing(parent, provider, title, *, last_reviewed=None, **fields) -> ServicePage:
    listing = ServicePage(
        title=title,
        summary=fields.pop("summary", f"{title}: a friendly service for children with SEND."),
        provider=provider,
        last_reviewed=last_reviewed,
        email=fields.pop("email", ""),
        **fields,
    )
    parent.add_child(instance=listing)
    listing.save_revision().publish()
    listing.refresh_from_db()
    return listing


def build_tree(last_reviewed: date | None = None) -> Tree:
    """Both listings were last checked on last_reviewed (default: today)."""
    from django.utils import timezone

    last_reviewed = last_reviewed or timezone.localdate()
    home = Site.objects.get(is_default_site=True).root_page
    local_offer = home.add_child(instance=LocalOfferPage(title="Local Offer", slug="local-offer"))
    services = local_offer.add_child(instance=ServiceIndexPage(title="Services", slug="services"))
    speech_org = OrganisationFactory(name="Riverside Speech CIC")
    leisure_org = OrganisationFactory(name="Riverside Leisure Trust")
    speech = Provider.objects.create(
        name="Riverside Speech CIC", organisation=speech_org, email="hello@speech.example"
    )
    leisure = Provider.objects.create(
        name="Riverside Leisure Trust", organisation=leisure_org, email="swim@leisure.example"
    )
    speech_listing = add_listing(
        services, speech, "Speech and language drop-in", last_reviewed=last_reviewed
    )
    leisure_listing = add_listing(
        services, leisure, "Autism-friendly swimming", last_reviewed=last_reviewed
    )
    return Tree(local_offer, services, speech, leisure, speech_listing, leisure_listing)


@pytest.fixture
def tree(db) -> Tree:
    return build_tree()


@pytest.fixture
def officer(tree):
    from local_offer.moderation import ensure_council_moderation

    ensure_council_moderation()  # as `manage.py setup_site` or the seed would
    return make_user(Role.OFFICER, email="officer@riverside.example", mfa=True)


@pytest.fixture
def speech_staff(tree):
    from local_offer.moderation import grant_provider_access

    user = make_user(
        Role.PROVIDER, organisation=tree.speech.organisation, email="priya@speech.example", mfa=True
    )
    grant_provider_access(user)
    return user


@pytest.fixture
def leisure_staff(tree):
    from local_offer.moderation import grant_provider_access

    user = make_user(
        Role.PROVIDER, organisation=tree.leisure.organisation, email="lee@leisure.example", mfa=True
    )
    grant_provider_access(user)
    return user


class _FormParser(HTMLParser):
    """Collects what a browser would submit from the form with the given id."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self._textarea = None
        self._select = None
        self._select_value = None
        self._option_value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        if not self.inside or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text")
            if kind in {"submit", "button", "file", "image"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select, self._select_value = name, None
        elif tag == "option" and self._select:
            self._option_value = attrs.get("value", "")
            if "selected" in attrs or self._select_value is None:
                self._select_value = (self._option_value, "selected" in attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.inside:
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select:
            if self._select_value is not None:
                self.fields.append((self._select, self._select_value[0]))
            self._select = None


def form_data(html: str, form_id: str = "page-edit-form", **changes) -> dict:
    """The page edit form as a browser would send it, with some fields changed."""
    parser = _FormParser(form_id)
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        data[name] = value if isinstance(value, list) else [value]
    return data


def set_categories(page, *codes) -> None:
    """File a live listing under categories (parental M2M: written when the page is saved)."""
    from local_offer.models import TaxonomyTerm

    page.categories.set(TaxonomyTerm.objects.filter(code__in=codes))
    page.save()
