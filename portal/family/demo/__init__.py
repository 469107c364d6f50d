"""Demo families for the family record (local only; seed_demo refuses to run with DEBUG off).

Sam Okafor, the demo parent, has three children: Ada, whose EHC plan is in progress;
Jordan, who has his own account and sees his own record; and Tobi, whose age is worked out
from the day the demo is loaded so that the carers are asked about handing Tobi the record
(portal/family/handover.py). Tunde Okafor is a second carer of all three. Morgan Reid is an
unrelated family with one child, so a newcomer can check one family cannot see another's.
Safe to run again: a child that exists is left as it is.
"""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.accounts.demo import DEMO_PASSWORD
from portal.accounts.models import User
from portal.accounts.roles import Role

from .. import record_events
from ..models import (
    CarerAccess,
    Child,
    Diagnosis,
    EhcPlan,
    Needs,
    Note,
    PlanException,
    Professional,
    Profile,
)
from ..policy import Section
from ..record_changes import PLAN_STEP_TITLES
from .families import CHILDREN, NEW_CARERS, RELATIONSHIPS, DemoChild

SECTION_PAGES = {
    Section.PROFILE: "family:profile",
    Section.NEEDS: "family:needs",
    Section.EHC_PLAN: "family:plan",
    Section.NOTES: "family:notes",
    Section.CARERS: "family:carers",
}


@transaction.atomic
def seed(stdout) -> None:
    for carer in NEW_CARERS:
        _account(carer.email, carer.name)
    people = {user.email: user for user in User.objects.filter(email__in=_emails())}
    made = [_child(spec, people) for spec in CHILDREN]
    stdout.write(
        f"Family records: {sum(made)} children added "
        f"({len(CHILDREN) - sum(made)} already there). Sign in as any of:\n"
    )
    for carer in NEW_CARERS:
        stdout.write(f"  {'Parent or carer':<20} {carer.email}\n")


def _emails() -> set[str]:
    emails = set()
    for spec in CHILDREN:
        emails.update(spec.carers)
        if spec.young_person:
            emails.add(spec.young_person)
    return emails


def _account(email: str, name: str) -> User:
    user, created = User.objects.get_or_create(email=email, defaults={"display_name": name})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    user.groups.add(Group.objects.get_or_create(name=str(Role.PARENT))[0])
    return user


def _child(spec: DemoChild, people: dict[str, User]) -> bool:
    """Create one child with everything in its record. False if it was already there."""
    first = people[spec.carers[0]]
    if Child.objects.filter(
        created_by=first, first_name=spec.first_name, last_name=spec.last_name
    ).exists():
        return False
    now = timezone.now()
    today = timezone.localdate()
    started = now - timedelta(days=120)
    child = Child.objects.create(
        first_name=spec.first_name,
        last_name=spec.last_name,
        date_of_birth=today - timedelta(days=spec.born_days_ago),
        created_by=first,
        created_at=started,
        young_person=people.get(spec.young_person) if spec.young_person else None,
    )
    events = [(started, first, Section.PROFILE, f"{child.first_name}'s record was started", "")]
    for index, email in enumerate(spec.carers):
        CarerAccess.objects.create(
            child=child, user=people[email], relationship=RELATIONSHIPS[email],
            added_by=first, started_at=started + timedelta(days=index),
        )
        if index:
            events.append((started + timedelta(days=index), people[email], Section.CARERS,
                           f"{people[email].get_full_name()} became a carer", ""))
    if spec.profile:
        Profile.objects.create(child=child, updated_by=first, updated_at=started, **spec.profile)
        events.append((started + timedelta(days=2), first, Section.PROFILE,
                       "The one-page profile was updated", ""))
    if spec.needs:
        Needs.objects.create(child=child, updated_at=started, **spec.needs)
        events.append((started + timedelta(days=3), first, Section.NEEDS,
                       "Needs, medication and allergies were updated", ""))
    for name, days_ago in spec.diagnoses:
        Diagnosis.objects.create(
            child=child, name=name, diagnosed_on=today - timedelta(days=days_ago)
        )
        events.append((started + timedelta(days=3), first, Section.NEEDS,
                       f"Diagnosis added: {name}", ""))
    for name, role, organisation, contact in spec.professionals:
        Professional.objects.create(
            child=child, name=name, role=role, organisation=organisation, contact=contact
        )
        events.append((started + timedelta(days=4), first, Section.NEEDS,
                       f"Professional added: {name}", f"{role}, {organisation}"))
    if spec.school or spec.plan_days_ago:
        plan = EhcPlan.objects.create(
            child=child,
            school_or_setting=spec.school,
            decision=spec.decision,
            **{step: today - timedelta(days=days) for step, days in spec.plan_days_ago.items()},
        )
        for step, days in spec.plan_days_ago.items():
            when = max(started, now - timedelta(days=days))
            events.append((when, first, Section.EHC_PLAN, PLAN_STEP_TITLES[step], ""))
        for step, due_in, reason in spec.moved:
            PlanException.objects.create(
                plan=plan, step=step, due_on=today + timedelta(days=due_in), reason=reason
            )
    for days_ago, email, text in spec.notes:
        when = now - timedelta(days=days_ago)
        Note.objects.create(child=child, author=people[email], text=text, created_at=when)
        events.append((when, people[email], Section.NOTES, "Note added", text))
    for when, by, section, title, detail in events:
        url = reverse(SECTION_PAGES[section], args=[child.pk])
        event = record_events.record(child, by, section, title, detail=detail, url=url)
        event.when = when
        event.save(update_fields=["when"])
    return True

