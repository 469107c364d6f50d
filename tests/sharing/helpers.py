"""A family, a key worker and their organisation, for the sharing tests."""

from datetime import timedelta

from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.policy import Action, Section
from portal.sharing.grants import create_grant
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import make_child, make_parent


def riverside():
    return OrganisationFactory(name="Riverside Council", kind="council")


def make_key_worker(organisation=None, **fields):
    return make_user(
        Role.KEY_WORKER, organisation=organisation or riverside(), mfa=True, **fields
    )


def share(child, *, with_user=None, with_organisation=None, sections=(Section.GOALS,),
          actions=(Action.VIEW,), by=None, starts_at=None, ends_at=None,
          purpose="Annual review at Riverside Primary"):
    return create_grant(
        child=child, granted_by=by, sections=sections, actions=actions, purpose=purpose,
        grantee_user=with_user, grantee_organisation=with_organisation,
        starts_at=starts_at, ends_at=ends_at,
    )


def days(n):
    return timedelta(days=n)


__all__ = ["make_child", "make_parent", "timezone"]
