"""A listing's "last checked" date is set by the portal (the provider's emailed "still accurate"
link, or a council officer), never typed by a provider, and is never a day still to come: a
date ahead would hold off the reminders and the hiding until then."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from local_offer.models import GuidePage, ServicePage

from .moderation_support import (  # noqa: F401 (fixtures)
    build_tree,
    form_data,
    officer,
    speech_staff,
)

FUTURE_MESSAGE = "The date it was last checked must be today or in the past"


@pytest.fixture
def checked():
    return timezone.localdate() - timedelta(days=100)


@pytest.fixture
def tree(db, checked):
    return build_tree(last_reviewed=checked)


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def send_edit_form(client, page, action, **changes):
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = form_data(response.content.decode(), **changes)
    data[action] = [action]
    return client.post(edit_url(page), data)


def approve(client, page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "approve", state.current_task_state.pk],
    )
    assert client.post(url, {"comment": ""}).status_code == 302


def last_checked_on_the_public_page(client, page) -> str:
    page.refresh_from_db()
    html = client.get(page.url).content.decode()
    return re.search(r"Last checked[^<]*", html).group(0)


def test_a_provider_sees_the_date_but_cannot_edit_it(client, tree, speech_staff, checked):
    client.force_login(speech_staff)

    html = client.get(edit_url(tree.speech_listing)).content.decode()

    field = re.search(r'<input[^>]*name="last_reviewed"[^>]*>', html).group(0)
    assert "disabled" in field
    assert f'value="{checked.isoformat()}"' in field
    assert "You cannot change this date" in html


def test_a_provider_posting_a_last_checked_date_does_not_change_it(
    client, tree, speech_staff, officer, checked
):
    # Given a provider who sends the edit form with a date of their own, with a real change
    client.force_login(speech_staff)
    response = send_edit_form(
        client,
        tree.speech_listing,
        "action-submit",
        summary="Now on Saturdays too.",
        last_reviewed="2099-01-01",
    )
    assert response.status_code == 302

    # Then the draft waiting for the council keeps the portal's date
    page = ServicePage.objects.get(pk=tree.speech_listing.pk)
    draft = page.get_latest_revision_as_object()
    assert (draft.summary, draft.last_reviewed) == ("Now on Saturdays too.", checked)

    # ...and when an officer approves it without noticing, the public sees the day of the
    # approval (an approved change counts as a check, local_offer/approval.py), never theirs
    client.force_login(officer)
    approve(client, page)
    client.logout()
    today = timezone.localdate()
    assert ServicePage.objects.get(pk=page.pk).last_reviewed == today
    assert last_checked_on_the_public_page(client, page) == f"Last checked {today:%-d %B %Y}"


def test_a_provider_cannot_bring_back_a_date_from_an_older_draft(
    client, tree, speech_staff, checked
):
    # Given a draft saved before providers lost the field, holding a date they typed
    page = ServicePage.objects.get(pk=tree.speech_listing.pk)
    page.last_reviewed = timezone.localdate()
    page.save_revision()

    # When the provider submits their next change
    client.force_login(speech_staff)
    response = send_edit_form(client, page, "action-submit", summary="Now on Sundays.")
    assert response.status_code == 302, response.content.decode()[-3000:]

    # Then the draft carries the listing's own date
    draft = ServicePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert (draft.summary, draft.last_reviewed) == ("Now on Sundays.", checked)


def test_an_officer_typing_a_future_date_is_told_plainly_and_nothing_changes(
    client, tree, officer, checked
):
    client.force_login(officer)

    response = send_edit_form(
        client, tree.speech_listing, "action-publish", last_reviewed="2099-01-01"
    )

    assert response.status_code == 200
    assert FUTURE_MESSAGE in response.content.decode()
    page = ServicePage.objects.get(pk=tree.speech_listing.pk)
    assert page.last_reviewed == checked
    assert page.get_latest_revision_as_object().last_reviewed == checked


def test_an_officer_may_still_record_a_check_made_by_phone(client, tree, officer):
    yesterday = timezone.localdate() - timedelta(days=1)
    client.force_login(officer)

    response = send_edit_form(
        client, tree.speech_listing, "action-publish", last_reviewed=yesterday.isoformat()
    )

    assert response.status_code == 302
    assert ServicePage.objects.get(pk=tree.speech_listing.pk).last_reviewed == yesterday


@pytest.mark.parametrize("model", [ServicePage, GuidePage])
def test_the_models_refuse_a_future_date_whoever_sets_it(tree, model):
    page = model.objects.first() or GuidePage(title="Moving to secondary school", summary="How.")
    page.last_reviewed = timezone.localdate() + timedelta(days=1)

    with pytest.raises(ValidationError) as refused:
        page.clean()

    assert refused.value.message_dict == {"last_reviewed": [FUTURE_MESSAGE]}
    page.last_reviewed = timezone.localdate()
    page.clean()  # today is fine
