"""Shared set-up for the voice tests: a published listing to comment on, the safeguarding
lead and deputy named in the settings, an officer on duty."""

from dataclasses import dataclass

import pytest
from django.core.cache import cache

from portal.accounts.roles import Role
from tests.factories import make_user
from tests.local_offer.page_support import build_page_tree
from youngcommissioners.models import SafeguardingContacts


@dataclass
class People:
    lead: object
    deputy: object
    officer: object
    other_lead: object


@pytest.fixture(autouse=True)
def _fresh_limits():
    # The hourly limits live in the cache, which outlives a single test.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def service(db):
    return build_page_tree().service


@pytest.fixture
def people(db):
    lead = make_user(Role.SAFEGUARDING_LEAD, mfa=True, email="lead@council.example")
    deputy = make_user(Role.SAFEGUARDING_LEAD, mfa=True, email="deputy@council.example")
    other = make_user(Role.SAFEGUARDING_LEAD, mfa=True, email="other-lead@council.example")
    officer = make_user(Role.OFFICER, mfa=True, email="duty@council.example")
    make_user(Role.OFFICER, mfa=True, email="officer2@council.example")
    contacts = SafeguardingContacts.load()
    contacts.lead, contacts.deputy, contacts.officer_on_duty = lead, deputy, officer
    contacts.save()
    return People(lead, deputy, officer, other)
