"""The demo: Ada's goals and profile are shared with the demo key worker, who sees exactly
that; an ended and a revoked grant and a few log rows show on the family's pages; loading it
twice changes nothing."""

import io

import pytest

from portal.accounts import demo as accounts_demo
from portal.accounts.models import User
from portal.family import demo as family_demo
from portal.family.policy import Action, Section
from portal.sharing import demo
from portal.sharing.models import AccessLog, Grant
from portal.sharing.policy import decide
from tests.clients import PortalClient

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded():
    accounts_demo.seed(io.StringIO())
    family_demo.seed(io.StringIO())
    demo.seed(io.StringIO())
    demo.seed(io.StringIO())  # twice: nothing doubles


def test_the_key_worker_sees_what_the_family_shared(seeded):
    worker = User.objects.get(email=demo.KEY_WORKER)
    ada = Grant.objects.filter(grantee_user=worker).get().child
    assert decide(worker, ada, Section.GOALS, Action.ADD)
    assert decide(worker, ada, Section.PROFILE, Action.VIEW)
    assert not decide(worker, ada, Section.NEEDS, Action.VIEW)
    client = PortalClient()
    client.force_login(worker)
    page = client.get("/sharing/caseload/").content.decode()
    assert "Ada Okafor" in page


def test_the_family_sees_ended_and_revoked_grants_and_the_log(seeded):
    parent = User.objects.get(email=demo.PARENT)
    grants = list(Grant.objects.all())
    assert sorted(grant.state() for grant in grants) == ["active", "ended", "revoked"]
    assert AccessLog.objects.count() == 4
    client = PortalClient()
    client.force_login(parent)
    child = grants[0].child
    page = client.get(f"/sharing/children/{child.pk}/access-log/").content.decode()
    assert "Alex Morgan, key worker at Riverside Council" in page
