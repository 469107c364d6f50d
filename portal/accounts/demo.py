"""Demo organisations and one sign-in per role for Riverside Council (fictional), local use only.

Every demo account uses the password below. Roles that must use two-factor authentication
share one fixed authenticator secret, so a newcomer can add it to any authenticator app, or
print the current code with:

    oathtool --totp -b OJUXMZLSONUWIZJNMRSW23ZNORXXI4BB

seed_demo refuses to run when DEBUG is off, so these accounts never reach a real server.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.text import slugify

from .models import Organisation, User
from .roles import MFA_REQUIRED_ROLES, Role

DEMO_PASSWORD = "riverside-demo-2026"  # noqa: S105 (published demo login, local only)
# 160 bits, like the secrets allauth generates (authenticator libraries refuse fewer than 128).
DEMO_TOTP_SECRET = "OJUXMZLSONUWIZJNMRSW23ZNORXXI4BB"  # noqa: S105 (published, local only)
DEMO_DOMAIN = "riverside.example"

COUNCIL = "Riverside Council"
ORGANISATIONS = [
    (COUNCIL, Organisation.Kind.COUNCIL),
    ("Riverside Speech and Language Therapy CIC", Organisation.Kind.PROVIDER),
    ("Brookfield Short Breaks", Organisation.Kind.VOLUNTARY),
    ("Riverside Leisure Trust", Organisation.Kind.PROVIDER),
]


@dataclass(frozen=True)
class DemoPerson:
    role: Role
    name: str
    organisation: str | None = None
    organisation_admin: bool = False

    @property
    def email(self) -> str:
        return f"{slugify(str(self.role))}@{DEMO_DOMAIN}"


PEOPLE = [
    DemoPerson(Role.PARENT, "Sam Okafor"),
    DemoPerson(Role.YOUNG_PERSON, "Jordan Okafor"),
    DemoPerson(Role.PROVIDER, "Priya Shah", "Riverside Speech and Language Therapy CIC", True),
    DemoPerson(Role.KEY_WORKER, "Alex Morgan", COUNCIL),
    DemoPerson(Role.OFFICER, "Chris Evans", COUNCIL, True),
    DemoPerson(Role.SAFEGUARDING_LEAD, "Dee Campbell", COUNCIL),
    DemoPerson(Role.YOUNG_COMMISSIONER, "Maya Patel"),
    DemoPerson(Role.SITE_ADMIN, "Robin Hughes", COUNCIL),
]


@transaction.atomic
def seed(stdout) -> None:
    organisations = {}
    for name, kind in ORGANISATIONS:
        organisations[name], _ = Organisation.objects.get_or_create(
            name=name, defaults={"kind": kind}
        )
    for person in PEOPLE:
        user, created = User.objects.get_or_create(
            email=person.email,
            defaults={
                "display_name": person.name,
                "organisation": organisations.get(person.organisation),
                "is_organisation_admin": person.organisation_admin,
                # The site admin runs the Wagtail admin, including users and groups.
                "is_staff": person.role == Role.SITE_ADMIN,
                "is_superuser": person.role == Role.SITE_ADMIN,
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=person.email, defaults={"verified": True, "primary": True}
        )
        group, _ = Group.objects.get_or_create(name=str(person.role))
        user.groups.add(group)
        if (
            person.role in MFA_REQUIRED_ROLES
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            TOTP.activate(user, DEMO_TOTP_SECRET)

    stdout.write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):\n")
    for person in PEOPLE:
        mfa = (
            f"  + code from TOTP secret {DEMO_TOTP_SECRET}"
            if person.role in MFA_REQUIRED_ROLES
            else ""
        )
        stdout.write(f"  {person.role:<20} {person.email}{mfa}\n")
