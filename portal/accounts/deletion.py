"""Deleting an account: each app says what it erases and what the council must keep.

An app registers one function in its AppConfig.ready():

    from portal.accounts.deletion import ErasureReport, Kept, register_erasure

    def erase_family_records(user) -> ErasureReport:
        ...
        return ErasureReport(
            erased=["Your children's profiles, goals and documents"],
            kept=[Kept("Payments", "The council must keep financial records for audit.")],
        )

    register_erasure("family", erase_family_records, covers=[Child, CarerAccess])

`covers` names the models the function erases (optional; tests/test_data_rights.py fails when a
model holding a family's data is covered by no erasure, or by no export: data_export.py).

Every registered function runs inside one transaction with the deletion of the user, so if any
of them fails nothing is erased and the person is told so.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from allauth.account.models import EmailAddress
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError

from .models import Invitation, User
from .roles import Role

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Kept:
    what: str
    reason: str

    def __str__(self):
        return f"{self.what}: {self.reason}"


@dataclass
class ErasureReport:
    erased: list[str] = field(default_factory=list)
    kept: list[Kept] = field(default_factory=list)


@dataclass
class DeletionOutcome:
    erased: list[str]
    kept: list[Kept]
    anonymised: bool  # True when other records still point at the account, so it was emptied


class DeletionRefused(Exception):
    """The account cannot be deleted yet; the message says why, in plain English."""


ErasureHook = Callable[[User], ErasureReport]
_hooks: dict[str, ErasureHook] = {}
_covers: dict[str, tuple] = {}


def register_erasure(name: str, hook: ErasureHook, covers=()) -> None:
    """Register (or replace, if the name is taken) what an app erases when an account goes."""
    _hooks[name] = hook
    _covers[name] = tuple(covers)


def unregister_erasure(name: str) -> None:
    _hooks.pop(name, None)
    _covers.pop(name, None)


def registered_erasures() -> dict[str, ErasureHook]:
    return dict(_hooks)


def erasure_coverage() -> set:
    """Every model some registered erasure says it covers."""
    return {model for models in _covers.values() for model in models}


def refusal_reason(user: User) -> str | None:
    """Why this account cannot be deleted now, or None."""
    if user.groups.filter(name=str(Role.SITE_ADMIN)).exists():
        other_site_admins = (
            User.objects.filter(groups__name=str(Role.SITE_ADMIN), is_active=True)
            .exclude(pk=user.pk)
            .exists()
        )
        if not other_site_admins:
            return (
                "You are the only site admin. Make someone else a site admin before you delete "
                "your account, so that someone can still run the portal."
            )
    return None


def erase_account_basics(user: User) -> ErasureReport:
    """What the accounts app itself holds about a person."""
    Invitation.objects.filter(email__iexact=user.email).delete()
    return ErasureReport(
        erased=[
            "Your email address, name and password",
            "Your authenticator app and recovery codes, if you set them up",
            "Invitations sent to your email address",
        ],
        kept=[
            Kept(
                "Invitations you sent to colleagues",
                "The organisation keeps a record of who it invited, without your name.",
            )
        ]
        if user.invitations_sent.exists()
        else [],
    )


register_erasure("accounts", erase_account_basics, covers=[User, Invitation])


def _anonymise(user: User) -> None:
    EmailAddress.objects.filter(user=user).delete()
    user.groups.clear()
    user.email = f"deleted-user-{user.pk}@deleted.invalid"
    user.display_name = ""
    user.first_name = ""
    user.last_name = ""
    user.organisation = None
    user.is_organisation_admin = False
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save()
    user.end_all_sessions()


@transaction.atomic
def delete_account(user: User) -> DeletionOutcome:
    """Run every registered erasure, then delete the user (or empty it if records must stay)."""
    reason = refusal_reason(user)
    if reason:
        raise DeletionRefused(reason)
    erased: list[str] = []
    kept: list[Kept] = []
    for name, hook in _hooks.items():
        report = hook(user)
        erased.extend(report.erased)
        kept.extend(report.kept)
        logger.info("Account %s: erasure hook %s ran", user.pk, name)
    anonymised = False
    try:
        with transaction.atomic():
            user.delete()
    except (ProtectedError, RestrictedError):
        # Some records the council must keep (for example payments) still point at this
        # account: keep an empty, unusable shell so those records stay intact.
        _anonymise(user)
        anonymised = True
    return DeletionOutcome(erased=erased, kept=kept, anonymised=anonymised)
