"""The council overview of all budgets: the database adds up each budget's figures and flags
the same way the budget page does, filters and pages them, in the same number of queries
however many budgets there are."""

from datetime import date, datetime

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from budgets import ledger, overview, overview_views
from budgets.figures import figures_for
from budgets.models import FundingStream
from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent

pytestmark = pytest.mark.django_db

ADDRESS = "/budgets/officer/overview/"
TODAY = date(2026, 10, 1)  # half the 2026 plan year has gone
NOW = datetime(2026, 10, 1, 12, tzinfo=timezone.get_default_timezone())


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                     mfa=True)


def make(last_name, *, year=2026, kind="social_care", use=180_000, overspend=False):
    """A budget of one direct-payment stream (£5,000) with one provision (£3,600) that has
    used `use` pence; `overspend` spends £50 more than was paid in, as a FLAG stream allows."""
    child = make_child(make_parent(), first_name="Sam", last_name=last_name)
    budget = ledger.open_budget(child, starts_on=date(year, 4, 1), ends_on=date(year + 1, 3, 31),
                                by=None)
    stream = ledger.add_stream(
        budget, kind=kind, delivery="direct_payment", cost_centre="SC200",
        amount_pence=500_000, by=None, on=date(year, 4, 1),
        overspend=FundingStream.Overspend.FLAG if overspend else FundingStream.Overspend.STOP,
    )
    provision = ledger.add_provision(stream, description="Short breaks",
                                     planned_cost_pence=360_000, by=None, on=date(year, 4, 1))
    if use:
        ledger.pay_direct(provision, use, by=None, on=date(year, 5, 1))
        ledger.spend(provision, use - 10_000, by=None, on=date(year, 5, 2))
    if overspend:
        ledger.spend(provision, 15_000, by=None, on=date(year, 5, 3))
    return budget


@pytest.fixture
def budgets():
    return {
        "steady": make("Adams"),
        "over": make("Baker", overspend=True),
        "under": make("Clark", use=0),
        "health": make("Davis", kind="health"),
        "last_year": make("Evans", year=2025, use=0),
    }


def _rows(client, **params):
    with time_machine.travel(NOW):
        response = client.get(ADDRESS, params)
    assert response.status_code == 200
    return response, list(response.context["page"].object_list)


def test_each_budgets_sums_and_flags_are_the_budget_pages(client, officer, budgets):
    client.force_login(officer)

    _, rows = _rows(client)

    assert len(rows) == 5
    for row in rows:
        page = figures_for(row.budget, TODAY)
        assert (row.allocated, row.committed, row.spent, row.remaining) == (
            page.totals.allocated, page.totals.committed, page.totals.spent,
            page.totals.remaining)
        assert row.funded == sum(stream.funded for stream in page.streams)
        assert row.over == any(alert.kind == "over" for alert in page.alerts)
        assert row.under == any(alert.kind == "under" for alert in page.alerts)
    flags = {row.budget.child.last_name: (row.over, row.under) for row in rows}
    assert flags == {"Adams": (False, False), "Baker": (True, False), "Clark": (False, True),
                     "Davis": (False, False), "Evans": (False, True)}


def test_newest_plan_year_first_then_by_surname(client, officer, budgets):
    client.force_login(officer)

    _, rows = _rows(client)

    assert [row.budget.child.last_name for row in rows] == [
        "Adams", "Baker", "Clark", "Davis", "Evans"]


@pytest.mark.parametrize(("params", "names"), [
    ({"plan_year": "2025"}, ["Evans"]),
    ({"stream": "health"}, ["Davis"]),
    ({"flagged": "on"}, ["Baker", "Clark", "Evans"]),
    ({"flagged": "on", "plan_year": "2026"}, ["Baker", "Clark"]),
])
def test_the_filters(client, officer, budgets, params, names):
    client.force_login(officer)

    _, rows = _rows(client, **params)

    assert [row.budget.child.last_name for row in rows] == names


def test_nothing_matching_says_so(client, officer, budgets):
    client.force_login(officer)

    response, rows = _rows(client, stream="education")

    assert rows == []
    assert "No budgets match these filters." in response.content.decode()


def test_pages_of_budgets(client, officer, budgets, monkeypatch):
    client.force_login(officer)
    monkeypatch.setattr(overview_views, "PER_PAGE", 2)

    response, rows = _rows(client, page="2")
    flagged, flagged_rows = _rows(client, flagged="on", page="2")

    assert [row.budget.child.last_name for row in rows] == ["Clark", "Davis"]
    assert "?page=3" in response.content.decode()
    assert [row.budget.child.last_name for row in flagged_rows] == ["Evans"]
    assert "flagged=on&amp;page=1" in flagged.content.decode()


@pytest.mark.parametrize("params", [{}, {"flagged": "on"}, {"stream": "social_care"}])
def test_the_same_number_of_queries_however_many_budgets(client, officer, params):
    client.force_login(officer)
    for name in ("Adams", "Baker"):
        make(name, overspend=True)
    _rows(client, **params)
    _rows(client, **params)  # the session settles on the first two

    with CaptureQueriesContext(connection) as few:
        _rows(client, **params)
    for number in range(12):
        make(f"Name{number:02d}", overspend=number % 2 == 0, use=0 if number % 3 else 180_000)
    with CaptureQueriesContext(connection) as many:
        _, rows = _rows(client, **params)

    assert len(rows) >= 8
    assert len(many) == len(few) <= 13


def test_the_overview_has_a_stable_name():
    from django.urls import reverse

    assert reverse("budgets:overview") == ADDRESS
    assert overview.OverviewFilters().flagged_only is False
