"""A Young Commissioner signs in, scores a service against their group's criteria by keyboard
and mouse, and sees the group's scores with the spread; an officer moves a recommendation on.
axe-core finds nothing to fix on any page of the way."""

import pytest

from local_offer import search_index
from tests.search.service_pages import local_offer_tree, publish_service

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser
OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_a_commissioner_scores_a_service_and_an_officer_moves_a_recommendation(
    axe_page, make_user
):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.roles import Role
    from youngcommissioners import commissioners
    from youngcommissioners.models import (
        CommissionerGroup,
        Criterion,
        Membership,
        Recommendation,
        ReviewScore,
    )

    with search_index.paused():
        service = publish_service(local_offer_tree(), "Riverside Youth Club")
    maya = make_user(email="maya@riverside.example", roles=(Role.YOUNG_COMMISSIONER,),
                     display_name="Maya Patel")
    sol = make_user(email="sol@riverside.example", roles=(Role.YOUNG_COMMISSIONER,))
    officer = make_user(email="officer@riverside.example", roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    group = CommissionerGroup.objects.create(name="Riverside Young Commissioners",
                                             supporting_officer=officer)
    for member in (maya, sol):
        Membership.objects.create(group=group, user=member)
    easy = Criterion.objects.create(group=group, text="Easy to get to", position=0)
    listen = Criterion.objects.create(group=group, text="Staff listen to me", position=1)
    commissioners.score_service(group, sol, service, {easy: (2, ""), listen: (5, "")})
    item = commissioners.recommend(group, sol, "Later buses", "Buses after six to the club")

    page = axe_page
    sign_in(page, maya.email)
    page.goto("/start/")
    page.get_by_role("link", name="Riverside Young Commissioners").click()
    assert page.locator("h1").inner_text().strip() == "Riverside Young Commissioners"
    assert_no_axe_violations(page)

    page.get_by_role("link", name="Score a service").click()
    page.get_by_label("Search services by name").fill("youth")
    page.get_by_role("button", name="Search").click()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Score Riverside Youth Club").click()
    assert_no_axe_violations(page)

    # Forgetting one score keeps what was typed and says what is missing
    page.get_by_role("group", name="Easy to get to: your score").get_by_label("4").check()
    page.get_by_label("Staff listen to me: why? (optional)").fill("They asked what we wanted")
    page.get_by_role("button", name="Save my scores").click()
    assert "Choose a score for" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    assert page.get_by_label("Staff listen to me: why? (optional)").input_value() == (
        "They asked what we wanted")
    listen_group = page.get_by_role("group", name="Staff listen to me: your score")
    listen_group.get_by_label("3").focus()
    page.keyboard.press("Space")
    page.get_by_role("button", name="Save my scores").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/voice/young-commissioners/{group.pk}/")

    assert "Your scores for Riverside Youth Club are saved" in page.content()
    assert ReviewScore.objects.filter(member=maya).count() == 2
    assert "2 to 4, from 2 members" in page.content()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Riverside Youth Club").first.click()
    page.wait_for_url("**/services/**")
    assert "They asked what we wanted" in page.content()
    assert_no_axe_violations(page)
    page.goto(f"/voice/young-commissioners/recommendations/{item.pk}/")
    assert_no_axe_violations(page)
    page.goto("/voice/young-commissioners/what-happens-to-what-you-write/")
    assert_no_axe_violations(page)

    # The officer moves the recommendation on; the reason is asked for when it is refused
    officer_page = page.context.browser.new_context(
        base_url=page.url.split("/voice")[0], bypass_csp=True
    ).new_page()
    sign_in(officer_page, officer.email)
    enter_authenticator_code(officer_page, OFFICER_SECRET)
    officer_page.goto(f"/voice/young-commissioners/recommendations/{item.pk}/")
    officer_page.get_by_role("radio", name="Not accepted").check()
    officer_page.get_by_role("button", name="Save and tell the group").click()
    officer_page.locator(".govuk-error-summary").wait_for()
    assert "Give the reasons it is not accepted" in officer_page.content()
    assert_no_axe_violations(officer_page)
    officer_page.get_by_role("radio", name="Partly accepted").check()
    officer_page.get_by_label("How much is done (0 to 100 per cent)").fill("40")
    officer_page.get_by_role("button", name="Save and tell the group").click()
    officer_page.get_by_text("Every member of the group is told").wait_for()
    assert "Partly accepted, 40% done" in officer_page.content()
    assert_no_axe_violations(officer_page)
    item = Recommendation.objects.get(pk=item.pk)
    assert (item.status, item.progress) == ("partly", 40)
    officer_page.context.close()
