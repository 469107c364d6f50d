"""The Open Referral UK 3.0 JSON schemas, with format checking really switched on.

jsonschema only checks `format` when asked, and silently skips "uri" unless rfc3987 is
installed, so `validator_for()` refuses to run without it: a feed with a broken URL must fail
here, not in somebody else's directory. The runtime copies live in schemas/ (see SOURCE.txt);
tests may point `schema_dir` at the validator's own files.
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


def format_checker() -> FormatChecker:
    checker = FormatChecker()
    missing = {"uri", "email", "uuid", "date-time"} - set(checker.checkers)
    if missing:
        raise RuntimeError(
            "JSON Schema format checks are missing for: "
            + ", ".join(sorted(missing))
            + ". Install jsonschema[format] (with rfc3987) so URLs and emails are checked."
        )
    return checker


@cache
def load(name: str, schema_dir: str | None = None) -> dict:
    path = Path(schema_dir) if schema_dir else SCHEMA_DIR
    with open(path / name, encoding="utf-8") as handle:
        return json.load(handle)


def validator_for(name: str, schema_dir: str | None = None) -> Draft202012Validator:
    return Draft202012Validator(load(name, schema_dir), format_checker=format_checker())


def problems(document, name: str, schema_dir: str | None = None, limit: int = 10) -> list[str]:
    """Plain messages, each naming where in the document it went wrong, e.g.
    "url: 'example/counselling' is not a 'uri'". Empty when the document is valid."""
    errors = sorted(
        validator_for(name, schema_dir).iter_errors(document),
        key=lambda error: [str(part) for part in error.absolute_path],
    )
    messages = []
    for error in errors[:limit]:
        where = ".".join(str(part) for part in error.absolute_path) or "(record)"
        messages.append(f"{where}: {error.message}")
    return messages
