"""A parent shares Ada's goals with a key worker; the key worker signs in with their
authenticator app, finds Ada on their caseload and adds a rating; the parent sees the rating
and both of the key worker's visits in the access log, then stops sharing; the key worker's
next click is a 404. axe-core finds nothing to fix on any page of the way."""

import pytest
from django.utils import timezone

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in
from .fixtures import _new_context

pytestmark = pytest.mark.browser
SECRET = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU"


@pytest.fixture
def people(make_user):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.models import Organisation
    from portal.accounts.roles import Role
    from tests.family.goals.helpers import make_goal
    from tests.family.helpers import make_child

    council = Organisation.objects.create(name="Riverside Council", kind="council")
    parent = make_user(email="sam@example.org", display_name="Sam Okafor")
    worker = make_user(email="alex@riverside.example", roles=(Role.KEY_WORKER,),
                       display_name="Alex Morgan", organisation=council)
    TOTP.activate(worker, SECRET)
    child = make_child(parent, first_name="Ada")
    goal = make_goal(child, parent, wording="Get dressed for school on my own")
    return parent, worker, child, goal


@pytest.fixture
def two_browsers(chromium_browser, live_server):
    contexts = [_new_context(chromium_browser, live_server, bypass_csp=True) for _ in range(2)]
    yield [context.new_page() for context in contexts]
    for context in contexts:
        context.close()


def test_a_family_shares_goals_sees_every_look_and_stops_sharing(two_browsers, people):
    family_page, worker_page = two_browsers
    parent, worker, child, goal = people

    # Given the parent on Ada's record, which links to sharing
    sign_in(family_page, parent.email)
    family_page.goto(f"/family/children/{child.pk}/")
    assert_no_axe_violations(family_page)
    family_page.get_by_role("link", name="Who you share Ada's record with").click()
    assert family_page.get_by_text("You are not sharing the record with anyone now.").is_visible()
    assert_no_axe_violations(family_page)

    # When they share goals with Alex, first forgetting to say why
    family_page.get_by_role("button", name="Share Ada's record").click()
    assert_no_axe_violations(family_page)
    family_page.get_by_label("A named person").check()
    family_page.get_by_label("Their email address").fill("alex@riverside.example")
    family_page.get_by_label("Goals", exact=True).check()
    family_page.get_by_label("Add ratings and comments to goals").check()
    family_page.get_by_role("button", name="Share").click()
    summary = family_page.locator(".govuk-error-summary").inner_text()
    assert "Enter why you are sharing" in summary
    assert_no_axe_violations(family_page)
    assert family_page.get_by_label("Goals", exact=True).is_checked()  # nothing typed is lost
    family_page.get_by_label("Why are you sharing?").fill("Annual review at Riverside Primary")
    family_page.get_by_role("button", name="Share").click()

    # Then the sharing page says what Alex can do, in plain words
    shared = family_page.locator("main").inner_text()
    assert ("Alex Morgan (Riverside Council) can see and add ratings and comments to goals "
            "until") in shared
    assert_no_axe_violations(family_page)

    # When Alex signs in with their code and opens their caseload
    sign_in(worker_page, worker.email)
    enter_authenticator_code(worker_page, SECRET)
    worker_page.goto("/sharing/caseload/")
    assert_no_axe_violations(worker_page)
    worker_page.get_by_role("link", name="Ada Okafor", exact=True).click()

    # Then the record lists only goals
    links = worker_page.locator("main .govuk-summary-list a")
    assert [links.nth(i).inner_text() for i in range(links.count())] == ["Goals"]
    assert_no_axe_violations(worker_page)

    # When Alex adds a rating to the goal
    worker_page.goto(f"/family/children/{child.pk}/goals/{goal.pk}/")
    assert_no_axe_violations(worker_page)
    worker_page.get_by_role("button", name="Add a rating").click()
    assert_no_axe_violations(worker_page)
    worker_page.get_by_label("Performance", exact=False).fill("5")
    worker_page.get_by_label("Satisfaction", exact=False).fill("6")
    worker_page.get_by_label("Comment").fill("Buttons done at the review")
    worker_page.get_by_role("button", name="Save rating").click()
    assert worker_page.get_by_text("Rating added.").is_visible()

    # Then the parent sees the rating, marked with Alex's name and role
    family_page.goto(f"/family/children/{child.pk}/goals/{goal.pk}/")
    assert "Alex Morgan (Key worker)" in family_page.locator("#ratings-table").inner_text()

    # And every look Alex took is in the access log, newest first
    family_page.goto(f"/sharing/children/{child.pk}/access-log/")
    log = family_page.locator("table tbody").inner_text()
    assert "Alex Morgan, key worker at Riverside Council" in log
    assert "Added to goals" in log and "Looked at goals" in log
    assert "Looked at the record's front page" in log
    assert_no_axe_violations(family_page)

    # When the parent stops sharing, after confirming
    family_page.goto(f"/sharing/children/{child.pk}/")
    family_page.get_by_role("link", name="Stop sharing with Alex Morgan").click()
    assert_no_axe_violations(family_page)
    family_page.get_by_role("button", name="Stop sharing").click()
    assert family_page.get_by_text("Sharing that has ended").is_visible()
    assert_no_axe_violations(family_page)

    # Then Alex's next click is a page that does not exist
    response = worker_page.goto(f"/family/children/{child.pk}/goals/{goal.pk}/")
    assert response.status == 404
    worker_page.goto("/sharing/caseload/")
    assert worker_page.get_by_text("No family is sharing a record with you").is_visible()
    assert timezone.now()
