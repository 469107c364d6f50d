"""Data that leaves with the person: what the family apps export about someone, and what they
erase when that person deletes their account.

One section per app (family, family_goals, family_documents), each naming the models it covers
(tests/test_data_rights.py fails when a model holding a family's data is in none). The work is
the same for every model, found from its foreign keys: the path from the model to its Child, and
its links to user accounts. Only files need more: documents and photos are decrypted into the
export, and their encrypted files are deleted after an erasure commits.

Export: everything in the records the person holds now (as a current carer, or as the young
person), plus their own past access to other records. People are named "you" or "someone else":
another carer's email is theirs to give, not this export's.

Erasure, decided child by child:
- a child only this person holds (no other current carer, no young person account) is deleted
  with everything in it, files included;
- a child someone else still holds stays with them: this person's access to it is removed, and
  what they wrote there (notes, ratings, documents, goals) stays on the record without their name,
  because it is part of the child's history that the other carers hold too;
- invitations sent to their email address are deleted.
"""

import re
from dataclasses import dataclass

from django.db import models, transaction
from django.db.models import Q
from django.utils.text import slugify

from portal import private_files
from portal.accounts.data_export import ExportedFile, ExportSection, register_export
from portal.accounts.deletion import ErasureReport, Kept, register_erasure

from .documents.models import Document, DocumentVersion, ProfilePhoto
from .goals.models import Goal, GoalRating, GoalStatusChange, SavedService
from .models import (
    CapacityDecision,
    CarerAccess,
    Child,
    Diagnosis,
    EhcPlan,
    FamilyNotice,
    Needs,
    Note,
    PlanException,
    Professional,
    Profile,
    RecordEvent,
    RecordInvitation,
)
from .policy import children_for

FAMILY_MODELS = (
    Child, CarerAccess, RecordEvent, Profile, Needs, Diagnosis, Professional, EhcPlan,
    PlanException, Note, RecordInvitation, CapacityDecision, FamilyNotice,
)
GOALS_MODELS = (Goal, GoalStatusChange, GoalRating, SavedService)
DOCUMENTS_MODELS = (Document, DocumentVersion, ProfilePhoto)
# Never exported: where a file sits on disk, and invitation secrets.
HIDDEN_FIELDS = {"stored_name", "token_hash"}


def child_path(model) -> str | None:
    """The lookup from `model` to its Child ("pk", "child", "goal__child", "plan__child")."""
    if model is Child:
        return "pk"
    links = [
        field for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is not None
    ]
    for field in links:
        if field.related_model is Child:
            return field.name
    for field in links:
        target = field.related_model
        if target._meta.app_label in _FAMILY_LABELS and target is not model:
            further = child_path(target)
            if further is not None:
                return field.name if further == "pk" else f"{field.name}__{further}"
    return None


_FAMILY_LABELS = {"family", "family_goals", "family_documents"}


def _user_fields(model) -> list[models.ForeignKey]:
    user_model = CarerAccess._meta.get_field("user").related_model
    return [
        field for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is user_model
    ]


# --- Export --------------------------------------------------------------------------------


def _row(instance, user) -> dict:
    row = {}
    for field in instance._meta.concrete_fields:
        if field.name in HIDDEN_FIELDS:
            continue
        if field in _user_fields(type(instance)):
            person_id = getattr(instance, field.attname)
            row[field.name] = None if person_id is None else (
                "you" if person_id == user.pk else "someone else"
            )
        elif field.is_relation:
            value = getattr(instance, field.attname)
            row[field.name] = None if value is None else str(value)
        else:
            row[field.name] = field.value_from_object(instance)
    return row


def _export_rows(user, model_list) -> dict:
    held = children_for(user)
    records = {}
    for model in model_list:
        path = child_path(model)
        rows = model.objects.filter(**{f"{path}__in": held}).order_by("pk")
        records[model._meta.verbose_name_plural.capitalize()] = [_row(row, user) for row in rows]
    return records


def _file_reader(stored_name: str):
    return lambda: private_files.read(stored_name)


def _child_folder(child) -> str:
    return f"{slugify(child.first_name) or 'child'}-{str(child.pk)[:8]}"


def export_family(user) -> ExportSection:
    records = _export_rows(user, FAMILY_MODELS)
    records["Your past access to other records"] = [
        {
            "relationship": access.relationship,
            "started_at": access.started_at,
            "ended_at": access.ended_at,
            "end_reason": access.end_reason,
        }
        for access in CarerAccess.objects.filter(user=user, ended_at__isnull=False).exclude(
            child__in=children_for(user)
        )
    ]
    return ExportSection(records=records)


def export_goals(user) -> ExportSection:
    return ExportSection(records=_export_rows(user, GOALS_MODELS))


def export_documents(user) -> ExportSection:
    held = children_for(user)
    files = []
    versions = DocumentVersion.objects.filter(document__child__in=held).select_related(
        "document__child"
    )
    for version in versions.order_by("document__created_at", "number"):
        document = version.document
        original = slugify(version.original_filename.rsplit(".", 1)[0]) or "file"
        extension = version.original_filename.rsplit(".", 1)[-1].lower()[:5] if (
            "." in version.original_filename
        ) else "bin"
        files.append(
            ExportedFile(
                f"{_child_folder(document.child)}/documents/{slugify(document.title)[:60]}-"
                f"{str(document.pk)[:8]}/version-{version.number}-{original}.{extension}",
                _file_reader(version.stored_name),
            )
        )
    for photo in ProfilePhoto.objects.filter(child__in=held).select_related("child"):
        extension = "png" if photo.content_type == "image/png" else "jpg"
        files.append(
            ExportedFile(
                f"{_child_folder(photo.child)}/photo.{extension}",
                _file_reader(photo.stored_name),
            )
        )
    return ExportSection(records=_export_rows(user, DOCUMENTS_MODELS), files=files)


# --- Erasure -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Holding:
    only_theirs: list  # child ids only this person holds
    shared: list  # child ids someone else holds too


def holding(user) -> Holding:
    """Sorts the children this person holds now by whether anyone else holds them too."""
    mine = list(
        Child.objects.filter(
            Q(carers__user=user, carers__ended_at__isnull=True) | Q(young_person=user)
        )
        .distinct()
        .values_list("pk", "young_person_id")
    )
    with_other_carers = set(
        CarerAccess.objects.filter(child_id__in=[pk for pk, _ in mine], ended_at__isnull=True)
        .exclude(user=user)
        .values_list("child_id", flat=True)
    )
    only, shared = [], []
    for pk, young_person_id in mine:
        someone_else = pk in with_other_carers or young_person_id not in (None, user.pk)
        (shared if someone_else else only).append(pk)
    return Holding(only_theirs=only, shared=shared)


def _anonymise(user, model_list) -> int:
    """Take this person's name off every row they are linked to; a row that cannot exist
    without them (their own access) is deleted. Returns how many rows changed."""
    changed = 0
    for model in model_list:
        names = {field.name for field in model._meta.concrete_fields}
        for field in _user_fields(model):
            rows = model.objects.filter(**{field.name: user})
            if not field.null:
                changed += rows.delete()[0]
                continue
            cleared = {field.name: None}
            # A name copied beside the link ("rated_by_name") so history reads right goes too.
            if f"{field.name}_name" in names:
                cleared[f"{field.name}_name"] = ""
            changed += rows.update(**cleared)
    return changed


def _delete_for_children(model_list, child_ids) -> int:
    deleted = 0
    for model in model_list:
        path = child_path(model)
        if path in {"pk", "child"}:
            deleted += model.objects.filter(**{f"{path}__in": child_ids}).delete()[0]
    return deleted


def _delete_files_after_commit(names: list[str]) -> None:
    def delete():
        for name in names:
            private_files.delete(name)

    transaction.on_commit(delete)


SHARED_KEPT = (
    "They are still held by another carer or by the young person. What you added stays on "
    "the record without your name, because it is part of the child's history they hold too."
)


def erase_documents(user) -> ErasureReport:
    held = holding(user)
    names = list(
        DocumentVersion.objects.filter(document__child__in=held.only_theirs).values_list(
            "stored_name", flat=True
        )
    ) + list(
        ProfilePhoto.objects.filter(child__in=held.only_theirs).values_list(
            "stored_name", flat=True
        )
    )
    _delete_for_children(DOCUMENTS_MODELS, held.only_theirs)
    _anonymise(user, DOCUMENTS_MODELS)
    _delete_files_after_commit(names)
    report = ErasureReport()
    if held.only_theirs:
        report.erased.append(
            "Documents and photos in the records only you held, and their stored files"
        )
    if held.shared:
        report.kept.append(Kept("Documents you uploaded to records others hold", SHARED_KEPT))
    return report


def erase_goals(user) -> ErasureReport:
    held = holding(user)
    _delete_for_children(GOALS_MODELS, held.only_theirs)
    _anonymise(user, GOALS_MODELS)
    report = ErasureReport()
    if held.only_theirs:
        report.erased.append("Goals, ratings and saved services in the records only you held")
    if held.shared:
        report.kept.append(Kept("Goals and ratings you added to records others hold", SHARED_KEPT))
    return report


def _scrub_timeline_names(user) -> None:
    """Timeline lines written as "Tunde Okafor became a carer" name the person in their text:
    in the records they were part of, the name (as a whole word) is replaced; the line itself is
    the child's history and stays."""
    name = user.get_full_name().strip()
    if not name:
        return
    whole_name = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    theirs = Child.objects.filter(Q(carers__user=user) | Q(young_person=user))
    events = RecordEvent.objects.filter(child__in=theirs).filter(
        Q(title__contains=name) | Q(detail__contains=name)
    )
    for event in events:
        event.title = whole_name.sub(LEFT, event.title)
        event.detail = whole_name.sub(LEFT, event.detail)
        event.save(update_fields=["title", "detail"])


LEFT = "A carer who has left"


def erase_family(user) -> ErasureReport:
    held = holding(user)
    count = len(held.only_theirs)
    ended = CarerAccess.objects.filter(user=user, ended_at__isnull=False).exists()
    Child.objects.filter(pk__in=held.only_theirs).delete()  # everything in them goes with them
    RecordInvitation.objects.filter(email__iexact=user.email).delete()
    _scrub_timeline_names(user)
    _anonymise(user, FAMILY_MODELS)  # their access rows go; their name leaves everything else
    Child.objects.filter(young_person=user).update(young_person=None)
    report = ErasureReport()
    if count:
        report.erased.append(
            f"The record{'s' if count > 1 else ''} of {count} "
            f"child{'ren' if count > 1 else ''} only you held: profile, needs, plan and notes"
        )
    if held.shared:
        report.erased.append("Your access to the children's records other people also hold")
    if ended:
        report.erased.append("The history of your access to records you no longer hold")
        report.kept.append(
            Kept(
                f"The record{'s' if len(held.shared) > 1 else ''} of "
                f"{len(held.shared)} child{'ren' if len(held.shared) > 1 else ''} "
                "someone else also holds",
                SHARED_KEPT,
            )
        )
    return report


def register() -> None:
    """Called from the documents app's ready(): files first (their names are read before the
    rows go), then goals, then the children themselves."""
    register_erasure("family_documents", erase_documents, covers=DOCUMENTS_MODELS)
    register_erasure("family_goals", erase_goals, covers=GOALS_MODELS)
    register_erasure("family", erase_family, covers=FAMILY_MODELS)
    register_export("family", export_family, covers=FAMILY_MODELS)
    register_export("family_goals", export_goals, covers=GOALS_MODELS)
    register_export("family_documents", export_documents, covers=DOCUMENTS_MODELS)

