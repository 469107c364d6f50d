"""A family can let a key worker review the spends from the personal budget: the share form
offers it on its own (an upload to documents never also allows it), the grant says it in plain
English, and the key worker's review is written to the access log like any other action."""

from datetime import date

import pytest
from django.utils import timezone

from budgets import ledger, spending
from budgets.models import Spend
from portal.family.policy import Action, Section
from portal.sharing.models import AccessLog, Grant
from tests.clients import PortalClient
from tests.family.helpers import make_child, make_parent
from tests.sharing.helpers import make_key_worker, share

from .helpers import make_budget

pytestmark = pytest.mark.django_db


def dates(prefix, day: date):
    return {f"{prefix}_0": str(day.day), f"{prefix}_1": str(day.month),
            f"{prefix}_2": str(day.year)}


@pytest.fixture
def family():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    made = spending.record(spending.SpendDetails(
        provisions["breaks"], date(2026, 5, 2), 1_000, "Pool", "Swimming"), by=parent)
    return parent, child, made


def signed_in(user):
    client = PortalClient()
    client.force_login(user)
    return client


def _share(client, child, worker, sections, actions):
    today = timezone.localdate()
    return client.post(f"/sharing/children/{child.pk}/share/", {
        "who": "person", "email": worker.email, "sections": sections, "actions": actions,
        "purpose": "Direct payment support", **dates("starts_on", today),
        **dates("ends_on", today),
    })


def test_the_share_form_offers_reviewing_spends(family):
    parent, child, _ = family
    page = signed_in(parent).get(f"/sharing/children/{child.pk}/share/").content.decode()

    assert "Review spends from the personal budget" in page
    assert 'value="budget:change"' in page


def test_a_family_grants_a_key_worker_the_review_of_spends(family):
    parent, child, _ = family
    worker = make_key_worker(display_name="Alex Morgan")

    response = _share(signed_in(parent), child, worker, ["budget"], ["budget:change"])

    assert response.status_code == 302
    grant = Grant.objects.get()
    assert grant.permission_pairs() == {("budget", "view"), ("budget", "change")}
    assert grant.abilities() == ["see and review the spends in the personal budget"]


def test_uploading_documents_does_not_also_allow_reviewing_spends(family):
    parent, child, _ = family
    worker = make_key_worker()

    _share(signed_in(parent), child, worker, ["documents", "budget"], ["change"])

    assert Grant.objects.get().permission_pairs() == {
        ("documents", "view"), ("documents", "change"), ("budget", "view"),
    }


def test_reviewing_spends_needs_the_budget_ticked_and_keeps_what_was_chosen(family):
    parent, child, _ = family
    worker = make_key_worker()

    response = _share(signed_in(parent), child, worker, ["goals"], ["add", "budget:change"])

    page = response.content.decode()
    assert response.status_code == 200 and Grant.objects.count() == 0
    assert "To let them review spends, tick personal budget too" in page
    assert 'value="budget:change" checked' in page


def test_changing_a_grant_shows_and_keeps_the_review(family):
    parent, child, _ = family
    worker = make_key_worker()
    grant = share(child, with_user=worker, sections=(Section.BUDGET, Section.DOCUMENTS),
                  actions=(Action.VIEW, "budget:change"), by=parent)
    assert grant.permission_pairs() == {
        ("budget", "view"), ("budget", "change"), ("documents", "view"),
    }
    client = signed_in(parent)
    url = f"/sharing/children/{child.pk}/grants/{grant.pk}/change/"

    assert 'value="budget:change" checked' in client.get(url).content.decode()
    client.post(url, {"sections": ["budget", "documents"], "actions": ["change"],
                      **dates("ends_on", grant.last_day)})

    grant.refresh_from_db()
    assert grant.permission_pairs() == {
        ("budget", "view"), ("documents", "view"), ("documents", "change"),
    }


def test_the_key_workers_review_is_in_the_access_log(family):
    parent, child, made = family
    worker = make_key_worker(display_name="Alex Morgan")
    grant = share(child, with_user=worker, sections=(Section.BUDGET,),
                  actions=(Action.VIEW, Action.CHANGE), by=parent)
    client = signed_in(worker)

    assert client.get(f"/family/children/{child.pk}/spends/{made.pk}/review/").status_code == 200
    response = client.post(f"/family/children/{child.pk}/spends/{made.pk}/review/",
                           {"decision": "ask", "text": "Was this for Ada?"})

    assert response.status_code == 302
    made.refresh_from_db()
    assert made.status == Spend.Status.QUERIED
    looked, reviewed = AccessLog.objects.order_by("at", "pk")
    assert (looked.section, looked.action, looked.grant) == ("budget", "view", grant)
    assert (reviewed.section, reviewed.action, reviewed.grant) == ("budget", "change", grant)
    assert reviewed.did == "reviewed a spend in the personal budget"
    log = signed_in(parent).get(f"/sharing/children/{child.pk}/access-log/").content.decode()
    assert "Reviewed a spend in the personal budget" in log


def test_a_view_only_key_worker_is_refused_the_review_and_nothing_is_logged_as_a_review(family):
    parent, child, made = family
    worker = make_key_worker()
    share(child, with_user=worker, sections=(Section.BUDGET,), by=parent)
    client = signed_in(worker)

    for method in ("get", "post"):
        response = getattr(client, method)(
            f"/family/children/{child.pk}/spends/{made.pk}/review/", {"decision": "approve"})
        assert response.status_code == 404
    made.refresh_from_db()
    assert made.status == Spend.Status.WAITING
    assert not AccessLog.objects.filter(action="change").exists()
