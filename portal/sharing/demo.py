"""Demo sharing (local only; seed_demo refuses to run with DEBUG off).

Sam Okafor shares Ada's goals (to see and to add ratings) and one-page profile (to see) with
Alex Morgan, the demo key worker at Riverside Council, for 12 months, so the caseload is not
empty. An ended grant (to everyone at Riverside Speech and Language Therapy CIC) and a revoked
one (to the demo provider) show on the family's sharing page, and a few log rows make "Who has
looked at Ada's information" worth opening. Safe to run again: existing grants are left alone.
"""

from datetime import timedelta

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from portal.accounts.demo import COUNCIL, DEMO_DOMAIN
from portal.accounts.models import Organisation, User
from portal.accounts.roles import Role
from portal.family.models import CarerAccess, Child
from portal.family.policy import Action, Section

from .grants import create_grant
from .models import AccessLog, Grant, Viewer

PARENT = f"{slugify(str(Role.PARENT))}@{DEMO_DOMAIN}"
KEY_WORKER = f"{slugify(str(Role.KEY_WORKER))}@{DEMO_DOMAIN}"
PROVIDER = f"{slugify(str(Role.PROVIDER))}@{DEMO_DOMAIN}"
THERAPISTS = "Riverside Speech and Language Therapy CIC"


def _ada(parent):
    access = (
        CarerAccess.objects.filter(user=parent, child__first_name="Ada", ended_at__isnull=True)
        .select_related("child")
        .first()
    )
    return access.child if access else None


@transaction.atomic
def seed(stdout) -> None:
    parent = User.objects.filter(email=PARENT).first()
    worker = User.objects.filter(email=KEY_WORKER).first()
    provider = User.objects.filter(email=PROVIDER).first()
    child = _ada(parent) if parent else None
    if child is None or worker is None:
        stdout.write("  Sharing: the demo family or key worker is missing; nothing shared.\n")
        return
    if Grant.objects.filter(child=child).exists():
        return
    now = timezone.now()
    current = create_grant(
        child=child, granted_by=parent, grantee_user=worker,
        sections=[Section.GOALS, Section.PROFILE], actions=[Action.VIEW, Action.ADD],
        purpose=f"Annual review meeting with {COUNCIL}", starts_at=now - timedelta(days=20),
    )
    therapists = Organisation.objects.filter(name=THERAPISTS).first()
    if therapists is not None:
        create_grant(
            child=child, granted_by=parent, grantee_organisation=therapists,
            sections=[Section.NEEDS, Section.GOALS], purpose="Speech therapy assessment",
            starts_at=now - timedelta(days=400), ends_at=now - timedelta(days=35),
        )
    if provider is not None:
        stopped = create_grant(
            child=child, granted_by=parent, grantee_user=provider,
            sections=[Section.PROFILE], purpose="Short breaks taster sessions",
            starts_at=now - timedelta(days=90),
        )
        Grant.objects.filter(pk=stopped.pk).update(
            revoked_at=now - timedelta(days=60), revoked_by=parent
        )
    _log(worker, child, current, now)
    stdout.write(f"  Sharing: Ada's goals and profile are shared with {worker.get_full_name()}\n")


def _log(worker, child: Child, grant: Grant, now) -> None:
    viewer, _ = Viewer.objects.get_or_create(
        user=worker, defaults={"name": worker.get_full_name()}
    )
    pages = [
        (19, Section.RECORD, Action.VIEW, reverse("family:record", args=[child.pk])),
        (19, Section.PROFILE, Action.VIEW, reverse("family:profile", args=[child.pk])),
        (12, Section.GOALS, Action.VIEW, reverse("family_goals:goals", args=[child.pk])),
        (2, Section.GOALS, Action.VIEW, reverse("family_goals:goals", args=[child.pk])),
    ]
    AccessLog.objects.bulk_create(
        AccessLog(
            viewer=viewer, role=str(Role.KEY_WORKER), organisation_name=COUNCIL, child=child,
            section=str(section), action=str(action), grant=grant,
            at=now - timedelta(days=days_ago), page=page,
        )
        for days_ago, section, action, page in pages
    )
