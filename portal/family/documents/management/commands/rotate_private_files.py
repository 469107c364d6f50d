"""Re-encrypt every private file (family documents, photos, data exports) with the newest key.

Rotating a key: put the new key first in PRIVATE_FILES_KEYS (keep the old one after it), restart
the app, run this command, then remove the old key and restart again. Safe to run twice, and to
interrupt: each file is replaced whole.
"""

from django.core.management.base import BaseCommand, CommandError

from portal import private_files


class Command(BaseCommand):
    help = "Re-encrypt every private file with the newest key in PRIVATE_FILES_KEYS."

    def handle(self, *args, **options):
        result = private_files.rotate()
        self.stdout.write(f"Re-encrypted {result.rotated} file(s) with the newest key.")
        if result.unreadable:
            listed = "\n".join(f"  {name}" for name in result.unreadable)
            raise CommandError(
                f"{len(result.unreadable)} file(s) could not be opened with any configured key "
                f"and were left as they were:\n{listed}\nPut the key they were written with "
                "back in PRIVATE_FILES_KEYS and run this again."
            )
        self.stdout.write(self.style.SUCCESS("Done. You can now remove the older keys."))
