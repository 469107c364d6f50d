"""Data that leaves with the person (portal/family/personal_data.py): the family apps' export
and erasure, end to end through the account's zip and delete_account."""

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from portal.accounts import data_export, deletion
from portal.family.documents import uploads
from portal.family.documents.models import Document, DocumentVersion, ProfilePhoto
from portal.family.goals.models import Goal, GoalRating
from portal.family.models import CarerAccess, Child, Note
from tests.family.helpers import make_child, make_parent

from . import samples

pytestmark = pytest.mark.django_db


def _goal(child, user):
    goal = Goal.objects.create(
        child=child, wording="Make a sandwich on my own", scale="copm", importance=8,
        created_by=user,
    )
    GoalRating.objects.create(
        goal=goal, rated_on=date(2026, 3, 1), rated_by=user, rated_by_name="Sam Parent",
        performance=3, satisfaction=4,
    )
    return goal


def _zip(user) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data_export.build_zip(user)))


def test_the_export_holds_json_per_section_and_the_original_files(family):
    parent, child = family["parent"], family["child"]
    uploads.set_photo(child, upload=uploads.Upload(samples.png(), "me.png"), user=parent)
    _goal(child, parent)
    Note.objects.create(child=child, author=family["second_carer"], text="Good week at school")

    archive = _zip(parent)

    names = archive.namelist()
    assert {"README.txt", "accounts.json", "family.json", "family_goals.json",
            "family_documents.json"} <= set(names)
    family_json = json.loads(archive.read("family.json"))
    assert family_json["Children"][0]["first_name"] == "Amara"
    assert family_json["Notes"][0]["text"] == "Good week at school"
    assert family_json["Notes"][0]["author"] == "someone else"  # another carer is not named
    goals_json = json.loads(archive.read("family_goals.json"))
    assert goals_json["Goals"][0]["created_by"] == "you"
    documents_json = json.loads(archive.read("family_documents.json"))
    assert "stored_name" not in documents_json["Document versions"][0]
    pdfs = [name for name in names if name.startswith("files/family_documents/")
            and name.endswith(".pdf")]
    assert len(pdfs) == 1
    assert archive.read(pdfs[0]) == samples.pdf()
    photos = [name for name in names if name.endswith("photo.png")]
    assert archive.read(photos[0]) == samples.png()


def test_the_export_holds_nothing_of_another_family(family):
    other = make_parent()
    make_child(other, first_name="Ben")

    archive = _zip(other)

    assert json.loads(archive.read("family.json"))["Children"][0]["first_name"] == "Ben"
    assert not [name for name in archive.namelist() if name.startswith("files/")]
    assert b"Amara" not in b"".join(archive.read(name) for name in archive.namelist())


def test_a_removed_carer_exports_their_past_access_but_not_the_record(family):
    archive = _zip(family["removed_carer"])

    family_json = json.loads(archive.read("family.json"))
    assert family_json["Children"] == []
    assert family_json["Your past access to other records"][0]["end_reason"] == "Moved away"


def test_erasing_the_only_carer_removes_the_child_everything_in_it_and_the_files(
    settings, django_capture_on_commit_callbacks
):
    parent = make_parent()
    child = make_child(parent)
    document = uploads.add_document(
        child, title="Plan", kind="plan", upload=uploads.Upload(samples.pdf(), "p.pdf"),
        user=parent,
    )
    uploads.set_photo(child, upload=uploads.Upload(samples.png(), "me.png"), user=parent)
    _goal(child, parent)
    files = [Path(settings.PRIVATE_FILES_ROOT) / v.stored_name
             for v in DocumentVersion.objects.filter(document=document)]
    files.append(Path(settings.PRIVATE_FILES_ROOT) / ProfilePhoto.objects.get().stored_name)

    with django_capture_on_commit_callbacks(execute=True):
        outcome = deletion.delete_account(parent)

    assert not Child.objects.filter(pk=child.pk).exists()
    assert not Document.objects.exists() and not Goal.objects.exists()
    assert not any(path.exists() for path in files)
    assert any("only you held" in line for line in outcome.erased)


def test_erasing_one_of_two_carers_leaves_the_child_with_the_other_without_their_name(family):
    parent, second, child = family["parent"], family["second_carer"], family["child"]
    _goal(child, parent)
    Note.objects.create(child=child, author=parent, text="Started speech therapy")

    outcome = deletion.delete_account(parent)

    child.refresh_from_db()
    assert list(CarerAccess.objects.filter(child=child, ended_at__isnull=True).values_list(
        "user", flat=True)) == [second.pk]
    assert Document.objects.get(child=child).uploaded_by is None
    assert DocumentVersion.objects.get(document__child=child).uploaded_by is None
    note = Note.objects.get(child=child)
    assert note.text == "Started speech therapy" and note.author is None
    rating = GoalRating.objects.get(goal__child=child)
    assert rating.rated_by is None and rating.rated_by_name == ""
    assert uploads.contents(DocumentVersion.objects.get(document__child=child)) == samples.pdf()
    kept = " ".join(str(item) for item in outcome.kept)
    assert "without your name" in kept


def test_a_young_person_leaving_leaves_the_record_with_their_carers(family):
    young_person, child = family["young_person"], family["child"]

    deletion.delete_account(young_person)

    child.refresh_from_db()
    assert child.young_person is None
    assert Document.objects.filter(child=child).exists()


def test_a_child_whose_young_person_holds_it_stays_when_the_only_carer_leaves():
    from portal.accounts.roles import Role
    from tests.factories import make_user

    parent, young_person = make_parent(), make_user(Role.YOUNG_PERSON)
    child = make_child(parent, young_person=young_person)

    deletion.delete_account(parent)

    assert Child.objects.get(pk=child.pk).young_person == young_person


def test_the_timeline_stops_naming_a_carer_who_leaves(family):
    from portal.family import record_events
    from portal.family.models import RecordEvent
    from portal.family.policy import Section

    parent, child = family["parent"], family["child"]
    parent.display_name = "Sam Okafor"
    parent.save()
    record_events.record(child, parent, Section.CARERS, "Sam Okafor became a carer")
    record_events.record(child, parent, Section.NOTES, "Note added", "Sam Okaforth visited")

    deletion.delete_account(parent)

    event = RecordEvent.objects.get(child=child, section=Section.CARERS)
    assert event.title == "A carer who has left became a carer"
    assert event.by is None
    # Only the whole name: another word that starts the same is left alone.
    assert RecordEvent.objects.get(section=Section.NOTES).detail == "Sam Okaforth visited"


def test_a_removed_carer_leaving_erases_their_access_history_only(family):
    removed, child = family["removed_carer"], family["child"]
    removed_id = removed.pk

    outcome = deletion.delete_account(removed)

    assert "The history of your access to records you no longer hold" in outcome.erased
    assert not CarerAccess.objects.filter(user_id=removed_id).exists()
    assert Child.objects.filter(pk=child.pk).exists()
    assert Document.objects.filter(child=child).exists()
