"""Factories every test module can use. Keep these stable and simple: other apps import them.

user = make_user(Role.PROVIDER, organisation=org, mfa=True)
client.force_login(user)  # or log in with PASSWORD
code = totp_code(TOTP_SECRET)
"""

import factory
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, hotp_value
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from portal.accounts.models import Organisation, User
from portal.accounts.roles import Role

PASSWORD = "correct horse battery staple"
# A fixed base32 secret so a test can compute the code the app would show.
TOTP_SECRET = "OJUXMZLSONUWIZJNMRSW23ZNORXXI4BB"  # 160 bits, as allauth generates


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Test Organisation {n}")
    kind = Organisation.Kind.PROVIDER


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.get_or_create(
                user=self, email=self.email, defaults={"verified": True, "primary": True}
            )


def give_totp(user: User, secret: str = TOTP_SECRET) -> Authenticator:
    """Give a user an authenticator app, as if they had scanned the QR code."""
    return TOTP.activate(user, secret).instance


def totp_code(secret: str = TOTP_SECRET, at: float | None = None) -> str:
    """The 6-digit code an authenticator app shows now (or at a given Unix time)."""
    import time

    from allauth.mfa import app_settings

    moment = time.time() if at is None else at
    return format_hotp_value(hotp_value(secret, int(moment) // app_settings.TOTP_PERIOD))


def make_user(
    role: Role | None = None,
    organisation: Organisation | None = None,
    mfa: bool = False,
    **fields,
) -> User:
    """A signed-up, email-verified user with one role (or none), optionally with TOTP set up."""
    user = UserFactory(organisation=organisation, **fields)
    if role is not None:
        group, _ = Group.objects.get_or_create(name=str(role))
        user.groups.add(group)
    if mfa:
        give_totp(user)
    return user
