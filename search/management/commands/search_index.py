"""`manage.py search_index --rebuild`: put every published service into the search index again.

The Elasticsearch backend builds a new index and swaps its alias when it is complete; the
database backend rebuilds inside one transaction. Either way searches keep working meanwhile.
"""

import time

from django.core.management.base import BaseCommand, CommandError

from search import api
from search.backends import get_backend


class Command(BaseCommand):
    help = "Rebuild the search index from the published Local Offer services (with progress)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--rebuild", action="store_true",
            help="Rebuild the whole index (new index, then swap: no downtime).",
        )

    def handle(self, *args, rebuild=False, **options):
        if not rebuild:
            raise CommandError("Nothing to do. Use --rebuild to rebuild the search index.")
        backend = get_backend()
        expected = api.published_count()
        self.stdout.write(
            f"Rebuilding the {backend.name} search index from {expected} published services..."
        )
        started = time.perf_counter()

        def progress(done: int) -> None:
            share = f" ({done * 100 // expected}%)" if expected else ""
            self.stdout.write(f"  {done} indexed{share}")

        written = api.rebuild_from_sources(progress=progress)
        seconds = time.perf_counter() - started
        skipped = expected - written
        note = f"; {skipped} hidden (closed or not checked for 12 months)" if skipped > 0 else ""
        self.stdout.write(
            self.style.SUCCESS(f"Indexed {written} services in {seconds:.1f} s{note}.")
        )
