"""Notifications: the family hears when someone they share with adds a rating, a comment or a
document (an email and a notice on their home page); a professional hears when a grant to them
is made, changed, revoked or has ended (the daily check tells once). No message carries the
child's name, needs, diagnosis, goal, rating or comment text."""

from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal.family.documents.models import Document, DocumentVersion
from portal.family.models import Diagnosis, FamilyNotice, Needs
from portal.family.policy import Action, Section
from portal.sharing import grants as grant_records
from portal.sharing.models import GrantNotice
from tests.factories import make_user
from tests.family.goals.helpers import make_goal, rate

from .helpers import make_child, make_key_worker, make_parent, riverside, share

# The emails are sent once committed. Serialized rollback, like every transactional test here,
# so the tests after it find the data migrations left (content types, the home page).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SECRETS = ("Amara", "Okafor", "Autism", "Get dressed for school", "Melatonin",
           "She was brilliant", "Annual review at Riverside Primary", "Speech therapy report")


def assert_nothing_sensitive(message):
    for secret in SECRETS:
        assert secret not in message.subject and secret not in message.body, secret


@pytest.fixture
def family():
    mum, dad = make_parent(email="mum@example.org"), make_parent(email="dad@example.org")
    child = make_child(mum, dad)
    Needs.objects.create(child=child, primary_need="ASD", medication="Melatonin")
    Diagnosis.objects.create(child=child, name="Autism")
    return mum, dad, child


def test_a_key_workers_rating_tells_the_family_without_saying_what(family):
    mum, dad, child = family
    worker = make_key_worker(display_name="Hannah Price")
    share(child, with_user=worker, sections=[Section.GOALS], actions=[Action.ADD], by=mum)
    goal = make_goal(child, mum)
    mail.outbox.clear()

    rate(goal, worker, performance=6, satisfaction=7, comment="She was brilliant")

    notice = FamilyNotice.objects.get(child=child)
    assert notice.text == "Hannah Price, key worker at Riverside Council added a rating or " \
                          "comment to Amara's goals"
    assert "She was brilliant" not in notice.text
    [email] = mail.outbox
    assert sorted(email.to) == ["dad@example.org", "mum@example.org"]
    assert "added a rating or comment to its goals" in email.body
    assert "/family/" in email.body
    assert_nothing_sensitive(email)


def test_the_familys_own_rating_tells_nobody(family):
    mum, _, child = family
    goal = make_goal(child, mum)
    mail.outbox.clear()
    rate(goal, mum, performance=6, satisfaction=7)
    assert not FamilyNotice.objects.exists() and mail.outbox == []


def test_a_document_uploaded_through_a_grant_tells_the_family(family):
    mum, _, child = family
    worker = make_key_worker()
    share(child, with_user=worker, sections=[Section.DOCUMENTS], actions=[Action.CHANGE],
          by=mum)
    mail.outbox.clear()
    document = Document.objects.create(child=child, title="Speech therapy report",
                                       uploaded_by=worker)
    DocumentVersion.objects.create(
        document=document, number=1, stored_name="documents/x.pdf",
        original_filename="Speech therapy report.pdf", size=10, sha256="0" * 64,
        content_type="application/pdf", uploaded_by=worker,
    )
    assert "uploaded a document to Amara's documents" in FamilyNotice.objects.get().text
    [email] = mail.outbox
    assert "uploaded a document to its documents" in email.body
    assert_nothing_sensitive(email)


def test_after_the_handover_only_the_young_person_hears(family):
    from portal.accounts.roles import Role
    from portal.family import handover
    from portal.family.models import Child

    mum, _, child = family
    jordan = make_user(Role.YOUNG_PERSON, email="jordan@example.org")
    born = timezone.localdate().replace(year=timezone.localdate().year - 17)
    Child.objects.filter(pk=child.pk).update(young_person=jordan, date_of_birth=born)
    child.refresh_from_db()
    handover.take_over(child, jordan)
    worker = make_key_worker()
    share(child, with_user=worker, sections=[Section.GOALS], actions=[Action.ADD], by=jordan)
    goal = make_goal(child, jordan)
    mail.outbox.clear()
    rate(goal, worker, performance=5, satisfaction=5)
    assert [email.to for email in mail.outbox] == [["jordan@example.org"]]


def test_a_professional_hears_a_grant_made_changed_and_revoked(family):
    mum, _, child = family
    worker = make_key_worker(email="hannah@example.org")
    mail.outbox.clear()

    grant = share(child, with_user=worker, by=mum)
    grant_records.change_grant(grant, sections=[Section.GOALS, Section.PROFILE],
                               actions=[Action.VIEW], ends_at=grant.ends_at)
    grant_records.revoke(grant, by=mum)

    assert [email.subject for email in mail.outbox] == [
        "A family has shared part of a child's record with you",
        "A family has changed what they share with you",
        "A family has stopped sharing a child's record with you",
    ]
    for email in mail.outbox:
        assert email.to == ["hannah@example.org"]
        assert "/sharing/caseload/" in email.body
        assert_nothing_sensitive(email)
    assert list(GrantNotice.objects.values_list("what", flat=True)) == [
        "made", "changed", "revoked"
    ]


def test_everyone_in_an_organisation_hears_a_grant_to_it(family):
    mum, _, child = family
    council = riverside()
    first = make_key_worker(council, email="one@example.org")
    second = make_key_worker(council, email="two@example.org")
    mail.outbox.clear()
    share(child, with_organisation=first.organisation, by=mum)
    assert sorted(mail.outbox[0].to) == [first.email, second.email]


LONDON = ZoneInfo("Europe/London")


def test_an_ended_grant_is_told_once_on_its_end_and_a_revoked_one_not_at_all(family):
    mum, _, child = family
    worker = make_key_worker(email="hannah@example.org")
    start = datetime(2027, 1, 4, 9, tzinfo=LONDON)
    with time_machine.travel(start, tick=False):
        ending = share(child, with_user=worker, by=mum, ends_at=start + timedelta(days=30))
        revoked = share(child, with_user=worker, by=mum, ends_at=start + timedelta(days=30))
        grant_records.revoke(revoked, by=mum)
    mail.outbox.clear()

    def run():
        out = StringIO()
        call_command("tell_ended_grants", stdout=out)
        return out.getvalue()

    with time_machine.travel(start + timedelta(days=30) - timedelta(minutes=1), tick=False):
        assert "told the people 0 grants" in run()
    with time_machine.travel(start + timedelta(days=30, hours=1), tick=False):
        assert "told the people 1 grant were for" in run()
        run()
    with time_machine.travel(start + timedelta(days=31), tick=False):
        run()

    assert [email.subject for email in mail.outbox] == [
        "Sharing of a child's record with you has ended, on the date the family chose"
    ]
    assert_nothing_sensitive(mail.outbox[0])
    assert GrantNotice.objects.filter(grant=ending, what="ended").count() == 1
    assert not GrantNotice.objects.filter(grant=revoked, what="ended").exists()
