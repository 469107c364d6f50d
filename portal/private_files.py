"""Files that hold special category data (family documents, photos, data exports): encrypted at
rest and kept outside the public media path, so a misconfigured web server or a copied disk
shows nobody a child's report.

Each file is one Fernet token (AES-128 in CBC mode with an HMAC-SHA256 tag, from the
`cryptography` library) under PRIVATE_FILES_ROOT, named by a random identifier that says
nothing about its contents. The keys come from PRIVATE_FILES_KEYS: comma-separated Fernet keys,
newest first. MultiFernet encrypts with the first and decrypts with any of them, so a key is
rotated by putting a new one first, running `manage.py rotate_private_files` (which re-encrypts
every file with the newest key) and then removing the old one.

Shared by apps (the family's documents, the account's data export), so it lives in the shell.
"""

import base64
import contextlib
import hashlib
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class PrivateFileMissing(Exception):
    """The named file is not on disk (or the name points outside the private folder)."""


class PrivateFileUnreadable(Exception):
    """No configured key opens this file: a key was removed before rotation finished."""


def generate_key() -> str:
    """A new key for PRIVATE_FILES_KEYS."""
    return Fernet.generate_key().decode()


def _development_key() -> str:
    # Only under DEBUG (make run): derived from the development SECRET_KEY, so a laptop works
    # with no set-up and its files still do not sit on disk in the clear.
    digest = hashlib.sha256(f"private-files:{settings.SECRET_KEY}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode()


def configured_keys() -> list[str]:
    keys = [key for key in getattr(settings, "PRIVATE_FILES_KEYS", []) if key]
    if keys:
        return keys
    if settings.DEBUG:
        return [_development_key()]
    raise ImproperlyConfigured(
        "PRIVATE_FILES_KEYS must be set: one or more Fernet keys, newest first, separated by "
        "commas. Make one with: python -c \"from cryptography.fernet import Fernet; "
        "print(Fernet.generate_key().decode())\""
    )


def _cipher() -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in configured_keys()])
    except ValueError as exc:
        raise ImproperlyConfigured(
            "PRIVATE_FILES_KEYS holds a value that is not a Fernet key (32 bytes, URL-safe "
            "base64)."
        ) from exc


def key_problem() -> str | None:
    """What is wrong with the configured keys, in a sentence, or None (for the system check)."""
    try:
        _cipher()
    except ImproperlyConfigured as exc:
        return str(exc)
    return None


def root() -> Path:
    return Path(settings.PRIVATE_FILES_ROOT)


def _path(name: str) -> Path:
    base = root().resolve()
    path = (base / name).resolve()
    if base not in path.parents:
        raise PrivateFileMissing(name)
    return path


def save(data: bytes, folder: str) -> str:
    """Encrypt `data` and write it under `folder`; return the stored name to keep in the
    database (relative to PRIVATE_FILES_ROOT)."""
    token = _cipher().encrypt(data)
    name = f"{folder}/{uuid.uuid4().hex}.enc"
    _write(_path(name), token)
    return name


def _write(path: Path, token: bytes) -> None:
    # Written beside the target and renamed into place, so a reader never sees half a file and
    # a crash during rotation leaves the old token intact. Only the app's own user may read it.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(token)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def read(name: str) -> bytes:
    """The decrypted contents of a stored file."""
    path = _path(name)
    try:
        token = path.read_bytes()
    except FileNotFoundError as exc:
        raise PrivateFileMissing(name) from exc
    try:
        return _cipher().decrypt(token)
    except InvalidToken as exc:
        raise PrivateFileUnreadable(name) from exc


def delete(name: str) -> None:
    with contextlib.suppress(PrivateFileMissing):
        _path(name).unlink(missing_ok=True)


def exists(name: str) -> bool:
    try:
        return _path(name).is_file()
    except PrivateFileMissing:
        return False


@dataclass(frozen=True)
class RotationResult:
    rotated: int
    unreadable: list[str]  # names no configured key opens (left as they were)


def rotate() -> RotationResult:
    """Re-encrypt every private file with the newest key (safe to run again, or to stop and
    start: each file is replaced whole)."""
    cipher = _cipher()
    rotated, unreadable = 0, []
    base = root()
    if not base.exists():
        return RotationResult(0, [])
    for path in sorted(base.rglob("*.enc")):
        try:
            token = cipher.rotate(path.read_bytes())
        except InvalidToken:
            unreadable.append(str(path.relative_to(base)))
            continue
        _write(path, token)
        rotated += 1
    return RotationResult(rotated, unreadable)
