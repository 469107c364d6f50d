"""Virus scanning through ClamAV's daemon (clamd), spoken to directly over its socket.

clamd's INSTREAM command is small enough to write here rather than add a package: send
`zINSTREAM\\0`, then the file in chunks each preceded by its length as four big-endian bytes,
then four zero bytes; clamd answers `stream: OK`, `stream: <signature> FOUND` or `... ERROR`.

Where no clamd is configured (CLAMD_SOCKET, or CLAMD_HOST and CLAMD_PORT) nothing is scanned and
files are held as "not yet scanned"; `check --deploy` warns about it (checks.py).
"""

import socket
import struct
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from django.conf import settings

CHUNK = 64 * 1024


class Verdict(StrEnum):
    NOT_SCANNED = "not_scanned"
    CLEAN = "clean"
    INFECTED = "infected"
    FAILED = "failed"


@dataclass(frozen=True)
class ScanResult:
    verdict: Verdict
    detail: str = ""  # the signature found, or why the scan failed (for logs, not families)


@dataclass(frozen=True)
class ClamdAddress:
    unix_socket: str = ""
    host: str = ""
    port: int = 0
    timeout: float = 30.0

    @property
    def configured(self) -> bool:
        return bool(self.unix_socket or (self.host and self.port))

    @classmethod
    def from_settings(cls) -> "ClamdAddress":
        return cls(
            unix_socket=getattr(settings, "CLAMD_SOCKET", ""),
            host=getattr(settings, "CLAMD_HOST", ""),
            port=getattr(settings, "CLAMD_PORT", 0),
            timeout=getattr(settings, "CLAMD_TIMEOUT", 30.0),
        )


def _connect(address: ClamdAddress) -> socket.socket:
    if address.unix_socket:
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(address.timeout)
        connection.connect(address.unix_socket)
        return connection
    return socket.create_connection((address.host, address.port), timeout=address.timeout)


def scan(data: bytes, address: ClamdAddress | None = None) -> ScanResult:
    """Ask clamd about `data`. Never raises: a daemon that cannot be reached is a FAILED scan,
    so an upload is kept (and flagged) rather than lost."""
    address = address or ClamdAddress.from_settings()
    if not address.configured:
        return ScanResult(Verdict.NOT_SCANNED)
    try:
        with _connect(address) as connection:
            connection.sendall(b"zINSTREAM\0")
            for start in range(0, len(data), CHUNK):
                chunk = data[start : start + CHUNK]
                connection.sendall(struct.pack("!L", len(chunk)) + chunk)
            connection.sendall(struct.pack("!L", 0))
            reply = _read_reply(connection)
    except OSError as exc:
        return ScanResult(Verdict.FAILED, f"clamd could not be reached: {exc}")
    return parse_reply(reply)


def _read_reply(connection: socket.socket) -> bytes:
    reply = b""
    while not reply.endswith(b"\0"):
        chunk = connection.recv(4096)
        if not chunk:
            break
        reply += chunk
    return reply


def parse_reply(reply: bytes) -> ScanResult:
    text = reply.rstrip(b"\0").decode("utf-8", "replace").strip()
    if text.endswith("FOUND"):
        signature = text.removeprefix("stream:").removesuffix("FOUND").strip()
        return ScanResult(Verdict.INFECTED, signature)
    if text == "stream: OK":
        return ScanResult(Verdict.CLEAN)
    return ScanResult(Verdict.FAILED, text or "clamd closed the connection without answering")


# Other apps keep private files too (a spend's receipts): each registers how to scan what it
# holds that is still waiting, so `manage.py scan_private_files` reaches every file without
# this app importing theirs. name -> scan_waiting(limit) -> {verdict: count}.
_WAITING: dict[str, Callable[[int | None], dict[str, int]]] = {}


def register_waiting(name: str, scan_waiting) -> None:
    _WAITING[name] = scan_waiting


def registered_waiting() -> dict:
    return dict(_WAITING)
