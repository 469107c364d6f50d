"""Scan the family documents and photos that are still "not yet scanned" (uploaded before clamd
was set up) or whose scan failed. Run it once after setting CLAMD_SOCKET, or from cron."""

from django.core.management.base import BaseCommand, CommandError

from portal.family.documents import uploads
from portal.family.documents.virus_scan import ClamdAddress


class Command(BaseCommand):
    help = "Scan family documents and photos that have not been scanned for viruses yet."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=None, help="At most this many files.")

    def handle(self, *args, limit=None, **options):
        if not ClamdAddress.from_settings().configured:
            raise CommandError(
                "No virus scanner is configured: set CLAMD_SOCKET (or CLAMD_HOST and CLAMD_PORT)."
            )
        counts = uploads.scan_waiting(limit)
        if not counts:
            self.stdout.write("Nothing was waiting to be scanned.")
        for verdict, count in sorted(counts.items()):
            self.stdout.write(f"{verdict}: {count}")
        if counts.get("infected"):
            self.stdout.write(
                self.style.WARNING("Files with a virus are kept but can no longer be downloaded.")
            )
