"""Scan the private files that are still "not yet scanned" (uploaded before clamd was set up)
or whose scan failed: family documents and photos, and what other apps registered with
virus_scan.register_waiting (a spend's receipts). Run it once after setting CLAMD_SOCKET, or
from cron."""

from django.core.management.base import BaseCommand, CommandError

from portal.family.documents import uploads
from portal.family.documents.virus_scan import ClamdAddress, registered_waiting


class Command(BaseCommand):
    help = "Scan private files (documents, photos, receipts) not yet scanned for viruses."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="At most this many files.")

    def handle(self, *args, limit=None, **options):
        if not ClamdAddress.from_settings().configured:
            raise CommandError(
                "No virus scanner is configured: set CLAMD_SOCKET (or CLAMD_HOST and CLAMD_PORT)."
            )
        counts = uploads.scan_waiting(limit)
        for scan_waiting in registered_waiting().values():
            for verdict, count in scan_waiting(limit).items():
                counts[verdict] = counts.get(verdict, 0) + count
        if not counts:
            self.stdout.write("Nothing was waiting to be scanned.")
        for verdict, count in sorted(counts.items()):
            self.stdout.write(f"{verdict}: {count}")
        if counts.get("infected"):
            self.stdout.write(
                self.style.WARNING("Files with a virus are kept but can no longer be downloaded.")
            )
