"""What the editing area names to whom (security review, findings 5 and 6).

Providers must not read other providers' draft titles or unpublished pages in the page
choosers or the move screens; the problem-report chooser (reporters' email addresses) and the
site history's list of names are for officers.
"""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import pytest
from wagtail.models import Page

from local_offer.models import ProblemReport, ServiceIndexPage, ServicePage
from portal.accounts.roles import Role
from tests.factories import make_user

from .moderation_support import (  # noqa: F401
    leisure_staff,
    officer,
    speech_staff,
    tree,
)

pytestmark = pytest.mark.django_db

SECRET_DRAFT = "Confidential pilot for looked-after children"


@pytest.fixture
def leisure_draft(tree, leisure_staff):
    """A new page the leisure trust has saved but never published, in its own folder."""
    folder = ServiceIndexPage.objects.get(provider=tree.leisure)
    draft = ServicePage(
        title=SECRET_DRAFT, summary="Not announced yet.", provider=tree.leisure, live=False
    )
    folder.add_child(instance=draft)
    draft.save_revision()
    return draft


@pytest.fixture
def speech_draft(tree, speech_staff):
    folder = ServiceIndexPage.objects.get(provider=tree.speech)
    draft = ServicePage(
        title="Our own unfinished listing", summary="Draft.", provider=tree.speech, live=False
    )
    folder.add_child(instance=draft)
    draft.save_revision()
    return draft


def test_chooser_search_hides_another_providers_draft(client, speech_staff, leisure_draft):
    client.force_login(speech_staff)

    response = client.get("/admin/choose-page/search/", {"q": "Confidential pilot"})

    assert response.status_code == 200
    assert SECRET_DRAFT not in response.content.decode()


def test_chooser_search_still_finds_own_draft_and_live_pages(
    client, tree, speech_staff, speech_draft
):
    client.force_login(speech_staff)

    own = client.get("/admin/choose-page/search/", {"q": "unfinished"}).content.decode()
    live = client.get("/admin/choose-page/search/", {"q": "swimming"}).content.decode()

    assert "Our own unfinished listing" in own
    assert "Autism-friendly swimming" in live  # another provider's live page is public anyway


def test_chooser_browse_hides_another_providers_draft(client, speech_staff, leisure_draft):
    client.force_login(speech_staff)
    folder = leisure_draft.get_parent()

    listing = client.get(f"/admin/choose-page/{folder.pk}/").content.decode()
    opened = client.get(f"/admin/choose-page/{leisure_draft.pk}/")

    assert SECRET_DRAFT not in listing
    assert opened.status_code == 404
    assert SECRET_DRAFT not in opened.content.decode()


def test_officer_chooser_shows_every_draft(client, officer, leisure_draft):
    client.force_login(officer)

    response = client.get("/admin/choose-page/search/", {"q": "Confidential pilot"})

    assert SECRET_DRAFT in response.content.decode()


def test_safeguarding_lead_chooser_hides_unpublished_pages(client, tree, leisure_draft):
    lead = make_user(Role.SAFEGUARDING_LEAD, mfa=True, is_staff=True)
    client.force_login(lead)

    response = client.get("/admin/choose-page/search/", {"q": "Confidential pilot"})

    assert SECRET_DRAFT not in response.content.decode()


def test_move_confirmation_does_not_name_a_page_one_cannot_move_to(
    client, tree, speech_staff, speech_draft, leisure_draft
):
    client.force_login(speech_staff)

    response = client.get(f"/admin/pages/{speech_draft.pk}/move/{leisure_draft.pk}/confirm/")

    assert response.status_code in {403, 404}
    assert SECRET_DRAFT not in response.content.decode()
    assert speech_draft.get_parent().pk != leisure_draft.pk


def _problem_report(tree):
    return ProblemReport.objects.create(
        page=tree.speech_listing,
        kind=ProblemReport.Kind.choices[0][0],
        details="The phone number is wrong",
        contact_email="reporter@family.example",
    )


def test_problem_report_chooser_is_for_officers_only(client, tree, speech_staff, officer):
    _problem_report(tree)
    url = "/admin/snippets/choose/local_offer/problemreport/"

    client.force_login(speech_staff)
    provider_view = client.get(url)
    client.force_login(officer)
    officer_view = client.get(url)

    assert provider_view.status_code == 404
    assert "reporter@family.example" not in provider_view.content.decode()
    assert officer_view.status_code == 200


def test_site_history_user_filter_lists_only_own_name_for_a_provider(
    client, tree, speech_staff, officer
):
    # Given the officer has edited a page the provider can see the history of
    tree.speech_listing.save_revision(user=officer, log_action=True)
    speech_staff.first_name, speech_staff.last_name = "Priya", "Speech"
    speech_staff.save()
    officer.first_name, officer.last_name = "Olu", "Officer"
    officer.save()
    tree.speech_listing.save_revision(user=speech_staff, log_action=True)

    client.force_login(speech_staff)
    provider_page = client.get("/admin/reports/site-history/").content.decode()
    client.force_login(officer)
    officer_page = client.get("/admin/reports/site-history/").content.decode()

    filter_form = provider_page.split('name="user"', 1)[-1].split("</select>", 1)[0]
    assert "Olu Officer" not in filter_form
    assert "Olu Officer" in officer_page.split('name="user"', 1)[-1].split("</select>", 1)[0]


def test_page_visibility_rule_keeps_live_pages_for_anyone(tree, speech_staff, leisure_draft):
    from portal.pages.admin_access import visible_pages

    titles = set(visible_pages(speech_staff).values_list("title", flat=True))

    assert "Autism-friendly swimming" in titles
    assert SECRET_DRAFT not in titles
    assert Page.objects.filter(title=SECRET_DRAFT).exists()
