"""policy.py: who may open a child's record, section by section."""

import uuid

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from portal.accounts.roles import Role
from portal.family import policy
from portal.family.policy import Action, Section
from tests.factories import OrganisationFactory, make_user

from .helpers import add_carer, end_access, make_child, make_parent

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    parent, co_parent = make_parent(), make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, co_parent, young_person=young_person)
    return child, parent, co_parent, young_person


def test_carers_and_the_young_person_may_do_everything(family):
    child, parent, co_parent, young_person = family
    for user in (parent, co_parent, young_person):
        for section in Section:
            for action in Action:
                assert policy.may(user, child, section, action), (user, section, action)


def test_another_parent_and_a_key_worker_may_do_nothing(family):
    child = family[0]
    other_parent = make_parent()
    make_child(other_parent)
    key_worker = make_user(Role.KEY_WORKER, organisation=OrganisationFactory(), mfa=True)
    for user in (other_parent, key_worker, AnonymousUser()):
        assert not any(policy.may(user, child, s, a) for s in Section for a in Action)
        with pytest.raises(Http404):
            policy.get_child_or_404(user, child.pk, Section.PROFILE, Action.VIEW)


def test_an_officer_may_see_carers_and_end_access_only(family):
    child = family[0]
    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(), mfa=True)
    allowed = {(s, a) for s in Section for a in Action if policy.may(officer, child, s, a)}
    assert allowed == {(Section.CARERS, Action.VIEW)}
    assert policy.may_end_access(officer, child.carers.first())
    assert policy.children_for(officer).count() == 0


def test_a_removed_carer_loses_everything(family):
    child, parent, co_parent, _ = family
    end_access(child.carers.get(user=co_parent), by=parent, reason="Moved away")
    assert not policy.may(co_parent, child, Section.PROFILE, Action.VIEW)
    assert list(policy.children_for(co_parent)) == []
    with pytest.raises(Http404):
        policy.get_child_or_404(co_parent, child.pk, Section.NOTES, Action.VIEW)


def test_children_for_lists_each_child_once(family):
    child, parent, _, young_person = family
    second = make_child(parent, first_name="Bo")
    # An ended access next to a current one must not list the child twice.
    end_access(add_carer(second, young_person), by=parent)
    assert set(policy.children_for(parent)) == {child, second}
    assert list(policy.children_for(young_person)) == [child]


def test_get_child_or_404_is_one_query(family, django_assert_num_queries):
    child, parent, _, _ = family
    with django_assert_num_queries(1):
        found = policy.get_child_or_404(parent, child.pk, Section.NOTES, Action.ADD)
        for section in Section:
            assert policy.may(parent, found, section, Action.VIEW)


def test_an_unknown_child_is_a_404(family):
    with pytest.raises(Http404):
        policy.get_child_or_404(family[1], uuid.uuid4(), Section.PROFILE, Action.VIEW)


def test_a_young_person_cannot_end_a_carers_access(family):
    child, parent, co_parent, young_person = family
    access = child.carers.get(user=co_parent)
    assert not policy.may_end_access(young_person, access)
    assert policy.may_end_access(parent, access)
    assert not policy.may_end_access(co_parent, access)  # someone else ends it


def test_the_seam_for_grants_refuses_today(family):
    child = family[0]
    key_worker = make_user(Role.KEY_WORKER, organisation=OrganisationFactory(), mfa=True)
    assert policy._granted(key_worker, child, Section.GOALS, Action.VIEW) is False
