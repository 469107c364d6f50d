"""The filter panel's facets: a backend's raw counts, labelled and ordered for the page.

Facet keys are the GET parameter names (need, category, age, cost, delivery, pb), so a facet
value and the filter it applies are spelled the same way everywhere. A merged category (see
search.vocabulary) is one value, spelled and counted by its first code: records carry all of
its codes, so that count is the number of services, and choosing it returns exactly them.
"""

from dataclasses import dataclass

from .limits import AGE_BANDS, COSTS, DELIVERY
from .query import ServiceQuery
from .vocabulary import Vocabulary


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool = False


def labelled(
    query: ServiceQuery, raw: dict[str, dict[str, int]], vocabulary: Vocabulary
) -> dict[str, list[FacetValue]]:
    """Order and label counts; a chosen value always shows (with 0) so it can be cleared."""
    selected = {
        "need": set(query.needs),
        # An old link may name a merged category by any of its codes.
        "category": {vocabulary.category_code(code) for code in query.categories},
        "cost": set(query.cost),
        "delivery": set(query.delivery),
        "pb": {"yes"} if query.accepts_personal_budget else set(),
        "age": set(),
    }
    facets: dict[str, list[FacetValue]] = {}

    def listing(name, labels: dict[str, str], keep_order: bool, counts=None) -> list[FacetValue]:
        counts = raw.get(name, {}) if counts is None else counts
        values = [
            FacetValue(code, labels.get(code, code), counts.get(code, 0), code in selected[name])
            for code in set(counts) | selected[name]
            if counts.get(code, 0) or code in selected[name]
        ]
        if keep_order:
            order = {code: i for i, code in enumerate(labels)}
            values.sort(key=lambda v: (order.get(v.value, len(order)), v.label))
        else:
            values.sort(key=lambda v: (-v.count, v.label.lower()))
        return values

    facets["need"] = listing("need", vocabulary.needs, keep_order=False)
    # The other codes of a merged category count the same services again: leave them out.
    categories = {
        code: count
        for code, count in raw.get("category", {}).items()
        if vocabulary.category_code(code) == code
    }
    facets["category"] = listing(
        "category", vocabulary.categories or {}, keep_order=False, counts=categories
    )
    facets["cost"] = listing("cost", COSTS, keep_order=True)
    facets["delivery"] = listing("delivery", DELIVERY, keep_order=True)
    facets["pb"] = listing("pb", {"yes": "Accepts personal budgets"}, keep_order=True)
    band_labels = {code: label for code, label, _low, _high in AGE_BANDS}
    facets["age"] = [
        FacetValue(code, band_labels[code], raw.get("age", {}).get(code, 0))
        for code in band_labels
    ]
    return facets
