"""The officer sets a budget up on its own pages; the family sees what it adds up to."""

from datetime import date

import pytest

from budgets import ledger
from budgets.models import Amendment, Budget, FundingStream, Provision
from portal.accounts.roles import Role
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent

from .helpers import make_budget

pytestmark = pytest.mark.django_db


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                     mfa=True)


@pytest.fixture
def family():
    parent = make_parent()
    return parent, make_child(parent, first_name="Ada", date_of_birth=date(2014, 3, 27))


def boxes(name, day, month, year):
    """A date as the GOV.UK day, month and year boxes send it."""
    return {f"{name}_0": str(day), f"{name}_1": str(month), f"{name}_2": str(year)}


def test_an_officer_finds_the_child_and_sets_up_a_budget(client, officer, family):
    _, child = family
    client.force_login(officer)

    found = client.get("/budgets/officer/", {
        "first_name": "ada", "last_name": "Okafor", **boxes("date_of_birth", 27, 3, 2014),
    })
    assert f"/budgets/officer/children/{child.pk}/new/" in found.content.decode()

    created = client.post(f"/budgets/officer/children/{child.pk}/new/",
                          {**boxes("starts_on", 1, 4, 2026), **boxes("ends_on", 31, 3, 2027)})
    budget = Budget.objects.get(child=child)
    assert created["Location"] == f"/budgets/officer/{budget.pk}/"

    client.post(f"/budgets/officer/{budget.pk}/streams/new/", {
        "kind": "education", "delivery": "managed", "cost_centre": "ED100",
        "amount": "£3,000", "overspend": "stop",
    })
    stream = FundingStream.objects.get(budget=budget)
    client.post(f"/budgets/officer/{budget.pk}/provisions/new/", {
        "stream": stream.pk, "description": "Speech and language therapy, 40 sessions at £55",
        "outcome": "Ada can ask for help in class", "planned_cost": "2200",
    })
    provision = Provision.objects.get(budget=budget)
    response = client.post(f"/budgets/officer/{budget.pk}/amendments/new/", {
        "change": f"provision:{provision.pk}", "amount": "-200",
        "reason": "Four sessions fewer: the therapist's waiting list",
        **boxes("effective_on", 1, 9, 2026),
    })

    assert response.status_code == 302
    page = client.get(f"/budgets/officer/{budget.pk}/").content.decode()
    assert "£3,000.00 for the year" in page
    assert "£2,000.00" in page  # allocated after the amendment
    assert "Four sessions fewer" in page
    assert Amendment.objects.get().transaction.kind == "allocate"


def test_a_refused_amendment_keeps_what_was_typed_and_changes_nothing(client, officer, family):
    _, child = family
    budget, _, provisions = make_budget(child)
    before = ledger.balances(budget.pk)
    client.force_login(officer)

    response = client.post(f"/budgets/officer/{budget.pk}/amendments/new/", {
        "change": f"provision:{provisions['therapy'].pk}", "amount": "-9000",
        "reason": "Cut therapy", **boxes("effective_on", 1, 9, 2026),
    })

    page = response.content.decode()
    assert response.status_code == 200
    assert "There is not enough money" in page
    assert "Cut therapy" in page and 'value="-9000"' in page
    assert ledger.balances(budget.pk) == before
    assert not Amendment.objects.exists()


def test_an_empty_stream_form_says_what_to_fix(client, officer, family):
    budget, _, _ = make_budget(family[1])
    client.force_login(officer)

    page = client.post(f"/budgets/officer/{budget.pk}/streams/new/", {
        "kind": "education", "amount": "lots", "overspend": "approved",
    }).content.decode()

    assert "This budget already has that funding stream" in page
    assert "Choose how the money is delivered" in page
    assert "The amount must be an amount of money" in page
    assert "Enter the most an officer may approve" in page


def test_the_family_sees_each_provision_what_it_is_for_and_every_amendment(
    client, family, django_assert_max_num_queries
):
    parent, child = family
    budget, streams, provisions = make_budget(child)
    ledger.commit(provisions["therapy"], 55_00, by=None, on=date(2026, 4, 20))
    ledger.settle(provisions["therapy"], 55_00, by=None, on=date(2026, 5, 2))
    ledger.pay_direct(provisions["breaks"], 100_000, by=None, on=date(2026, 4, 1))
    ledger.spend(provisions["breaks"], 12_050, by=parent, on=date(2026, 6, 14))
    ledger.fund(streams["social_care"], 50_000, by=None, amendment=ledger.AmendmentNote(
        "More short breaks over the summer", date(2026, 7, 1)))
    for number in range(10):  # the page costs the same whatever the number of provisions
        ledger.add_provision(streams["education"], description=f"Tutor {number}",
                             outcome="Reading", planned_cost_pence=100, by=None)
    client.force_login(parent)

    with django_assert_max_num_queries(21):
        response = client.get(f"/family/children/{child.pk}/budget/")

    page = response.content.decode()
    assert "Ada can ask for help in class" in page
    assert "More short breaks over the summer" in page
    assert "£5,810.00" in page  # allocated in all
    assert 'data-month="2026-06" data-pence="12050"' in page
    assert "June 2026" in page and "£120.50" in page


def test_the_family_is_told_about_an_overspend(client, family):
    parent, child = family
    budget = ledger.open_budget(child, starts_on=date(2026, 4, 1), ends_on=date(2027, 3, 31),
                                by=None)
    stream = ledger.add_stream(budget, kind="health", delivery="direct_payment",
                               cost_centre="H1", amount_pence=10_000, by=None,
                               overspend=FundingStream.Overspend.FLAG)
    physio = ledger.add_provision(stream, description="Physiotherapy", outcome="Walk to school",
                                  planned_cost_pence=10_000, by=None)
    ledger.pay_direct(physio, 12_000, by=None)
    client.force_login(parent)

    page = client.get(f"/family/children/{child.pk}/budget/").content.decode()

    assert "Physiotherapy is overspent by £20.00" in page


def test_a_child_without_a_budget_is_told_so(client, family):
    parent, child = family
    client.force_login(parent)

    page = client.get(f"/family/children/{child.pk}/budget/").content.decode()

    assert "does not have a personal budget yet" in page


def test_officers_type_dates_in_day_month_and_year_boxes_and_keep_them_on_an_error(
    client, officer, family
):
    _, child = family
    client.force_login(officer)

    page = client.post(f"/budgets/officer/children/{child.pk}/new/", {
        **boxes("starts_on", 1, 4, 2026), "ends_on_0": "31", "ends_on_1": "3",
    }).content.decode()

    assert "Date the plan year ends must include a year" in page
    assert 'name="starts_on_0"' in page and 'value="2026"' in page and 'value="31"' in page
    assert "govuk-date-input" in page and "<legend" in page
    assert not Budget.objects.exists()
    found = client.get("/budgets/officer/", boxes("date_of_birth", 30, 2, 2014)).content.decode()
    assert "Date of birth must be a real date" in found
