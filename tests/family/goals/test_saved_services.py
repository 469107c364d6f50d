"""Saving Local Offer services to a child's record from the service page and the search
results, the list with notes, printing it, and emailing it to yourself (names and links only)."""

import re
import time
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.staticfiles import finders
from django.core import mail
from django.core.cache import cache
from wagtail.models import Page

from local_offer.services import search_record
from portal.accounts.roles import Role
from portal.family.goals.models import SavedService
from portal.family.goals.saved_services import EMAILS_PER_HOUR
from search.backends.database import DatabaseBackend
from tests.factories import make_user
from tests.family.helpers import make_child, make_parent
from tests.local_offer.page_support import build_page_tree, make_service, publish

pytestmark = pytest.mark.django_db
SAVE = "/family/save-service/"


@pytest.fixture
def tree():
    return build_page_tree()


@pytest.fixture
def parent(client):
    parent = make_parent(email="sam@example.org")
    client.force_login(parent)
    return parent


def saved_url(child):
    return f"/family/children/{child.pk}/saved/"


def test_the_service_page_offers_saving_only_to_a_signed_in_person_with_a_child(client, tree):
    link = f'href="{SAVE}?service={tree.service.pk}"'
    assert link not in client.get(tree.service.url).text  # anonymous

    someone = make_parent()
    client.force_login(someone)
    assert link not in client.get(tree.service.url).text  # signed in, no child yet

    make_child(someone)
    assert link in client.get(tree.service.url).text


def test_the_search_results_offer_saving_each_service(client, tree):
    DatabaseBackend().rebuild([search_record(tree.service)])
    parent = make_parent()
    make_child(parent)

    anonymous = client.get("/local-offer/search/").text
    client.force_login(parent)
    signed_in = client.get("/local-offer/search/").text

    assert tree.service.title in signed_in
    assert "Save to your child's record" not in anonymous
    assert f'href="{SAVE}?service={tree.service.pk}"' in signed_in


def test_saving_a_service_with_a_note_puts_it_on_the_childs_list(client, tree, parent):
    child = make_child(parent)

    form = client.get(f"{SAVE}?service={tree.service.pk}")
    response = client.post(f"{SAVE}?service={tree.service.pk}",
                           {"child": str(child.pk), "note": "Ask about Saturday sessions"})

    assert "It will be saved to Amara's record." in form.text
    assert response["Location"] == saved_url(child)
    page = client.get(saved_url(child)).text
    assert tree.service.title in page
    assert f'href="{tree.service.url}"' in page
    assert "Ask about Saturday sessions" in page


def test_with_two_children_the_parent_chooses_and_a_missing_choice_is_explained(
    client, tree, parent
):
    make_child(parent, first_name="Amara")
    noor = make_child(parent, first_name="Noor")

    missing = client.post(f"{SAVE}?service={tree.service.pk}", {"note": "Keep this note"})
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(noor.pk), "note": "For Noor"})

    assert "Choose whose record to save it to" in missing.text
    assert "Keep this note" in missing.text
    assert list(SavedService.objects.values_list("child__first_name", "note")) == [
        ("Noor", "For Noor")
    ]


def test_saving_again_updates_the_note_instead_of_a_second_copy(client, tree, parent):
    child = make_child(parent)

    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk), "note": "First"})
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk), "note": "Second"})

    assert list(SavedService.objects.values_list("note", flat=True)) == ["Second"]


def test_you_cannot_save_to_another_familys_child(client, tree, parent):
    make_child(parent)
    others = make_child(make_parent(), first_name="Noor")

    response = client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(others.pk)})

    assert response.status_code == 200
    assert "Choose whose record to save it to" in response.text
    assert not SavedService.objects.exists()


@pytest.mark.parametrize("query", ["", "?service=abc", "?service=999999"])
def test_an_unknown_service_is_404(client, parent, query):
    make_child(parent)

    assert client.get(SAVE + query).status_code == 404


def test_a_draft_service_cannot_be_saved(client, tree, parent):
    make_child(parent)
    draft = make_service(tree.services, tree.provider, title="Not yet published")
    draft.unpublish()

    assert client.get(f"{SAVE}?service={draft.pk}").status_code == 404


def test_a_service_the_council_takes_down_shows_as_no_longer_listed(client, tree, parent):
    child = make_child(parent)
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk), "note": "Ask"})

    Page.objects.get(pk=tree.service.pk).specific.unpublish()
    page = client.get(saved_url(child)).text

    assert "No longer listed" in page
    assert tree.service.title in page
    assert f'href="{tree.service.url}"' not in page


def test_the_print_view_links_a_print_stylesheet_that_prints_the_list_alone(client, tree, parent):
    child = make_child(parent)
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk), "note": "Ask"})

    page = client.get(saved_url(child) + "print/").text

    assert re.search(r'<link rel="stylesheet" media="print" href="[^"]*family_goals/print\.css">',
                     page)
    assert tree.service.title in page
    stylesheet = Path(finders.find("family_goals/print.css")).read_text(encoding="utf-8")
    for chrome in (".portal-header", ".govuk-footer", ".govuk-phase-banner", ".family-no-print"):
        assert chrome in stylesheet
    assert "display: none" in stylesheet


def test_the_email_goes_to_you_alone_with_names_and_links_but_no_health_data(
    client, tree, parent
):
    child = make_child(parent, first_name="Amara", last_name="Okafor")
    gone = make_service(tree.services, tree.provider, title="Closed holiday club")
    publish(gone)
    for service, note in ((tree.service, "Helps with her anxiety at bedtime"), (gone, "Maybe")):
        client.post(f"{SAVE}?service={service.pk}", {"child": str(child.pk), "note": note})
    Page.objects.get(pk=gone.pk).specific.unpublish()

    confirm = client.get(saved_url(child) + "email/")
    response = client.post(saved_url(child) + "email/")

    assert "sam@example.org" in confirm.text
    assert response["Location"] == saved_url(child)
    [email] = mail.outbox
    assert email.to == ["sam@example.org"]
    assert email.subject == "Services saved for Amara"
    assert f"{tree.service.title}\nhttp://testserver{tree.service.url}" in email.body
    assert "Closed holiday club\nNo longer listed in the Local Offer" in email.body
    for private in ("Okafor", "anxiety", "bedtime", "Maybe"):
        assert private not in email.body


@pytest.fixture
def empty_cache():
    # The sending limit is counted in the default cache (in memory for tests): start and end
    # each test that fills it with nothing counted.
    cache.clear()
    yield
    cache.clear()


def test_the_list_can_be_emailed_a_few_times_an_hour_then_says_to_wait(
    client, tree, parent, empty_cache
):
    child = make_child(parent, first_name="Amara")
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk), "note": "Ask"})
    for _ in range(EMAILS_PER_HOUR):
        assert client.post(saved_url(child) + "email/").status_code == 302

    refused = client.post(saved_url(child) + "email/")

    assert refused.status_code == 429
    assert len(mail.outbox) == EMAILS_PER_HOUR  # nothing more was sent
    assert "There is a problem" in refused.text
    assert "You have emailed this list 5 times in the last hour." in refused.text
    assert "Wait an hour and try again, or print the list instead." in refused.text
    assert f'href="{saved_url(child)}print/"' in refused.text
    # Nothing else is lost: the list and its note are as they were, and printing still works
    assert [(s.service_name, s.note) for s in SavedService.objects.filter(child=child)] == [
        (tree.service.title, "Ask")
    ]
    assert client.get(saved_url(child) + "print/").status_code == 200
    assert client.get(saved_url(child)).status_code == 200


def test_the_email_limit_is_each_persons_own_and_ends_after_an_hour(
    client, tree, parent, empty_cache
):
    second_carer = make_parent(email="co@example.org")
    child = make_child(parent, second_carer)
    for _ in range(EMAILS_PER_HOUR):
        client.post(saved_url(child) + "email/")
    assert client.post(saved_url(child) + "email/").status_code == 429

    client.force_login(second_carer)
    assert client.post(saved_url(child) + "email/").status_code == 302  # their own count

    client.force_login(parent)
    an_hour_on = time.time() + 60 * 60
    with mock.patch("portal.hourly_limits.time.time", return_value=an_hour_on):
        assert client.post(saved_url(child) + "email/").status_code == 302
        assert client.post(saved_url(child) + "email/").status_code == 302  # a fresh hour


def test_the_hour_is_kept_with_the_count_not_left_to_the_caches_expiry(parent, empty_cache):
    from portal.family.goals import saved_services

    started = 1_000_000.0
    for minutes in (0, 10, 20, 30, 40):  # five, spread over 40 minutes
        with mock.patch("portal.hourly_limits.time.time",
                        return_value=started + minutes * 60):
            saved_services._count_email(parent)

    def over_at(minutes):
        with mock.patch("portal.hourly_limits.time.time",
                        return_value=started + minutes * 60):
            return saved_services.over_email_limit(parent)

    assert over_at(59)  # still within the hour the first one began
    assert not over_at(60)


def test_removing_a_saved_service_asks_first(client, tree, parent):
    child = make_child(parent)
    client.post(f"{SAVE}?service={tree.service.pk}", {"child": str(child.pk)})
    saved = SavedService.objects.get()

    confirm = client.get(f"{saved_url(child)}{saved.pk}/remove/")
    client.post(f"{saved_url(child)}{saved.pk}/remove/")

    assert "Remove it" in confirm.text
    assert not SavedService.objects.exists()


def test_an_empty_list_says_how_to_save_one(client, parent):
    child = make_child(parent)

    page = client.get(saved_url(child)).text

    assert "You have not saved any services for Amara yet." in page


def test_a_young_person_sees_their_own_saved_services(client, tree):
    parent, young_person = make_parent(), make_user(Role.YOUNG_PERSON)
    child = make_child(parent, young_person=young_person)
    SavedService.objects.create(child=child, service_id=tree.service.pk,
                                service_name=tree.service.title, note="Mine")
    client.force_login(young_person)

    assert "Mine" in client.get(saved_url(child)).text


def test_saving_needs_signing_in_and_someone_without_a_child_is_told_what_to_do(client, tree):
    anonymous = client.get(f"{SAVE}?service={tree.service.pk}")
    client.force_login(make_parent())
    childless = client.get(f"{SAVE}?service={tree.service.pk}")
    posted = client.post(f"{SAVE}?service={tree.service.pk}", {"note": "x"})

    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/")
    assert "You do not have a child's record to save it to yet." in childless.text
    assert posted.status_code == 200
    assert not SavedService.objects.exists()
