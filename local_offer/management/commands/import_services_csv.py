"""manage.py import_services_csv <file> [--publish] [--dry-run]

Import services from an Outpost-style bulk-import CSV (columns: local_offer/oruk/CSV_FORMAT.md).
"""

from django.core.management.base import BaseCommand, CommandError

from local_offer.oruk import csv_reader
from local_offer.oruk.commands import ImportCommandMixin


class Command(ImportCommandMixin, BaseCommand):
    help = "Import services from an Outpost-style CSV (see local_offer/oruk/CSV_FORMAT.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The CSV file")
        self.add_common_arguments(parser)

    def handle(self, file, **options):
        try:
            records = csv_reader.read_file(file)
        except csv_reader.CsvFormatError as problem:
            raise CommandError(str(problem)) from None
        return self.finish(self.run_import(records, options, len(records)))
