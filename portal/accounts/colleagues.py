"""An organisation admin removes a colleague: staff roles and organisation go, sessions end.

The person keeps their account (and any family role), so a parent who also worked for a
provider still has their family's records after they leave that job.
"""

from django.db import transaction

from . import role_changes
from .models import User
from .roles import INVITED_ROLES


@transaction.atomic
def remove_from_organisation(colleague: User) -> None:
    colleague.groups.remove(*colleague.groups.filter(name__in=[str(r) for r in INVITED_ROLES]))
    colleague.organisation = None
    colleague.is_organisation_admin = False
    colleague.save(update_fields=["organisation", "is_organisation_admin"])
    colleague.end_all_sessions()
    role_changes.roles_removed(colleague)
