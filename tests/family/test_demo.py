"""The demo families: believable, separate, and safe to load twice."""

import io
from datetime import date, timedelta

import pytest

from portal.accounts import demo as accounts_demo
from portal.accounts.models import User
from portal.family import demo, handover, policy
from portal.family.demo import families
from portal.family.models import Child, RecordEvent
from portal.family.policy import Action, Section

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    accounts_demo.seed(io.StringIO())
    out = io.StringIO()
    demo.seed(out)
    return out.getvalue()


def _children(email):
    return {child.first_name for child in policy.children_for(User.objects.get(email=email))}


def test_two_families_who_cannot_see_each_other(seeded):
    assert _children("parent-or-carer@riverside.example") == {"Ada", "Jordan", "Tobi"}
    assert _children("co-parent@riverside.example") == {"Ada", "Jordan", "Tobi"}
    assert _children("second-family@riverside.example") == {"Riley"}
    assert _children("young-person@riverside.example") == {"Jordan"}
    riley = Child.objects.get(first_name="Riley")
    sam = User.objects.get(email="parent-or-carer@riverside.example")
    assert not policy.may(sam, riley, Section.PROFILE, Action.VIEW)
    assert "co-parent@riverside.example" in seeded


def test_the_new_sign_ins_use_the_demo_password(seeded):
    for email in ("co-parent@riverside.example", "second-family@riverside.example"):
        assert User.objects.get(email=email).check_password(accounts_demo.DEMO_PASSWORD)


def test_one_child_has_an_ehc_plan_in_progress(client, seeded):
    ada = Child.objects.get(first_name="Ada")
    client.force_login(User.objects.get(email="parent-or-carer@riverside.example"))
    html = client.get(f"/family/children/{ada.pk}/plan/").content.decode()
    assert "The council decided on" in html
    assert "The council should send you the draft plan by" in html
    assert RecordEvent.objects.filter(child=ada).count() >= 10


def test_seeding_again_changes_nothing(seeded):
    before = (Child.objects.count(), RecordEvent.objects.count(), User.objects.count())
    demo.seed(io.StringIO())
    assert (Child.objects.count(), RecordEvent.objects.count(), User.objects.count()) == before


@pytest.mark.parametrize("today", [date(2026, 12, 3), date(2027, 1, 1), date(2027, 6, 30),
                                   date(2027, 8, 31), date(2027, 9, 1), date(2028, 2, 29)])
def test_the_carers_are_asked_to_hand_tobi_the_record_on_any_day(today):
    born = today - timedelta(days=families._born_days_ago_for_the_handover_prompt(today))
    tobi = Child(first_name="Tobi", date_of_birth=born)

    assert handover.prompt_for(tobi, today) is not None
    assert (today - born).days < 17 * 365  # 15, or 16 since the summer


def test_tobi_is_in_the_demo_with_the_prompt(seeded):
    tobi = Child.objects.get(first_name="Tobi")
    assert handover.prompt_for(tobi) is not None
