"""What a young person's parents and carers keep seeing once the record is theirs: one grant to
each carer (`to_family_member`, so it works without the security code their role never uses),
made by the young person on the handover page. Choosing again replaces the grant; choosing
nothing ends it. Grants the family made before carry on until the young person changes them."""

from dataclasses import dataclass
from datetime import datetime, time

from django.db import transaction
from django.utils import timezone

from portal.family import handover
from portal.family.models import CarerAccess, Child

from . import grants as grant_records
from .models import Grant

PURPOSE = "Shared by {name} when the record became theirs"


@dataclass(frozen=True)
class CarerChoice:
    access: CarerAccess
    grant: Grant | None  # what they see now (or from the handover day), if anything
    sections: tuple[str, ...]


def starts_at(child: Child) -> datetime:
    """Now, or the first moment of the day the young person's rights pass if that is later:
    until then the carers hold the record and need no grant."""
    first_day = timezone.make_aware(
        datetime.combine(handover.rights_pass_on(child.date_of_birth), time.min)
    )
    return max(first_day, timezone.now())


def _current_family_grants(child: Child):
    now = timezone.now()
    return (
        Grant.objects.filter(child=child, to_family_member=True, revoked_at__isnull=True,
                             ends_at__gt=now)
        .prefetch_related("permissions")
        .order_by("-created_at")
    )


def choices_for(child: Child) -> list[CarerChoice]:
    """Each current carer with what they keep seeing now."""
    grants = {}
    for grant in _current_family_grants(child):
        grants.setdefault(grant.grantee_user_id, grant)
    found = []
    for access in child.carers.filter(ended_at__isnull=True).select_related("user"):
        grant = grants.get(access.user_id)
        sections = tuple(str(section) for section in grant.sections()) if grant else ()
        found.append(CarerChoice(access=access, grant=grant, sections=sections))
    return found


@transaction.atomic
def keep_seeing(child: Child, *, by, chosen: dict[int, list[str]]) -> list[Grant]:
    """`chosen` maps each carer's user id to the sections they keep seeing ([] for none). Any
    grant the young person made to them before is ended, then one new grant is made."""
    made = []
    for choice in choices_for(child):
        sections = chosen.get(choice.access.user_id)
        if sections is None or set(sections) == set(choice.sections):
            continue  # left as it was
        if choice.grant is not None:
            grant_records.revoke(choice.grant, by=by)
        if sections:
            made.append(
                grant_records.create_grant(
                    child=child, granted_by=by, sections=sections,
                    purpose=PURPOSE.format(name=child.first_name),
                    grantee_user=choice.access.user, starts_at=starts_at(child),
                    to_family_member=True,
                )
            )
    return made
