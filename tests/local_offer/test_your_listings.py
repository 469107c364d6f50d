""""Your listings": a provider's staff see where each of their listings stands with the council,
when it is due to be checked, and a link straight to its edit page. Everyone else gets 404."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import re
from datetime import date

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from local_offer.models import ServiceIndexPage, ServicePage
from local_offer.policy import can_see_own_listings
from local_offer.provider_listings import ListingStatus, check_by, your_listings
from portal.accounts.roles import Role
from tests.accounts.helpers import sign_in, sign_in_with_code
from tests.factories import PASSWORD, OrganisationFactory, make_user, totp_code

from .moderation_support import (  # noqa: F401 (fixtures)
    add_listing,
    form_data,
    leisure_staff,
    officer,
    speech_staff,
    tree,
)

URL = "/local-offer/your-listings/"


def edit_path(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def speech_folder(tree):
    return ServiceIndexPage.objects.get(provider=tree.speech)


def add_draft(parent, provider, title, **fields) -> ServicePage:
    """A listing a provider started and saved, but never sent to the council."""
    listing = ServicePage(
        title=title, summary=f"{title}: a new service.", provider=provider, live=False, **fields
    )
    parent.add_child(instance=listing)
    listing.save_revision()
    return ServicePage.objects.get(pk=listing.pk)


def submit_for_moderation(client, page, **changes):
    """What a provider does in the admin: change fields and press "Submit to Council moderation"."""
    html = client.get(edit_path(page)).content.decode()
    data = form_data(html, **changes)
    data["action-submit"] = ["action-submit"]
    assert client.post(edit_path(page), data).status_code == 302


def reject(client, page, comment):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "reject", state.current_task_state.pk],
        ),
        {"comment": comment},
    )
    assert response.status_code == 302


def card_for(html: str, title: str) -> str:
    """The summary card of one listing on the page."""
    cards = html.split('<div class="govuk-summary-card">')[1:]
    found = [card for card in cards if f">{title}</h2>" in card]
    assert len(found) == 1, f"no single card for {title!r}"
    return found[0]


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --- who may see it -------------------------------------------------------------------------------


def test_signed_out_people_are_sent_to_sign_in(client, tree):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=/local-offer/your-listings/" in response["Location"]


@pytest.mark.parametrize(
    ("who", "allowed"),
    [
        pytest.param("parent", False, id="parent"),
        pytest.param("provider_without_organisation", False, id="provider-without-organisation"),
        pytest.param("key_worker_in_organisation", False, id="key-worker-in-organisation"),
        # Officers moderate in the editing area, which shows them every listing: 404 here.
        pytest.param("officer", False, id="officer"),
        pytest.param("provider_with_organisation", True, id="provider-with-organisation"),
    ],
)
def test_only_a_provider_in_an_organisation_may_see_its_listings(client, tree, officer, who,
                                                                 allowed):
    # Given one kind of signed-in person
    people = {
        "parent": lambda: make_user(Role.PARENT),
        "provider_without_organisation": lambda: make_user(Role.PROVIDER, mfa=True),
        "key_worker_in_organisation": lambda: make_user(
            Role.KEY_WORKER, organisation=tree.speech.organisation, mfa=True
        ),
        "officer": lambda: officer,
        "provider_with_organisation": lambda: make_user(
            Role.PROVIDER, organisation=tree.speech.organisation, mfa=True
        ),
    }
    user = people[who]()
    client.force_login(user)

    # When they open "Your listings"
    response = client.get(URL)

    # Then a provider's staff member sees it; for everyone else it does not exist
    assert can_see_own_listings(user) is allowed
    assert response.status_code == (200 if allowed else 404)


def test_the_rule_says_no_to_someone_signed_out():
    from django.contrib.auth.models import AnonymousUser

    assert can_see_own_listings(AnonymousUser()) is False


def test_a_provider_sees_its_own_listings_and_not_another_providers(
    client, tree, speech_staff, leisure_staff
):
    client.force_login(speech_staff)

    html = client.get(URL).content.decode()

    assert "Speech and language drop-in" in html
    assert "Autism-friendly swimming" not in html
    assert edit_path(tree.leisure_listing) not in html


# --- each listing's status ------------------------------------------------------------------------


def test_a_live_listing_is_live_with_links_to_edit_and_view_it(client, tree, speech_staff):
    client.force_login(speech_staff)
    tree.speech_listing.refresh_from_db()

    card = card_for(client.get(URL).content.decode(), "Speech and language drop-in")

    assert "govuk-tag--green" in card
    assert ">Live</strong>" in card
    assert f'href="{edit_path(tree.speech_listing)}"' in card
    assert "Edit Speech and language drop-in" in text_of(card)
    assert f'href="{tree.speech_listing.url}"' in card


def test_a_draft_that_was_never_submitted_is_flagged(client, tree, speech_staff):
    # Given a listing the provider saved as a draft and never sent to the council
    draft = add_draft(speech_folder(tree), tree.speech, "Saturday sensory club")
    client.force_login(speech_staff)

    # When they open their listings
    card = card_for(client.get(URL).content.decode(), "Saturday sensory club")

    # Then it stands out, says it has not been sent, and tells them what to do; it has no View
    assert "govuk-tag--orange" in card
    assert "Draft, not sent to the council" in card
    assert "You have not sent this to the council." in card
    assert "Submit to Council moderation" in card
    assert f'href="{edit_path(draft)}"' in card
    assert "View" not in text_of(card)


def test_unpublished_changes_to_a_live_listing_that_were_not_submitted_are_a_draft(
    client, tree, speech_staff
):
    listing = ServicePage.objects.get(pk=tree.speech_listing.pk)
    listing.summary = "Now on Saturdays too."
    listing.save_revision()
    client.force_login(speech_staff)

    card = card_for(client.get(URL).content.decode(), "Speech and language drop-in")

    assert "Draft, not sent to the council" in card
    assert "Families still see the version that is live now." in card
    assert f'href="{listing.url}"' in card  # still live, so still viewable


def test_a_listing_sent_to_the_council_is_waiting(client, tree, speech_staff, officer):
    client.force_login(speech_staff)
    submit_for_moderation(client, tree.speech_listing, summary="Now on Saturdays too.")

    card = card_for(client.get(URL).content.decode(), "Speech and language drop-in")

    assert "Waiting for the council" in card
    assert "govuk-tag--blue" in card
    assert "Draft, not sent" not in card


def test_a_rejected_listing_shows_changes_requested_with_the_officers_comment(
    client, tree, speech_staff, officer
):
    # Given the provider sent a change and an officer asked for more
    client.force_login(speech_staff)
    submit_for_moderation(client, tree.speech_listing, summary="Now on Saturdays too.")
    client.force_login(officer)
    reject(client, tree.speech_listing, "Please give the Saturday opening times.")

    # When the provider opens their listings
    client.force_login(speech_staff)
    card = card_for(client.get(URL).content.decode(), "Speech and language drop-in")

    # Then they see that changes were requested, and why
    assert "Changes requested" in card
    assert "govuk-tag--red" in card
    assert "Please give the Saturday opening times." in card


def test_statuses_come_from_wagtail(tree, speech_staff, officer, client):
    folder = speech_folder(tree)
    add_draft(folder, tree.speech, "Saturday sensory club")
    client.force_login(speech_staff)
    submit_for_moderation(client, tree.speech_listing, summary="Now on Saturdays too.")

    rows = {row.title: row for row in your_listings(
        tree.speech.organisation_id, today=date(2026, 6, 1)
    ).rows}

    assert rows["Saturday sensory club"].status is ListingStatus.DRAFT
    assert rows["Speech and language drop-in"].status is ListingStatus.WAITING


# --- dates ----------------------------------------------------------------------------------------


def test_still_accurate_is_due_six_calendar_months_after_the_last_check(client, tree,
                                                                        speech_staff):
    # Given two listings: one last checked on 31 August 2025, one never checked
    folder = speech_folder(tree)
    add_listing(folder, tree.speech, "Holiday play scheme", last_reviewed=date(2025, 8, 31))
    add_listing(folder, tree.speech, "Imported listing", last_reviewed=None)
    client.force_login(speech_staff)

    html = client.get(URL).content.decode()

    # Then the first is due on the last day of February; the second is due now
    checked = text_of(card_for(html, "Holiday play scheme"))
    assert "Last checked 31 August 2025" in checked
    assert "Check it is still accurate by 28 February 2026" in checked
    unknown = text_of(card_for(html, "Imported listing"))
    assert "Last checked Not known" in unknown
    assert "Check it is still accurate by Now" in unknown


def test_check_by_uses_the_reminder_threshold():
    assert check_by(date(2026, 1, 15)) == date(2026, 7, 15)
    assert check_by(date(2025, 8, 31)) == date(2026, 2, 28)
    assert check_by(None) is None


# --- empty state, links in ------------------------------------------------------------------------


def test_a_provider_with_no_listings_is_told_how_to_add_one(client, tree):
    # Given a provider organisation whose folder is empty
    from local_offer.moderation import grant_provider_access

    org = OrganisationFactory(name="Brookfield Short Breaks")
    user = make_user(Role.PROVIDER, organisation=org, mfa=True)
    access = grant_provider_access(user)
    client.force_login(user)

    html = client.get(URL).content.decode()

    assert "You have no listings yet" in html
    add_url = reverse(
        "wagtailadmin_pages:add", args=["local_offer", "servicepage", access.folder.pk]
    )
    assert f'href="{add_url}"' in html
    # ...and the link works for them
    assert client.get(add_url).status_code == 200


def test_header_and_account_page_link_to_your_listings_for_providers_only(
    client, tree, speech_staff
):
    client.force_login(speech_staff)
    account = client.get(reverse("accounts:account")).content.decode()
    assert account.count(f'href="{URL}"') == 2  # the header and the page
    assert 'aria-current="page">Your listings' in client.get(URL).content.decode()

    client.force_login(make_user(Role.PARENT))
    assert f'href="{URL}"' not in client.get(reverse("accounts:account")).content.decode()


@pytest.fixture
def fresh_cache():
    # allauth keeps used authenticator codes in the cache: a code from another test is refused.
    cache.clear()
    yield
    cache.clear()


# --- after signing in -----------------------------------------------------------------------------


def test_a_provider_lands_on_their_listings_after_signing_in(
    client, tree, speech_staff, fresh_cache
):
    response = sign_in_with_code(client, speech_staff.email)

    assert response.status_code == 302
    assert response["Location"] == URL


def test_an_explicit_next_wins_over_the_providers_listings(
    client, tree, speech_staff, fresh_cache
):
    next_url = edit_path(tree.speech_listing)
    response = client.post(
        f"/accounts/login/?next={next_url}",
        {"login": speech_staff.email, "password": PASSWORD, "next": next_url},
    )
    assert response["Location"] == "/accounts/2fa/authenticate/"

    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code()})

    assert response["Location"] == next_url


def test_a_parent_still_lands_on_the_start_page(client, tree):
    make_user(Role.PARENT, email="parent@example.org")

    response = sign_in(client, "parent@example.org")

    assert response["Location"] == reverse("accounts:start")


# --- cost -----------------------------------------------------------------------------------------


def test_the_page_costs_the_same_queries_for_ten_listings_as_for_one(
    client, tree, speech_staff, officer, django_assert_max_num_queries
):
    # Given a provider with one listing: measure the page
    client.force_login(speech_staff)
    client.get(URL)  # warm the per-process caches (content types, site root paths)
    with django_assert_max_num_queries(30) as one:
        assert client.get(URL).status_code == 200
    queries_for_one = len(one.captured_queries)

    # When they have ten, in every status
    folder = speech_folder(tree)
    for n in range(7):
        add_listing(folder, tree.speech, f"Live listing {n}", last_reviewed=date(2026, 1, 1))
    add_draft(folder, tree.speech, "Draft listing")
    second = add_listing(folder, tree.speech, "Rejected listing", last_reviewed=date(2026, 1, 1))
    submit_for_moderation(client, tree.speech_listing, summary="Now on Saturdays too.")
    submit_for_moderation(client, second, summary="Changed.")
    client.force_login(officer)
    reject(client, second, "Say who it is for.")
    client.force_login(speech_staff)
    client.get(URL)  # shows (and so clears) the admin's "submitted" messages, as before

    # Then the page runs no more queries than it did for one
    with django_assert_max_num_queries(queries_for_one):
        html = client.get(URL).content.decode()
    assert html.count('<div class="govuk-summary-card">') == 10


# --- drafts nobody sent (issue 11, item 5) --------------------------------------------------------


def test_drafts_never_sent_are_listed_at_the_top_with_the_day_they_were_saved(
    client, tree, speech_staff
):
    # Given a new listing saved but never sent, and a live one with changes only saved
    draft = add_draft(speech_folder(tree), tree.speech, "Saturday sensory club")
    listing = ServicePage.objects.get(pk=tree.speech_listing.pk)
    listing.summary = "Now on Saturdays too."
    listing.save_revision()
    client.force_login(speech_staff)

    # When the provider opens their listings
    html = client.get(URL).content.decode()

    # Then a warning at the top names both and links to their cards
    top = text_of(html.split('<div class="govuk-summary-card">', 1)[0])
    assert "2 listings have changes you have not sent to the council" in top
    assert f'href="#listing-{draft.pk}"' in html and f'id="listing-{draft.pk}"' in html
    assert f'href="#listing-{listing.pk}"' in html
    # ...and each card says when it was saved and that a reminder will follow
    saved = timezone.localdate().strftime("%-d %B %Y")
    card = text_of(card_for(html, "Saturday sensory club"))
    assert f"You saved it on {saved}." in card
    assert "We email a reminder if it has not been sent 3 days after it was saved." in card


def test_no_warning_when_everything_was_sent(client, tree, speech_staff, officer):
    client.force_login(speech_staff)
    submit_for_moderation(client, tree.speech_listing, summary="Now on Saturdays too.")

    html = client.get(URL).content.decode()

    assert "have not sent to the council" not in html
    assert "You saved it on" not in html
