"""Personal budgets at a council's size: 25,000 budgets and 1,000,000 ledger entries.

    scripts/with-postgres .venv/bin/python -m tests.bench.budgets [--requests 200] [--write]

PostgreSQL only (the database DATABASE_URL names; scripts/with-postgres gives a throwaway one).
The first run builds the data through the models with bulk inserts (every transaction's
entries sum to zero, as the ledger writes them; balances never go below zero) and keeps a
dump of the database under var/bench/; later runs restore that dump instead, then migrate.
It then records, in process with Django's test Client and the test settings (DEBUG off):

- the family's budget page: median and 95th percentile of N requests, and its queries;
- 50 spends against one provision at the same moment, each on its own connection: how long
  the burst takes, and that exactly as many went through as the money covers;
- the council's overview of all budgets (if the app has one: `budgets:overview`);
- the council's audit export of a year (if the app has one: `budgets:audit_export`),
  streamed: its time, size and the peak Python memory (tracemalloc) while streaming a year,
  against a month, so "flat" is a comparison, not a feeling.

Prints the figures; --write puts them in the "Personal budgets" section at the end of
docs/benchmarks.md (replacing that section's figures from an earlier run).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path
from uuid import uuid4

from .run import ROOT, machine, percentile

BUDGETS = 25_000
ENTRIES_PER_BUDGET = 40  # 20 transactions of two entries: 25,000 x 40 = 1,000,000
BATCH = 500  # budgets per bulk insert
# Bump when the shape of the generated data changes, so an old dump is not reused.
DATA_VERSION = 1
DOC = ROOT / "docs" / "benchmarks.md"
HEADING = "## Personal budgets"
STARTS, ENDS = date(2026, 4, 1), date(2027, 3, 31)
SPENDERS, EACH = 50, 300  # 50 x £3 asked of £100


# -- the data ----------------------------------------------------------------------------------


def _month(number: int) -> date:
    return date(STARTS.year + (STARTS.month - 1 + number) // 12,
                (STARTS.month - 1 + number) % 12 + 1, 15)


def _generate(children, parent, officer) -> None:
    """Budgets for `children` (one each), bulk-inserted through the models."""
    from django.db import transaction

    from budgets.models import (
        Account,
        Budget,
        Entry,
        FundingStream,
        LedgerTransaction,
        Provision,
        Spend,
    )

    K = Account.Kind
    for start in range(0, len(children), BATCH):
        batch = children[start:start + BATCH]
        budgets, streams, provisions, accounts = [], [], [], []
        plans = []  # per budget: its streams, provisions and {(owner id, kind): Account}
        for child in batch:
            budget = Budget(id=uuid4(), child_id=child, starts_on=STARTS, ends_on=ENDS,
                            created_by=officer)
            education = FundingStream(id=uuid4(), budget=budget, kind="education",
                                      delivery="managed", cost_centre="ED100")
            care = FundingStream(id=uuid4(), budget=budget, kind="social_care",
                                 delivery="direct_payment", cost_centre="SC200")
            therapy = Provision(id=uuid4(), budget=budget, stream=education,
                                description="Speech and language therapy, 40 sessions at £55",
                                outcome="Can ask for help in class")
            breaks = Provision(id=uuid4(), budget=budget, stream=care,
                               description="Short breaks, 120 hours",
                               outcome="Spends time with friends")
            helper = Provision(id=uuid4(), budget=budget, stream=care,
                               description="Personal assistant, 4 hours a week",
                               outcome="Goes out without a parent")
            owned = {}
            for stream in (education, care):
                for kind in (K.FUNDING, K.UNALLOCATED):
                    owned[(stream.id, kind)] = Account(budget=budget, stream=stream, kind=kind)
            for provision in (therapy, breaks, helper):
                for kind in (K.PROVISION, K.PENDING, K.PAID, K.DIRECT_PAYMENT, K.SPENT):
                    owned[(provision.id, kind)] = Account(
                        budget=budget, stream=provision.stream, provision=provision, kind=kind)
            budgets.append(budget)
            streams += [education, care]
            provisions += [therapy, breaks, helper]
            accounts += owned.values()
            plans.append((budget, education, care, therapy, breaks, helper, owned))
        with transaction.atomic():
            Budget.objects.bulk_create(budgets)
            FundingStream.objects.bulk_create(streams)
            Provision.objects.bulk_create(provisions)
            Account.objects.bulk_create(accounts)  # PostgreSQL hands back the new ids
            moves, entries, spends = [], [], []
            for plan in plans:
                _year_of(plan, officer, parent, moves, entries, spends)
            LedgerTransaction.objects.bulk_create(moves)
            Entry.objects.bulk_create(entries, batch_size=5_000)
            Spend.objects.bulk_create(spends)
        done = start + len(batch)
        if done % 5_000 == 0 or done == len(children):
            print(f"  {done:,} budgets", file=sys.stderr, flush=True)


def _year_of(plan, officer, parent, moves, entries, spends) -> None:
    """A plan year of movements for one budget: 20 transactions, 40 entries, 9 spends."""
    from budgets.models import Account, Entry, LedgerTransaction, Spend

    K, T = Account.Kind, LedgerTransaction.Kind
    budget, education, care, therapy, breaks, helper, owned = plan

    def move(kind, source, target, pence, on, memo=""):
        made = LedgerTransaction(id=uuid4(), budget=budget, kind=kind, occurred_on=on,
                                 memo=memo, by=officer)
        moves.append(made)
        entries.append(Entry(transaction=made, account=owned[source], amount_pence=-pence))
        entries.append(Entry(transaction=made, account=owned[target], amount_pence=pence))
        return made

    move(T.FUND, (education.id, K.FUNDING), (education.id, K.UNALLOCATED), 300_000, STARTS,
         "Set up")
    move(T.FUND, (care.id, K.FUNDING), (care.id, K.UNALLOCATED), 500_000, STARTS, "Set up")
    move(T.ALLOCATE, (education.id, K.UNALLOCATED), (therapy.id, K.PROVISION), 300_000,
         STARTS, "Set up")
    for provision in (breaks, helper):
        move(T.ALLOCATE, (care.id, K.UNALLOCATED), (provision.id, K.PROVISION), 250_000,
             STARTS, "Set up")
        move(T.PAY_DIRECT, (provision.id, K.PROVISION), (provision.id, K.DIRECT_PAYMENT),
             120_000, STARTS)
    for number in (1, 5):
        move(T.COMMIT, (therapy.id, K.PROVISION), (therapy.id, K.PENDING), 44_000,
             _month(number))
        move(T.SETTLE, (therapy.id, K.PENDING), (therapy.id, K.PAID), 44_000,
             _month(number + 1))
    for number in range(9):  # nine spends a year from the direct payment
        provision = (breaks, helper)[number % 2]
        pence = 4_000 + 500 * number
        made = move(T.SPEND, (provision.id, K.DIRECT_PAYMENT), (provision.id, K.SPENT), pence,
                    _month(number), "Youth club")
        spends.append(Spend(
            budget=budget, provision=provision, transaction=made, spent_on=_month(number),
            amount_pence=pence, payee="Youth club", what_for="Saturday sessions",
            recorded_by=parent,
            status=Spend.Status.APPROVED if number < 7 else Spend.Status.WAITING,
        ))


def _people():
    from portal.accounts.models import User
    from portal.accounts.roles import Role
    from tests.factories import OrganisationFactory, make_user
    from tests.family.helpers import make_child, make_parent

    parent = User.objects.filter(email="bench-parent@example.org").first()
    if parent is None:
        parent = make_parent(email="bench-parent@example.org", display_name="Sam Okafor")
        make_child(parent, first_name="Ada")
    officer = User.objects.filter(email="bench-officer@example.org").first()
    if officer is None:
        council = OrganisationFactory(name="Riverside Council", kind="council")
        officer = make_user(Role.OFFICER, organisation=council, mfa=True,
                            email="bench-officer@example.org")
    return parent, officer


def _build() -> None:
    from portal.family.models import Child

    parent, officer = _people()
    ours = Child.objects.get(carers__user=parent)
    others = [Child(first_name=f"Child {n}", last_name="Bench") for n in range(BUDGETS - 1)]
    Child.objects.bulk_create(others, batch_size=5_000)
    _generate([ours.pk] + [child.pk for child in others], parent, officer)


# -- PostgreSQL: keep the data, restore it ----------------------------------------------------


def _pg_bin() -> Path:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        major = int(cursor.fetchone()[0]) // 10_000
    found = Path(f"/usr/lib/postgresql/{major}/bin")
    if (found / "pg_dump").exists():
        return found
    return Path(shutil.which("pg_dump") or "pg_dump").parent


def _url() -> str:
    return os.environ["DATABASE_URL"].replace("postgres://", "postgresql://", 1)


def _dump_path() -> Path:
    return ROOT / "var" / "bench" / f"budgets-v{DATA_VERSION}-{BUDGETS}.dump"


def _dump() -> None:
    DUMP = _dump_path()
    DUMP.parent.mkdir(parents=True, exist_ok=True)
    partial = DUMP.with_suffix(".partial")
    subprocess.run([_pg_bin() / "pg_dump", "-Fc", "-Z1", "--no-owner", "--no-privileges",
                    "-f", partial, _url()], check=True)
    partial.rename(DUMP)


def _restore() -> None:
    DUMP = _dump_path()
    subprocess.run([_pg_bin() / "pg_restore", "--no-owner", "--no-privileges", "-d", _url(),
                    DUMP], check=True)


def _data() -> str:
    """The data in place: restored from var/bench/ if there, else built and kept there."""
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    DUMP = _dump_path()
    if DUMP.exists():
        _restore()
        connection.close()
        call_command("migrate", verbosity=0)
        how = "restored from " + str(DUMP.relative_to(ROOT))
    else:
        call_command("migrate", verbosity=0)
        _build()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        _dump()
        how = "built"
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return f"{how} in {time.perf_counter() - started:.0f} s"


# -- the measurements ---------------------------------------------------------------------------


def _queries(client, url) -> int:
    from django.db import connection

    seen = []

    def count(execute, sql, params, many, context):
        seen.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        assert client.get(url).status_code == 200
    return len(seen)


def _time_page(client, url, requests) -> dict:
    for _ in range(3):
        assert client.get(url).status_code == 200
    queries = _queries(client, url)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        if response.streaming:
            b"".join(response.streaming_content)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return {"median": statistics.median(times), "p95": percentile(times, 0.95),
            "queries": queries, "requests": requests}


def _burst() -> dict:
    """Fifty spends of £3 at the same moment against £100, each on its own connection."""
    from django.db import connections

    from budgets import ledger
    from budgets.models import Account, LedgerTransaction

    budget = ledger.open_budget(None, starts_on=STARTS, ends_on=ENDS, by=None)
    stream = ledger.add_stream(budget, kind="social_care", delivery="direct_payment",
                               cost_centre="SC1", amount_pence=10_000, by=None)
    provision = ledger.add_provision(stream, description="Short breaks",
                                     planned_cost_pence=10_000, by=None)
    ledger.pay_direct(provision, 10_000, by=None)
    gate = threading.Barrier(SPENDERS + 1)

    def one_spender(_) -> bool:
        gate.wait()
        try:
            ledger.spend(provision, EACH, by=None)
            return True
        except ledger.OverspendRefused:
            return False
        finally:
            connections.close_all()  # this thread's own connection

    with ThreadPoolExecutor(max_workers=SPENDERS) as pool:
        results = pool.map(one_spender, range(SPENDERS))
        gate.wait()  # every spender is at the gate: go
        started = time.perf_counter()
        outcomes = ["spent" if went else "refused" for went in results]
    took = (time.perf_counter() - started) * 1000
    account = Account.objects.get(provision=provision, kind=Account.Kind.DIRECT_PAYMENT)
    left = ledger.balance_of(account.pk)
    correct = (outcomes.count("spent") == 10_000 // EACH and left == 10_000 % EACH
               and not LedgerTransaction.objects.filter(budget=budget, overspent=True).exists())
    return {"ms": took, "spent": outcomes.count("spent"), "refused": outcomes.count("refused"),
            "left": left, "correct": correct}


def _streamed(client, url) -> dict:
    """Stream a download, counting bytes and lines, with the peak Python memory meanwhile."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    started = time.perf_counter()
    response = client.get(url)
    size = lines = 0
    chunks = response.streaming_content if response.streaming else [response.content]
    for chunk in chunks:
        size += len(chunk)
        lines += chunk.count(b"\n")
    took = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"status": response.status_code, "streaming": response.streaming, "s": took,
            "bytes": size, "lines": lines, "peak_mb": peak / 1024 / 1024}


def _reverse_or_none(name, **kwargs):
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(name, kwargs=kwargs or None)
    except NoReverseMatch:
        return None


def _audit_url(base: str, first: date, last: date) -> str:
    """The export's period in its GOV.UK date boxes (day, month, year: name_0, _1, _2)."""
    boxes = {}
    for name, day in (("starts_on", first), ("ends_on", last)):
        boxes.update({f"{name}_0": day.day, f"{name}_1": day.month, f"{name}_2": day.year})
    return base + "?" + "&".join(f"{key}={value}" for key, value in boxes.items())


def main(argv=None) -> int:
    global BUDGETS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--write", action="store_true", help="add the lines to " + str(DOC))
    parser.add_argument("--budgets", type=int, default=BUDGETS,
                        help="fewer, for trying the script out (not for --write)")
    parser.add_argument("--build-only", action="store_true",
                        help="make the dump under var/bench/ and stop (on a busy machine, "
                        "measure later)")
    args = parser.parse_args(argv)
    BUDGETS = args.budgets

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_test_environment

    assert not settings.DEBUG, "measure with DEBUG off"
    if connection.vendor != "postgresql":
        print("Run it on PostgreSQL: scripts/with-postgres .venv/bin/python -m "
              "tests.bench.budgets", file=sys.stderr)
        return 2
    setup_test_environment()
    how = _data()
    if args.build_only:
        print(f"Data {how}.")
        return 0

    from budgets.models import Budget, Entry
    from portal.family.models import Child
    from tests.clients import PortalClient

    parent, officer = _people()
    child = Child.objects.get(carers__user=parent)
    budgets, entries = Budget.objects.count(), Entry.objects.count()
    about = machine()
    when = f"{about['date']}, {about['nproc']} cores, {about['cpu']}, {about['ram_gb']} GB"
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        server = cursor.fetchone()[0]
    lines = [f"Data: {budgets:,} budgets, {entries:,} ledger entries ({how}); PostgreSQL "
             f"{server}; measured {when}.", ""]
    rows = []

    family = PortalClient()
    family.force_login(parent)
    page = _time_page(family, f"/family/children/{child.pk}/budget/", args.requests)
    rows.append(f"| family's budget page (3 provisions, 40 entries) | {page['median']:.1f} ms | "
                f"{page['p95']:.1f} ms | {page['queries']} queries, {page['requests']} "
                f"requests | under 50 ms | {'yes' if page['p95'] < 50 else 'no'} |")

    burst = _burst()
    rows.append(f"| {SPENDERS} spends of £3 at once against £100 | {burst['ms']:.0f} ms for "
                f"the burst | | {burst['spent']} went through, {burst['refused']} refused, "
                f"{burst['left']}p left | never overspends | "
                f"{'yes' if burst['correct'] else 'NO'} |")

    council = PortalClient()
    council.force_login(officer)
    overview = _reverse_or_none("budgets:overview")
    if overview:
        figures = _time_page(council, overview, 10)
        rows.append(f"| council overview of all budgets | {figures['median']:.0f} ms | "
                    f"{figures['p95']:.0f} ms | {figures['queries']} queries, 10 requests | "
                    f"under 1 s | {'yes' if figures['p95'] < 1000 else 'no'} |")
    else:
        rows.append("| council overview of all budgets | not available when measured | | | "
                    "under 1 s | not measured |")

    export = _reverse_or_none("budgets:audit_export")
    if export:
        month = _streamed(council, _audit_url(export, STARTS, STARTS + timedelta(days=30)))
        year = _streamed(council, _audit_url(export, STARTS, ENDS))
        flat = year["peak_mb"] < max(2 * month["peak_mb"], month["peak_mb"] + 5)
        rows.append(
            f"| audit export of a year (CSV, {'streamed' if year['streaming'] else 'NOT streamed'}"
            f") | {year['s']:.1f} s | | {year['lines']:,} lines, {year['bytes'] / 1e6:.0f} MB; "
            f"peak Python memory {year['peak_mb']:.1f} MB (a month: {month['peak_mb']:.1f} MB, "
            f"{month['lines']:,} lines) | memory stays flat | {'yes' if flat else 'no'} |")
    else:
        rows.append("| audit export of a year | not available when measured | | | memory stays "
                    "flat | not measured |")

    lines += ["| what | median / time | p95 | detail | target | met? |",
              "| --- | --- | --- | --- | --- | --- |", *rows]
    print("\n".join(lines))
    if args.write:
        _write(lines)
    return 0


INTRO = """Issue 14's size: {budgets:,} budgets and {entries:,} ledger entries on PostgreSQL
(`scripts/with-postgres .venv/bin/python -m tests.bench.budgets --write`, in `make bench`). The
data is built once through the models with bulk inserts (each transaction's entries sum to
zero; no balance goes below zero) and kept as a dump under var/bench/, which later runs
restore. Pages are timed in process with Django's test Client and the test settings (DEBUG
off): no web server or network, so this is the view's own cost. The burst is the time from
the gate opening until the last of the 50 threads (each on its own connection) is done. The
audit export is streamed with tracemalloc on, which slows Python several-fold, so its time is
an upper bound; its memory is the peak of Python's allocations while streaming, a year against
a month. The machine is shared with other work, so compare figures from one run. Each run
replaces this section."""


def _write(lines: list[str]) -> None:
    """This section is the last of the file: keep everything before it, write it anew."""
    before = DOC.read_text(encoding="utf-8").split("\n" + HEADING + "\n")[0].rstrip("\n")
    intro = INTRO.format(budgets=BUDGETS, entries=BUDGETS * ENTRIES_PER_BUDGET)
    section = "\n\n".join([HEADING, intro, "\n".join(lines)])
    DOC.write_text(f"{before}\n\n{section}\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
