"""manage.py import_oruk <file-or-url> [--publish] [--dry-run]

Import services from an Open Referral UK feed: a JSON file holding one service, a list of
services or a page of them, or a feed URL (its /services pages are followed). Both ORUK 3.0
and the older 1.0 (a flat list of services with their organisation) are read; which one a file
is, is told from the shape of its services (oruk1_reader.standard_of). See the writer
(local_offer/oruk/writer.py) for where listings go and why drafts are the default.
"""

from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from local_offer.oruk import feeds, oruk1_reader, oruk_reader
from local_offer.oruk.checks import check_shared_contacts, contact_counts
from local_offer.oruk.commands import ImportCommandMixin

READERS = {"1.0": oruk1_reader.read_service, "3.0": oruk_reader.read_service}
SHAPES = {
    "1.0": "ORUK 1.0 (a flat list of services, each with its organisation)",
    "3.0": "ORUK 3.0",
}


class Command(ImportCommandMixin, BaseCommand):
    help = "Import services from an Open Referral UK (3.0 or 1.0) JSON file or feed URL."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A JSON file, or the URL of a feed's /services")
        self.add_common_arguments(parser)

    def handle(self, source, **options):
        try:
            documents = list(feeds.read_file(source)) if not feeds.is_url(source) else None
        except feeds.FeedError as problem:
            raise CommandError(str(problem)) from None
        if documents is None:
            # A feed is read a page at a time, so each service is judged by its own shape.
            records = (
                self.read(document, position, oruk1_reader.standard_of([document]), Counter())
                for position, document in enumerate(feeds.read_source(source), start=1)
            )
            expected = None
        else:
            standard = oruk1_reader.standard_of(documents)
            self.stdout.write(f"Reading {len(documents)} services as {SHAPES[standard]}.")
            shared = contact_counts(documents)
            records = (
                self.read(document, position, standard, shared)
                for position, document in enumerate(documents, start=1)
            )
            expected = len(documents)
        try:
            report = self.run_import(records, options, expected)
        except feeds.FeedError as problem:
            raise CommandError(str(problem)) from None
        return self.finish(report)

    @staticmethod
    def read(document, position: int, standard: str, shared: Counter):
        record = READERS[standard](document, position=position)
        return check_shared_contacts(record, shared)
