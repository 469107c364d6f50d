"""virus_scan.py speaks clamd's INSTREAM protocol.

The tests talk to a small fake clamd started here, on a Unix socket and on a loopback port:
this machine has no ClamAV signature database, so a real clamd cannot run in the suite. The fake
reads the stream exactly as clamd does (length-prefixed chunks ending in a zero length) and
answers FOUND when the EICAR test string is in it, so what is checked is our side of the
protocol: chunking, the terminator and reading each kind of reply.
"""

import socket
import struct
import threading
from pathlib import Path

import pytest
from django.core import checks as django_checks

from portal.family.documents import checks, virus_scan
from portal.family.documents.virus_scan import ClamdAddress, Verdict

EICAR = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"


class FakeClamd:
    def __init__(self, server: socket.socket, reply_with: bytes | None = None):
        self.server = server
        self.reply_with = reply_with
        self.received: list[bytes] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.server.accept()
            except OSError:
                return
            with connection:
                self._answer(connection)

    def _read_exactly(self, connection, size):
        data = b""
        while len(data) < size:
            chunk = connection.recv(size - len(data))
            if not chunk:
                raise ConnectionError("client went away")
            data += chunk
        return data

    def _answer(self, connection):
        command = self._read_exactly(connection, len(b"zINSTREAM\0"))
        assert command == b"zINSTREAM\0"
        stream = b""
        while True:
            (length,) = struct.unpack("!L", self._read_exactly(connection, 4))
            if length == 0:
                break
            stream += self._read_exactly(connection, length)
        self.received.append(stream)
        if self.reply_with is not None:
            connection.sendall(self.reply_with)
        elif EICAR in stream:
            connection.sendall(b"stream: Eicar-Test-Signature FOUND\0")
        else:
            connection.sendall(b"stream: OK\0")

    def close(self):
        self.server.close()


@pytest.fixture
def unix_clamd(tmp_path):
    path = str(tmp_path / "clamd.sock")
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen()
    fake = FakeClamd(server)
    yield fake, ClamdAddress(unix_socket=path, timeout=5)
    fake.close()


@pytest.fixture
def tcp_clamd():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen()
    fake = FakeClamd(server)
    yield fake, ClamdAddress(host="127.0.0.1", port=server.getsockname()[1], timeout=5)
    fake.close()


def test_a_clean_file_is_ok_over_a_unix_socket(unix_clamd):
    fake, address = unix_clamd
    report = b"%PDF-1.4 " + bytes(200_000)  # more than three chunks

    result = virus_scan.scan(report, address)

    assert result.verdict == Verdict.CLEAN
    assert fake.received == [report]


def test_a_virus_is_found_over_tcp(tcp_clamd):
    fake, address = tcp_clamd

    result = virus_scan.scan(b"hello " + EICAR, address)

    assert result.verdict == Verdict.INFECTED
    assert result.detail == "Eicar-Test-Signature"


def test_an_error_reply_is_a_failed_scan(unix_clamd):
    fake, address = unix_clamd
    fake.reply_with = b"INSTREAM size limit exceeded. ERROR\0"

    assert virus_scan.scan(b"big", address).verdict == Verdict.FAILED


def test_a_daemon_that_is_not_there_is_a_failed_scan_not_a_crash(tmp_path):
    address = ClamdAddress(unix_socket=str(tmp_path / "nobody-home.sock"), timeout=1)

    result = virus_scan.scan(b"report", address)

    assert result.verdict == Verdict.FAILED
    assert "could not be reached" in result.detail


def test_without_a_daemon_nothing_is_scanned():
    assert virus_scan.scan(b"report", ClamdAddress()).verdict == Verdict.NOT_SCANNED


def test_check_deploy_names_the_setting_when_no_scanner_is_configured(settings):
    settings.CLAMD_SOCKET = ""
    settings.CLAMD_HOST = ""

    warnings = django_checks.run_checks(include_deployment_checks=True, tags=["security"])

    ours = [warning for warning in warnings if warning.id == "family_documents.W001"]
    assert len(ours) == 1
    assert "CLAMD_SOCKET" in ours[0].hint


def test_the_scanner_warning_is_gone_once_it_is_configured(settings, tmp_path):
    settings.CLAMD_SOCKET = str(Path(tmp_path) / "clamd.sock")

    assert checks.clamd_configured() == []


@pytest.mark.django_db
def test_an_upload_with_a_virus_is_kept_but_never_served(client, family, unix_clamd, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from portal.family.documents.models import DocumentVersion, ScanStatus

    fake, address = unix_clamd
    settings.CLAMD_SOCKET = address.unix_socket
    client.force_login(family["parent"])
    infected = b"%PDF-1.4\n" + EICAR

    client.post(
        reverse("family_documents:add", kwargs={"child_id": family["child"].pk}),
        {"title": "Suspicious", "kind": "letter", "file": SimpleUploadedFile("a.pdf", infected)},
    )

    version = DocumentVersion.objects.get(document__title="Suspicious")
    assert version.scan_status == ScanStatus.INFECTED
    response = client.get(
        reverse(
            "family_documents:download",
            kwargs={"child_id": family["child"].pk, "document_id": version.document_id,
                    "version_id": version.pk},
        )
    )
    assert response.status_code == 403
    assert EICAR not in response.content


@pytest.mark.django_db
def test_files_uploaded_before_clamd_was_set_up_are_scanned_by_the_command(
    family, unix_clamd, settings
):
    from io import StringIO

    from django.core.management import call_command

    from portal.family.documents.models import ScanStatus

    fake, address = unix_clamd
    assert family["version"].scan_status == ScanStatus.NOT_SCANNED
    settings.CLAMD_SOCKET = address.unix_socket
    out = StringIO()

    call_command("scan_private_files", stdout=out)

    family["version"].refresh_from_db()
    assert family["version"].scan_status == ScanStatus.CLEAN
    assert "clean: 1" in out.getvalue()
