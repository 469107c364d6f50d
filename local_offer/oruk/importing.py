"""Run an import: read records, save each in its own transaction, report as we go and at the end.

Both management commands (import_oruk, import_services_csv) use `run()`, so they report the
same way: progress every PROGRESS_EVERY records, then created / updated / unchanged / rejected,
the warnings counted by kind (a council's whole directory gives hundreds: the kinds say what to
fix first), the source fields no listing has a place for, each rejected record with its
reasons, and each record saved with a warning.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .records import ServiceRecord
from .writer import Rejected, ServiceWriter

PROGRESS_EVERY = 25


@dataclass
class ImportReport:
    counts: Counter = field(default_factory=Counter)
    rejected: list[tuple[str, list[str]]] = field(default_factory=list)
    warnings: list[tuple[str, list[str]]] = field(default_factory=list)
    seen_ids: set = field(default_factory=set)
    warning_kinds: Counter = field(default_factory=Counter)
    ignored: Counter = field(default_factory=Counter)  # source field -> services that had it

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        return (
            f"Created {self.counts['created']}, updated {self.counts['updated']}, "
            f"unchanged {self.counts['unchanged']}, rejected {self.counts['rejected']}"
        )

    def lines(self) -> list[str]:
        lines = [self.summary()]
        if self.warning_kinds:
            total = sum(self.warning_kinds.values())
            lines.append(f"Warnings: {total} on {len(self.warnings)} listings, by kind:")
            lines += [f"  {count:>5}  {kind}" for kind, count in _most_first(self.warning_kinds)]
        if self.ignored:
            lines.append(
                "Not kept (a listing has no place for them): "
                + ", ".join(f"{name} in {count}" for name, count in _most_first(self.ignored))
            )
        for label, reasons in self.rejected:
            lines.append(f"Rejected {label}: " + "; ".join(reasons))
        for label, notes in self.warnings:
            lines.append(f"Check {label}: " + "; ".join(notes))
        return lines


def run(
    records: Iterable[ServiceRecord],
    writer: ServiceWriter,
    progress: Callable[[str], None] = lambda line: None,
    expected: int | None = None,
) -> ImportReport:
    report = ImportReport()
    for record in records:
        if record.external_id and record.external_id in report.seen_ids:
            record.problems.append(f"the id {record.external_id} appears earlier in the same file")
        report.seen_ids.add(record.external_id)
        try:
            outcome = writer.save(record)
        except Rejected as rejected:
            report.counts["rejected"] += 1
            report.rejected.append((record.label, rejected.reasons))
        else:
            report.counts[outcome.action] += 1
            if record.warnings:
                report.warnings.append((record.label, record.warnings))
                report.warning_kinds.update(kind_of(warning) for warning in record.warnings)
            report.ignored.update({_indexes_as_n(path) for path in record.ignored})
        if report.total % PROGRESS_EVERY == 0:
            of = f" of {expected}" if expected else ""
            progress(f"{report.total}{of} done ({report.summary().lower()})")
    return report


QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")


def kind_of(warning: str) -> str:
    """A warning without its particulars: "url: 'x.example' is not a web address, left out"
    -> "url: … is not a web address, left out"; list positions and numbers become N."""
    return _indexes_as_n(re.sub(r"…(?: and …)+", "…", QUOTED.sub("…", warning)))


def _indexes_as_n(text: str) -> str:
    return re.sub(r"\d+", "N", text)


def _most_first(counts: Counter) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))
