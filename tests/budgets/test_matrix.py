"""Every budget address x every kind of person x GET and POST -> the status they get, generated
from the app's URL conf so a new address without a row fails. Another family's child, a key
worker without the budget grant, a provider and anyone who is not an officer on the officer's
pages get a 404 whatever the method; anonymous visitors are sent to sign in."""

from datetime import date

import pytest
from django.db import transaction

from budgets import ledger, receipts, receipts_demo, spending, urls
from budgets.models import Budget, ReclaimProposal
from portal.accounts.roles import Role
from portal.family.policy import Action, Section
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent
from tests.sharing.helpers import make_key_worker, share

from .helpers import make_budget

pytestmark = pytest.mark.django_db

ROLES = ["carer", "young_person", "other_family", "key_worker", "granted_key_worker",
         "reviewing_key_worker", "officer", "provider", "anonymous"]
SIGN_IN = {"anonymous": 302}
SEES = {"carer": 200, "young_person": 200, "granted_key_worker": 200, "reviewing_key_worker": 200}
FAMILY_PAGE = {"get": {**SEES, **SIGN_IN}, "post": {**{role: 405 for role in SEES}, **SIGN_IN}}
# A key worker the family let review spends (changes to the budget section) reviews them; one
# who may only see the budget gets a 404 there, like anyone else.
REVIEWER = {"reviewing_key_worker": 200}
OFFICER_FORM = {"get": {"officer": 200, **SIGN_IN}, "post": {"officer": 200, **SIGN_IN}}
OFFICER_PAGE = {"get": {"officer": 200, **SIGN_IN}, "post": {"officer": 405, **SIGN_IN}}
# Adding (recording a spend, answering a question) needs more than a view-only grant; an
# empty form comes back with its errors.
FAMILY_FORM = {"get": {"carer": 200, "young_person": 200, **SIGN_IN},
               "post": {"carer": 200, "young_person": 200, **SIGN_IN}}

MATRIX = {
    "family/children/<uuid:child_id>/budget/": FAMILY_PAGE,
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/": FAMILY_PAGE,
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/spends/": FAMILY_PAGE,
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/spends/new/": FAMILY_FORM,
    "family/children/<uuid:child_id>/spends/<uuid:spend_id>/": {
        "get": {**SEES, **SIGN_IN}, "post": FAMILY_FORM["post"],
    },
    # A key worker granted changes to the budget section reviews spends; the family does not.
    "family/children/<uuid:child_id>/spends/<uuid:spend_id>/review/": {
        "get": {**REVIEWER, **SIGN_IN}, "post": {**REVIEWER, **SIGN_IN},
    },
    "budgets/officer/<uuid:budget_id>/spends/<uuid:spend_id>/": OFFICER_FORM,
    "budgets/officer/": {"get": {"officer": 200, **SIGN_IN},
                         "post": {"officer": 405, **SIGN_IN}},
    "budgets/officer/children/<uuid:child_id>/new/": OFFICER_FORM,
    "budgets/officer/<uuid:budget_id>/": {"get": {"officer": 200, **SIGN_IN},
                                          "post": {"officer": 405, **SIGN_IN}},
    "budgets/officer/<uuid:budget_id>/streams/new/": OFFICER_FORM,
    "budgets/officer/<uuid:budget_id>/provisions/new/": OFFICER_FORM,
    "budgets/officer/<uuid:budget_id>/amendments/new/": OFFICER_FORM,
    # A spend's receipts: added by the family, downloaded by whoever sees the spend.
    "family/children/<uuid:child_id>/spends/<uuid:spend_id>/receipts/new/": FAMILY_FORM,
    "family/children/<uuid:child_id>/spends/<uuid:spend_id>/receipts/<uuid:receipt_id>/":
        FAMILY_PAGE,
    "budgets/officer/<uuid:budget_id>/spends/<uuid:spend_id>/receipts/<uuid:receipt_id>/": {
        "get": {"officer": 200, **SIGN_IN}, "post": {"officer": 405, **SIGN_IN},
    },
    # Year-end reclaim: the family answers (adding to the budget section), officers decide.
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/reclaim/": {
        "get": {**SEES, **SIGN_IN}, "post": FAMILY_FORM["post"],
    },
    "budgets/officer/reclaims/": {"get": {"officer": 200, **SIGN_IN},
                                  "post": {"officer": 405, **SIGN_IN}},
    "budgets/officer/<uuid:budget_id>/reclaim/": OFFICER_FORM,
    # Monthly statements: whoever sees the budget, and officers on their own pages.
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/statement/": FAMILY_PAGE,
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/statement/csv/": FAMILY_PAGE,
    "family/children/<uuid:child_id>/budget/<uuid:budget_id>/statement/pdf/": FAMILY_PAGE,
    "budgets/officer/<uuid:budget_id>/statement/": OFFICER_PAGE,
    "budgets/officer/<uuid:budget_id>/statement/csv/": OFFICER_PAGE,
    "budgets/officer/<uuid:budget_id>/statement/pdf/": OFFICER_PAGE,
    "budgets/officer/audit/": OFFICER_PAGE,
    "budgets/officer/overview/": OFFICER_PAGE,
}


@pytest.fixture
def cast():
    parent = make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, young_person=young_person, first_name="Ada")
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    spent = spending.record(spending.SpendDetails(
        provisions["breaks"], date(2026, 5, 1), 2_000, "Youth club", "Two sessions"), by=parent,
        receipt=receipts.Upload(receipts_demo.png(), "receipt.png"))
    ReclaimProposal.objects.create(
        budget=budget, proposed_on=date(2027, 3, 3), decide_from=date(2027, 3, 31),
        balance_pence=8_000, threshold_pence=0, proposed_pence=8_000)
    other = make_parent()
    make_budget(make_child(other, first_name="Zed"))
    granted = make_key_worker()
    share(child, with_user=granted, sections=(Section.BUDGET,), actions=(Action.VIEW,),
          by=parent)
    reviewer = make_key_worker()
    share(child, with_user=reviewer, sections=(Section.BUDGET,),
          actions=(Action.VIEW, Action.CHANGE), by=parent)
    ungranted = make_key_worker()
    share(child, with_user=ungranted, sections=(Section.GOALS,), by=parent)
    council = OrganisationFactory(name="Riverside Council", kind="council")
    people = {
        "carer": parent, "young_person": young_person, "other_family": other,
        "key_worker": ungranted, "granted_key_worker": granted,
        "reviewing_key_worker": reviewer,
        "officer": make_user(Role.OFFICER, organisation=council, mfa=True),
        "provider": make_user(Role.PROVIDER, organisation=OrganisationFactory(), mfa=True),
        "anonymous": None,
    }
    return people, {"child_id": child.pk, "budget_id": budget.pk, "spend_id": spent.pk,
                    "receipt_id": spent.receipts.get().pk}


def _address(route, ids):
    for name, value in ids.items():
        route = route.replace(f"<uuid:{name}>", str(value))
    return "/" + route


@pytest.mark.parametrize("route", list(MATRIX))
def test_budget_matrix(cast, route):
    """Each request runs in a savepoint that is rolled back, so a POST changes nothing for the
    next person."""
    people, ids = cast
    url = _address(route, ids)
    wrong = []
    for method in ("get", "post"):
        for role in ROLES:
            client = PortalClient()
            if people[role] is not None:
                client.force_login(people[role])
            with transaction.atomic():
                response = getattr(client, method)(url)
                transaction.set_rollback(True)
            expected = MATRIX[route][method].get(role, 404)
            if response.status_code != expected:
                wrong.append(f"{role} {method.upper()}: {response.status_code}, not {expected}")
            elif role == "anonymous":
                assert response["Location"].startswith("/accounts/login/")
    assert wrong == [], url


def test_another_childs_budget_is_a_404_under_this_childs_address(cast, client):
    people, ids = cast
    theirs = Budget.objects.exclude(pk=ids["budget_id"]).get()
    client.force_login(people["carer"])

    response = client.get(f"/family/children/{ids['child_id']}/budget/{theirs.pk}/")

    assert response.status_code == 404


def test_the_matrix_covers_every_address_of_the_app():
    assert {pattern.pattern._route for pattern in urls.urlpatterns} == set(MATRIX)
