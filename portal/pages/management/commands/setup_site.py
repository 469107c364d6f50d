"""Set up a council's new site: safe in production, and safe to run again.

Makes the home page, the Local Offer and its Services folder, the statutory pages as drafts to
fill in (accessibility statement, privacy notice, cookies, glossary, short breaks services
statement) and council moderation. Nothing from the Riverside demo. Each app adds its part
through a `setup` module with `ensure(stdout)`, listed here in order, as seed_demo does.
"""

import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

SETUP_MODULES = (
    "portal.pages.setup",
    "local_offer.setup",
)


class Command(BaseCommand):
    help = "Create the pages and moderation a new site needs (idempotent; safe in production)."

    def handle(self, *args, **options):
        with transaction.atomic():
            for name in SETUP_MODULES:
                importlib.import_module(name).ensure(self.stdout)
        self.stdout.write(self.style.SUCCESS(
            "The site is set up. Fill in and publish the draft pages in the editing area "
            "(/admin/), then import services with `manage.py import_oruk`."
        ))
