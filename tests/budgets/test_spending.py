"""The family records a spend from the direct payment; the council asks about it, the family
answers, the council decides. Emails say where to look, never what was written or spent."""

from datetime import date

import pytest
from django.core import mail

from budgets import ledger, spending
from budgets.models import Spend
from portal.accounts.roles import Role
from portal.family.policy import Action, Section
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent
from tests.sharing.helpers import make_key_worker, share

from .helpers import make_budget

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting():
    parent = make_parent()
    child = make_child(parent, first_name="Ada")
    budget, _, provisions = make_budget(child)
    ledger.pay_direct(provisions["breaks"], 10_000, by=None)
    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(name="Riverside Council"),
                        mfa=True)
    return parent, child, budget, provisions["breaks"], officer


def test_the_family_records_a_spend_and_the_council_queries_then_approves_it(
    client, setting, django_capture_on_commit_callbacks
):
    parent, child, budget, breaks, officer = setting
    client.force_login(parent)

    # The family records a spend
    response = client.post(f"/family/children/{child.pk}/budget/{budget.pk}/spends/new/", {
        "provision": breaks.pk, "spent_on": "2/5/2026", "amount": "45.50",
        "payee": "Riverside Youth Club", "what_for": "Two Saturday sessions",
    })
    made = Spend.objects.get()
    assert response["Location"] == f"/family/children/{child.pk}/spends/{made.pk}/"
    assert made.transaction.kind == "spend" and made.amount_pence == 4_550

    # The officer asks a question; the family is emailed where to look, not what was asked
    client.force_login(officer)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/budgets/officer/{budget.pk}/spends/{made.pk}/", {
            "decision": "ask", "text": "Was the second session for Ada's brother?",
        })
    assert [message.to for message in mail.outbox] == [[parent.email]]
    body = mail.outbox[0].body
    assert f"/family/children/{child.pk}/spends/{made.pk}/" in body
    assert "brother" not in body and "45.50" not in body and "Youth Club" not in body

    # The family answers; the officer is told, again without the words
    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/spends/{made.pk}/").content.decode()
    assert "Was the second session for Ada&#x27;s brother?" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/family/children/{child.pk}/spends/{made.pk}/",
                    {"text": "No, both were Ada's."})
    assert mail.outbox[-1].to == [officer.email] and "both" not in mail.outbox[-1].body

    # The officer approves
    client.force_login(officer)
    client.post(f"/budgets/officer/{budget.pk}/spends/{made.pk}/", {"decision": "approve"})
    made.refresh_from_db()
    assert made.status == Spend.Status.APPROVED
    assert [m.text for m in made.messages.all()] == [
        "Was the second session for Ada's brother?", "No, both were Ada's.",
    ]


def test_a_rejected_spend_keeps_what_the_family_wrote_and_shows_the_reason(client, setting):
    parent, child, budget, breaks, officer = setting
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 3_000, "Cinema", "Film for the family"), by=parent)
    client.force_login(officer)

    bare = client.post(f"/budgets/officer/{budget.pk}/spends/{made.pk}/", {"decision": "reject"})
    assert "Enter why it is not approved" in bare.content.decode()
    client.post(f"/budgets/officer/{budget.pk}/spends/{made.pk}/", {
        "decision": "reject", "text": "Short breaks money is for Ada's own activities.",
    })

    client.force_login(parent)
    page = client.get(f"/family/children/{child.pk}/spends/{made.pk}/").content.decode()
    assert "Not approved" in page and "Ada&#x27;s own activities" in page
    assert "Film for the family" in page and "£30.00" in page


def test_a_spend_beyond_the_money_is_refused_with_what_was_typed_kept(client, setting):
    parent, child, budget, breaks, _ = setting
    client.force_login(parent)

    response = client.post(f"/family/children/{child.pk}/budget/{budget.pk}/spends/new/", {
        "provision": breaks.pk, "spent_on": "2/5/2026", "amount": "150",
        "payee": "Holiday club", "what_for": "A week in August",
    })

    page = response.content.decode()
    assert "There is not enough money left" in page
    assert "A week in August" in page and 'value="150"' in page
    assert not Spend.objects.exists()


def test_another_childs_spend_is_a_404_under_this_childs_address(client, setting):
    parent, child, budget, breaks, _ = setting
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 1_000, "Pool", "Swimming"), by=parent)
    other = make_parent()
    theirs = make_child(other, first_name="Zed")
    client.force_login(other)

    response = client.get(f"/family/children/{theirs.pk}/spends/{made.pk}/")

    assert response.status_code == 404


def test_a_key_worker_granted_changes_to_the_budget_reviews_a_spend(client, setting):
    parent, child, budget, breaks, _ = setting
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 1_000, "Pool", "Swimming"), by=parent)
    key_worker = make_key_worker()
    share(child, with_user=key_worker, sections=(Section.BUDGET,),
          actions=(Action.VIEW, Action.CHANGE), by=parent)
    client.force_login(key_worker)

    page = client.get(f"/family/children/{child.pk}/spends/{made.pk}/").content.decode()
    assert f"/family/children/{child.pk}/spends/{made.pk}/review/" in page
    client.post(f"/family/children/{child.pk}/spends/{made.pk}/review/", {"decision": "approve"})

    made.refresh_from_db()
    assert made.status == Spend.Status.APPROVED and made.reviewed_by == key_worker


def test_a_key_worker_who_may_only_see_the_budget_cannot_review(client, setting):
    parent, child, budget, breaks, _ = setting
    made = spending.record(spending.SpendDetails(
        breaks, date(2026, 5, 2), 1_000, "Pool", "Swimming"), by=parent)
    key_worker = make_key_worker()
    share(child, with_user=key_worker, sections=(Section.BUDGET,), by=parent)
    client.force_login(key_worker)

    seen = client.get(f"/family/children/{child.pk}/spends/{made.pk}/")
    review = client.post(f"/family/children/{child.pk}/spends/{made.pk}/review/",
                         {"decision": "approve"})

    assert seen.status_code == 200 and "Review this spend" not in seen.content.decode()
    assert review.status_code == 404
    made.refresh_from_db()
    assert made.status == Spend.Status.WAITING
