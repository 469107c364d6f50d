"""Background jobs of the voice app. Scheduling is cron's job: it runs
`manage.py check_safeguarding_alerts` every few minutes, which can also hand the work to a
task worker."""

from django_tasks import task

from .safeguarding_alerts import escalate_overdue


@task()
def check_safeguarding_alerts() -> str:
    return escalate_overdue().summary()
