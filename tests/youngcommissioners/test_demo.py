"""The demo feedback: 60 comments, some published with names masked, two waiting for the
safeguarding lead, and safe to load twice."""

import io

import pytest

from portal.accounts import demo as accounts_demo
from tests.local_offer.page_support import build_page_tree
from youngcommissioners import commissioners, demo
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


def test_the_demo_young_commissioner_sees_their_group(seeded):
    from django.test import Client

    from portal.accounts.models import User
    from tests.local_offer.page_support import make_service
    from youngcommissioners import commissioners_demo
    from youngcommissioners.models import CommissionerGroup, Recommendation

    # The demo group needs three services; the test tree has one.
    tree_parent = published_services_parent()
    provider = tree_parent.get_children().specific().first().provider
    for title in ("Youth club", "Short breaks for teenagers"):
        make_service(tree_parent, provider, title=title, slug=title.lower().replace(" ", "-"))
    commissioners_demo.seed(io.StringIO())
    commissioners_demo.seed(io.StringIO())  # safe to run again
    group = CommissionerGroup.objects.get()
    assert group.members.count() == 4
    maya = User.objects.get(email=commissioners_demo.MAYA)
    assert maya in group.members.all()
    assert group.projects.count() == 1
    results = commissioners.results(group)
    assert len(results) == 3 and all(r.members == 4 for r in results)
    statuses = set(Recommendation.objects.values_list("status", flat=True))
    assert statuses == {"received", "accepted", "done"}
    client = Client()
    client.force_login(maya)
    start = client.get("/start/", follow=True).content.decode()
    assert commissioners_demo.GROUP in start
    page = client.get(f"/voice/young-commissioners/{group.pk}/").content.decode()
    assert "A quiet room at every youth club" in page


def published_services_parent():
    from local_offer.models import ServiceIndexPage

    return ServiceIndexPage.objects.get()
