"""Every few minutes: send again any safeguarding alert nobody has acknowledged within two
hours, to the lead, the deputy and the officer on duty. Safe to run as often as wanted."""

from django.core.management.base import BaseCommand

from youngcommissioners.safeguarding_alerts import escalate_overdue
from youngcommissioners.tasks import check_safeguarding_alerts


class Command(BaseCommand):
    help = "Send unacknowledged safeguarding alerts again after two hours."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue", action="store_true", help="Hand the check to a task worker instead."
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            result = check_safeguarding_alerts.enqueue()
            self.stdout.write(f"Queued the safeguarding alert check (task {result.id}).")
            return
        self.stdout.write(escalate_overdue().summary())
