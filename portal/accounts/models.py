"""Users sign in by email; staff-side users belong to one organisation and join by invitation."""

from datetime import timedelta
from uuid import uuid4

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac

from .roles import Role


class EmailUserManager(UserManager):
    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        email = self.normalize_email(email)
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class Organisation(models.Model):
    class Kind(models.TextChoices):
        COUNCIL = "council", "Council"
        PROVIDER = "provider", "Service provider"
        HEALTH = "health", "Health"
        EDUCATION = "education", "School or college"
        VOLUNTARY = "voluntary", "Voluntary or community group"

    name = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class User(AbstractUser):
    username = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="members"
    )
    is_organisation_admin = models.BooleanField(
        default=False, help_text="Can invite and remove colleagues in the same organisation."
    )
    # Bumped to end every session of this user at once (removal by an organisation admin),
    # whatever session backend is in use: it is mixed into the session auth hash.
    session_generation = models.PositiveIntegerField(default=0, editable=False)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = EmailUserManager()

    class Meta:
        ordering = ["email"]

    def __str__(self):
        return self.display_name or self.email

    def get_full_name(self):
        return self.display_name or super().get_full_name() or self.email

    def get_short_name(self):
        return self.display_name or self.first_name or self.email

    def _get_session_auth_hash(self, secret=None):
        # Django checks this hash on every request; covering session_generation as well as the
        # password hash lets end_all_sessions() sign a user out everywhere without a password
        # change. Django calls this private hook for both the current and fallback secrets.
        key_salt = "portal.accounts.models.User.get_session_auth_hash"
        return salted_hmac(
            key_salt,
            f"{self.password}:{self.session_generation}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    def end_all_sessions(self):
        self.session_generation = models.F("session_generation") + 1
        self.save(update_fields=["session_generation"])
        self.refresh_from_db(fields=["session_generation"])


INVITATION_LIFETIME = timedelta(days=7)


def _default_invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class Invitation(models.Model):
    """A single-use, expiring invitation to join an organisation in a staff-side role.

    Only a hash of the token is stored: the link in the email is the one copy of the secret,
    so a leaked database cannot be used to accept anyone's invitation.
    """

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        ACCEPTED = "accepted", "Accepted"
        EXPIRED = "expired", "Expired"
        REVOKED = "revoked", "Cancelled"

    email = models.EmailField("email address")
    role = models.CharField(max_length=50, choices=[(role.value, role.value) for role in Role])
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="invitations"
    )
    invited_by = models.ForeignKey(
        "User", null=True, blank=True, on_delete=models.SET_NULL, related_name="invitations_sent"
    )
    makes_organisation_admin = models.BooleanField(
        default=False, help_text="Accepting also lets them invite and remove colleagues."
    )
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(default=_default_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        "User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.email} as {self.role} at {self.organisation}"

    @property
    def status(self) -> "Invitation.Status":
        if self.revoked_at:
            return self.Status.REVOKED
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    @property
    def is_pending(self) -> bool:
        return self.status == self.Status.PENDING


class DataExport(models.Model):
    """A person's request for a copy of their data (data_export.py builds it in a task). The zip
    is an encrypted private file, handed over once and then deleted."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Being prepared"
        READY = "ready", "Ready to download"
        DOWNLOADED = "downloaded", "Downloaded"
        FAILED = "failed", "Could not be prepared"

    id = models.UUIDField(primary_key=True, default=uuid4, editable=False)
    user = models.ForeignKey("User", on_delete=models.CASCADE, related_name="data_exports")
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.WAITING)
    stored_name = models.CharField(max_length=200, blank=True)  # under PRIVATE_FILES_ROOT
    size = models.PositiveBigIntegerField(default=0)
    requested_at = models.DateTimeField(default=timezone.now)
    ready_at = models.DateTimeField(null=True, blank=True)
    downloaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]

    def __str__(self):
        return f"Data export for {self.user} ({self.get_status_display()})"
