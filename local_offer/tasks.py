"""Background jobs of the Local Offer. Scheduling is cron's job (DESIGN.md): it runs
`manage.py check_freshness`, which can also hand the work to a task worker."""

from django_tasks import task

from .draft_reminders import remind_unsent_drafts  # noqa: F401 (daily, with check_freshness)
from .freshness_job import run_daily_check


@task()
def check_freshness() -> str:
    return run_daily_check().summary()
