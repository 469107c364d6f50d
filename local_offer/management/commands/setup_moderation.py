"""Set up (or repair) council moderation: the workflow on the Local Offer, officers' page
permissions, and a folder and edit-only group for every provider with an organisation."""

from django.core.management.base import BaseCommand

from local_offer.moderation import ensure_council_moderation, set_up_all_providers


class Command(BaseCommand):
    help = "Create the Council moderation workflow and each provider's folder and group."

    def handle(self, *args, **options):
        if ensure_council_moderation() is None:
            self.stdout.write("There is no Local Offer page yet: run seed_demo first.")
            return
        granted = set_up_all_providers()
        self.stdout.write(
            f"Council moderation is on. {len(granted)} provider staff can edit their own listings."
        )
