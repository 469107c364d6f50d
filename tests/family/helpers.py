"""Children and carers for the family tests (F2 and F3's tests may use these too)."""

from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.carers import start_record
from portal.family.models import CarerAccess, Child
from tests.factories import make_user


def make_parent(**fields):
    return make_user(Role.PARENT, **fields)


def make_child(*carers, first_name="Amara", young_person=None, **fields) -> Child:
    """A child whose current carers are `carers`: the first started the record, as on the site."""
    last_name = fields.pop("last_name", "Okafor")
    if carers:
        child = start_record(
            by=carers[0], first_name=first_name, last_name=last_name, relationship="Parent",
            date_of_birth=fields.pop("date_of_birth", None),
        )
        if young_person is not None or fields:
            Child.objects.filter(pk=child.pk).update(young_person=young_person, **fields)
            child.refresh_from_db()
    else:
        child = Child.objects.create(
            first_name=first_name, last_name=last_name, young_person=young_person, **fields
        )
    for carer in carers[1:]:
        add_carer(child, carer, added_by=carers[0])
    return child


def add_carer(child, user, added_by=None, relationship="Parent") -> CarerAccess:
    return CarerAccess.objects.create(
        child=child, user=user, added_by=added_by, relationship=relationship
    )


def end_access(access: CarerAccess, by=None, reason="") -> CarerAccess:
    access.ended_at = timezone.now()
    access.ended_by = by
    access.end_reason = reason
    access.save()
    return access
