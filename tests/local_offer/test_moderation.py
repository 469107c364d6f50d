"""Provider self-service through the Wagtail admin, and the council's moderation workflow."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from local_offer.models import Provider, ServiceIndexPage, ServicePage
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
