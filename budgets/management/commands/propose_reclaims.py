"""Once a day (cron): propose the year-end reclaim for every budget whose plan year ends in
the next 28 days and whose direct-payment accounts hold more than the council's threshold.
Safe to run as often as wanted: a budget is proposed for once."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from budgets.reclaim import propose_due


class Command(BaseCommand):
    help = "Propose year-end reclaims of unspent direct-payment money, 28 days ahead."

    def handle(self, *args, **options):
        made = propose_due(timezone.localdate())
        self.stdout.write(f"Proposed {len(made)} year-end reclaim(s).")
