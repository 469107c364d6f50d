"""Load the fictional Riverside Council demo: users for every role, pages, services and more.

The demo logins have published passwords, so this refuses to run unless DEBUG is on (a local
machine). Each app seeds itself through a `demo` module with `seed(stdout)`; an app joins by
adding one line to DEMO_MODULES. Every seed is idempotent, so running this twice changes nothing.
"""

import importlib
import importlib.util
import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# In order: accounts first (pages and services may name their owners), then the site shell,
# then what the council publishes. Later apps append themselves here.
DEMO_MODULES = (
    "portal.accounts.demo",
    "portal.pages.demo",
    "local_offer.demo",
    "search.demo",  # last of the Local Offer: index what was just published
    "local_offer.moderation",  # the Council moderation workflow and provider folders
    "portal.family.demo",  # demo families: children, carers, profiles, an EHC plan
    "portal.family.goals.demo",  # goals with six months of ratings, saved services
    "portal.family.documents.demo",  # a report for the demo child, encrypted like an upload
    "budgets.demo",  # Ada's personal budget: three streams, ten months of spending
    "portal.sharing.demo",  # Ada's goals and profile shared with the demo key worker
    "youngcommissioners.demo",  # 60 feedback comments, two waiting for the safeguarding lead
)

NOISY_LOGGERS = ("django_tasks", "wagtail")


def _module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:  # its parent package is missing
        return False


@contextmanager
def _quiet_logs(enabled: bool):
    """Every page save logs a line per background task; hundreds of them would bury the list of
    demo sign-ins. -v 2 shows them."""
    loggers = [logging.getLogger(name) for name in NOISY_LOGGERS] if enabled else []
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


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
        with _quiet_logs(enabled=options.get("verbosity", 1) < 2):
            for name in DEMO_MODULES:
                if not _module_exists(name):
                    continue
                importlib.import_module(name).seed(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
