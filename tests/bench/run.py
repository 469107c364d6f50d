"""`make bench`: our database search backend against Wagtail's built-in search, side by side.

    python -m tests.bench.run [--sizes 10000 50000] [--cap 2.0] [--repeats 5] [--load-seconds 60]

For each corpus size: generate the services (tests/bench/corpus.py), load them straight into
our backend (one bulk rebuild), run the labelled queries (tests/bench/queries.py) in process and
report p50/p95 latency, nDCG@10 and recall@10. Then create the same services as Wagtail pages
(bulk inserts plus one bulk index, not one page save at a time) and run the same words through
`ServicePage.objects.live().search(q)`, each query in a worker thread with a time cap: a query
over the cap is interrupted and reported as a timeout. Wagtail runs at a larger size only if no
query timed out at the smaller one. Then both engines on real listings (tests/bench/real_eval.py,
in its own process and database; it says so when $BENCH_REAL_SERVICES does not name the feed).
Finally, the search page under load: gunicorn on loopback and wrk with 20 connections.
Everything runs on a throwaway SQLite database under var/bench/.
"""

import argparse
import json
import math
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
DB_PATH = WORK / "bench.sqlite3"
LOAD_URLS = WORK / "urls.txt"
K = 10


def setup_django(keep: bool = False, database_url: str = "") -> None:
    """A throwaway SQLite file, or (database_url) a throwaway PostgreSQL database such as
    scripts/with-postgres provides: its tables are emptied by the first rebuild."""
    WORK.mkdir(parents=True, exist_ok=True)
    if DB_PATH.exists() and not keep and not database_url:
        DB_PATH.unlink()
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    os.environ["DATABASE_URL"] = database_url or f"sqlite:///{DB_PATH}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


# -- measures ----------------------------------------------------------------------------------


def ndcg_at_k(ranked: list[str], relevant: set[str]) -> float:
    if not relevant:
        return 1.0 if not ranked else 0.0
    dcg = sum(1 / math.log2(i + 2) for i, doc in enumerate(ranked[:K]) if doc in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(K, len(relevant))))
    return dcg / ideal


def recall_at_k(ranked: list[str], relevant: set[str]) -> float:
    """Share of the relevant services found in the top 10, out of at most 10 (so a query with
    2,000 relevant services can still score 1.0 by filling its first page with them)."""
    if not relevant:
        return 1.0 if not ranked else 0.0
    return len(set(ranked[:K]) & relevant) / min(K, len(relevant))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    index = max(0, math.ceil(share * len(ordered)) - 1)
    return ordered[index]


def machine() -> dict:
    model = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        ram_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text()
                      .splitlines() if line.startswith("MemTotal"))
    except OSError:
        ram_kb = 0
    import sqlite3

    return {"nproc": os.cpu_count(), "cpu": model, "ram_gb": round(ram_kb / 1024 / 1024, 1),
            "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}


# -- our backend -------------------------------------------------------------------------------


def run_ours(queries, facts, repeats: int) -> dict:
    """Each query `repeats` times cold, then `repeats` times warm. Cold clears Django's cache
    before every run, so nothing a backend kept for that query can help: what a new search
    costs. (The database backend keeps nothing per query now; the clearing stays so these
    figures would show it if that changed.) Warm runs right after: what a repeated search
    costs. The in-memory copy of the filter columns is per index version, not per query: the
    warm-up loads it once and in_memory_copy_cost() reports what loading it costs."""
    from django.core.cache import cache

    from search.backends.database import DatabaseBackend
    from search.query import ServiceQuery

    backend = DatabaseBackend()

    def timed(params) -> tuple[float, float, object]:
        started, started_cpu = time.perf_counter(), time.thread_time()
        query, errors = ServiceQuery.from_params(params)
        results = backend.search(query)
        elapsed = (time.perf_counter() - started) * 1000
        assert not errors, (params, errors)
        return elapsed, (time.thread_time() - started_cpu) * 1000, results

    per_query = []
    cold_wall: list[float] = []
    cold_cpu: list[float] = []
    warm_wall: list[float] = []
    warm_cpu: list[float] = []
    for item in queries:  # warm SQLite's page cache and the vocabulary first
        query, _ = ServiceQuery.from_params(item.params)
        backend.search(query)
    for item in queries:
        times, cpu, w_times, w_cpu = [], [], [], []
        for _ in range(repeats):
            cache.clear()  # a first run: nothing kept for this query
            elapsed, used, results = timed(item.params)
            times.append(elapsed)
            cpu.append(used)
        cold_ranked = results.ids
        for _ in range(repeats):
            elapsed, used, results = timed(item.params)
            w_times.append(elapsed)
            w_cpu.append(used)
        relevant = {doc for doc, f in facts.items() if item.relevant(f)}
        cold_wall += times
        cold_cpu += cpu
        warm_wall += w_times
        warm_cpu += w_cpu
        per_query.append({
            "label": item.label, "params": item.params, "relevant": len(relevant),
            "total": results.total, "median_ms": round(statistics.median(times), 2),
            "median_cpu_ms": round(statistics.median(cpu), 2),
            "warm_median_ms": round(statistics.median(w_times), 2),
            "warm_median_cpu_ms": round(statistics.median(w_cpu), 2),
            "warm_same_ranking": results.ids == cold_ranked,
            "ndcg": round(ndcg_at_k(cold_ranked, relevant), 3),
            "recall": round(recall_at_k(cold_ranked, relevant), 3),
        })
    summary = summarise(per_query, cold_wall, cpu_times=cold_cpu)
    summary["pass"] = "cold"
    summary["in_memory_copy"] = in_memory_copy_cost()
    summary["warm"] = {
        "p50_ms": round(percentile(warm_wall, 0.50), 2),
        "p95_ms": round(percentile(warm_wall, 0.95), 2),
        "max_ms": round(max(warm_wall), 2),
        "cpu_p50_ms": round(percentile(warm_cpu, 0.50), 2),
        "cpu_p95_ms": round(percentile(warm_cpu, 0.95), 2),
        "same_ranking": all(row["warm_same_ranking"] for row in per_query),
    }
    return summary


def in_memory_copy_cost(repeats: int = 5) -> dict:
    """What the first search after a change to the index pays on top: reading the backend's
    in-memory copy of the filter columns (search.backends.snapshot), and its size."""
    import numpy as np

    from search.backends import snapshot

    samples = []
    for _ in range(repeats):
        snapshot.forget()
        started = time.perf_counter()
        copy = snapshot.current()
        samples.append((time.perf_counter() - started) * 1000)
    size = sum(v.nbytes for v in vars(copy).values() if isinstance(v, np.ndarray))
    size += sum(a.nbytes for values in copy.facets.values() for a in values.values())
    return {"load_p50_ms": round(statistics.median(samples), 1),
            "load_max_ms": round(max(samples), 1), "megabytes": round(size / 1e6, 2)}


class LoadSampler:
    """The machine's 1-minute load average every few seconds while the benchmark runs: the
    wall-clock figures mean little without knowing how busy the cores were."""

    def __init__(self, every: float = 5.0):
        self.every = every
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append(os.getloadavg()[0])
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict:
        if not self.samples:
            return {}
        return {"min": round(min(self.samples), 2), "max": round(max(self.samples), 2),
                "mean": round(statistics.fmean(self.samples), 2), "samples": len(self.samples)}


def summarise(per_query: list[dict], latencies: list[float], timeouts: int = 0,
              cpu_times: list[float] | None = None) -> dict:
    """Wall-clock latency, and CPU time of the searching thread: on a shared machine the wall
    clock includes time spent waiting for a core, the CPU time does not."""
    by_label: dict[str, list[dict]] = {}
    for row in per_query:
        by_label.setdefault(row["label"], []).append(row)
    return {
        "queries": len(per_query),
        "p50_ms": round(percentile(latencies, 0.50), 2),
        "p95_ms": round(percentile(latencies, 0.95), 2),
        "max_ms": round(max(latencies), 2) if latencies else math.nan,
        "cpu_p50_ms": round(percentile(cpu_times or [], 0.50), 2),
        "cpu_p95_ms": round(percentile(cpu_times or [], 0.95), 2),
        "ndcg": round(statistics.fmean(r["ndcg"] for r in per_query), 3),
        "recall": round(statistics.fmean(r["recall"] for r in per_query), 3),
        "timeouts": timeouts,
        "by_label": {
            label: {"n": len(rows), "ndcg": round(statistics.fmean(r["ndcg"] for r in rows), 3),
                    "recall": round(statistics.fmean(r["recall"] for r in rows), 3)}
            for label, rows in by_label.items()
        },
        "per_query": per_query,
    }


# -- Wagtail's built-in search -----------------------------------------------------------------


def load_wagtail_pages(records, label: str) -> float:
    """The same services as live ServicePages under one folder, inserted in batches with the
    per-save search and reference-index signals off, then indexed for Wagtail search in bulk."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone
    from modelsearch import signal_handlers as search_signals
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backend
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from local_offer.models import ServiceIndexPage, ServicePage

    # One size at a time: the previous size's pages would otherwise be searched too (and their
    # external ids collide). Deleting them is not part of the timed load.
    for old in ServiceIndexPage.objects.filter(slug__startswith="bench-"):
        old.delete()
    started = time.perf_counter()
    root = Page.get_first_root_node()
    folder = root.add_child(
        instance=ServiceIndexPage(title=f"Bench {label}", slug=f"bench-{label}")
    )
    content_type = ContentType.objects.get_for_model(ServicePage)
    now = timezone.now()
    backend = get_search_backend()
    post_save.disconnect(search_signals.post_save_signal_handler, sender=ServicePage)
    try:
        with disable_reference_index_auto_update():
            for start in range(0, len(records), 1000):
                batch = records[start : start + 1000]
                pages = []
                with transaction.atomic():
                    for offset, record in enumerate(batch, start=start + 1):
                        slug = f"s{record.id}"
                        page = ServicePage(
                            title=record.name, draft_title=record.name, slug=slug,
                            path=Page._get_path(folder.path, folder.depth + 1, offset),
                            depth=folder.depth + 1, numchild=0,
                            url_path=f"{folder.url_path}{slug}/", content_type=content_type,
                            live=True, locale_id=folder.locale_id, first_published_at=now,
                            last_published_at=now, summary=record.summary[:300],
                            description=f"<p>{record.description}</p>",
                            keywords=", ".join(record.keywords), status="active",
                            min_age_months=record.min_age_months,
                            max_age_months=record.max_age_months, cost_type=record.cost_type,
                            cost_pence=record.cost_pence, external_id=record.id,
                            accepts_personal_budget=record.accepts_personal_budget,
                            last_reviewed=record.last_checked,
                        )
                        page.save_base()  # two inserts; Page.save()'s tree bookkeeping is done here
                        pages.append(page)
                backend.add_bulk(ServicePage, pages)
            Page.objects.filter(pk=folder.pk).update(numchild=len(records))
    finally:
        post_save.connect(search_signals.post_save_signal_handler, sender=ServicePage)
    return time.perf_counter() - started


def _wagtail_search(text: str, out: dict) -> None:
    from django.db import connection

    from local_offer.models import ServicePage

    started_cpu = time.thread_time()
    try:
        connection.ensure_connection()
        out["raw"] = connection.connection
        pages = ServicePage.objects.live()
        found = pages.search(text)[:K] if text else pages.order_by("title")[:K]
        out["ids"] = [page.external_id for page in found]
    except Exception as problem:  # noqa: BLE001 - an interrupted query is reported, not raised
        out["error"] = repr(problem)
    finally:
        out["cpu_ms"] = (time.thread_time() - started_cpu) * 1000
        connection.close()


def run_wagtail(queries, facts, cap: float) -> dict:
    per_query, latencies, cpu_times, timeouts = [], [], [], 0
    for item in queries:
        out: dict = {}
        worker = threading.Thread(target=_wagtail_search, args=(item.text, out), daemon=True)
        started = time.perf_counter()
        worker.start()
        worker.join(cap)
        elapsed = (time.perf_counter() - started) * 1000
        timed_out = worker.is_alive()
        if timed_out:
            timeouts += 1
            if out.get("raw") is not None:
                out["raw"].interrupt()  # stop SQLite mid-query; the thread then ends
            worker.join(30)
        ranked = [] if timed_out else out.get("ids", [])
        relevant = {doc for doc, f in facts.items() if item.relevant(f)}
        latencies.append(elapsed)
        cpu_times.append(out.get("cpu_ms", math.nan))
        per_query.append({
            "label": item.label, "params": {"q": item.text}, "relevant": len(relevant),
            "median_ms": round(elapsed, 1), "timeout": timed_out,
            "error": out.get("error", "") if not timed_out else "",
            "ndcg": round(ndcg_at_k(ranked, relevant), 3),
            "recall": round(recall_at_k(ranked, relevant), 3),
        })
    return summarise(per_query, latencies, timeouts, cpu_times=cpu_times)


# -- long queries and the page under load -----------------------------------------------------


def long_query_cost(repeats: int = 20) -> dict:
    from django.core.cache import cache

    from search.backends.database import DatabaseBackend
    from search.query import ServiceQuery

    backend = DatabaseBackend()
    timings = {}
    for name, text in (("normal (4 words)", "salt for my child"),
                       ("10,000 characters", ("speech therapy autism swimming " * 400)[:10_000])):
        samples = []
        for _ in range(repeats):
            cache.clear()  # each run a first run, as in run_ours' cold pass
            started = time.perf_counter()
            query, _errors = ServiceQuery.from_params({"q": text})
            backend.search(query)
            samples.append((time.perf_counter() - started) * 1000)
        timings[name] = {"p50_ms": round(percentile(samples, 0.5), 2),
                         "max_ms": round(max(samples), 2), "used_chars": len(query.text)}
    return timings


def real_listings(out: Path) -> dict:
    """tests/bench/real_eval.py in its own process: it needs a database of its own, and this
    process's Django is already set up on the generated corpus's."""
    out.unlink(missing_ok=True)  # never report an earlier run's figures as this one's
    subprocess.run(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "tests.bench.real_eval", "--out", str(out)], cwd=ROOT, check=False
    )
    try:
        return json.loads(out.read_text())
    except (OSError, ValueError):
        return {"skipped": "the real-listings evaluation did not finish (its output is above)"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def load_test(queries, seconds: int, connections: int = 20) -> dict:
    wrk = shutil.which("wrk")
    if not wrk:
        return {"skipped": "wrk is not installed (scripts/ensure-apt-packages wrk)"}
    from urllib.parse import urlencode

    paths = ["/local-offer/search/?" + urlencode(item.params) for item in queries]
    LOAD_URLS.write_text("\n".join(paths) + "\n")
    port = _free_port()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.test",
               DATABASE_URL=f"sqlite:///{DB_PATH}")
    workers = str(os.cpu_count() or 2)
    server = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
        [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", workers, "--threads", "4", "--worker-class",
         "gthread", "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    try:
        _wait_for(port)
        script = Path(__file__).with_name("load.lua")
        result = subprocess.run(  # noqa: S603
            # A 10 s client timeout: slower than that counts as an error (wrk's default is 2 s).
            [wrk, "-t", "2", "-c", str(connections), "-d", f"{seconds}s", "--latency",
             "--timeout", "10s",
             "-s", str(script), f"http://127.0.0.1:{port}", "--", str(LOAD_URLS)],
            capture_output=True, text=True, check=False, cwd=ROOT,
        )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
    return {"connections": connections, "seconds": seconds, "gunicorn_workers": workers,
            **_parse_wrk(result.stdout), "raw": result.stdout[-2000:]}


def _wait_for(port: int) -> None:
    """Until the search page answers: the port opens before the workers have booted."""
    from urllib.error import URLError
    from urllib.request import urlopen

    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            address = f"http://127.0.0.1:{port}/local-offer/search/"
            with urlopen(address, timeout=10) as page:  # noqa: S310 - loopback, our own server
                if page.status == 200:
                    return
        except (URLError, OSError):
            pass
        time.sleep(0.5)
    raise RuntimeError("gunicorn did not start")


def _parse_wrk(text: str) -> dict:
    parsed: dict = {"errors": 0}
    for line in text.splitlines():
        words = line.split()
        if line.startswith("Requests/sec:"):
            parsed["requests_per_second"] = float(words[1])
        elif words[:1] == ["p95"]:
            parsed["p95"] = words[1]
        elif words[:1] == ["50%"] or words[:1] == ["50.000%"]:
            parsed["p50"] = words[1]
        elif "requests in" in line:
            parsed["requests"] = int(words[0])
        elif line.strip().startswith("Non-2xx or 3xx responses:"):
            parsed["errors"] += int(words[-1])
        elif line.strip().startswith("Socket errors:"):
            parsed["errors"] += sum(int(part.strip(",")) for part in words[3::2])
    return parsed


# -- the run -----------------------------------------------------------------------------------


def main(argv=None) -> dict:
    global DB_PATH
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--cap", type=float, default=2.0, help="Wagtail's per-query seconds")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--out", default=str(WORK / "results.json"))
    parser.add_argument("--db", default=str(DB_PATH), help="Throwaway SQLite file (replaced)")
    parser.add_argument("--postgres", action="store_true",
                        help="Use $DATABASE_URL (PostgreSQL, e.g. under scripts/with-postgres)")
    parser.add_argument("--load-only", action="store_true",
                        help="Only the load test, against the existing --db (e.g. the demo)")
    parser.add_argument("--skip-ours", action="store_true",
                        help="Only Wagtail (e.g. again with a longer --cap)")
    parser.add_argument("--skip-wagtail", action="store_true",
                        help="Only our backend (Wagtail takes most of the run's time)")
    parser.add_argument("--skip-real", action="store_true",
                        help="Leave out the real-listings evaluation (tests/bench/real_eval.py)")
    args = parser.parse_args(argv)
    DB_PATH = Path(args.db)
    setup_django(keep=args.load_only,
                 database_url=os.environ["DATABASE_URL"] if args.postgres else "")
    from search.backends.database import DatabaseBackend

    from .corpus import generate
    from .queries import QUERIES

    report: dict = {"machine": machine(), "cap_seconds": args.cap, "sizes": {},
                    "load_average_at_start": os.getloadavg()}
    wagtail_allowed = not args.skip_wagtail
    sampler = LoadSampler()
    sampler.__enter__()
    for size in [] if args.load_only else args.sizes:
        records, facts = generate(size)
        print(f"\n== {size} services ==", flush=True)
        started = time.perf_counter()
        DatabaseBackend().rebuild(records)
        entry: dict = {"ours_load_seconds": round(time.perf_counter() - started, 1)}
        if not args.skip_ours:
            entry["ours"] = run_ours(QUERIES, facts, args.repeats)
            print(_line("ours", entry["ours"]), flush=True)
        if wagtail_allowed:
            entry["wagtail_load_seconds"] = round(load_wagtail_pages(records, str(size)), 1)
            entry["wagtail"] = run_wagtail(QUERIES, facts, args.cap)
            print(_line("wagtail", entry["wagtail"]), flush=True)
            wagtail_allowed = entry["wagtail"]["timeouts"] == 0
        elif args.skip_wagtail:
            print("wagtail: skipped (--skip-wagtail)", flush=True)
        else:
            entry["wagtail"] = {"skipped": "a query went over the cap at the smaller size"}
            print("wagtail: skipped (over the cap at the smaller size)", flush=True)
        report["sizes"][str(size)] = entry
    if not args.skip_ours and not args.load_only:
        report["long_query"] = long_query_cost()
        print("long query:", report["long_query"], flush=True)
    if not args.skip_real and not args.load_only:
        print("\n== real listings ==", flush=True)
        report["real"] = real_listings(WORK / "real_results.json")
    if args.load_seconds:
        report["load"] = load_test(QUERIES, args.load_seconds)
        print("load:", {k: v for k, v in report["load"].items() if k != "raw"}, flush=True)
    sampler.__exit__(None, None, None)
    report["load_average_at_end"] = os.getloadavg()
    report["load_average_during"] = sampler.summary()
    Path(args.out).write_text(json.dumps(report, indent=2, default=str))
    print(f"\nWritten to {args.out}")
    return report


def _line(name: str, result: dict) -> str:
    line = (f"{name}: p50 {result['p50_ms']} ms, p95 {result['p95_ms']} ms "
            f"(CPU p50 {result['cpu_p50_ms']} ms, p95 {result['cpu_p95_ms']} ms), "
            f"nDCG@10 {result['ndcg']}, recall@10 {result['recall']}, "
            f"timeouts {result['timeouts']}")
    if "warm" in result:
        warm = result["warm"]
        line = (f"{line}\n{name} repeat: p50 {warm['p50_ms']} ms, p95 {warm['p95_ms']} ms "
                f"(CPU p50 {warm['cpu_p50_ms']} ms, p95 {warm['cpu_p95_ms']} ms), "
                f"same ranking as the first run: {warm['same_ranking']}")
    return line


if __name__ == "__main__":
    main()
