"""Data that leaves with the person: each app says what it holds about someone, and the account
page turns it into one zip they download once.

An app registers one function in its AppConfig.ready(), next to its erasure:

    from portal.accounts.data_export import ExportSection, ExportedFile, register_export

    def export_family_records(user) -> ExportSection:
        return ExportSection(
            records={"children": [...]},  # anything json.dumps can write
            files=[ExportedFile("documents/report-v1.pdf", lambda: read_the_file())],
        )

    register_export("family", export_family_records, covers=[Child, CarerAccess])

`covers` names the models the function exports; tests/test_data_rights.py fails when a model
that holds a family's data is covered by no export (or no erasure, see deletion.py).

The zip holds `<name>.json` per registered app and the original files under `files/<name>/`.
It is built by a background task (a record with many documents takes a while), encrypted as
it is written (a stream of chunks: portal/private_files.py), offered to the person who asked,
streamed to them once and deleted, or deleted after EXPORT_KEPT_FOR if they never download it.
"""

import io
import json
import logging
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from portal import private_files

from .deletion import ErasureReport, register_erasure
from .models import DataExport, User

logger = logging.getLogger(__name__)

EXPORT_FOLDER = "exports"
EXPORT_KEPT_FOR = timedelta(days=7)


@dataclass(frozen=True)
class ExportedFile:
    path: str  # inside the zip, under files/<app name>/
    read: Callable[[], bytes]  # called while the zip is written, so one file is in memory at once


@dataclass
class ExportSection:
    records: dict = field(default_factory=dict)
    files: list[ExportedFile] = field(default_factory=list)


ExportHook = Callable[[User], ExportSection]
_hooks: dict[str, ExportHook] = {}
_covers: dict[str, tuple] = {}


def register_export(name: str, hook: ExportHook, covers=()) -> None:
    """Register (or replace, if the name is taken) what an app exports about a person."""
    _hooks[name] = hook
    _covers[name] = tuple(covers)


def unregister_export(name: str) -> None:
    _hooks.pop(name, None)
    _covers.pop(name, None)


def registered_exports() -> dict[str, ExportHook]:
    return dict(_hooks)


def export_coverage() -> set:
    """Every model some registered export says it covers."""
    return {model for models in _covers.values() for model in models}


README = """Your data from {site}

This download holds what the portal kept about you on {date}.

- Each .json file is one part of the portal (open it with a text editor, or any program that
  reads JSON). accounts.json is your account; family.json your children's records.
- The files folder holds the original documents and photos you and the other people holding
  your children's records uploaded, exactly as they were uploaded.

The download link worked once. Ask for a new download from your account page at any time.
"""


def write_zip(out, user: User, site_name: str = "the portal") -> None:
    """Write the whole export as a zip to `out`: one JSON file per registered app, then its
    files, one at a time (a record with many documents is never all in memory)."""
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt", README.format(site=site_name, date=timezone.now().date().isoformat())
        )
        for name, hook in _hooks.items():
            section = hook(user)
            archive.writestr(
                f"{name}.json",
                json.dumps(section.records, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
            )
            for exported in section.files:
                archive.writestr(f"files/{name}/{exported.path}", exported.read())


def build_zip(user: User, site_name: str = "the portal") -> bytes:
    """The export as bytes in memory (for tests and small records)."""
    out = io.BytesIO()
    write_zip(out, user, site_name)
    return out.getvalue()


def export_account_basics(user: User) -> ExportSection:
    return ExportSection(
        records={
            "email": user.email,
            "name": user.display_name or user.get_full_name(),
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "organisation": str(user.organisation) if user.organisation_id else None,
            "joined": user.date_joined,
            "last_signed_in": user.last_login,
        }
    )


register_export("accounts", export_account_basics, covers=[User])


def request_export(user: User) -> DataExport:
    """Start building an export for `user`, unless one is already waiting or ready."""
    forget_expired()
    existing = DataExport.objects.filter(
        user=user, status__in=[DataExport.Status.WAITING, DataExport.Status.READY]
    ).first()
    if existing is not None:
        return existing
    export = DataExport.objects.create(user=user)
    transaction.on_commit(lambda: build_export.enqueue(str(export.pk)))
    return export


@task()
def build_export(export_id: str) -> str:
    export = DataExport.objects.filter(pk=export_id, status=DataExport.Status.WAITING).first()
    if export is None:
        return "gone"
    try:
        # Encrypted as it is written: the zip never sits on disk (or in memory) whole.
        with private_files.open_stream_writer(EXPORT_FOLDER) as out:
            write_zip(out, export.user)
    except Exception:
        logger.exception("Data export %s failed", export_id)
        DataExport.objects.filter(pk=export.pk).update(status=DataExport.Status.FAILED)
        return "failed"
    DataExport.objects.filter(pk=export.pk).update(
        status=DataExport.Status.READY,
        stored_name=out.name,
        size=out.size,
        ready_at=timezone.now(),
    )
    return "ready"


def take_download(export: DataExport) -> Iterator[bytes]:
    """The export's bytes, a chunk at a time, handed over once: the export is marked downloaded
    before the first byte goes, and its file is deleted when the stream ends (or is dropped)."""
    with transaction.atomic():
        locked = DataExport.objects.select_for_update().get(pk=export.pk)
        if locked.status != DataExport.Status.READY:
            raise DataExport.DoesNotExist("This download has already been used.")
        name = locked.stored_name
        if not private_files.exists(name):
            raise DataExport.DoesNotExist("This download's file is gone.")
        locked.status = DataExport.Status.DOWNLOADED
        locked.downloaded_at = timezone.now()
        locked.stored_name = ""
        locked.save(update_fields=["status", "downloaded_at", "stored_name"])
    return _stream_then_delete(name)


def _stream_then_delete(name: str) -> Iterator[bytes]:
    try:
        yield from private_files.read_stream(name)
    finally:
        private_files.delete(name)


def forget_expired(now=None) -> int:
    """Delete exports nobody downloaded within EXPORT_KEPT_FOR (their files too)."""
    cutoff = (now or timezone.now()) - EXPORT_KEPT_FOR
    expired = DataExport.objects.filter(
        status__in=[DataExport.Status.READY, DataExport.Status.FAILED], requested_at__lt=cutoff
    )
    for name in expired.exclude(stored_name="").values_list("stored_name", flat=True):
        private_files.delete(name)
    count, _ = expired.delete()
    return count


def erase_exports(user: User) -> ErasureReport:
    names = list(
        DataExport.objects.filter(user=user).exclude(stored_name="").values_list(
            "stored_name", flat=True
        )
    )
    DataExport.objects.filter(user=user).delete()

    def delete_files():
        for name in names:
            private_files.delete(name)

    transaction.on_commit(delete_files)
    return ErasureReport(erased=["Downloads of your data you asked for and had not yet used"])


register_erasure("accounts_data_exports", erase_exports, covers=[DataExport])
