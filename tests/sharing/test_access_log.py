"""Every read or write by someone outside the family writes one access-log row in the same
transaction as the read or write; rows are never changed or deleted; erasing a person leaves
their rows standing without their name."""

import inspect
from datetime import date

import pytest
from django.contrib import admin
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from wagtail.snippets.models import get_snippet_models

from portal.family.goals import goal_records
from portal.family.goals.models import GoalRating
from portal.family.policy import Action, Section
from portal.sharing.models import AccessLog, AppendOnly, Viewer
from portal.sharing.policy import log_access
from tests.clients import PortalClient
from tests.family.goals.helpers import make_goal

from .helpers import make_child, make_key_worker, make_parent, share


def signed_in(user, mfa=True):
    client = PortalClient(raise_request_exception=False)
    client.force_login(user, mfa=mfa)
    return client


@pytest.fixture
def shared():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    worker = make_key_worker(display_name="Alex Morgan")
    grant = share(child, with_user=worker, by=parent,
                  sections=[Section.GOALS, Section.DOCUMENTS, Section.PROFILE],
                  actions=[Action.VIEW, Action.ADD, Action.CHANGE])
    return parent, child, worker, grant


def rating_form():
    today = timezone.localdate()
    return {"rated_on_0": str(today.day), "rated_on_1": str(today.month),
            "rated_on_2": str(today.year), "performance": "4", "satisfaction": "5"}


@pytest.mark.django_db
def test_a_professionals_read_and_write_are_each_logged(shared):
    parent, child, worker, grant = shared
    goal = make_goal(child, parent)
    client = signed_in(worker)
    client.get(f"/family/children/{child.pk}/goals/")
    client.post(f"/family/children/{child.pk}/goals/{goal.pk}/ratings/new/", rating_form())

    first, second = AccessLog.objects.order_by("at", "pk")
    assert (first.section, first.action, first.grant) == ("goals", "view", grant)
    assert first.page == f"/family/children/{child.pk}/goals/"
    assert (second.section, second.action) == ("goals", "add")
    assert (second.role, second.organisation_name) == ("Key worker", "Riverside Council")
    assert second.viewer.user == worker and second.viewer.name == "Alex Morgan"


@pytest.mark.django_db
def test_a_rating_sent_back_with_its_errors_is_logged_as_a_look_not_an_addition(shared):
    parent, child, worker, grant = shared
    goal = make_goal(child, parent)
    url = f"/family/children/{child.pk}/goals/{goal.pk}/ratings/new/"

    response = signed_in(worker).post(url, {**rating_form(), "performance": ""})

    assert response.status_code == 200 and not GoalRating.objects.exists()
    (row,) = AccessLog.objects.all()
    assert (row.section, row.action, row.grant) == ("goals", "view", grant)


@pytest.mark.django_db
def test_the_family_is_never_logged(shared):
    parent, child, *_ = shared
    signed_in(parent).get(f"/family/children/{child.pk}/goals/")
    assert AccessLog.objects.count() == 0


@pytest.mark.django_db
def test_a_refused_request_writes_nothing(shared):
    parent, child, worker, _ = shared
    client = signed_in(worker)
    assert client.get(f"/family/children/{child.pk}/notes/").status_code == 404
    assert client.get(f"/family/children/{make_child(make_parent()).pk}/").status_code == 404
    assert AccessLog.objects.count() == 0


@pytest.mark.django_db
def test_a_session_without_the_code_is_signed_out_and_logs_nothing(shared):
    _, child, worker, _ = shared
    response = signed_in(worker, mfa=False).get(f"/family/children/{child.pk}/goals/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    assert AccessLog.objects.count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_write_that_fails_leaves_no_log_row_and_no_change(shared, monkeypatch):
    parent, child, worker, _ = shared
    goal = make_goal(child, parent)
    real_add = goal_records.add_rating

    def add_then_fail(*args, **kwargs):
        real_add(*args, **kwargs)
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(goal_records, "add_rating", add_then_fail)
    url = f"/family/children/{child.pk}/goals/{goal.pk}/ratings/new/"
    assert signed_in(worker).post(url, rating_form()).status_code == 500
    assert GoalRating.objects.count() == 0
    assert AccessLog.objects.count() == 0

    monkeypatch.setattr(goal_records, "add_rating", real_add)
    assert signed_in(worker).post(url, rating_form()).status_code == 302
    assert GoalRating.objects.count() == 1
    assert AccessLog.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_log_row_that_cannot_be_written_stops_the_read(shared, monkeypatch):
    _, child, worker, _ = shared

    def broken(*args, **kwargs):
        raise RuntimeError("the log table is locked")

    monkeypatch.setattr(AccessLog.objects, "create", broken)
    assert signed_in(worker).get(f"/family/children/{child.pk}/goals/").status_code == 500


def _routes(resolver, prefix=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _routes(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def test_every_record_page_runs_in_one_transaction_for_outsiders():
    """A view that logs outside a transaction would keep a log row for a write that failed:
    every page of a module that gets its child through child_for_request runs in
    atomic_for_outsiders (other apps' pages, such as budgets, wrap themselves in
    transaction.atomic; child_for_request refuses to log outside one)."""
    pages = []
    for route, view in _routes(get_resolver()):
        module = inspect.getmodule(inspect.unwrap(view))
        if "<uuid:child_id>" in route and "child_for_request" in inspect.getsource(module):
            pages.append((route, view))
    assert len(pages) > 30
    assert [route for route, view in pages if not getattr(view, "atomic_for_outsiders", False)] \
        == []


@pytest.mark.django_db
def test_log_rows_cannot_be_changed_or_deleted(shared):
    _, child, worker, grant = shared
    row = log_access(worker, child, Section.GOALS, Action.VIEW, page="/x/")
    row.page = "/y/"
    with pytest.raises(AppendOnly):
        row.save()
    with pytest.raises(AppendOnly):
        row.delete()
    with pytest.raises(AppendOnly):
        AccessLog.objects.filter(pk=row.pk).update(page="/z/")
    with pytest.raises(AppendOnly):
        AccessLog.objects.all().delete()
    assert AccessLog.objects.get().page == "/x/"


def test_no_admin_offers_to_edit_or_delete_log_rows():
    assert not admin.site.is_registered(AccessLog)
    assert AccessLog not in get_snippet_models()
    assert Viewer not in get_snippet_models()


@pytest.mark.django_db
def test_erasing_the_person_leaves_the_row_without_their_name(shared):
    _, child, worker, _ = shared
    log_access(worker, child, Section.GOALS, Action.VIEW, page="/x/")
    Viewer.objects.filter(user=worker).update(name="", erased_at=timezone.now())
    worker.delete()
    row = AccessLog.objects.get()
    assert row.who == "a key worker at Riverside Council"
    assert row.did == "looked at goals"


@pytest.mark.django_db
def test_erasing_a_child_does_not_touch_the_log(shared):
    _, child, worker, _ = shared
    log_access(worker, child, Section.GOALS, Action.VIEW, page="/x/")
    child.delete()  # the log keeps no database link that would cascade
    assert AccessLog.objects.count() == 1
    assert date.today()
