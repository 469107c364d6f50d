"""The demo feedback: 60 comments, some published with names masked, two waiting for the
safeguarding lead, and safe to load twice."""

import io

import pytest

from portal.accounts import demo as accounts_demo
from tests.local_offer.page_support import build_page_tree
from youngcommissioners import demo
from youngcommissioners.models import Feedback, SafeguardingAlert, SafeguardingContacts

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    accounts_demo.seed(io.StringIO())
    build_page_tree()
    demo.seed(io.StringIO())


def test_sixty_comments_across_the_topics(seeded):
    assert Feedback.objects.count() == demo.COUNT == 60
    assert set(Feedback.objects.values_list("category", flat=True)) == set(Feedback.Category)
    assert Feedback.objects.exclude(service_page_id=None).exists()


def test_some_are_published_with_names_masked(seeded):
    published = Feedback.objects.filter(status=Feedback.Status.PUBLISHED)

    assert published.count() >= 15
    assert not published.filter(published_comments__contains="Jacob").exists()
    assert published.filter(published_comments__contains="[name]").exists()


def test_two_wait_for_the_demo_safeguarding_lead(seeded):
    assert Feedback.objects.filter(status=Feedback.Status.SAFEGUARDING).count() == 2
    assert SafeguardingAlert.objects.filter(cleared_at=None).count() == 2
    assert SafeguardingContacts.load().lead.email == demo.LEAD


def test_loading_twice_changes_nothing(seeded):
    before = list(Feedback.objects.order_by("reference").values_list("reference", "status"))

    demo.seed(io.StringIO())

    assert list(Feedback.objects.order_by("reference").values_list("reference", "status")) == (
        before
    )
