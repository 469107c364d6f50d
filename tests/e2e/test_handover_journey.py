"""A parent sees that their son can take over his record and opens the invitation form; the
young person takes the record over and chooses what his mum keeps seeing; his mum then sees
only that; a council officer records a capacity decision for another young person. axe-core
finds nothing to fix on any page of the way."""

from datetime import date

import pytest

from .axe import assert_no_axe_violations
from .browser import enter_authenticator_code, sign_in

pytestmark = pytest.mark.browser

OFFICER_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def family(make_user):
    from portal.accounts.roles import Role
    from tests.family.helpers import make_child

    mum = make_user(email="sam@example.org", display_name="Sam Okafor")
    jordan = make_user(email="jordan@example.org", display_name="Jordan Okafor",
                       roles=(Role.YOUNG_PERSON,))
    today = date.today()
    # 17 this school year: his rights passed on 1 September, and he has not taken over yet.
    child = make_child(mum, first_name="Jordan", young_person=jordan,
                       date_of_birth=date(today.year - 17, 12, 31) if today.month >= 9
                       else date(today.year - 17, 6, 30))
    return mum, jordan, child


def test_a_young_person_takes_over_their_record_and_chooses_what_mum_keeps_seeing(
    axe_page, family
):
    page = axe_page
    mum, jordan, child = family

    # Given his mum, who is told Jordan can take over the record
    sign_in(page, mum.email)
    page.goto(f"/family/children/{child.pk}/")
    assert "Jordan can now take over this record" in page.content()
    assert_no_axe_violations(page)
    page.get_by_role("link", name="What this means and how to invite Jordan").click()
    assert page.locator("h1").inner_text().strip() == "When Jordan's record becomes theirs"
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Invite Jordan to take over").click()
    assert page.get_by_label("Their email address").input_value() == "jordan@example.org"
    page.get_by_label("Their email address").fill("")
    page.get_by_role("button", name="Send invitation").click()
    assert "Enter their email address" in page.locator(".govuk-error-summary").inner_text()
    assert_no_axe_violations(page)
    page.goto("/accounts/logout/")
    page.get_by_role("button", name="Sign out").click()

    # When Jordan takes it over himself
    sign_in(page, jordan.email)
    page.goto(f"/family/children/{child.pk}/handover/")
    assert page.locator("h1").inner_text().strip() == "When your record becomes yours"
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Take over my record").click()
    assert page.locator("h1").inner_text().strip() == "Take over your record"
    assert_no_axe_violations(page)
    page.get_by_role("button", name="Take over my record").click()

    # Then he is asked what his mum keeps seeing, and shares only the profile
    assert page.locator("h1").inner_text().strip() == (
        "What should your parents or carers keep seeing?"
    )
    assert_no_axe_violations(page)
    page.get_by_label("One-page profile").check()
    page.get_by_role("button", name="Save").click()
    assert "Saved. You can change this at any time." in page.content()
    assert_no_axe_violations(page)
    page.goto("/accounts/logout/")
    page.get_by_role("button", name="Sign out").click()

    # And his mum sees the profile, and nothing else
    sign_in(page, mum.email)
    response = page.goto(f"/family/children/{child.pk}/profile/")
    assert response.status == 200
    response = page.goto(f"/family/children/{child.pk}/needs/")
    assert response.status == 404


@pytest.fixture
def officer_and_child(make_user):
    from allauth.mfa.totp.internal.auth import TOTP

    from portal.accounts.roles import Role
    from tests.family.helpers import make_child

    mum = make_user(email="morgan@example.org", display_name="Morgan Reid")
    officer = make_user(email="officer@riverside.example", display_name="Olu Officer",
                        roles=(Role.OFFICER,))
    TOTP.activate(officer, OFFICER_SECRET)
    child = make_child(mum, first_name="Riley", date_of_birth=date(date.today().year - 17, 6, 1))
    return officer, mum, child


def test_an_officer_records_who_decides_for_a_young_person(axe_page, officer_and_child):
    page = axe_page
    officer, mum, child = officer_and_child
    sign_in(page, officer.email)
    enter_authenticator_code(page, OFFICER_SECRET)

    page.goto(f"/sharing/children/{child.pk}/capacity/")
    assert "No decision has been recorded" in page.content()
    assert_no_axe_violations(page)
    page.get_by_label("The young person lacks capacity", exact=False).check()
    page.get_by_role("button", name="Record the decision").click()
    assert page.locator(".govuk-error-summary").is_visible()
    assert_no_axe_violations(page)
    today = date.today()
    page.locator("input[name=decided_on_0]").fill(str(today.day))
    page.locator("input[name=decided_on_1]").fill(str(today.month))
    page.locator("input[name=decided_on_2]").fill(str(today.year))
    page.get_by_label("Email address of the person who will act for them").fill(mum.email)
    page.get_by_label("A parent", exact=True).check()
    page.get_by_role("button", name="Record the decision").click()
    assert "The decision has been recorded." in page.content()
    assert "Morgan Reid acts for them (a parent)" in page.content()
    assert_no_axe_violations(page)
