"""sharing.policy.decide: a grant works only while in force, for the person or organisation
named, for what it names, and for someone who signs in with a code. Frozen clocks test the
edges: a grant starts working at its first moment and stops at its end, and a revoke takes
effect on the very next question."""

from datetime import datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family import policy as family_policy
from portal.family.policy import Action, Section
from portal.sharing.grants import GrantError, change_grant, create_grant, revoke
from portal.sharing.models import Grant
from portal.sharing.policy import active_grants_for, decide, grants_for_child
from tests.factories import OrganisationFactory, make_user

from .helpers import make_child, make_key_worker, make_parent, riverside, share

pytestmark = pytest.mark.django_db
NOON = datetime(2026, 12, 3, 12, tzinfo=timezone.get_fixed_timezone(0))
SECOND = timedelta(seconds=1)


@pytest.fixture
def family():
    parent = make_parent()
    return parent, make_child(parent, first_name="Ada")


def test_a_grant_allows_what_it_names_and_nothing_else(family):
    parent, child = family
    worker = make_key_worker()
    grant = share(child, with_user=worker, by=parent, sections=[Section.GOALS],
                  actions=[Action.VIEW, Action.ADD])

    allowed = decide(worker, child, Section.GOALS, Action.ADD)
    assert allowed and allowed.grant == grant
    assert decide(worker, child, Section.GOALS, Action.VIEW).grant == grant
    assert decide(worker, child, Section.RECORD, Action.VIEW).grant == grant
    for section in (Section.PROFILE, Section.NEEDS, Section.DOCUMENTS, Section.NOTES,
                    Section.CARERS, Section.SAVED_SERVICES):
        assert not decide(worker, child, section, Action.VIEW)
    assert not decide(worker, child, Section.GOALS, Action.CHANGE)
    assert not decide(worker, child, Section.GOALS, Action.MANAGE)
    assert not decide(worker, make_child(make_parent()), Section.GOALS, Action.VIEW)


def test_the_family_policy_asks_sharing_for_everyone_else(family):
    parent, child = family
    worker = make_key_worker()
    assert not family_policy.may(worker, child, Section.GOALS, Action.VIEW)
    share(child, with_user=worker, by=parent)
    fresh = type(child).objects.get(pk=child.pk)  # decisions are remembered per child object
    assert family_policy.may(worker, fresh, Section.GOALS, Action.VIEW)
    assert not family_policy.may(worker, fresh, Section.NOTES, Action.VIEW)


def test_a_grant_works_from_its_first_moment_to_just_before_its_end(family):
    parent, child = family
    worker = make_key_worker()
    starts, ends = NOON + timedelta(days=1), NOON + timedelta(days=30)
    share(child, with_user=worker, by=parent, starts_at=starts, ends_at=ends)

    with time_machine.travel(starts - SECOND, tick=False):
        assert not decide(worker, child, Section.GOALS, Action.VIEW)
    with time_machine.travel(starts, tick=False):
        assert decide(worker, child, Section.GOALS, Action.VIEW)
    with time_machine.travel(ends - SECOND, tick=False):
        assert decide(worker, child, Section.GOALS, Action.VIEW)
    with time_machine.travel(ends, tick=False):
        assert not decide(worker, child, Section.GOALS, Action.VIEW)
    assert decide(worker, child, Section.GOALS, Action.VIEW, at=starts)
    assert not decide(worker, child, Section.GOALS, Action.VIEW, at=ends)


def test_a_revoke_takes_effect_on_the_next_question(family):
    parent, child = family
    worker = make_key_worker()
    with time_machine.travel(NOON, tick=False):
        grant = share(child, with_user=worker, by=parent)
        assert decide(worker, child, Section.GOALS, Action.VIEW)
    with time_machine.travel(NOON + SECOND, tick=False):
        assert revoke(grant, by=parent)
    with time_machine.travel(NOON + 2 * SECOND, tick=False):
        assert not decide(worker, child, Section.GOALS, Action.VIEW)
    # What was true before the revoke stays true of that moment.
    assert decide(worker, child, Section.GOALS, Action.VIEW, at=NOON)
    grant.refresh_from_db()
    assert grant.state() == "revoked" and grant.revoked_by == parent
    assert not revoke(grant, by=parent)  # once only


def test_a_grant_lasts_twelve_months_unless_told_otherwise(family):
    parent, child = family
    with time_machine.travel(NOON, tick=False):
        grant = share(child, with_user=make_key_worker(), by=parent)
    assert grant.ends_at - grant.starts_at == timedelta(days=365)
    assert grant.last_day.isoformat() == "2027-12-03"  # until noon that day


def test_an_organisation_grant_covers_its_current_members_only(family):
    parent, child = family
    council = riverside()
    worker, colleague = make_key_worker(council), make_key_worker(council)
    elsewhere = make_key_worker(OrganisationFactory(name="Hillside Health", kind="health"))
    grant = share(child, with_organisation=council, by=parent)

    assert decide(worker, child, Section.GOALS, Action.VIEW).grant == grant
    assert decide(colleague, child, Section.GOALS, Action.VIEW).grant == grant
    assert not decide(elsewhere, child, Section.GOALS, Action.VIEW)
    colleague.organisation = None  # left Riverside Council
    colleague.save()
    assert not decide(colleague, child, Section.GOALS, Action.VIEW)
    worker.is_active = False  # removed by their organisation admin
    worker.save()
    assert not decide(worker, child, Section.GOALS, Action.VIEW)


def test_a_named_grant_is_preferred_to_an_organisation_grant(family):
    parent, child = family
    council = riverside()
    worker = make_key_worker(council)
    share(child, with_organisation=council, by=parent)
    mine = share(child, with_user=worker, by=parent)
    assert decide(worker, child, Section.GOALS, Action.VIEW).grant == mine


def test_only_people_who_sign_in_with_a_code_can_use_a_grant(family):
    """A grant to an account whose role does not use two-step sign-in does nothing (except a
    young person's grant to their own carer, issue 13's handover); for professional roles,
    RequireMFAMiddleware refuses any session that skipped the code (test_access_log.py)."""
    parent, child = family
    grandparent = make_parent()
    share(child, with_user=grandparent, by=parent)
    assert not decide(grandparent, child, Section.GOALS, Action.VIEW)
    assert list(active_grants_for(grandparent)) == []
    own_carer = create_grant(
        child=child, granted_by=None, sections=[Section.GOALS], purpose="Keeping Mum in touch",
        grantee_user=grandparent, to_family_member=True,
    )
    assert decide(grandparent, child, Section.GOALS, Action.VIEW).grant == own_carer


def test_family_only_parts_and_managing_cannot_be_shared(family):
    parent, child = family
    worker = make_key_worker()
    with pytest.raises(GrantError):
        share(child, with_user=worker, by=parent, sections=[Section.NOTES])
    with pytest.raises(GrantError):
        share(child, with_user=worker, with_organisation=riverside(), by=parent)
    with pytest.raises(GrantError):
        share(child, with_user=worker, by=parent, starts_at=NOON, ends_at=NOON)
    grant = share(child, with_user=worker, by=parent, sections=[Section.PROFILE],
                  actions=[Action.VIEW, Action.ADD, Action.CHANGE, Action.MANAGE])
    # Ratings are added to goals and documents uploaded to documents; a profile is only seen.
    assert grant.permission_pairs() == {("profile", "view")}
    assert Grant.objects.count() == 1


def test_a_grant_says_in_plain_english_what_it_allows(family):
    parent, child = family
    worker = make_key_worker(display_name="Alex Morgan")
    with time_machine.travel(NOON, tick=False):
        grant = share(child, with_user=worker, by=parent,
                      sections=[Section.GOALS, Section.PROFILE],
                      actions=[Action.VIEW, Action.ADD])
    assert grant.describe() == (
        "Alex Morgan (Riverside Council) can see the one-page profile; see and add ratings "
        "and comments to goals until 3 December 2027, for: Annual review at Riverside Primary"
    )


def test_changing_a_grant_takes_effect_on_the_next_question(family):
    parent, child = family
    worker = make_key_worker()
    grant = share(child, with_user=worker, by=parent, sections=[Section.GOALS])
    change_grant(grant, sections=[Section.PROFILE], actions=[Action.VIEW],
                 ends_at=grant.ends_at)
    assert not decide(worker, child, Section.GOALS, Action.VIEW)
    assert decide(worker, child, Section.PROFILE, Action.VIEW)


def test_listing_grants(family):
    parent, child = family
    worker = make_key_worker()
    current = share(child, with_user=worker, by=parent)
    ended = share(child, with_user=worker, by=parent, starts_at=NOON - timedelta(days=400),
                  ends_at=NOON - timedelta(days=35))
    assert list(active_grants_for(worker)) == [current]
    assert set(grants_for_child(child)) == {current, ended}
    assert list(active_grants_for(make_user(Role.OFFICER, mfa=True))) == []
