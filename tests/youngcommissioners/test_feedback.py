"""Leaving feedback: everyone's form and the young person's, limits, and what is kept apart."""

# Fixtures are imported from support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import re

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.management import call_command
from django.urls import reverse

from portal import hourly_limits
from portal.accounts.deletion import delete_account
from portal.accounts.roles import Role
from tests.factories import make_user
from youngcommissioners import feedback as feedback_module
from youngcommissioners.feedback import (
    ANONYMOUS_ALLOWANCE,
    ANONYMOUS_PER_HOUR,
    SIGNED_IN_PER_HOUR,
)
from youngcommissioners.models import MAX_TEXT, Feedback, FeedbackContact
from youngcommissioners.replies import tell_them_it_was_answered

from .support import _fresh_limits, people, service  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

GENERAL = reverse("youngcommissioners:feedback")
YOUNG = reverse("youngcommissioners:young_feedback")
COMMENT = "The page about short breaks does not say who can get one."


def _post(client, url, **fields):
    data = {"category": "content", "comments": COMMENT, "name": "", "email": "", "website": ""}
    data.update(fields)
    return client.post(url, data)


def test_the_general_form_asks_the_three_questions_the_law_names(client):
    page = client.get(GENERAL).content.decode()

    assert "What is in the Local Offer, and what is missing" in page
    assert "How easy the Local Offer is to find, use and understand" in page
    assert "How the Local Offer was developed" in page
    assert "Something about this service" not in page


def test_a_service_form_adds_something_about_this_service(client, service):
    page = client.get(reverse("youngcommissioners:service_feedback", args=[service.pk]))

    assert "Something about this service" in page.content.decode()
    assert service.title in page.content.decode()


def test_an_unpublished_or_unknown_service_is_not_found(client, service):
    service.unpublish()

    for page_id in (service.pk, 99999):
        url = reverse("youngcommissioners:service_feedback", args=[page_id])
        assert client.get(url).status_code == 404


def test_a_comment_is_saved_with_a_reference_and_waits_for_an_officer(client, service):
    url = reverse("youngcommissioners:service_feedback", args=[service.pk])

    response = _post(client, url, category="service")

    item = Feedback.objects.get()
    assert response.status_code == 302 and item.reference in response["Location"]
    assert item.status == Feedback.Status.NEW and item.service_page_id == service.pk
    assert item.service_title == service.title and item.published_comments == ""
    thanks = client.get(response["Location"]).content.decode()
    assert item.reference in thanks
    assert not FeedbackContact.objects.exists()


def test_contact_details_are_kept_apart_from_the_comment(client):
    _post(client, GENERAL, name="Sam", email="sam@example.org")

    item = Feedback.objects.get()
    assert item.contact.email == "sam@example.org" and item.contact.name == "Sam"
    assert "sam@example.org" not in f"{item.comments}{item.better}"


def test_nothing_personal_is_required(client):
    assert _post(client, GENERAL).status_code == 302


def test_a_too_long_comment_is_refused_and_kept(client):
    long = "a" * (MAX_TEXT + 1)

    response = _post(client, GENERAL, comments=long)

    page = response.content.decode()
    assert response.status_code == 200
    assert f"Your comment must be {MAX_TEXT:,} characters or fewer" in page
    assert long in page and not Feedback.objects.exists()


def test_the_honeypot_is_thanked_and_thrown_away(client):
    response = _post(client, GENERAL, website="http://spam.example")

    assert response.status_code == 302 and "/feedback/sent/FB-" in response["Location"]
    assert not Feedback.objects.exists()


def test_anonymous_comments_are_limited_per_client_and_the_text_is_kept(client):
    for _ in range(ANONYMOUS_PER_HOUR):
        assert _post(client, GENERAL).status_code == 302

    response = _post(client, GENERAL, comments="One more thing to say")

    page = response.content.decode()
    assert response.status_code == 429
    assert "You have sent a lot of comments in the last hour" in page
    assert "One more thing to say" in page
    assert Feedback.objects.count() == ANONYMOUS_PER_HOUR


def test_another_client_is_not_held_back(client):
    for _ in range(ANONYMOUS_PER_HOUR):
        _post(client, GENERAL)

    data = {"category": "content", "comments": COMMENT}
    assert client.post(GENERAL, data, REMOTE_ADDR="198.51.100.9").status_code == 302


def test_the_limit_holds_across_two_cache_connections(settings, monkeypatch, rf):
    # Production counts in the database cache; two connections stand for two processes.
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"},
        "second": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"},
    }
    call_command("createcachetable")
    first, second = caches["default"], caches["second"]
    assert first is not second
    request = rf.post(GENERAL, REMOTE_ADDR="203.0.113.7")
    request.user = type("Anonymous", (), {"is_authenticated": False})()

    monkeypatch.setattr(hourly_limits, "cache", first)
    for _ in range(ANONYMOUS_PER_HOUR):
        feedback_module.count(request)
    monkeypatch.setattr(hourly_limits, "cache", second)

    assert feedback_module.refused(request)
    assert ANONYMOUS_ALLOWANCE.limit == ANONYMOUS_PER_HOUR


def test_the_young_persons_form_has_five_faces_as_a_real_radio_group(client):
    page = client.get(YOUNG).content.decode()

    assert page.count('type="radio" value="') == 5
    labels = re.findall(r'<svg class="voice-face".*?</svg>\s*([^<]+)</label>', page, re.S)
    assert labels == ["Really good", "Good", "OK", "Bad", "Really bad"]
    assert "<legend" in page and "How was it?" in page
    assert "What would make it better?" in page


def test_a_young_person_sends_a_face_and_words(client, service):
    url = reverse("youngcommissioners:service_young_feedback", args=[service.pk])

    response = client.post(url, {"rating": "4", "better": "More evening sessions", "comments": ""})

    item = Feedback.objects.get()
    assert response.status_code == 302
    assert item.young_persons_form and item.rating == 4 and item.better == "More evening sessions"
    assert item.category == Feedback.Category.SERVICE


def test_an_empty_young_persons_form_asks_for_something(client):
    response = client.post(YOUNG, {"rating": "", "better": "", "comments": ""})

    assert "Choose a face, or write something in a box" in response.content.decode()
    assert not Feedback.objects.exists()


def test_a_worrying_comment_waits_for_the_safeguarding_lead(
    client, people, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(YOUNG, {"rating": "1", "better": "mums boyfriend hit me again"})

    item = Feedback.objects.get()
    assert item.status == Feedback.Status.SAFEGUARDING
    assert item.safeguarding_alert.matched
    assert len(mail.outbox) == 1
    assert set(mail.outbox[0].to) == {"lead@council.example", "deputy@council.example"}
    assert "boyfriend" not in mail.outbox[0].body and "hit" not in mail.outbox[0].subject
    assert reverse("youngcommissioners:alert", args=[item.safeguarding_alert.pk]) in (
        mail.outbox[0].body
    )


def test_the_service_page_and_search_results_link_to_feedback(client, service):
    link = reverse("youngcommissioners:service_feedback", args=[service.pk])

    assert link in client.get(service.url).content.decode()
    assert GENERAL in client.get("/local-offer/search/?q=swimming").content.decode()


def test_someone_who_asked_for_a_reply_is_told_it_was_answered(client):
    _post(client, GENERAL, name="Sam", email="sam@example.org")
    _post(client, GENERAL, comments="No reply wanted")
    not_wanted, wanted = Feedback.objects.order_by("comments")  # "No reply..." first

    assert tell_them_it_was_answered(not_wanted) is False
    assert tell_them_it_was_answered(wanted) is True
    (email,) = mail.outbox
    assert email.to == ["sam@example.org"] and wanted.reference in email.body
    assert COMMENT not in email.body and "Dear Sam" in email.body


def test_deleting_an_account_forgets_the_address_left_for_a_reply(client):
    user = make_user(email="sam@example.org")
    _post(client, GENERAL, email="SAM@example.org")

    delete_account(user)

    assert not FeedbackContact.objects.exists()
    assert Feedback.objects.get().comments == COMMENT


def test_a_signed_in_person_has_their_own_larger_allowance(client):
    client.force_login(make_user(Role.YOUNG_PERSON))
    for _ in range(ANONYMOUS_PER_HOUR + 1):
        assert _post(client, GENERAL).status_code == 302
    for _ in range(SIGNED_IN_PER_HOUR - ANONYMOUS_PER_HOUR - 1):
        _post(client, GENERAL)

    assert _post(client, GENERAL).status_code == 429


def test_the_service_form_and_filing_take_few_queries(
    client, service, django_assert_max_num_queries
):
    url = reverse("youngcommissioners:service_feedback", args=[service.pk])

    with django_assert_max_num_queries(12):
        client.get(url)
    with django_assert_max_num_queries(16):  # the service, the screen's phrases, the saves
        _post(client, url, category="service")
