"""manage.py import_oruk <file-or-url> [--publish] [--dry-run]

Import services from an Open Referral UK 3.0 feed: a JSON file holding one service, a list of
services or a page of them, or a feed URL (its /services pages are followed). See the writer
(local_offer/oruk/writer.py) for where listings go and why drafts are the default.
"""

from django.core.management.base import BaseCommand, CommandError

from local_offer.oruk import feeds
from local_offer.oruk.commands import ImportCommandMixin
from local_offer.oruk.oruk_reader import read_service


class Command(ImportCommandMixin, BaseCommand):
    help = "Import services from an Open Referral UK 3.0 JSON file or feed URL."

    def add_arguments(self, parser):
        parser.add_argument("source", help="A JSON file, or the URL of a feed's /services")
        self.add_common_arguments(parser)

    def handle(self, source, **options):
        try:
            documents = list(feeds.read_file(source)) if not feeds.is_url(source) else None
        except feeds.FeedError as problem:
            raise CommandError(str(problem)) from None
        expected = len(documents) if documents is not None else None
        if documents is None:
            documents = feeds.read_source(source)
        records = (
            read_service(document, position=position)
            for position, document in enumerate(documents, start=1)
        )
        try:
            report = self.run_import(records, options, expected)
        except feeds.FeedError as problem:
            raise CommandError(str(problem)) from None
        return self.finish(report)
