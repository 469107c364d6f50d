"""Every address of the family record x every kind of person x GET and POST -> the status
they get. Another family's child, an ended carer's and a key worker's without a grant are a 404
whatever the method; anonymous visitors are sent to sign in."""

import pytest
from django.db import transaction

from portal.accounts.roles import Role
from portal.family.models import Diagnosis, Professional, RecordInvitation
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user

from .helpers import add_carer, end_access, make_child, make_parent

pytestmark = pytest.mark.django_db

ROLES = [
    "parent", "other_parent", "second_carer", "removed_carer", "young_person", "key_worker",
    "officer", "anonymous",
]
FAMILY = {"parent": 200, "second_carer": 200, "young_person": 200}
SIGN_IN = {"anonymous": 302}
# Everything not named is a 404.
READ = {**FAMILY, **SIGN_IN}
FORM = {"get": READ, "post": READ}  # an empty form comes back with its errors
SHOWN = {"get": READ, "post": {"parent": 405, "second_carer": 405, "young_person": 405,
                               **SIGN_IN}}
REMOVE = {"get": {"parent": 405, "second_carer": 405, "young_person": 405, **SIGN_IN},
          "post": {"parent": 302, "second_carer": 302, "young_person": 302, **SIGN_IN}}
SAVES = {"get": READ, "post": {"parent": 302, "second_carer": 302, "young_person": 302,
                               **SIGN_IN}}  # every field optional: an empty form saves
SIGNED_IN = {role: 200 for role in ROLES if role != "anonymous"}

MATRIX = {
    "/family/": {"get": {**SIGNED_IN, **SIGN_IN},
                 "post": {**{role: 405 for role in SIGNED_IN}, **SIGN_IN}},
    "/family/children/new/": {
        "get": {"parent": 200, "other_parent": 200, "second_carer": 200, "removed_carer": 200,
                **SIGN_IN},
        "post": {"parent": 200, "other_parent": 200, "second_carer": 200, "removed_carer": 200,
                 **SIGN_IN},
    },
    "{child}": SHOWN,
    "{child}profile/": SHOWN,
    "{child}profile/edit/": SAVES,
    "{child}needs/": SHOWN,
    "{child}needs/edit/": SAVES,
    "{child}needs/diagnoses/new/": FORM,
    "{child}needs/diagnoses/{diagnosis}/remove/": REMOVE,
    "{child}needs/professionals/new/": FORM,
    "{child}needs/professionals/{professional}/remove/": REMOVE,
    "{child}plan/": SHOWN,
    "{child}plan/edit/": SAVES,
    "{child}plan/moved-dates/new/": FORM,
    "{child}notes/": FORM,
    "{child}carers/": {
        "get": {**READ, "officer": 200},
        "post": {"parent": 405, "second_carer": 405, "young_person": 405, "officer": 405,
                 **SIGN_IN},
    },
    "{child}carers/invite/": FORM,
    "{child}carers/invitations/{invitation}/cancel/": REMOVE,
    # Ending the second carer's access: another carer or an officer; never the young person
    # (until the record is theirs, issue 13) and never the second carer themself.
    "{child}carers/{access}/end/": {
        "get": {"parent": 200, "officer": 200, **SIGN_IN},
        "post": {"parent": 302, "officer": 200, **SIGN_IN},  # an officer must give a reason
    },
    # Handing the record over (the cast's child has no date of birth: nothing can be done yet,
    # but the pages say so). Carers invite; only the young person takes over.
    "{child}handover/": SHOWN,
    "{child}handover/invite/": {
        "get": {"parent": 200, "second_carer": 200, **SIGN_IN},
        "post": {"parent": 200, "second_carer": 200, **SIGN_IN},
    },
    "{child}handover/take-over/": {
        "get": {"young_person": 200, **SIGN_IN}, "post": {"young_person": 200, **SIGN_IN},
    },
    "/family/find-a-record/": {
        "get": {"officer": 200, **SIGN_IN},
        "post": {"officer": 405, **SIGN_IN},
    },
}


@pytest.fixture
def cast():
    parent, second, removed = make_parent(), make_parent(), make_parent()
    young_person = make_user(Role.YOUNG_PERSON)
    child = make_child(parent, second, young_person=young_person)
    end_access(add_carer(child, removed), by=parent, reason="Moved away")
    other_parent = make_parent()
    make_child(other_parent, first_name="Zed")
    council = OrganisationFactory(name="Riverside Council", kind="council")
    people = {
        "parent": parent,
        "other_parent": other_parent,
        "second_carer": second,
        "removed_carer": removed,
        "young_person": young_person,
        "key_worker": make_user(Role.KEY_WORKER, organisation=council, mfa=True),
        "officer": make_user(Role.OFFICER, organisation=council, mfa=True),
        "anonymous": None,
    }
    ids = {
        "child": f"/family/children/{child.pk}/",
        "diagnosis": Diagnosis.objects.create(child=child, name="Autism").pk,
        "professional": Professional.objects.create(child=child, name="Hannah Price").pk,
        "invitation": RecordInvitation.objects.create(
            child=child, email="gran@example.org", invited_by=parent, token_hash="x" * 64
        ).pk,
        "access": child.carers.get(user=second).public_id,
    }
    return people, ids


@pytest.mark.parametrize("pattern", list(MATRIX))
def test_policy_matrix(cast, pattern):
    """Each request runs in a savepoint that is rolled back, so a POST that ends an access or
    removes something does not change what the next person finds."""
    people, ids = cast
    url = pattern.format(**ids)
    wrong = []
    for method in ("get", "post"):
        for role in ROLES:
            client = PortalClient()
            if people[role] is not None:
                client.force_login(people[role])
            with transaction.atomic():
                response = getattr(client, method)(url)
                transaction.set_rollback(True)
            expected = MATRIX[pattern][method].get(role, 404)
            if response.status_code != expected:
                wrong.append(f"{role} {method.upper()}: {response.status_code}, not {expected}")
            elif role == "anonymous":
                assert response["Location"].startswith("/accounts/login/")
    assert wrong == [], url


def test_the_matrix_covers_every_address_of_the_app():
    from django.urls import get_resolver

    from portal.family import urls

    # The invitation link is not a child's page: tests/family/test_carers.py covers it.
    covered = {pattern.pattern._route for pattern in urls.urlpatterns} - {
        "invitations/<str:token>/"
    }
    tested = set()
    for pattern in MATRIX:
        route = pattern.replace("{child}", "children/<uuid:child_id>/").removeprefix("/family/")
        for name, converter in (
            ("{diagnosis}", "<uuid:item_id>"), ("{professional}", "<uuid:item_id>"),
            ("{invitation}", "<uuid:invitation_id>"), ("{access}", "<uuid:access_id>"),
        ):
            route = route.replace(name, converter)
        tested.add(route)
    assert covered == tested
    assert get_resolver().resolve("/family/").url_name == "children"  # the app is mounted
