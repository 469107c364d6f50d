"""The codes a search may filter on (needs, categories) and their labels.

`current_vocabulary()` reads `settings.SEARCH_VOCABULARY` (a dotted path to a function that
returns a `Vocabulary`: the portal points it at the Local Offer's own lists) when it is set;
otherwise the SEN2 need codes alone, with any well-formed category code accepted. Search never
reads another app's files: `vocabulary_from_files(folder)` reads whatever folder it is given.

A vocabulary may merge categories: several codes that people see as one category (the Local
Offer's "Health" is a term in three vocabularies). The category is spelled by its first code;
every one of its codes is accepted in a link and labelled the same. Records are indexed with
all the codes of each of their categories (the content app's job: `with_equivalents`), so a
filter on any one of them finds every service in the category and each backend's count for
the first code is the number of services, however many of the codes a service has.
"""

import csv
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from django.conf import settings
from django.utils.module_loading import import_string

# SEN2 primary need codes: the statutory list, so a safe fallback when no data file exists.
SEN2_NEEDS: dict[str, str] = {
    "SPLD": "Specific learning difficulty",
    "MLD": "Moderate learning difficulty",
    "SLD": "Severe learning difficulty",
    "PMLD": "Profound and multiple learning difficulty",
    "SEMH": "Social, emotional and mental health",
    "SLCN": "Speech, language and communication needs",
    "HI": "Hearing impairment",
    "VI": "Vision impairment",
    "MSI": "Multi-sensory impairment",
    "PD": "Physical disability",
    "ASD": "Autistic spectrum disorder",
    "OTH": "Other difficulty or disability",
    "NSA": "SEN support but no specialist assessment of type of need",
}


@dataclass(frozen=True)
class Vocabulary:
    needs: dict[str, str] = field(default_factory=dict)  # code -> label
    # code -> label; None means "no list available: accept any well-formed code"
    categories: dict[str, str] | None = None
    # a merged category's code -> all of its codes, its own first (see the module docstring)
    merged_categories: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def need_label(self, code: str) -> str:
        return self.needs.get(code, code)

    def category_label(self, code: str) -> str:
        return (self.categories or {}).get(code, code)

    def category_code(self, code: str) -> str:
        """How people's links spell the category that `code` names."""
        return self._spelling.get(code, code)

    def with_equivalents(self, codes) -> tuple[str, ...]:
        """The codes with every code of the same categories: what a record is indexed with."""
        found: dict[str, None] = {}
        for code in codes:
            found.update(dict.fromkeys(self.merged_categories.get(self.category_code(code), ())))
            found[code] = None
        return tuple(found)

    @cached_property
    def _spelling(self) -> dict[str, str]:
        return {
            code: first for first, codes in self.merged_categories.items() for code in codes
        }


def current_vocabulary() -> Vocabulary:
    provider = getattr(settings, "SEARCH_VOCABULARY", "")
    if provider:
        return import_string(provider)()
    return Vocabulary(needs=dict(SEN2_NEEDS))


@lru_cache(maxsize=4)
def vocabulary_from_files(data_dir: Path) -> Vocabulary:
    needs = _read(data_dir / "sen2_primary_need_codes.csv", "code", "label") or dict(SEN2_NEEDS)
    categories = _read(data_dir / "dfe_family_hubs_service_categories.csv", "id", "name")
    return Vocabulary(needs=needs, categories=categories)


def _read(path: Path, code_column: str, label_column: str) -> dict[str, str] | None:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
    except OSError:
        return None
    table = {
        row[code_column].strip(): row[label_column].strip()
        for row in rows
        if row.get(code_column) and row.get(label_column)
    }
    return table or None
