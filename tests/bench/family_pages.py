"""A child's goals pages at the size issue 12 names: 50 goals and 500 ratings.

    python -m tests.bench.family_pages [--requests 50] [--write]

Builds a throwaway test database (the test settings: DEBUG off, SQLite unless DATABASE_URL
says otherwise), signs a parent in with Django's test Client and times, after a warm-up, the
goals list (50 goals, each with its progress summary) and one goal's page (its SVG chart and
table), N requests each, in process: no network and no web server, so the figure is the
view's own cost (queries, chart, templates). Prints one line per page for docs/benchmarks.md;
--write adds them under "Family record pages" there.
"""

import argparse
import os
import statistics
import sys
import time
from datetime import date, timedelta

from .run import ROOT, machine, percentile

GOALS, RATINGS_PER_GOAL = 50, 10
DOC = ROOT / "docs" / "benchmarks.md"
HEADING = "## Family record pages"


def _build(child_factory):
    from portal.family.goals.models import GoalRating
    from tests.family.goals.helpers import make_goal

    parent, child = child_factory()
    goals = []
    for number in range(GOALS):
        scale = "gas" if number % 2 else "copm"
        goal = make_goal(child, parent, scale=scale, wording=f"Goal number {number}")
        goals.append(goal)
        GoalRating.objects.bulk_create([
            GoalRating(
                goal=goal, rated_on=date(2026, 1, 5) + timedelta(days=14 * step),
                rated_by=parent, rated_by_name="Sam Okafor", rated_by_role="Mum",
                comment="A comment about how it went this fortnight.",
                **({"level": min(-2 + step // 2, 2)} if scale == "gas"
                   else {"performance": 1 + step % 10, "satisfaction": 2 + step % 9}),
            )
            for step in range(RATINGS_PER_GOAL)
        ])
    return parent, child, goals


def _time(client, url: str, requests: int) -> dict:
    from django.db import connection

    for _ in range(3):  # warm-up: templates compiled, the site shell kept
        assert client.get(url).status_code == 200
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return {"median_ms": statistics.median(times), "p90_ms": percentile(times, 0.9),
            "queries": len(queries), "requests": requests}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--write", action="store_true", help="add the lines to " + str(DOC))
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    assert not settings.DEBUG, "measure with DEBUG off"
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        from tests.clients import PortalClient
        from tests.family.helpers import make_child, make_parent

        def child_factory():
            parent = make_parent(display_name="Sam Okafor")
            return parent, make_child(parent, first_name="Ada")

        parent, child, goals = _build(child_factory)
        client = PortalClient()
        client.force_login(parent)
        engine = connection.vendor
        pages = {
            f"goals list ({GOALS} goals, {GOALS * RATINGS_PER_GOAL} ratings)":
                f"/family/children/{child.pk}/goals/",
            f"one goal ({RATINGS_PER_GOAL} ratings: chart and table)":
                f"/family/children/{child.pk}/goals/{goals[0].pk}/",
        }
        about = machine()
        lines = []
        for name, url in pages.items():
            figures = _time(client, url, args.requests)
            lines.append(
                f"| {name} | {engine} | {figures['median_ms']:.1f} ms | "
                f"{figures['p90_ms']:.1f} ms | {figures['queries']} | {figures['requests']} | "
                f"{about['date']}, {about['nproc']} cores |"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    for line in lines:
        print(line)
    if args.write:
        _write(lines)
    return 0


def _write(lines: list[str]) -> None:
    text = DOC.read_text(encoding="utf-8")
    if HEADING not in text:
        text = text.rstrip("\n") + f"""

{HEADING}

A child's goals pages at issue 12's size, in process with Django's test Client and the test
settings (DEBUG off), signed in as the parent; median and 90th percentile of N requests after
a warm-up, and the queries one request makes (`python -m tests.bench.family_pages --write`;
`tests/family/goals/test_query_counts.py` holds the query bound). No web server or network, so
this is the view's own cost; the machine is shared, so compare figures from one run.

| page | database | median | p90 | queries | requests | measured |
| --- | --- | --- | --- | --- | --- | --- |
"""
    DOC.write_text(text.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
