"""Daily: tell the people a grant was for that it has ended on its end date. Safe to run more
than once a day: each grant's end is told once."""

from django.core.management.base import BaseCommand

from portal.sharing.notifications import tell_ended_grants


class Command(BaseCommand):
    help = "Tell professionals (and family members) when sharing with them has ended."

    def handle(self, *args, **options):
        self.stdout.write(tell_ended_grants().summary())
