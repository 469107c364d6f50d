"""The repository runs on its own: no code or test reads files from a folder beside the clone
(such as ../shared), because a fresh clone has nothing beside it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", ".git", "var", "staticfiles", ".hypothesis"}
# "../shared", "shared/data" or a Path built with / "shared" / ...
OUTSIDE = re.compile(r"""\.\./shared|shared/data|/\s*["']shared["']""")
CODE = {".py", ".mjs", ".js", ".toml", ".cfg", ".ini", ".sh"}


def runnable_files():
    for path in ROOT.rglob("*"):
        relative = path.relative_to(ROOT)
        if SKIP & set(relative.parts) or not path.is_file() or path == Path(__file__):
            continue
        in_script_folder = relative.parts[0] in {"scripts", ".ci"}
        if path.suffix in CODE or path.name == "Makefile" or in_script_folder:
            yield path


def test_no_code_or_test_reads_files_from_beside_the_clone():
    readers = [
        str(path.relative_to(ROOT))
        for path in runnable_files()
        if OUTSIDE.search(path.read_text(encoding="utf-8", errors="replace"))
    ]

    assert readers == []
