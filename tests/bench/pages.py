"""`make bench`, public pages under a surge: the Riverside demo served by gunicorn with the
production settings (2 workers x 4 threads, DEBUG off, database cache, whole-page cache on),
hit by wrk on loopback with 20 connections.

    python -m tests.bench.pages [--seconds 30] [--out var/bench/pages.json]

Scenarios:
- cached: the home page, and a round robin of every published service page, each asked for
  once before the run so the run measures the stored copies (what a surge meets);
- uncached: the same service pages from a server with PAGE_CACHE_SECONDS=0 (every request
  renders), and the home page likewise;
- search: a different search on every request (words x ages x postcodes), never repeated, so
  neither the page cache nor any warm-up helps;
- the ORUK API: /api/oruk/services?per_page=50 over its pages.

wrk runs on the same two cores as the server, so the figures are a floor for a machine where
the load comes from elsewhere.
"""

import argparse
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.error import URLError
from urllib.parse import urlencode
from urllib.request import urlopen

from .run import ROOT, WORK, _free_port, _parse_wrk, machine

DB = WORK / "pages.sqlite3"
PAGE_CACHE = WORK / "page-cache"
CONNECTIONS = 20
SEARCH_WORDS = [
    "autism", "speech therapy", "short breaks", "swimming", "sensory", "wheelchair",
    "parent support", "mental health", "dyslexia", "holiday club", "physio", "youth club",
    "childminder", "respite", "occupational therapy", "sport", "music", "employment",
    "transport", "play", "nursery", "college", "counselling", "adhd", "down syndrome",
]
AGES = ["", "3", "7", "11", "15", "19"]
POSTCODES = ["", "RV1 1AA", "RV5", "RV8 2AB"]


def production_env(page_cache_seconds: int) -> dict:
    return dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="bench-only-" + "x" * 50,
        PRIVATE_FILES_KEYS="YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy0hISE=",  # bench only
        ALLOWED_HOSTS="127.0.0.1,localhost",
        DATABASE_URL=f"sqlite:///{DB}",
        EMAIL_HOST="localhost",
        DEFAULT_FROM_EMAIL="bench@example.org",
        SITE_URL="http://127.0.0.1",
        SEARCH_BACKEND="database",
        SECURE_SSL_REDIRECT="false",
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
        PAGE_CACHE_DIR=str(PAGE_CACHE),
    )


def prepare() -> list[str]:
    """A fresh demo database and the static files; returns the published services' paths."""
    WORK.mkdir(parents=True, exist_ok=True)
    DB.unlink(missing_ok=True)
    dev = dict(os.environ, DJANGO_SETTINGS_MODULE="portal.settings.dev",
               DATABASE_URL=f"sqlite:///{DB}")
    manage = [sys.executable, "manage.py"]
    for command in (["migrate", "--no-input"], ["seed_demo"]):
        subprocess.run([*manage, *command], cwd=ROOT, env=dev, check=True,  # noqa: S603
                       stdout=subprocess.DEVNULL)
    subprocess.run([*manage, "collectstatic", "--no-input"], cwd=ROOT,  # noqa: S603
                   env=production_env(0), check=True, stdout=subprocess.DEVNULL)
    listing = subprocess.run(  # noqa: S603
        [*manage, "shell", "-c",
         "from local_offer.models import ServicePage\n"
         "for p in ServicePage.objects.live().public(): print(p.url)"],
        cwd=ROOT, env=dev, check=True, capture_output=True, text=True,
    )
    return [line for line in listing.stdout.splitlines() if line.startswith("/")]


def unique_searches(count: int) -> list[str]:
    combos = itertools.product(SEARCH_WORDS, AGES, POSTCODES, range(1, 1000))
    paths = []
    for words, age, postcode, page in itertools.islice(combos, count):
        params = {"q": words, "age": age, "postcode": postcode}
        # The page number makes each address unique past the first 600 combinations; pages
        # beyond the results are still a full search (it finds the total, then the slice).
        if page > 1:
            params["page"] = str(page)
        paths.append("/local-offer/search/?" + urlencode({k: v for k, v in params.items() if v}))
    return paths


class Server:
    def __init__(self, page_cache_seconds: int):
        self.port = _free_port()
        self.process = subprocess.Popen(  # noqa: S603 - our own gunicorn, fixed arguments
            [sys.executable, "-m", "gunicorn", "portal.wsgi:application", "--bind",
             f"127.0.0.1:{self.port}", "--workers", "2", "--threads", "4", "--worker-class",
             "gthread", "--log-level", "warning"],
            cwd=ROOT, env=production_env(page_cache_seconds),
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with urlopen(self.url("/"), timeout=10) as page:  # noqa: S310 - loopback
                    if page.status == 200:
                        return
            except (URLError, OSError):
                time.sleep(0.5)
        raise RuntimeError("gunicorn did not start")

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def warm(self, paths: list[str]) -> None:
        for path in paths:
            with urlopen(self.url(path), timeout=30) as page:  # noqa: S310 - loopback
                page.read()

    def stop(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(30)


def wrk(server: Server, paths: list[str], seconds: int) -> dict:
    urls = WORK / "page-urls.txt"
    urls.write_text("\n".join(paths) + "\n")
    script = Path(__file__).with_name("load.lua")
    result = subprocess.run(  # noqa: S603
        [shutil.which("wrk"), "-t", "2", "-c", str(CONNECTIONS), "-d", f"{seconds}s",
         "--latency", "--timeout", "10s", "-s", str(script), server.url(""), "--", str(urls)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    parsed = _parse_wrk(result.stdout)
    for line in result.stdout.splitlines():
        words = line.split()
        if words[:1] in (["99%"], ["99.000%"]):
            parsed["p99"] = words[1]
    return {"addresses": len(set(paths)), **parsed}


def main(argv=None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--out", default=str(WORK / "pages.json"))
    args = parser.parse_args(argv)
    if not shutil.which("wrk"):
        print("pages: wrk is not installed (scripts/ensure-apt-packages wrk)")
        return {"skipped": "wrk is not installed"}
    services = prepare()
    report: dict = {"machine": machine(), "services": len(services), "connections": CONNECTIONS,
                    "seconds": args.seconds}
    shutil.rmtree(PAGE_CACHE, ignore_errors=True)
    cached = Server(page_cache_seconds=300)
    try:
        cached.warm(["/", *services])
        report["cached_home"] = wrk(cached, ["/"], args.seconds)
        report["cached_services"] = wrk(cached, services, args.seconds)
        report["search_unique"] = wrk(cached, unique_searches(40_000), args.seconds)
        api = [f"/api/oruk/services?per_page=50&page={n}" for n in range(1, 8)]
        report["oruk_services"] = wrk(cached, api, args.seconds)
    finally:
        cached.stop()
    uncached = Server(page_cache_seconds=0)
    try:
        uncached.warm(["/", services[0]])
        report["uncached_home"] = wrk(uncached, ["/"], args.seconds)
        report["uncached_services"] = wrk(uncached, services, args.seconds)
    finally:
        uncached.stop()
    for name, figures in report.items():
        if isinstance(figures, dict) and "requests_per_second" in figures:
            print(f"{name}: {figures}", flush=True)
    Path(args.out).write_text(json.dumps(report, indent=2, default=str))
    return report


if __name__ == "__main__":
    main()
