"""Signing in lands somewhere useful for the person's role, and promises nothing the site does
not do yet (issue 11: a parent signed in to a page of account settings, while the home page
talked of saved services, a child's profile and personal budgets)."""

from datetime import timedelta

import pytest
from django.contrib.auth import SESSION_KEY
from django.utils import timezone

from local_offer.listing import MONTHS
from local_offer.models import ProblemReport, ServicePage
from portal.accounts.roles import FAMILY_ROLES, Role
from tests.factories import OrganisationFactory, make_user
from tests.local_offer.moderation_support import build_tree, set_categories
from tests.local_offer.test_coverage import add_statement

from .helpers import sign_in, sign_in_with_code

pytestmark = pytest.mark.django_db

START = "/start/"
# Features other issues will add (budgets, voice): no page may offer them yet.
NOT_YET = (
    "personal budget",
    "save services",
    "saved services",
    "goals and reports",
    "your budget",
    "have your say",
)


@pytest.fixture
def tree():
    tree = build_tree()
    set_categories(tree.speech_listing, "therapies")
    set_categories(tree.leisure_listing, "inclusive-sport", "short-breaks-day")
    add_statement(tree.local_offer, review_date=timezone.localdate())
    return tree


def _promises(html: str) -> list[str]:
    text = html.lower().replace("&#x27;", "'")
    return [words for words in NOT_YET if words in text]


@pytest.mark.parametrize("role", sorted(FAMILY_ROLES))
def test_a_family_member_starts_from_search_short_breaks_and_their_account(client, tree, role):
    client.force_login(make_user(role))

    response = client.get(START)
    html = response.content.decode()

    assert response.status_code == 200
    assert "<h1 class=\"govuk-heading-xl\">Find help and support</h1>" in html
    # A search box that searches the Local Offer
    assert 'action="/local-offer/search/"' in html and 'name="q"' in html
    # The categories families can find listings in, each a search
    assert "Categories with the most services" in html
    assert 'href="/local-offer/search/?category=therapies"' in html
    assert 'href="/local-offer/search/?category=inclusive-sport"' in html
    # Short breaks: the search and the statement
    assert 'href="/local-offer/search/?category=short-breaks"' in html
    assert "Read the short breaks services statement" in html
    # Their account, one link away
    assert 'href="/account/"' in html
    assert _promises(html) == []


def test_a_category_with_no_listing_families_can_find_is_not_offered(client, tree):
    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(status="closed")
    client.force_login(make_user(Role.PARENT))

    html = client.get(START).content.decode()

    assert "category=therapies" not in html
    assert "category=inclusive-sport" in html


def test_a_provider_starts_at_their_listings(client, tree):
    provider = make_user(Role.PROVIDER, organisation=tree.speech.organisation, mfa=True)
    client.force_login(provider)

    response = client.get(START)

    assert response.status_code == 302
    assert response["Location"] == "/local-offer/your-listings/"


def test_an_officer_sees_what_is_waiting_for_them_with_counts_and_links(client, tree):
    # Given an open problem report and a listing not checked for ten months
    ProblemReport.objects.create(page=tree.speech_listing, kind="closed", details="Shut.")
    ProblemReport.objects.create(page=tree.leisure_listing, kind="other", status="resolved")
    ServicePage.objects.filter(pk=tree.leisure_listing.pk).update(
        last_reviewed=timezone.localdate() - timedelta(days=305)
    )
    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(), mfa=True)
    client.force_login(officer)

    html = client.get(START).content.decode()

    assert "<h1 class=\"govuk-heading-xl\">What needs your attention</h1>" in html
    assert _row(html, "Open problem reports from the public") == "1"
    assert _row(html, f"Listings not checked for over {MONTHS.notice} months") == "1"
    hidden = f"Listings hidden from search: not checked for over {MONTHS.hide} months"
    assert _row(html, hidden) == "None"
    assert _row(html, "Changes waiting for your review") == "None"
    assert _row(html, "Listings whose words and age fields disagree") == "None"
    assert 'href="/admin/snippets/local_offer/problemreport/"' in html
    assert 'href="/admin/reports/listing-freshness/?state=flagged"' in html
    assert 'href="/admin/reports/statutory-coverage/#age-mismatches"' in html
    assert 'href="/admin/"' in html
    assert _promises(html) == []


def _row(html: str, name: str) -> str:
    """The status shown beside a task-list link: its count, or "None"."""
    after = html[html.index(f">{name}</a>") :]
    status = after[after.index('class="govuk-task-list__status"') :]
    status = status[status.index(">") + 1 : status.index("</div>")]
    return status.replace('<strong class="govuk-tag govuk-tag--blue">', "").replace(
        "</strong>", ""
    ).strip()


def test_an_officers_account_page_links_back_to_what_needs_their_attention(client):
    client.force_login(make_user(Role.OFFICER, mfa=True))

    assert f'href="{START}"' in client.get("/account/").content.decode()


def test_signing_in_lands_on_the_start_page(client, tree):
    make_user(Role.PARENT, email="parent@example.org")

    response = sign_in(client, "parent@example.org", follow=True)

    assert response.redirect_chain[-1][0] == START
    assert "Find help and support" in response.content.decode()


def test_an_officer_lands_on_the_start_page_after_their_code(client, tree):
    make_user(Role.OFFICER, email="officer@example.org", mfa=True)

    response = sign_in_with_code(client, "officer@example.org")

    assert response["Location"] == START
    assert client.get(START).status_code == 200


def test_the_start_page_needs_a_sign_in(client):
    response = client.get(START)

    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={START}"


def test_a_password_only_staff_session_cannot_open_the_start_page(client):
    officer = make_user(Role.OFFICER, mfa=True)
    client.force_login(officer, mfa=False)

    response = client.get(START)

    assert response["Location"].startswith("/accounts/login/?next=")
    assert SESSION_KEY not in client.session
