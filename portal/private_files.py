"""Files that hold special category data (family documents, photos, data exports): encrypted at
rest and kept outside the public media path, so a misconfigured web server or a copied disk
shows nobody a child's report.

Each file is one Fernet token (AES-128 in CBC mode with an HMAC-SHA256 tag, from the
`cryptography` library) under PRIVATE_FILES_ROOT, named by a random identifier that says
nothing about its contents. The keys come from PRIVATE_FILES_KEYS: comma-separated Fernet keys,
newest first. MultiFernet encrypts with the first and decrypts with any of them, so a key is
rotated by putting a new one first, running `manage.py rotate_private_files` (which re-encrypts
every file with the newest key) and then removing the old one.

Something too big to hold in memory at once (a family's whole data export) is written as a
stream instead: a sequence of Fernet tokens of up to CHUNK bytes each, every one prefixed with
its length (`open_stream_writer`, `read_stream`; names end `.encs`).

Shared by apps (the family's documents, the account's data export), so it lives in the shell.
"""

import base64
import contextlib
import hashlib
import os
import struct
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

CHUNK = 4 * 1024 * 1024
_LENGTH = struct.Struct(">I")


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


class StreamWriter:
    """A file-like object that encrypts what is written to it, CHUNK bytes per token, straight
    to its private file: nothing unencrypted ever reaches the disk. `zipfile` can write to it.
    Use as a context manager; `name` is the stored name once it has closed without error."""

    def __init__(self, folder: str):
        self.name = f"{folder}/{uuid.uuid4().hex}.encs"
        self.size = 0  # bytes written (before encryption)
        self._cipher = _cipher()
        self._buffer = bytearray()
        path = _path(self.name)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, self._temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
        self._out = os.fdopen(handle, "wb")

    def write(self, data) -> int:
        self._buffer += data
        self.size += len(data)
        while len(self._buffer) >= CHUNK:
            self._emit(bytes(self._buffer[:CHUNK]))
            del self._buffer[:CHUNK]
        return len(data)

    def flush(self) -> None:
        pass

    def _emit(self, chunk: bytes) -> None:
        token = self._cipher.encrypt(chunk)
        self._out.write(_LENGTH.pack(len(token)) + token)

    def __enter__(self):
        return self

    def __exit__(self, kind, error, trace):
        try:
            if kind is None and self._buffer:
                self._emit(bytes(self._buffer))
            self._out.close()
            if kind is None:
                os.chmod(self._temporary, 0o600)
                os.replace(self._temporary, _path(self.name))
        finally:
            Path(self._temporary).unlink(missing_ok=True)
        return False


def open_stream_writer(folder: str) -> StreamWriter:
    return StreamWriter(folder)


def _tokens(handle) -> Iterator[bytes]:
    while header := handle.read(_LENGTH.size):
        (length,) = _LENGTH.unpack(header)
        yield handle.read(length)


def read_stream(name: str) -> Iterator[bytes]:
    """The decrypted contents of a file written by StreamWriter, a chunk at a time."""
    cipher = _cipher()
    try:
        handle = _path(name).open("rb")
    except FileNotFoundError as exc:
        raise PrivateFileMissing(name) from exc
    with handle:
        for token in _tokens(handle):
            try:
                yield cipher.decrypt(token)
            except InvalidToken as exc:
                raise PrivateFileUnreadable(name) from exc


@dataclass(frozen=True)
class RotationResult:
    rotated: int
    unreadable: list[str]  # names no configured key opens (left as they were)


def _rotate_stream(path: Path, cipher: MultiFernet) -> None:
    # Token by token into a new file beside it, so a big export is never all in memory.
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".writing-")
    try:
        with os.fdopen(handle, "wb") as out, path.open("rb") as source:
            for token in _tokens(source):
                rotated = cipher.rotate(token)
                out.write(_LENGTH.pack(len(rotated)) + rotated)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)


def rotate() -> RotationResult:
    """Re-encrypt every private file with the newest key (safe to run again, or to stop and
    start: each file is replaced whole)."""
    cipher = _cipher()
    rotated, unreadable = 0, []
    base = root()
    if not base.exists():
        return RotationResult(0, [])
    for path in sorted([*base.rglob("*.enc"), *base.rglob("*.encs")]):
        try:
            if path.suffix == ".encs":
                _rotate_stream(path, cipher)
            else:
                _write(path, cipher.rotate(path.read_bytes()))
        except InvalidToken:
            unreadable.append(str(path.relative_to(base)))
            continue
        rotated += 1
    return RotationResult(rotated, unreadable)
