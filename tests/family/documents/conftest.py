import pytest

from portal.accounts.roles import Role
from portal.family.documents import uploads
from tests.factories import OrganisationFactory, make_user
from tests.family.helpers import add_carer, end_access, make_child, make_parent

from . import samples


@pytest.fixture
def family(db):
    """A child with two carers, a young person, a carer whose access was ended, and one report."""
    parent, second_carer, removed = make_parent(), make_parent(), make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, second_carer, young_person=young_person)
    end_access(add_carer(child, removed), by=parent, reason="Moved away")
    document = uploads.add_document(
        child,
        title="Speech therapy report",
        kind="report",
        upload=uploads.Upload(samples.pdf(), "speech report.pdf"),
        user=parent,
    )
    return {
        "child": child,
        "document": document,
        "version": document.versions.get(),
        "parent": parent,
        "second_carer": second_carer,
        "removed_carer": removed,
        "young_person": young_person,
    }


@pytest.fixture
def outsiders(db):
    other_parent = make_parent()
    make_child(other_parent, first_name="Ben")
    organisation = OrganisationFactory()
    return {
        "other_parent": other_parent,
        "key_worker": make_user(Role.KEY_WORKER, organisation=organisation, mfa=True),
        "officer": make_user(Role.OFFICER, organisation=organisation, mfa=True),
    }
