"""Markdown tables from a `make bench` results file, for docs/benchmarks.md.

    python -m tests.bench.report var/bench/results.json [more results files]

A results file of tests/bench/real_eval.py alone (var/bench/real_results.json) works too.
"""

import json
import statistics
import sys

from .real_questions import KINDS as REAL_KINDS


def _row(size, name, result, load_seconds) -> str:
    if not result or "skipped" in result:
        reason = (result or {}).get("skipped", "not run")
        return f"| {size} | {name} | {load_seconds or '-'} | skipped: {reason} |||||||"
    completed = [q for q in result["per_query"] if not q.get("timeout")]
    ndcg_done = statistics.fmean(q["ndcg"] for q in completed) if completed else float("nan")
    return (
        f"| {size} | {name} | {load_seconds} | {result['p50_ms']} | {result['p95_ms']} | "
        f"{result.get('cpu_p50_ms', '-')} | {result.get('cpu_p95_ms', '-')} | "
        f"{result['ndcg']:.3f} | {result['recall']:.3f} | {result['timeouts']} "
        f"(nDCG of the {len(completed)} completed: {ndcg_done:.3f}) |"
    )


def real_tables(real: dict, sizes: dict | None = None) -> str:
    """The real-listings evaluation beside the generated set's figures (tests/bench/real_eval.py;
    the generated set's relevance is yes or no, the real set's is graded 2 / 1)."""
    if "skipped" in real:
        return f"Real listings: not run. {real['skipped']}"
    lines = [
        f"Real listings: {real['imported_services']} of {real['feed_services']} services of "
        f"{real['source']} imported, {real['questions']} judged questions "
        "(tests/bench/real_questions.py).",
        "",
        "| set | engine | questions | nDCG@10 | recall@10 | answered (a grade 2 in the first 10) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for size, entry in (sizes or {}).items():
        for key, name in (("ours", "ours (database)"), ("wagtail", "Wagtail, OR")):
            result = entry.get(key)
            if result and "skipped" not in result:
                lines.append(f"| generated, {size} services | {name} | {result['queries']} | "
                             f"{result['ndcg']:.3f} | {result['recall']:.3f} | - |")
    database = real.get("database", "sqlite")
    for key, name in (("ours", "ours (database)"), ("wagtail", "Wagtail, OR")):
        result = real[key]
        lines.append(f"| real, {real['source']}, {database} | {name} | {result['n']} | "
                     f"{result['ndcg']:.3f} | {result['recall']:.3f} | "
                     f"{result['answered']} of {result['n']} |")
    lines += ["", "| real listings, nDCG@10 (questions) | " + " | ".join(REAL_KINDS) + " |",
              "| --- | " + " | ".join("---" for _ in REAL_KINDS) + " |"]
    for key, name in (("ours", "ours (database)"), ("wagtail", "Wagtail, OR")):
        by_kind = real[key]["by_kind"]
        cells = [f"{by_kind[k]['ndcg']:.2f} ({by_kind[k]['n']})" if k in by_kind else "-"
                 for k in REAL_KINDS]
        lines.append(f"| {name}, {database} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


PAGE_SCENARIOS = [
    ("cached_home", "home page, cached"),
    ("cached_services", "service pages, cached"),
    ("uncached_home", "home page, uncached"),
    ("uncached_services", "service pages, uncached"),
    ("search_unique", "search page, every query different"),
    ("oruk_services", "ORUK /services?per_page=50"),
]


def page_table(report: dict) -> str:
    """tests/bench/pages.py's results: public pages under wrk."""
    lines = ["| scenario | addresses | requests/s | p50 | p95 | p99 | errors |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for key, label in PAGE_SCENARIOS:
        if key in report:
            row = report[key]
            lines.append(f"| {label} | {row['addresses']} | {row['requests_per_second']:.0f} | "
                         f"{row.get('p50', '-')} | {row.get('p95', '-')} | {row.get('p99', '-')} "
                         f"| {row['errors']} |")
    return "\n".join(lines)


def tables(paths: list[str]) -> str:
    lines = [
        "| services | engine | load s | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | nDCG@10 | "
        "recall@10 | timeouts |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    labels: dict[tuple, dict] = {}
    real_parts: list[str] = []
    generated = False
    for path in paths:
        report = json.load(open(path))  # noqa: SIM115, PTH123 - a one-off read
        if "cached_home" in report or "uncached_home" in report:  # tests/bench/pages.py
            real_parts.append(page_table(report))
            continue
        if "sizes" not in report:  # a real_eval.py results file on its own
            real_parts.append(real_tables(report))
            continue
        generated = True
        if "real" in report:
            real_parts.append(real_tables(report["real"], report["sizes"]))
        cap = report.get("cap_seconds")
        for size, entry in report["sizes"].items():
            if "ours" in entry:
                ours = entry["ours"]
                cold = "warm" in ours  # older results files have one pass, not first and repeat
                lines.append(_row(size, "ours (database), first run" if cold
                                  else "ours (database)", ours, entry.get("ours_load_seconds")))
                if cold:
                    lines.append(_row(size, "ours (database), repeat",
                                      {**ours, **ours["warm"]}, entry.get("ours_load_seconds")))
                labels[(size, "ours")] = entry["ours"]["by_label"]
            if "wagtail" in entry:
                lines.append(_row(size, f"Wagtail, cap {cap:g} s", entry["wagtail"],
                                  entry.get("wagtail_load_seconds")))
                if "by_label" in entry["wagtail"]:
                    labels[(size, f"wagtail cap {cap:g}")] = entry["wagtail"]["by_label"]
    lines += ["", "| services | engine | " + " | ".join(
        ["acronym", "phrase", "misspelling", "filter", "distance", "natural"]) + " |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for (size, name), by_label in labels.items():
        cells = [f"{by_label[k]['ndcg']:.2f} ({by_label[k]['n']})" if k in by_label else "-"
                 for k in ("acronym", "phrase", "misspelling", "filter", "distance", "natural")]
        lines.append(f"| {size} | {name} | " + " | ".join(cells) + " |")
    return "\n\n".join((["\n".join(lines)] if generated else []) + real_parts)


if __name__ == "__main__":
    print(tables(sys.argv[1:]))
