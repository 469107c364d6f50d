"""What the two import commands share: options, the dry run, progress and the summary."""

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import transaction

from . import importing
from .writer import NoServicesPage, ServiceWriter


class _DryRun(Exception):
    pass


class ImportCommandMixin:
    def add_common_arguments(self, parser):
        parser.add_argument(
            "--publish",
            action="store_true",
            help="Publish at once (a council bulk import by an officer). Without it, every new "
            "or changed listing is saved as a draft revision for review.",
        )
        parser.add_argument(
            "--submit-as",
            metavar="EMAIL",
            help="Without --publish: submit each new or changed draft to the council's "
            "moderation workflow in this user's name, so it appears in the moderators' queue.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check everything and report, but save nothing.",
        )

    def run_import(self, records, options, expected=None) -> importing.ImportReport:
        submitter = None
        if options.get("submit_as"):
            submitter = get_user_model().objects.filter(email__iexact=options["submit_as"]).first()
            if submitter is None:
                raise CommandError(f"There is no user with the email {options['submit_as']}")
        try:
            writer = ServiceWriter(publish=options["publish"], submit_as=submitter)
        except NoServicesPage as problem:
            raise CommandError(str(problem)) from None

        def progress(line):
            self.stderr.write(line)

        if not options["dry_run"]:
            return importing.run(records, writer, progress, expected)
        report = None
        try:
            with transaction.atomic():
                report = importing.run(records, writer, progress, expected)
                raise _DryRun
        except _DryRun:
            self.stdout.write("Dry run: nothing was saved.")
        return report

    def finish(self, report: importing.ImportReport) -> None:
        for line in report.lines():
            self.stdout.write(line)
