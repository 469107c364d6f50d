"""The category vocabularies as one tree for people: terms that mean the same thing are one
category, holding the children of all of them.

The database keeps each vocabulary's own terms, and the Open Referral UK API publishes them as
they are. Search filters and the provider's category picker use this tree instead, so "Health"
(in the DfE's, the council's and the Preparing for Adulthood vocabularies) shows once.

Two terms are one category when
- their labels match, ignoring case and punctuation, and their parents are one category (or
  both are at the top), as "Health" is; or
- data/category_equivalents.csv says so: the same idea in different words.
A merged category is spelled by the code of its first term in VOCABULARY_ORDER (the council's
own tree, then the DfE's, then Preparing for Adulthood, then imported vocabularies by code), so
the search page's links read `category=health`; any one of its codes means the same category.
"""

import csv
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

# The taxonomy module itself: the page models import the picker, which imports this, while
# local_offer.models is still loading.
from .models.taxonomy import TaxonomyTerm
from .vocabularies import DATA_DIR, DFE_CODE, PFA_CODE, RIVERSIDE_CODE

VOCABULARY_ORDER = (RIVERSIDE_CODE, DFE_CODE, PFA_CODE)
EQUIVALENTS_FILE = DATA_DIR / "category_equivalents.csv"


@dataclass(frozen=True)
class Term:
    """One vocabulary's term, as the merging needs it."""

    pk: int
    code: str
    label: str
    parent: str  # the parent term's code; "" at the top of its vocabulary
    vocabulary: str
    sort_order: int = 0
    description: str = ""


@dataclass(frozen=True)
class Category:
    """What people see: one or more equivalent terms under one label."""

    code: str  # the first term's: what links and the picker use
    label: str
    terms: tuple[Term, ...]  # the first gives the code and label
    parent: str  # the parent category's code; "" at the top
    depth: int

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)


class CategoryTree:
    def __init__(self, categories: list[Category]):
        self.categories = categories  # reading order: each top category, then its descendants
        self.by_code = {code: category for category in categories for code in category.codes}

    def top_level(self) -> list[Category]:
        return [category for category in self.categories if not category.parent]

    def descendants(self, top: Category) -> list[Category]:
        """Everything under `top`, in reading order (the tree is listed depth first)."""
        start = self.categories.index(top) + 1
        found = []
        for category in self.categories[start:]:
            if category.depth <= top.depth:
                break
            found.append(category)
        return found

    def merged(self) -> dict[str, tuple[str, ...]]:
        """Each category with more than one term: its code -> every code, its own first."""
        return {c.code: c.codes for c in self.categories if len(c.terms) > 1}


def build(terms: list[Term], equivalents: list[tuple[str, str]] = ()) -> CategoryTree:
    """Merge the terms of every vocabulary into one tree (the rules are in the docstring)."""
    ranked = sorted(terms, key=_rank)
    by_code = {term.code: term for term in ranked}
    group = _UnionFind(by_code)
    for code, same_as in equivalents:
        if code in by_code and same_as in by_code:
            group.union(code, same_as)
    # Top first, so a term's parent has found its category before its own label is compared.
    levels = defaultdict(list)
    for term in ranked:
        levels[_depth(term, by_code)].append(term)
    for depth in sorted(levels):
        alike = defaultdict(list)
        for term in levels[depth]:
            parent = group.find(term.parent) if term.parent in by_code else ""
            alike[(parent, _plain(term.label))].append(term.code)
        for codes in alike.values():
            for code in codes[1:]:
                group.union(codes[0], code)

    members = defaultdict(list)
    for term in ranked:  # in rank order, so each group's first member is its spelling
        members[group.find(term.code)].append(term)
    # A category sits where its first term sits: under the category of that term's parent.
    children = defaultdict(list)  # a category's code ("" for the top) -> its children's roots
    for root, found in members.items():
        first = found[0]
        parent_root = group.find(first.parent) if first.parent in by_code else root
        parent_code = members[parent_root][0].code if parent_root != root else ""
        children[parent_code].append(root)

    ordered: list[Category] = []
    placed: set[str] = set()

    def visit(root: str, parent: str, depth: int) -> None:
        if root in placed:  # equivalences that make a loop are cut where they close it
            return
        placed.add(root)
        found = members[root]
        ordered.append(Category(found[0].code, found[0].label, tuple(found), parent, depth))
        for child in children[found[0].code]:
            visit(child, found[0].code, depth + 1)

    for root in children[""]:
        visit(root, "", 0)
    for root in members:  # anything a loop left unreachable still shows, at the top
        visit(root, "", 0)
    return CategoryTree(ordered)


def current_tree() -> CategoryTree:
    """The tree of the terms in the database now."""
    rows = TaxonomyTerm.objects.values_list(
        "pk", "code", "label", "parent__code", "taxonomy__code", "sort_order", "description"
    )
    terms = [
        Term(pk, code, label, parent or "", vocabulary, sort_order, description)
        for pk, code, label, parent, vocabulary, sort_order, description in rows
    ]
    return build(terms, shipped_equivalents())


@lru_cache(maxsize=1)
def shipped_equivalents() -> list[tuple[str, str]]:
    """(code, same_as) pairs from data/category_equivalents.csv."""
    with EQUIVALENTS_FILE.open(newline="", encoding="utf-8") as handle:
        return [
            (row["code"].strip(), row["same_as"].strip())
            for row in csv.DictReader(handle)
            if row.get("code") and row.get("same_as")
        ]


def _rank(term: Term) -> tuple:
    known = term.vocabulary in VOCABULARY_ORDER
    vocabulary = VOCABULARY_ORDER.index(term.vocabulary) if known else len(VOCABULARY_ORDER)
    return (vocabulary, "" if known else term.vocabulary, term.sort_order, term.label, term.code)


def _depth(term: Term, by_code: dict[str, Term]) -> int:
    depth, seen = 0, {term.code}
    while term.parent in by_code and term.parent not in seen:
        term = by_code[term.parent]
        seen.add(term.code)
        depth += 1
    return depth


def _plain(label: str) -> str:
    """'Health', 'health ' and 'HEALTH.' compare equal; so do '&' and 'and'."""
    words = re.sub(r"[^\w]+", " ", label.casefold().replace("&", " and ")).split()
    return " ".join(words)


class _UnionFind:
    def __init__(self, codes):
        self.parent = {code: code for code in codes}

    def find(self, code: str) -> str:
        while self.parent[code] != code:
            self.parent[code] = self.parent[self.parent[code]]
            code = self.parent[code]
        return code

    def union(self, first: str, second: str) -> None:
        self.parent[self.find(second)] = self.find(first)
