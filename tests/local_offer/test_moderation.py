"""Provider self-service through the Wagtail admin, and the council's moderation workflow."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import re
from datetime import date

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import WorkflowState

from local_offer.models import FreshnessReminder, Provider, ServiceIndexPage, ServicePage
from local_offer.moderation import (
    PROVIDER_GROUP_PREFIX,
    WORKFLOW_NAME,
    ensure_council_moderation,
    grant_provider_access,
    set_up_all_providers,
)
from portal.accounts.roles import Role
from tests.clients import PortalClient as Client
from tests.factories import OrganisationFactory, make_user

from .moderation_support import (  # noqa: F401 (fixtures)
    add_listing,
    form_data,
    leisure_staff,
    officer,
    speech_staff,
    tree,
)

NEW_SUMMARY = "Drop-in advice on talking and listening, now on Saturdays too."


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit_change(client, page, action="action-submit", **changes):
    """What a provider does in the admin: open the edit form, change fields, press a button."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    data = form_data(response.content.decode(), **changes)
    if action:  # no action: the main "Save draft" button, which sends no name
        data[action] = [action]
    return client.post(edit_url(page), data)


def public_summary(client, page):
    page.refresh_from_db()
    return client.get(page.url).content.decode()


def in_progress_state(page):
    return WorkflowState.objects.get(
        base_content_type__model="page", object_id=str(page.pk), status="in_progress"
    )


# --- set-up -----------------------------------------------------------------------------------


def test_each_provider_gets_its_own_folder_and_edit_only_group(tree, speech_staff):
    # Given a provider's staff member whose access was granted
    folder = ServiceIndexPage.objects.get(provider=tree.speech)
    group = speech_staff.groups.get(name__startswith=PROVIDER_GROUP_PREFIX)

    # Then their listing sits in their own folder, where their group may add and change only
    tree.speech_listing.refresh_from_db()
    assert tree.speech_listing.get_parent().pk == folder.pk
    kinds = set(
        group.page_permissions.filter(page=folder).values_list("permission__codename", flat=True)
    )
    assert kinds == {"add_page", "change_page"}
    assert not group.page_permissions.exclude(page=folder).exists()


def test_granting_access_twice_changes_nothing(tree, speech_staff):
    before = (Group.objects.count(), ServiceIndexPage.objects.count(), speech_staff.groups.count())
    grant_provider_access(speech_staff)
    set_up_all_providers()
    set_up_all_providers()
    assert speech_staff.groups.count() == before[2]
    # Both providers now have a folder and a group; nothing was duplicated by the re-runs.
    assert ServiceIndexPage.objects.filter(provider__isnull=False).count() == 2
    assert Group.objects.filter(name__startswith=PROVIDER_GROUP_PREFIX).count() == 2


def test_a_provider_organisation_without_a_provider_record_gets_one(tree):
    org = OrganisationFactory(name="Brookfield Short Breaks")
    user = make_user(Role.PROVIDER, organisation=org, mfa=True)
    access = grant_provider_access(user)
    assert access.provider == Provider.objects.get(organisation=org)
    assert access.folder.get_parent().pk == tree.services.pk


def test_people_who_are_not_providers_get_no_listing_rights(tree):
    parent = make_user(Role.PARENT)
    key_worker = make_user(Role.KEY_WORKER, organisation=tree.speech.organisation, mfa=True)
    assert grant_provider_access(parent) is None
    assert grant_provider_access(key_worker) is None
    assert not key_worker.groups.filter(name__startswith=PROVIDER_GROUP_PREFIX).exists()


def test_council_moderation_covers_the_whole_local_offer(tree):
    workflow = ensure_council_moderation()
    assert workflow.name == WORKFLOW_NAME
    assert tree.speech_listing.get_workflow() == workflow
    assert tree.services.get_workflow() == workflow
    task = workflow.tasks.get().specific
    assert list(task.groups.values_list("name", flat=True)) == [str(Role.OFFICER)]


# --- what a provider may do -------------------------------------------------------------------


def test_provider_can_open_own_listing_but_not_another_providers(client, tree, speech_staff):
    client.force_login(speech_staff)
    assert client.get(edit_url(tree.speech_listing)).status_code == 200

    response = client.get(edit_url(tree.leisure_listing))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "permission" in " ".join(str(m) for m in response.wsgi_request._messages).lower()


def test_provider_cannot_change_another_providers_listing_by_posting(
    client, tree, speech_staff, leisure_staff
):
    # Given the leisure provider's edit form, posted by the speech provider
    client.force_login(leisure_staff)
    html = client.get(edit_url(tree.leisure_listing)).content.decode()
    client.force_login(speech_staff)
    data = form_data(html, summary="Hacked")
    data["action-submit"] = ["action-submit"]

    response = client.post(edit_url(tree.leisure_listing), data)

    assert response.status_code in (302, 403)
    tree.leisure_listing.refresh_from_db()
    assert tree.leisure_listing.summary != "Hacked"
    assert tree.leisure_listing.latest_revision.content["summary"] != "Hacked"


def test_provider_is_offered_submit_but_never_publish(client, tree, speech_staff):
    client.force_login(speech_staff)
    html = client.get(edit_url(tree.speech_listing)).content.decode()
    assert "Submit to Council moderation" in html
    assert 'name="action-publish"' not in html


def test_provider_posting_publish_does_not_change_the_live_page(client, tree, speech_staff):
    client.force_login(speech_staff)
    submit_change(client, tree.speech_listing, action="action-publish", summary=NEW_SUMMARY)

    assert NEW_SUMMARY not in public_summary(client, tree.speech_listing)
    assert ServicePage.objects.get(pk=tree.speech_listing.pk).summary != NEW_SUMMARY


def test_provider_can_add_a_listing_in_own_folder_only(client, tree, speech_staff):
    client.force_login(speech_staff)
    own_folder = ServiceIndexPage.objects.get(provider=tree.speech)
    other_folder = tree.services
    add = "wagtailadmin_pages:add"
    assert (
        client.get(reverse(add, args=["local_offer", "servicepage", own_folder.pk])).status_code
        == 200
    )
    assert client.get(
        reverse(add, args=["local_offer", "servicepage", other_folder.pk])
    ).status_code in (302, 403)


# --- the workflow -----------------------------------------------------------------------------


def test_submission_waits_for_the_council_and_the_live_page_is_unchanged(
    client, tree, speech_staff, officer
):
    client.force_login(speech_staff)
    response = submit_change(client, tree.speech_listing, summary=NEW_SUMMARY)
    assert response.status_code == 302

    state = in_progress_state(tree.speech_listing)
    assert state.workflow.name == WORKFLOW_NAME
    assert NEW_SUMMARY not in public_summary(client, tree.speech_listing)

    # The officer's dashboard and the workflow report both show it waiting.
    client.force_login(officer)
    assert tree.speech_listing.title in client.get(reverse("wagtailadmin_home")).content.decode()
    report = client.get(reverse("wagtailadmin_reports:workflow"))
    assert report.status_code == 200
    assert tree.speech_listing.title in report.content.decode()


def test_officer_approval_publishes_the_change(client, tree, speech_staff, officer):
    client.force_login(speech_staff)
    submit_change(client, tree.speech_listing, summary=NEW_SUMMARY)
    task_state = in_progress_state(tree.speech_listing).current_task_state

    client.force_login(officer)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[tree.speech_listing.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code == 302

    client.logout()
    assert NEW_SUMMARY in public_summary(client, tree.speech_listing)


def test_rejection_leaves_the_live_page_and_the_provider_sees_why_and_what_changed(
    client, tree, speech_staff, officer
):
    client.force_login(speech_staff)
    submit_change(client, tree.speech_listing, summary=NEW_SUMMARY)
    task_state = in_progress_state(tree.speech_listing).current_task_state
    mail.outbox.clear()

    client.force_login(officer)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[tree.speech_listing.pk, "reject", task_state.pk],
        ),
        {"comment": "Please give the Saturday opening times."},
    )

    # The live page did not change
    assert NEW_SUMMARY not in public_summary(client, tree.speech_listing)

    # The provider reads the officer's comment in the workflow history
    client.force_login(speech_staff)
    history = client.get(
        reverse("wagtailadmin_pages:workflow_history", args=[tree.speech_listing.pk])
    )
    detail_url = reverse(
        "wagtailadmin_pages:workflow_history_detail",
        args=[tree.speech_listing.pk, task_state.workflow_state.pk],
    )
    assert history.status_code == 200
    detail = client.get(detail_url).content.decode()
    assert "Please give the Saturday opening times." in detail

    # ...and compares their draft with the live page
    compare = client.get(
        reverse(
            "wagtailadmin_pages:revisions_compare", args=[tree.speech_listing.pk, "live", "latest"]
        )
    )
    assert compare.status_code == 200
    assert "Saturdays" in compare.content.decode()


def test_moderation_queue_is_reachable_for_officers(client, tree, officer):
    client.force_login(officer)
    assert client.get(reverse("wagtailadmin_reports:workflow")).status_code == 200
    assert client.get(reverse("wagtailadmin_reports:workflow_tasks")).status_code == 200


@pytest.mark.parametrize("role", [Role.PARENT, Role.KEY_WORKER])
def test_people_without_admin_roles_cannot_reach_the_editor(client, tree, role):
    client.force_login(make_user(role, mfa=True))
    response = client.get(edit_url(tree.speech_listing))
    assert response.status_code in (302, 403)
    tree.speech_listing.refresh_from_db()


def test_a_provider_sees_only_its_own_submissions_in_the_workflow_report(
    client, tree, speech_staff, leisure_staff
):
    client.force_login(leisure_staff)
    submit_change(client, tree.leisure_listing, summary="Swimming on Sundays as well.")

    speech_browser = Client()  # a separate browser: no "submitted" message carried over
    speech_browser.force_login(speech_staff)
    response = speech_browser.get(reverse("wagtailadmin_reports:workflow"))
    assert response.status_code == 200
    assert tree.leisure_listing.title not in response.content.decode()


def test_a_provider_cannot_file_its_listing_under_another_provider(client, tree, speech_staff):
    client.force_login(speech_staff)
    revisions_before = tree.speech_listing.revisions.count()

    response = submit_change(client, tree.speech_listing, provider=str(tree.leisure.pk))

    assert response.status_code == 200
    assert "Choose your own organisation as the provider" in response.content.decode()
    assert tree.speech_listing.revisions.count() == revisions_before
    assert not WorkflowState.objects.filter(object_id=str(tree.speech_listing.pk)).exists()


def test_officers_may_file_a_listing_under_any_provider(client, tree, officer):
    client.force_login(officer)
    response = submit_change(
        client, tree.speech_listing, action="action-publish", provider=str(tree.leisure.pk)
    )
    assert response.status_code == 302
    assert ServicePage.objects.get(pk=tree.speech_listing.pk).provider == tree.leisure


# --- the editor: a provider's main button sends the change to the council (issue 11, item 5) --


def main_button(html: str) -> str:
    """The footer's main action: the first button of Wagtail's action menu."""
    found = re.search(r'class="w-dropdown-button[^"]*">\s*(<button[^>]*>.*?</button>)', html, re.S)
    assert found, "no action menu on the page"
    return found.group(1)


def test_a_providers_main_button_sends_the_change_to_the_council(client, tree, speech_staff):
    client.force_login(speech_staff)

    html = client.get(edit_url(tree.speech_listing)).content.decode()

    button = main_button(html)
    assert 'name="action-submit"' in button
    assert "Submit to Council moderation" in button
    assert "Save draft" in html  # still there, in the menu beside it


def test_a_provider_adding_a_listing_also_submits_first(client, tree, speech_staff):
    client.force_login(speech_staff)
    folder = ServiceIndexPage.objects.get(provider=tree.speech)

    html = client.get(
        reverse("wagtailadmin_pages:add", args=["local_offer", "servicepage", folder.pk])
    ).content.decode()

    assert 'name="action-submit"' in main_button(html)


def test_an_officer_keeps_wagtails_order_with_publish(client, tree, officer):
    client.force_login(officer)

    html = client.get(edit_url(tree.speech_listing)).content.decode()

    assert 'name="action-submit"' not in main_button(html)
    assert 'name="action-publish"' in html


def test_a_provider_who_only_saves_is_told_the_council_has_not_got_it(
    client, tree, speech_staff
):
    client.force_login(speech_staff)

    response = submit_change(client, tree.speech_listing, action=None, summary=NEW_SUMMARY)
    html = client.get(response["Location"]).content.decode()

    assert "Saved as a draft, but not sent to the council." in html
    assert "Submit to Council moderation" in html
    assert not WorkflowState.objects.filter(object_id=str(tree.speech_listing.pk)).exists()


def test_a_provider_who_submits_gets_no_such_warning(client, tree, speech_staff, officer):
    client.force_login(speech_staff)

    response = submit_change(client, tree.speech_listing, summary=NEW_SUMMARY)

    assert "not sent to the council" not in client.get(response["Location"]).content.decode()


# --- the officer's review: what changed, then approve (issue 11, item 6) -----------------------


def review_url(page):
    return reverse("local_offer_review_changes", args=[page.pk])


def submitted(client, tree, speech_staff, **changes):
    """The speech provider changed its listing and sent it to the council."""
    client.force_login(speech_staff)
    assert submit_change(client, tree.speech_listing, **changes).status_code == 302
    return ServicePage.objects.get(pk=tree.speech_listing.pk)


def messages_after(client, response) -> str:
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def test_the_dashboard_leads_each_waiting_change_to_its_review(
    client, tree, speech_staff, officer
):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Awaiting your review" in html
    assert f'href="{review_url(listing)}"' in html
    assert "Review changes" in html


def test_the_review_shows_the_change_against_the_live_listing(
    client, tree, speech_staff, officer
):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)

    html = client.get(review_url(listing)).content.decode()

    # Wagtail's comparison: the summary changed, the title did not
    assert "What changed" in html
    summary_row = html.split("Summary:", 1)[1].split("</tr>", 1)[0]
    assert "Saturdays" in summary_row and 'class="addition"' in summary_row
    assert "Title:" not in html
    assert "sent this to the council on" in html
    assert "Approve and publish" in html and "Request changes" in html


def test_a_new_listing_is_reviewed_as_all_new(client, tree, speech_staff, officer):
    # Given a provider who adds a listing and sends it straight to the council
    folder = ServiceIndexPage.objects.get(provider=tree.speech)
    draft = ServicePage(title="Saturday sensory club", summary="A quiet club.", live=False,
                        provider=tree.speech)
    folder.add_child(instance=draft)
    draft.save_revision(user=speech_staff)
    draft.get_workflow().start(draft, speech_staff)
    client.force_login(officer)

    html = client.get(review_url(draft)).content.decode()

    assert "It is a new listing" in html
    assert "Saturday sensory club" in html.split("What changed", 1)[1]


def test_approving_publishes_and_says_what_went_live(client, tree, speech_staff, officer):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)
    html = client.get(review_url(listing)).content.decode()

    response = client.post(review_url(listing), form_data(html, "review-form", decision="approve"))

    page_after = messages_after(client, response)
    listing.refresh_from_db()
    assert f"&#x27;{listing.title}&#x27; is live" in page_after
    assert f'href="{listing.url}"' in page_after  # "View live"
    client.logout()
    assert NEW_SUMMARY in public_summary(client, listing)


def test_approving_in_the_editor_also_says_what_went_live(client, tree, speech_staff, officer):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)
    html = client.get(edit_url(listing)).content.decode()
    data = form_data(html)
    data.update({"action-workflow-action": ["true"], "workflow-action-name": ["approve"]})

    page_after = messages_after(client, client.post(edit_url(listing), data))

    listing.refresh_from_db()
    assert f"&#x27;{listing.title}&#x27; is live" in page_after
    assert f'href="{listing.url}"' in page_after


def test_asking_for_changes_needs_a_comment_and_leaves_the_live_listing(
    client, tree, speech_staff, officer
):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)
    html = client.get(review_url(listing)).content.decode()

    # Without a comment: the page says what is missing and nothing happens
    response = client.post(review_url(listing), form_data(html, "review-form", decision="reject"))
    assert response.status_code == 200
    assert "Say what the provider needs to change" in response.content.decode()
    assert in_progress_state(listing)

    # With one: the provider is asked, and families still see the old summary
    response = client.post(
        review_url(listing),
        form_data(html, "review-form", decision="reject", comment="Add Saturday times."),
    )
    assert "Changes requested for" in messages_after(client, response)
    state = WorkflowState.objects.get(object_id=str(listing.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Add Saturday times."
    client.logout()
    assert NEW_SUMMARY not in public_summary(client, listing)


def test_a_version_saved_during_the_review_is_not_approved_unseen(
    client, tree, speech_staff, officer
):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)
    html = client.get(review_url(listing)).content.decode()
    # ...meanwhile another officer saves a newer version
    ServicePage.objects.get(pk=listing.pk).save_revision(user=officer)

    response = client.post(review_url(listing), form_data(html, "review-form", decision="approve"))

    assert response["Location"] == review_url(listing)
    assert in_progress_state(listing)


def test_only_the_councils_reviewers_may_open_the_review(client, tree, speech_staff, officer):
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)

    client.force_login(speech_staff)
    response = client.get(review_url(listing))

    assert response.status_code in (302, 403)
    assert "Approve and publish" not in response.content.decode()
    assert in_progress_state(listing)


def test_a_listing_not_waiting_sends_the_officer_back_to_the_dashboard(client, tree, officer):
    client.force_login(officer)

    response = client.get(review_url(tree.speech_listing))

    assert response["Location"] == reverse("wagtailadmin_home")


# --- an approved change counts as a check (issue 11, item 7) ----------------------------------

LONG_AGO = date(2025, 9, 1)


def checked_on(page, day) -> ServicePage:
    page = ServicePage.objects.get(pk=page.pk)
    page.last_reviewed = day
    page.save_revision().publish()
    return ServicePage.objects.get(pk=page.pk)


def approve(client, listing):
    html = client.get(review_url(listing)).content.decode()
    client.post(review_url(listing), form_data(html, "review-form", decision="approve"))


def test_approving_a_providers_change_counts_as_a_check(client, tree, speech_staff, officer):
    # Given a listing last checked long ago, with a change waiting for the council
    checked_on(tree.speech_listing, LONG_AGO)
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    assert listing.last_reviewed == LONG_AGO

    # When an officer approves it
    client.force_login(officer)
    approve(client, listing)

    # Then it was checked today, on the live page, in its latest version and for families
    today = timezone.localdate()
    listing = ServicePage.objects.get(pk=listing.pk)
    assert listing.last_reviewed == today
    assert listing.latest_revision.content["last_reviewed"] == today.isoformat()
    client.logout()
    assert f"Last checked {today:%-d %B %Y}" in public_summary(client, listing)


def test_approving_on_wagtails_own_screens_counts_as_a_check_too(
    client, tree, speech_staff, officer
):
    checked_on(tree.speech_listing, LONG_AGO)
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    task_state = in_progress_state(listing).current_task_state
    client.force_login(officer)

    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[listing.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert ServicePage.objects.get(pk=listing.pk).last_reviewed == timezone.localdate()


def test_an_officers_own_save_or_publish_is_not_a_check(client, tree, officer):
    checked_on(tree.speech_listing, LONG_AGO)
    client.force_login(officer)

    submit_change(client, tree.speech_listing, action=None, summary="An officer's draft.")
    assert ServicePage.objects.get(pk=tree.speech_listing.pk).last_reviewed == LONG_AGO

    submit_change(client, tree.speech_listing, action="action-publish", summary="Published.")
    listing = ServicePage.objects.get(pk=tree.speech_listing.pk)
    assert listing.summary == "Published."
    assert listing.last_reviewed == LONG_AGO


def test_asking_for_changes_is_not_a_check(client, tree, speech_staff, officer):
    checked_on(tree.speech_listing, LONG_AGO)
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)
    client.force_login(officer)
    html = client.get(review_url(listing)).content.decode()

    client.post(
        review_url(listing),
        form_data(html, "review-form", decision="reject", comment="Add Saturday times."),
    )

    assert ServicePage.objects.get(pk=listing.pk).last_reviewed == LONG_AGO


def test_approval_closes_the_open_still_accurate_cycle(client, tree, speech_staff, officer):
    # Given a listing whose "still accurate?" reminder went out and was never answered
    checked_on(tree.speech_listing, LONG_AGO)
    reminder = FreshnessReminder.objects.create(
        page=tree.speech_listing, cycle_start=LONG_AGO, sent_at=timezone.now()
    )
    listing = submitted(client, tree, speech_staff, summary=NEW_SUMMARY)

    client.force_login(officer)
    approve(client, listing)

    reminder.refresh_from_db()
    assert reminder.confirmed_at is not None
    assert "approved a change" in reminder.confirmed_by
