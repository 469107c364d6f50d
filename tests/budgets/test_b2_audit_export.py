"""The council's audit export: every ledger entry dated in the period (both days included), as
CSV streamed from the database a chunk at a time, filtered exactly, formulas escaped."""

import csv
import io
from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from budgets import audit_export, ledger
from budgets.models import Entry
from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent
from tests.local_offer.page_support import build_page_tree

pytestmark = pytest.mark.django_db

ADDRESS = "/budgets/officer/audit/"
MAY = {"starts_on_0": "1", "starts_on_1": "5", "starts_on_2": "2026",
       "ends_on_0": "31", "ends_on_1": "5", "ends_on_2": "2026"}


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                     mfa=True)


def _budget(first_name, service=None):
    child = make_child(make_parent(), first_name=first_name)
    budget = ledger.open_budget(child, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=None)
    care = ledger.add_stream(budget, kind="social_care", delivery="direct_payment",
                             cost_centre="SC200", amount_pence=100_000, by=None,
                             on=date(2026, 4, 1))
    school = ledger.add_stream(budget, kind="education", delivery="managed",
                               cost_centre="ED100", amount_pence=100_000, by=None,
                               on=date(2026, 4, 1))
    breaks = ledger.add_provision(care, description="Short breaks", planned_cost_pence=50_000,
                                  by=None, on=date(2026, 4, 30))
    therapy = ledger.add_provision(school, description="Therapy", planned_cost_pence=50_000,
                                   by=None, on=date(2026, 4, 30), service=service)
    # The period's edges: the day before, the first day, the last day, the day after.
    ledger.pay_direct(breaks, 1_000, by=None, on=date(2026, 4, 30))
    ledger.pay_direct(breaks, 1_000, by=None, on=date(2026, 5, 1))
    ledger.commit(therapy, 2_000, by=None, on=date(2026, 5, 31), memo="=HYPERLINK(\"x\")")
    ledger.spend(breaks, 500, by=None, on=date(2026, 6, 1))
    return budget


@pytest.fixture
def books():
    tree = build_page_tree()
    return _budget("Ada", service=tree.service), _budget("Zed"), tree.provider


def _export(client, **extra):
    response = client.get(ADDRESS, {**MAY, **extra})
    assert response.status_code == 200
    assert response.streaming
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def _expected(**lookups):
    return {
        str(pk) for pk in Entry.objects.filter(
            transaction__occurred_on__gte=date(2026, 5, 1),
            transaction__occurred_on__lte=date(2026, 5, 31), **lookups,
        ).values_list("pk", flat=True)
    }


def test_the_period_takes_its_first_and_last_day_and_nothing_outside(client, officer, books):
    client.force_login(officer)

    rows = _export(client)

    days = {row["Date"] for row in rows}
    assert days == {"2026-05-01", "2026-05-31"}
    assert {row["Entry"] for row in rows} == _expected()
    assert len(rows) == 8  # two budgets x (pay_direct on 1 May + commit on 31 May) x two legs


@pytest.mark.parametrize(("extra", "lookups"), [
    ({"stream": "education"}, {"account__stream__kind": "education"}),
    ({"cost_centre": "sc200"}, {"account__stream__cost_centre": "SC200"}),
])
def test_stream_and_cost_centre_filters_are_exact(client, officer, books, extra, lookups):
    client.force_login(officer)

    rows = _export(client, **extra)

    assert rows and {row["Entry"] for row in rows} == _expected(**lookups)


def test_the_budget_and_provider_filters_are_exact(client, officer, books):
    ada, zed, provider = books
    client.force_login(officer)

    by_budget = _export(client, budget=str(zed.pk))
    by_provider = _export(client, provider=str(provider.pk))

    assert {row["Entry"] for row in by_budget} == _expected(account__budget=zed)
    assert {row["Budget"] for row in by_budget} == {str(zed.pk)}
    # Only Ada's therapy is linked to the provider's service: its commit on 31 May, two legs.
    assert {row["Entry"] for row in by_provider} == _expected(
        account__provision__service__provider=provider)
    assert [row["Provider"] for row in by_provider] == [provider.name] * 2
    assert {row["Account"] for row in by_provider} == {
        "Provision: not yet committed or spent", "Owed to a provider"}


def test_cells_that_could_be_formulas_are_written_as_text(client, officer, books):
    client.force_login(officer)

    rows = _export(client)

    assert {row["Note"] for row in rows} >= {"'=HYPERLINK(\"x\")"}
    assert {row["Amount (£)"] for row in rows} >= {"-20.00", "20.00", "10.00", "-10.00"}


def test_the_export_streams_in_chunks_with_a_fixed_number_of_queries(
    client, officer, books, monkeypatch
):
    ada, _, _ = books
    client.force_login(officer)
    breaks = ada.provisions.get(description="Short breaks")
    monkeypatch.setattr(audit_export, "CHUNK_SIZE", 7)

    def queries_to_export():
        response = client.get(ADDRESS, MAY)
        assert response.streaming
        chunks = iter(response.streaming_content)
        next(chunks)  # the header comes before the database is asked for any entry
        with CaptureQueriesContext(connection) as asked:
            rows = sum(1 for _ in chunks)
        return rows, len(asked)

    few_rows, few_queries = queries_to_export()
    for day in range(2, 28):
        ledger.pay_direct(breaks, 10, by=None, on=date(2026, 5, day))
    many_rows, many_queries = queries_to_export()

    assert (few_rows, many_rows) == (8, 8 + 26 * 2)
    # One query however many chunks: a server-side cursor on PostgreSQL, fetchmany on SQLite.
    assert many_queries == few_queries <= 1


def test_the_form_explains_a_bad_period_and_keeps_what_was_typed(client, officer, books):
    client.force_login(officer)

    response = client.get(ADDRESS, {**MAY, "ends_on_0": "30", "ends_on_1": "4",
                                    "cost_centre": "ED100", "budget": "not-a-reference"})

    page = response.content.decode()
    assert not response.streaming
    assert "The last day must be the same as or after the first day" in page
    assert "The budget reference must look like" in page
    assert 'value="ED100"' in page and 'value="30"' in page


def test_the_form_page_shows_without_a_period(client, officer, books):
    client.force_login(officer)

    page = client.get(ADDRESS).content.decode()

    assert "Ledger audit export" in page and "There is a problem" not in page
