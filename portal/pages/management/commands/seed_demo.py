"""Load the fictional Riverside Council demo: users for every role, pages, services and more.

The demo logins have published passwords, so this refuses to run unless DEBUG is on (a local
machine). Each app seeds itself through a `demo` module with `seed(stdout)`; an app joins by
adding one line to DEMO_MODULES. Every seed is idempotent, so running this twice changes nothing.
"""

import importlib
import importlib.util

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# In order: accounts first (pages and services may name their owners), then the site shell,
# then what the council publishes. Later apps append themselves here.
DEMO_MODULES = (
    "portal.accounts.demo",
    "portal.pages.demo",
    "local_offer.demo",
    "local_offer.moderation",  # the Council moderation workflow and provider folders
)


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its parent package is missing
        return False


class Command(BaseCommand):
    help = "Load the Riverside Council demo data (local only: refuses to run when DEBUG is off)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force-for-tests", action="store_true",
            help="Run even though DEBUG is off. Only for the test suite's own throwaway database.",
        )

    def handle(self, *args, force_for_tests=False, **options):
        if not settings.DEBUG and not force_for_tests:
            raise CommandError(
                "seed_demo only runs on a local demo (DEBUG on), because it creates demo "
                "accounts with published passwords. Nothing was changed."
            )
        for name in DEMO_MODULES:
            if not _module_exists(name):
                continue
            importlib.import_module(name).seed(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
