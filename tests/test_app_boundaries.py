"""Apps talk to each other only through each other's public modules, and search is a leaf.

Four more apps are about to be built on this code and will copy what they find, so the rules
are checked, not just written down (CONVENTIONS.md: "Do not copy"): `search` imports nothing
from the apps that feed it; an app imports only another app's public modules; no two apps
import each other. Function-level imports count too: hiding an import in a function does not
make it go away.
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = (
    "portal.accounts", "portal.pages", "portal.family", "portal.sharing",
    "local_offer", "search", "budgets", "youngcommissioners",
)
# What each app offers the others. Models are public where another app needs a foreign key.
PUBLIC = {
    "search": {"search.api"},
    "local_offer": {"local_offer.services"},
    "portal.accounts": {
        "portal.accounts.roles", "portal.accounts.policy", "portal.accounts.deletion",
        "portal.accounts.data_export",
        "portal.accounts.role_changes", "portal.accounts.models",
        # Other apps' demo families sign in with the same published demo password.
        "portal.accounts.demo",
    },
    "portal.pages": {"portal.pages.models", "portal.pages.admin_views"},
    # Every app that touches a child's record asks the family's policy (which asks sharing's
    # for anyone who is not family), so no app decides access to a child on its own.
    "portal.family": {
        "portal.family.models", "portal.family.policy", "portal.family.timeline",
        # Handing the record to the young person: sharing's pages call it.
        "portal.family.handover",
        # GOV.UK day, month and year boxes for any form that asks for a date.
        "portal.family.dates",
        # Any app that takes a file for a child (a spend's receipt) checks and scans it the
        # same way the record's documents are checked and scanned.
        "portal.family.documents.file_types", "portal.family.documents.virus_scan",
    },
    "portal.sharing": {"portal.sharing.policy", "portal.sharing.models"},
    # Every form that takes free text screens it here first.
    "youngcommissioners": {"youngcommissioners.safeguarding"},
    "budgets": {"budgets.models"},
}
# Apps that are fed by others and must know nothing of them.
LEAVES = {"search": {"local_offer", "budgets", "youngcommissioners", "portal.family"}}


def app_of(module: str) -> str | None:
    for app in sorted(APPS, key=len, reverse=True):
        if module == app or module.startswith(app + "."):
            return app
    return None


def imported_modules(
    module: str, source: str, is_package: bool, known: set[str]
) -> list[str]:
    """Every module `source` imports, anywhere in it, as absolute dotted names (`known` tells a
    submodule, `from search import api`, from a name, `from search.api import search`)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = module.split(".")[: len(module.split(".")) - node.level + is_package]
                base = ".".join(package + ([node.module] if node.module else []))
            else:
                base = node.module
            found += [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
    return found


def violations(modules: dict[str, tuple[str, bool]]) -> list[str]:
    """modules: dotted name -> (source, is_package). Returns the broken rules, one per line."""
    broken, edges = [], set()
    for module, (source, is_package) in modules.items():
        source_app = app_of(module)
        for target in imported_modules(module, source, is_package, set(modules)):
            target_app = app_of(target)
            if target_app is None or target_app == source_app:
                continue
            edges.add((source_app, target_app))
            if target_app in LEAVES.get(source_app, set()):
                broken.append(f"{module} imports {target}: {source_app} must not know it")
            public = PUBLIC.get(target_app, set())
            if not any(target == name or target.startswith(name + ".") for name in public):
                broken.append(f"{module} imports {target}, not a public module of {target_app}")
    for first, second in sorted(edges):
        if first < second and (second, first) in edges:
            broken.append(f"{first} and {second} import each other")
    return broken


def project_modules() -> dict[str, tuple[str, bool]]:
    modules = {}
    for path in ROOT.glob("**/*.py"):
        relative = path.relative_to(ROOT)
        skipped = relative.parts[0] in {".venv", "node_modules", "tests"}
        if skipped or "migrations" in relative.parts:
            continue
        name = ".".join(relative.with_suffix("").parts)
        is_package = path.name == "__init__.py"
        name = name.removesuffix(".__init__")
        if app_of(name):
            modules[name] = (path.read_text(encoding="utf-8"), is_package)
    return modules


def test_the_apps_keep_to_their_boundaries():
    assert violations(project_modules()) == []


def test_the_check_finds_each_kind_of_break():
    modules = {
        "search.page": ("def f():\n    from local_offer.models import ServicePage\n", False),
        "local_offer.oruk.views": ("from search.query import MAX_RADIUS\n", False),
        "portal.accounts.views": ("from local_offer import services\n", False),
        "local_offer.services": ("from portal.accounts.roles import Role\n", False),
    }

    found = violations(modules)

    assert "search.page imports local_offer.models: search must not know it" in found
    assert (
        "local_offer.oruk.views imports search.query, not a public module of search" in found
    )
    assert "local_offer and portal.accounts import each other" in found
    assert not any(line.startswith("local_offer.services") for line in found)
