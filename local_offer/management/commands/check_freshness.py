"""Daily: remind providers about listings unchecked for 6 months, flag 9-month-old ones to
officers and take 12-month-old ones out of search; remind providers of drafts they never sent
to the council (draft_reminders.py). Safe to run more than once a day."""

from datetime import date

from django.core.management.base import BaseCommand, CommandError

from local_offer.draft_reminders import send_draft_reminders
from local_offer.freshness_job import run_daily_check
from local_offer.tasks import check_freshness, remind_unsent_drafts


class Command(BaseCommand):
    help = "Send freshness reminders, flag stale listings to officers, hide very stale ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the check to a task worker instead."
        )
        parser.add_argument("--today", help="Check as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, enqueue=False, today=None, **options):
        if enqueue:
            result = check_freshness.enqueue()
            self.stdout.write(f"Queued the freshness check (task {result.id}).")
            remind_unsent_drafts.enqueue()
            return
        try:
            day = date.fromisoformat(today) if today else None
        except ValueError as exc:
            raise CommandError(f"--today must be a date like 2026-03-31, not {today!r}") from exc
        result = run_daily_check(day)
        self.stdout.write(result.summary())
        for title in result.no_address:
            self.stdout.write(f"  No email address to remind: {title}")
        self.stdout.write(send_draft_reminders(day).summary())
