"""Search judged on a real council's listings (issue 10), beside `make bench`'s generated set.

    BENCH_REAL_SERVICES=/path/to/services.json python -m tests.bench.real_eval [--out FILE]

The feed is North Lincolnshire's Open Referral UK 1.0 directory (738 services). It may be used
to evaluate but not copied, so it is not in this repository: the variable names the file, and
without it this says so and measures nothing. The questions and their judged answers are in
tests/bench/real_questions.py (ids only, judged before any tuning).

On a fresh SQLite database under var/bench/: `setup_site`, then the feed through the project's
own importer (`import_oruk FILE --publish`), then one index rebuild. The feed's assured dates
(December 2024) are older than the 12 months after which a listing leaves search, so every
imported listing is dated as checked on the day of the run first: this measures ranking, not
freshness. Each question then goes through our search exactly as the search page sends it
(ServiceQuery.from_params, then the database backend, as tests/bench/run.py does) and its words
through Wagtail's built-in search with OR. Judged services are found among the results by the
ORUK id the importer keeps as the page's external_id.

Measures, over the first 10 results: nDCG@10 with graded gains (2^grade - 1, so a grade 2
counts three times a grade 1; the ideal ranking puts every judged service in grade order),
recall@10 (judged services of either grade found, out of at most 10) and "answered" (a grade 2
answer in the first 10: the issue's "answered 30 of 35").
"""

import argparse
import io
import json
import logging
import math
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "var" / "bench"
DB_PATH = WORK / "real.sqlite3"
OUT = WORK / "real_results.json"
SOURCE_VARIABLE = "BENCH_REAL_SERVICES"
K = 10
DEPTH = 50  # how far down our results to look for a question's first grade 2 (diagnosis only)
NOT_SET = (
    f"{SOURCE_VARIABLE} is not set: point it at the "
    "North Lincolnshire ORUK 1.0 services.json (real-directories/north-lincolnshire in the "
    "team's shared data) to run it."
)


# -- measures ----------------------------------------------------------------------------------


def graded_ndcg_at_k(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    """nDCG with gain 2^grade - 1 for each of the first k results (unjudged results gain 0)."""
    ideal_grades = sorted(grades.values(), reverse=True)[:k]
    ideal = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal_grades))
    if ideal == 0:
        return 1.0 if not ranked else 0.0
    gained = sum((2 ** grades.get(doc, 0) - 1) / math.log2(i + 2)
                 for i, doc in enumerate(ranked[:k]))
    return gained / ideal


def recall_at_k(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    """Judged services (grade 1 or 2) in the first k, out of at most k, as tests/bench/run.py
    counts recall: a question with 25 useful services can still score 1.0."""
    relevant = {doc for doc, grade in grades.items() if grade > 0}
    if not relevant:
        return 1.0 if not ranked else 0.0
    return len(set(ranked[:k]) & relevant) / min(k, len(relevant))


def answered(ranked: list[str], grades: dict[str, int], k: int = K) -> bool:
    return any(grades.get(doc) == 2 for doc in ranked[:k])


def first_best_rank(ranked: list[str], grades: dict[str, int]) -> int | None:
    """1-based rank of the first grade 2 answer, or None if it is not in `ranked`."""
    return next((i for i, doc in enumerate(ranked, start=1) if grades.get(doc) == 2), None)


def score(question, ranked: list[str]) -> dict:
    return {
        "ndcg": round(graded_ndcg_at_k(ranked, question.grades), 3),
        "recall": round(recall_at_k(ranked, question.grades), 3),
        "answered": answered(ranked, question.grades),
        "first_best_rank": first_best_rank(ranked, question.grades),
        "top_grades": [question.grades.get(doc, 0) for doc in ranked[:K]],
        "top_ids": ranked[:K],
    }


def summarise(rows: list[dict]) -> dict:
    def means(selected: list[dict]) -> dict:
        return {
            "n": len(selected),
            "ndcg": round(statistics.fmean(r["ndcg"] for r in selected), 3),
            "recall": round(statistics.fmean(r["recall"] for r in selected), 3),
            "answered": sum(r["answered"] for r in selected),
        }

    kinds: dict[str, list[dict]] = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row)
    return {**means(rows), "by_kind": {kind: means(group) for kind, group in kinds.items()},
            "per_question": rows}


# -- the database ------------------------------------------------------------------------------


def source_file() -> Path | None:
    value = os.environ.get(SOURCE_VARIABLE, "")
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_file():
        raise SystemExit(f"{SOURCE_VARIABLE}={value}: there is no such file.")
    return path


def feed_ids(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = data.get("content", data) if isinstance(data, dict) else data
    return [str(item["id"]) for item in items if isinstance(item, dict) and "id" in item]


def setup_django(db_path: Path | None, keep: bool) -> None:
    """A throwaway SQLite file, or with db_path None the (empty) PostgreSQL database that
    DATABASE_URL names, as scripts/with-postgres gives one."""
    WORK.mkdir(parents=True, exist_ok=True)
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    if db_path is None:
        if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
            raise SystemExit("--postgres: DATABASE_URL must name a PostgreSQL database "
                             "(run under scripts/with-postgres).")
    else:
        if db_path.exists() and not keep:
            db_path.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{db_path}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    logging.disable(logging.INFO)  # a line per task and per page published would bury the result
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load(path: Path) -> dict:
    """setup_site, import_oruk --publish (index writes paused), date every listing as checked
    today, one index rebuild. Returns what the importer said and how long each step took."""
    from django.core.management import call_command
    from django.core.management.base import CommandError

    from local_offer import search_index
    from local_offer.models import ServicePage

    call_command("setup_site", stdout=io.StringIO())
    said, warned = io.StringIO(), io.StringIO()
    started = time.perf_counter()
    try:
        with search_index.paused():  # one rebuild below instead of one index write per page
            call_command("import_oruk", str(path), publish=True, stdout=said, stderr=warned)
    except CommandError as problem:
        return {"failed": f"import_oruk refused the file: {problem}",
                "importer_said": said.getvalue()[-3000:],
                "importer_warned": warned.getvalue()[-3000:]}
    import_seconds = time.perf_counter() - started
    ServicePage.objects.filter(external_id__in=feed_ids(path)).update(last_reviewed=date.today())
    started = time.perf_counter()
    call_command("search_index", rebuild=True, stdout=io.StringIO())
    return {"import_seconds": round(import_seconds, 1),
            "index_seconds": round(time.perf_counter() - started, 1),
            "importer_said": said.getvalue()[-3000:],
            "importer_warned": warned.getvalue()[-3000:]}


# -- the engines -------------------------------------------------------------------------------


def run_ours(questions, page_to_service: dict[str, str]) -> dict:
    """The search page's path: the GET parameters through ServiceQuery.from_params, then the
    database backend. One page of DEPTH results, so a miss shows how far down the answer was."""
    from search.backends.database import DatabaseBackend
    from search.query import ServiceQuery

    backend = DatabaseBackend()
    rows, latencies = [], []
    for question in questions:
        started = time.perf_counter()
        query, errors = ServiceQuery.from_params({**question.params, "per_page": str(DEPTH)})
        results = backend.search(query)
        latencies.append((time.perf_counter() - started) * 1000)
        ranked = [page_to_service.get(page_id, f"page:{page_id}") for page_id in results.ids]
        rows.append({
            "kind": question.kind, "params": question.params, "note": question.note,
            "judged": len(question.grades), "total": results.total,
            "searched_words": query.text, "read_as_filters": list(query.understood),
            "notes": list(query.notes), "errors": [e.message for e in errors],
            "suggestion": results.suggestion or "", "relaxed": results.relaxed,
            **score(question, ranked),
        })
    return {**summarise(rows), "p50_ms": round(statistics.median(latencies), 1),
            "p95_ms": round(sorted(latencies)[max(0, math.ceil(0.95 * len(latencies)) - 1)], 1)}


def run_wagtail(questions) -> dict:
    """Wagtail's built-in search over the same pages, words only (it has no need, age or cost
    filters), OR between the words, as tests/bench/run.py runs it."""
    from local_offer.models import ServicePage

    rows = []
    for question in questions:
        pages = ServicePage.objects.live()
        found = (pages.search(question.text, operator="or")[:K] if question.text
                 else pages.order_by("title")[:K])
        ranked = [page.external_id or f"page:{page.pk}" for page in found]
        rows.append({"kind": question.kind, "params": {"q": question.text},
                     "judged": len(question.grades), **score(question, ranked)})
    return summarise(rows)


# -- the run -----------------------------------------------------------------------------------


def evaluate(path: Path, keep: bool, postgres: bool = False) -> dict:
    from .real_questions import QUESTIONS

    ids = feed_ids(path)
    report: dict = {"source": f"{path.parent.name}/{path.name}", "feed_services": len(ids),
                    "questions": len(QUESTIONS),
                    "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")}
    setup_django(None if postgres else DB_PATH, keep)
    from django.db import connection

    report["database"] = connection.vendor
    from local_offer.models import ServicePage

    if not keep or not ServicePage.objects.filter(external_id__in=ids).exists():
        loaded = load(path)
        report["load"] = loaded
        if "failed" in loaded:
            return {**report, "skipped": loaded["failed"]}
    page_to_service = {
        str(pk): external_id
        for pk, external_id in ServicePage.objects.filter(external_id__in=ids)
        .values_list("pk", "external_id")
    }
    judged = {service for question in QUESTIONS for service in question.grades}
    report["imported_services"] = len(page_to_service)
    report["judged_services_not_imported"] = sorted(judged - set(page_to_service.values()))
    if not page_to_service:
        return {**report, "skipped": "import_oruk imported none of the feed's services"}
    report["ours"] = run_ours(QUESTIONS, page_to_service)
    report["wagtail"] = run_wagtail(QUESTIONS)
    return report


def worst(report: dict, count: int = 10) -> list[dict]:
    rows = report["ours"]["per_question"]
    return sorted(rows, key=lambda row: (row["ndcg"], row["recall"]))[:count]


def print_summary(report: dict) -> None:
    if "skipped" in report:
        print(f"Real listings: not run. {report['skipped']}", flush=True)
        return
    print(f"Real listings ({report['source']}: {report['imported_services']} of "
          f"{report['feed_services']} services imported, {report['questions']} questions)")
    for engine in ("ours", "wagtail"):
        result = report[engine]
        print(f"  {engine}: nDCG@10 {result['ndcg']}, recall@10 {result['recall']}, answered "
              f"{result['answered']} of {result['n']}")
    print("  worst for ours (nDCG@10, first grade 2 at, words):")
    for row in worst(report):
        print(f"    {row['ndcg']:.3f}  {row['first_best_rank'] or '-':>3}  [{row['kind']}] "
              f"{row['params']}")


def main(argv=None) -> dict:
    global DB_PATH
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(OUT))
    parser.add_argument("--db", default=str(DB_PATH), help="Throwaway SQLite file (replaced)")
    parser.add_argument("--keep", action="store_true",
                        help="Reuse --db if it already holds the import (re-run questions only)")
    parser.add_argument("--postgres", action="store_true",
                        help="Use the PostgreSQL database DATABASE_URL names instead of --db")
    args = parser.parse_args(argv)
    DB_PATH = Path(args.db)
    path = source_file()
    report = evaluate(path, args.keep, args.postgres) if path else {"skipped": NOT_SET}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, default=str))
    print_summary(report)
    print(f"Written to {out}")
    return report


if __name__ == "__main__":
    main()
