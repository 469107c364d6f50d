"""portal/private_files.py: files are encrypted at rest, and keys can be rotated."""

from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured
from django.core.management import CommandError, call_command

from portal import private_files

from . import samples

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()


def test_the_bytes_on_disk_are_not_the_file_and_do_not_contain_it(settings):
    report = samples.pdf("Amara's speech and language therapy report")

    name = private_files.save(report, "documents")

    on_disk = (Path(settings.PRIVATE_FILES_ROOT) / name).read_bytes()
    assert on_disk != report
    assert report not in on_disk
    assert b"%PDF" not in on_disk
    assert b"speech and language" not in on_disk
    assert private_files.read(name) == report


def test_files_live_outside_the_media_folder_with_a_name_that_says_nothing(settings):
    name = private_files.save(b"letter", "documents")

    path = (Path(settings.PRIVATE_FILES_ROOT) / name).resolve()
    assert Path(settings.MEDIA_ROOT).resolve() not in path.parents
    assert name.startswith("documents/") and name.endswith(".enc")
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_a_name_cannot_reach_outside_the_private_folder():
    with pytest.raises(private_files.PrivateFileMissing):
        private_files.read("../../etc/passwd")


def test_rotation_re_encrypts_every_file_with_the_newest_key(settings):
    settings.PRIVATE_FILES_KEYS = [OLD_KEY]
    names = [private_files.save(f"file {n}".encode(), "documents") for n in range(3)]
    before = {name: (Path(settings.PRIVATE_FILES_ROOT) / name).read_bytes() for name in names}

    # A council puts a new key first, keeps the old one, and runs the command.
    settings.PRIVATE_FILES_KEYS = [NEW_KEY, OLD_KEY]
    call_command("rotate_private_files", stdout=open("/dev/null", "w"))  # noqa: SIM115

    # Then the old key can go: every file opens with the new key alone.
    settings.PRIVATE_FILES_KEYS = [NEW_KEY]
    for number, name in enumerate(names):
        assert private_files.read(name) == f"file {number}".encode()
        assert (Path(settings.PRIVATE_FILES_ROOT) / name).read_bytes() != before[name]


def test_without_rotation_removing_the_old_key_makes_files_unreadable(settings):
    settings.PRIVATE_FILES_KEYS = [OLD_KEY]
    name = private_files.save(b"report", "documents")
    settings.PRIVATE_FILES_KEYS = [NEW_KEY]

    with pytest.raises(private_files.PrivateFileUnreadable):
        private_files.read(name)
    with pytest.raises(CommandError, match="could not be opened with any configured key"):
        call_command("rotate_private_files", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_production_refuses_to_run_without_keys(settings):
    settings.DEBUG = False
    settings.PRIVATE_FILES_KEYS = []

    with pytest.raises(ImproperlyConfigured, match="PRIVATE_FILES_KEYS must be set"):
        private_files.save(b"report", "documents")


def test_a_development_key_is_derived_only_under_debug(settings):
    settings.DEBUG = True
    settings.PRIVATE_FILES_KEYS = []

    name = private_files.save(b"report", "documents")

    assert private_files.read(name) == b"report"


def test_a_malformed_key_is_named_by_the_system_check(settings):
    from portal.family.documents import checks

    settings.PRIVATE_FILES_KEYS = ["not-a-key"]

    assert [error.id for error in checks.private_files_keys()] == ["family_documents.E001"]


def test_production_settings_will_not_load_without_keys():
    import os
    import subprocess
    import sys

    env = {
        key: value for key, value in os.environ.items() if key != "PRIVATE_FILES_KEYS"
    } | {
        "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "portal.example",
        "DATABASE_URL": "sqlite:///:memory:", "EMAIL_HOST": "smtp.example",
        "DEFAULT_FROM_EMAIL": "a@example.org", "SITE_URL": "https://portal.example",
        "SEARCH_BACKEND": "database",
    }
    loaded = subprocess.run(
        [sys.executable, "-c", "import portal.settings.production"],
        env=env, capture_output=True, text=True, timeout=60,
    )

    assert loaded.returncode != 0
    assert "The environment variable PRIVATE_FILES_KEYS must be set." in loaded.stderr


def test_the_deploy_check_refuses_private_files_inside_media(settings, tmp_path):
    from portal.family.documents import checks

    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_FILES_ROOT = str(tmp_path / "media" / "private")

    assert [error.id for error in checks.private_files_outside_media()] == [
        "family_documents.E002"
    ]


def test_a_stream_is_encrypted_chunk_by_chunk_and_reads_back_whole(settings, monkeypatch):
    monkeypatch.setattr(private_files, "CHUNK", 1000)
    data = bytes(range(256)) * 20  # 5,120 bytes: six chunks

    with private_files.open_stream_writer("exports") as out:
        for start in range(0, len(data), 700):
            out.write(data[start : start + 700])

    on_disk = (Path(settings.PRIVATE_FILES_ROOT) / out.name).read_bytes()
    assert data[:100] not in on_disk
    assert out.size == len(data)
    assert b"".join(private_files.read_stream(out.name)) == data


def test_rotation_re_encrypts_streams_too(settings, monkeypatch):
    monkeypatch.setattr(private_files, "CHUNK", 1000)
    settings.PRIVATE_FILES_KEYS = [OLD_KEY]
    with private_files.open_stream_writer("exports") as out:
        out.write(b"x" * 2500)

    settings.PRIVATE_FILES_KEYS = [NEW_KEY, OLD_KEY]
    assert private_files.rotate().rotated == 1
    settings.PRIVATE_FILES_KEYS = [NEW_KEY]

    assert b"".join(private_files.read_stream(out.name)) == b"x" * 2500


def test_a_stream_that_fails_part_way_leaves_nothing_behind(settings):
    with pytest.raises(RuntimeError), private_files.open_stream_writer("exports") as out:
        out.write(b"half an export")
        raise RuntimeError("the task stopped")

    assert not [
        path for path in Path(settings.PRIVATE_FILES_ROOT).rglob("*") if path.is_file()
    ]
