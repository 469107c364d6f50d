"""Python 3.11, 3.12 and 3.13 are all supported: the package accepts each, and `make` builds the
virtualenv with the newest of them that runs on this machine unless PYTHON= says otherwise."""

import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet

ROOT = Path(__file__).resolve().parent.parent
SHOW_PYTHON = "print-python: ; @echo $(PYTHON)"


def requires_python() -> SpecifierSet:
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return SpecifierSet(tomllib.load(handle)["project"]["requires-python"])


@pytest.mark.parametrize("version", ["3.11.0", "3.12.1", "3.13.0", "3.13.9"])
def test_each_supported_python_may_install_the_package(version):
    assert version in requires_python()


@pytest.mark.parametrize("version", ["3.10.13", "3.14.0"])
def test_pythons_outside_the_tested_range_are_turned_away(version):
    assert version not in requires_python()


def python_make_chooses(tmp_path, working: list[str], broken=(), **variables) -> str:
    # Given a PATH holding only these interpreters (stand-ins: a script that exits 0, or 127
    # for a pyenv shim whose version is not selected)
    for name, status in [*((name, 0) for name in working), *((name, 127) for name in broken)]:
        script = tmp_path / name
        script.write_text(f"#!/bin/sh\nexit {status}\n")
        script.chmod(0o755)
    overrides = [f"{name}={value}" for name, value in variables.items()]

    # When make works out which Python to build the virtualenv with
    result = subprocess.run(
        [shutil.which("make"), "-s", "--no-print-directory", *overrides, "--eval", SHOW_PYTHON,
         "print-python"],
        cwd=ROOT, env={"PATH": str(tmp_path)}, capture_output=True, text=True, timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    "working, chosen",
    [
        (["python3.11"], "python3.11"),
        (["python3.11", "python3.12"], "python3.12"),
        (["python3.11", "python3.12", "python3.13"], "python3.13"),
        (["python3.12"], "python3.12"),
    ],
)
def test_make_uses_the_newest_supported_python_it_finds(tmp_path, working, chosen):
    assert python_make_chooses(tmp_path, working) == chosen


def test_a_python_that_does_not_run_is_passed_over(tmp_path):
    assert python_make_chooses(tmp_path, ["python3.11"], broken=["python3.13"]) == "python3.11"


def test_python_set_on_the_command_line_wins(tmp_path):
    chosen = python_make_chooses(tmp_path, ["python3.11", "python3.13"], PYTHON="python3.11")

    assert chosen == "python3.11"
