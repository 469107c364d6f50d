"""The portal's roles. Each role is a Django group; these names are the single source of truth."""

from enum import StrEnum


class Role(StrEnum):
    PARENT = "Parent or carer"
    YOUNG_PERSON = "Young person"
    PROVIDER = "Provider"
    KEY_WORKER = "Key worker"
    OFFICER = "Council officer"
    SAFEGUARDING_LEAD = "Safeguarding lead"
    YOUNG_COMMISSIONER = "Young commissioner"
    SITE_ADMIN = "Site admin"


# Roles that can see other people's information or publish on the council's behalf must use MFA.
MFA_REQUIRED_ROLES = frozenset(
    {Role.PROVIDER, Role.KEY_WORKER, Role.OFFICER, Role.SAFEGUARDING_LEAD, Role.SITE_ADMIN}
)

# Roles that are only ever given by invitation, never by public sign-up.
INVITED_ROLES = frozenset(
    {Role.PROVIDER, Role.KEY_WORKER, Role.OFFICER, Role.SAFEGUARDING_LEAD, Role.SITE_ADMIN}
)

# Roles a family member can hold after signing up.
FAMILY_ROLES = frozenset({Role.PARENT, Role.YOUNG_PERSON, Role.YOUNG_COMMISSIONER})


def role_names(user) -> set[str]:
    if not user.is_authenticated:
        return set()
    cached = getattr(user, "_role_names", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._role_names = cached
    return cached


def forget_roles(user) -> None:
    """After a change to someone's groups, so the next question reads them again."""
    user.__dict__.pop("_role_names", None)


def has_role(user, *roles: Role) -> bool:
    return bool(role_names(user) & {str(role) for role in roles})


def requires_mfa(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_staff or user.is_superuser or has_role(user, *MFA_REQUIRED_ROLES)
