"""An officer sets up a Young Commissioners group in the browser: the group, an invitation, a
project with its dates and services, the group's criteria, removing a member after a question,
and a recommendation's planned milestone shown late. A young person opens the invitation and
joins, and a held recommendation tells its author calmly that it waits for a check. axe-core
finds nothing to fix on any page of the way."""

import re
from datetime import date, timedelta

import pytest

from local_offer import search_index
from tests.search.service_pages import local_offer_tree, publish_service

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser
OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
YC = "/voice/young-commissioners/"


def _date(page, legend, day: date):
    group = page.get_by_role("group", name=legend)
    group.get_by_label("Day").fill(str(day.day))
    group.get_by_label("Month").fill(str(day.month))
    group.get_by_label("Year").fill(str(day.year))


def test_an_officer_sets_up_a_group_and_a_young_person_joins(axe_page, make_user):
    from allauth.mfa.totp.internal.auth import TOTP
    from django.core import mail

    from portal.accounts.roles import Role
    from youngcommissioners import commissioners
    from youngcommissioners.models import CommissionerGroup, Membership, Milestone, Project

    with search_index.paused():
        tree = local_offer_tree()
        publish_service(tree, "Riverside Youth Club")
        publish_service(tree, "Hillside Swimming")
    officer = make_user(email="officer@riverside.example", roles=(Role.OFFICER,),
                        display_name="Olu Officer")
    TOTP.activate(officer, OFFICER_SECRET)
    leaving = make_user(email="kit@riverside.example", roles=(Role.YOUNG_COMMISSIONER,),
                        display_name="Kit Leaving")
    joining = make_user(email="sam@riverside.example", roles=(Role.YOUNG_PERSON,),
                        display_name="Sam Joining")

    page = axe_page
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)
    page.goto(YC)
    assert "There are no groups yet" in page.content()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Set up a group").click()
    page.get_by_role("button", name="Set up the group").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "Enter the name of the group" in page.content()
    assert_no_axe_violations(page)
    page.get_by_label("Name of the group").fill("Riverside Young Commissioners")
    page.get_by_label("Supporting officer (optional)").select_option(
        label="Olu Officer (officer@riverside.example)")
    page.get_by_role("button", name="Set up the group").click()
    page.get_by_text("Nobody is in this group yet").wait_for()
    assert_no_axe_violations(page)
    group = CommissionerGroup.objects.get()
    Membership.objects.create(group=group, user=leaving)

    # Invite a young person
    page.get_by_role("button", name="Invite a young person").click()
    assert_no_axe_violations(page)
    page.get_by_label("Young person's email address").fill(joining.email)
    page.get_by_role("button", name="Send invitation").click()
    page.get_by_text("Invitation sent to sam@riverside.example").wait_for()
    assert_no_axe_violations(page)
    link = re.search(r"http\S+/invitations/\S+/", mail.outbox[-1].body).group(0)

    # Remove a member, after a question
    page.get_by_role("link", name="Remove Kit Leaving from the group").click()
    assert "Remove Kit Leaving from the group?" in page.content()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Yes, remove them").click()
    page.get_by_text("Kit Leaving is no longer in").wait_for()
    assert not Membership.objects.filter(user=leaving).exists()

    # A project with dates and a service in scope
    page.goto(f"{YC}{group.pk}/")
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Set up a project").click()
    page.get_by_label("Title").fill("Review short breaks for 14-19s")
    _date(page, "Starts (optional)", date(2027, 3, 1))
    _date(page, "Ends (optional)", date(2027, 2, 1))
    page.get_by_role("button", name="Set up the project").click()
    page.locator(".govuk-error-summary").wait_for()
    assert "The project must end on or after the day it starts" in page.content()
    assert_no_axe_violations(page)
    _date(page, "Ends (optional)", date(2027, 6, 30))
    page.get_by_role("button", name="Set up the project").click()
    page.get_by_role("heading", name="Services the project reviews").wait_for()
    page.get_by_label("Search services by name").fill("youth")
    page.get_by_role("button", name="Search").click()
    assert "Hillside Swimming" not in page.locator("table").inner_text()
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Add Riverside Youth Club").click()
    page.get_by_role("button", name="Take out Riverside Youth Club").wait_for()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Done").click()
    assert "1 March 2027 to 30 June 2027" in page.content()
    assert_no_axe_violations(page)
    assert [s.title for s in Project.objects.get().services.all()] == ["Riverside Youth Club"]

    # The group's criteria: the supporting officer adds and changes one
    page.goto(f"{YC}{group.pk}/")
    page.get_by_role("link", name="Choose what we judge services by").click()
    assert "Nothing yet" in page.content()
    assert_no_axe_violations(page)
    page.get_by_label("What should services be judged by?").fill("Easy to get to")
    page.get_by_role("button", name="Add").click()
    page.get_by_role("link", name="Change \u201cEasy to get to\u201d").click()
    assert_no_axe_violations(page)
    page.get_by_label("What should services be judged by?").fill("Easy to get to by bus")
    page.get_by_role("button", name="Save").click()
    page.get_by_text("is now \u201cEasy to get to by bus\u201d").wait_for()

    # A milestone planned for last week, not done: shown late
    member = make_user(email="maya@riverside.example", roles=(Role.YOUNG_COMMISSIONER,))
    Membership.objects.create(group=group, user=member)
    item = commissioners.recommend(group, member, "Later buses", "Buses after six")
    page.goto(f"{YC}recommendations/{item.pk}/")
    assert "No milestones planned yet" in page.content()
    page.get_by_role("link", name="Plan a milestone").click()
    assert_no_axe_violations(page)
    page.get_by_label("What will happen").fill("Talk to the bus company")
    _date(page, "Planned for", date.today() - timedelta(days=7))
    page.get_by_role("button", name="Save and tell the group").click()
    page.get_by_text("The milestone is saved").wait_for()
    assert "Late" in page.locator("table").first.inner_text()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Change Talk to the bus company").click()
    assert_no_axe_violations(page)
    page.get_by_label("This has happened").check()
    page.get_by_role("button", name="Save and tell the group").click()
    page.get_by_text("The milestone is saved").wait_for()
    assert Milestone.objects.get().done

    # The young person opens the invitation signed out, signs in and joins
    young = page.context.browser.new_context(
        base_url=page.url.split("/voice")[0], bypass_csp=True
    ).new_page()
    young.goto(link)
    assert "Join Riverside Young Commissioners" in young.content()
    assert_no_axe_violations(young)
    sign_in(young, joining.email)
    young.goto(link)
    assert_no_axe_violations(young)
    young.get_by_role("button", name="Join the group").click()
    young.get_by_text("You are now in Riverside Young Commissioners").wait_for()
    assert_no_axe_violations(young)

    # A recommendation the screen holds: told calmly it waits for a check
    young.get_by_role("link", name="Send a recommendation to the commissioners").click()
    young.get_by_label("What should change? (a short title)").fill("Help at home")
    young.get_by_label("Tell the commissioners what you recommend and why").fill(
        "mums boyfriend hit me again")
    young.get_by_role("button", name="Send").click()
    young.get_by_text("Thank you, we have your recommendation").wait_for()
    banner = young.locator(".govuk-notification-banner").inner_text()
    assert "quick check" in banner
    for alarming in ("safeguarding", "concern", "flagged", "worr", "danger"):
        assert alarming not in banner.lower()
    assert "Waiting for a check" in young.content()
    assert_no_axe_violations(young)
    young.context.close()
