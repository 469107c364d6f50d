"""Apps that must act when someone joins or leaves a role register here, so accounts never
imports them (the Local Offer gives a new provider edit rights to its own listings, and takes
them away again).

    from portal.accounts.role_changes import register_role_hooks
    register_role_hooks("local_offer", granted=grant_provider_access, removed=revoke_access)

`granted(user, role)` runs after a role is given; `removed(user)` after someone leaves their
organisation and its roles. Both run inside the caller's transaction: if one fails, nothing
about the change is saved.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .roles import Role, forget_roles


@dataclass(frozen=True)
class RoleHooks:
    granted: Callable | None = None
    removed: Callable | None = None


_hooks: dict[str, RoleHooks] = {}


def register_role_hooks(name: str, *, granted=None, removed=None) -> None:
    _hooks[name] = RoleHooks(granted, removed)


def role_granted(user, role: Role) -> None:
    forget_roles(user)
    for hooks in _hooks.values():
        if hooks.granted:
            hooks.granted(user, role)


def roles_removed(user) -> None:
    forget_roles(user)
    for hooks in _hooks.values():
        if hooks.removed:
            hooks.removed(user)
