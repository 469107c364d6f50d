"""The developer entry points: `make help` documents them, and the CI helpers fail loudly."""

import os
import re
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ANSI = re.compile(r"\x1b\[[0-9;]*m")
DOCUMENTED_TARGET = re.compile(r"^([a-z][a-z-]*):.*?## (.+)$", re.MULTILINE)


def make_help() -> dict[str, str]:
    output = subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=60,
    ).stdout
    listed = {}
    for line in ANSI.sub("", output).splitlines():
        name, _, description = line.strip().partition(" ")
        listed[name] = description.strip()
    return listed


@pytest.mark.parametrize(
    "target", ["run", "test", "ci", "lint", "browser", "test-postgres", "bench"]
)
def test_make_help_lists_each_entry_point_with_a_description(target):
    # When a newcomer runs `make help`
    listed = make_help()

    # Then each entry point the README names is there, with a sentence on what it does
    assert target in listed, f"`make help` does not list {target}: {sorted(listed)}"
    assert len(listed[target].split()) >= 3, f"{target} has no real description"


def test_make_help_lists_every_documented_target_and_nothing_else():
    # Given the targets the Makefile documents with `## description`
    documented = dict(DOCUMENTED_TARGET.findall((ROOT / "Makefile").read_text()))

    # Then `make help` lists exactly those, with the same descriptions
    assert make_help() == {name: text.strip() for name, text in documented.items()}


def test_ci_entry_point_runs_make_ci():
    script = (ROOT / ".ci" / "run").read_text()
    assert re.search(r"^exec make ci$", script, re.MULTILINE)


@pytest.mark.parametrize(
    "script", sorted(path.name for path in (ROOT / "scripts").iterdir() if path.is_file())
)
def test_scripts_the_makefile_runs_are_executable(script):
    # The Makefile runs them by path, so a lost executable bit would break `make ci`.
    path = ROOT / "scripts" / script
    assert path.read_text().startswith("#!/usr/bin/env bash\n")
    assert os.access(path, os.X_OK), f"scripts/{script} is not executable"


def _run_pytest_script(tmp_path, *args, env_extra=None):
    env = {**os.environ}
    # Under `make ci` CI_RESULTS names the real summary file: these sample runs must not count.
    env.pop("CI_RESULTS", None)
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(env_extra or {})
    return subprocess.run(
        [str(ROOT / "scripts" / "run-pytest"), "demo", "-q", "-p", "no:django", "-p", "no:xdist",
         "-p", "no:randomly", "-c", os.devnull, "--rootdir", str(tmp_path), str(tmp_path),
         *args],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env,
    )


def test_a_suite_that_collects_no_tests_fails(tmp_path):
    # Given a folder with no tests in it
    # When CI's pytest wrapper runs it
    result = _run_pytest_script(tmp_path)

    # Then the run fails (pytest's exit code 5 is not taken as a pass) and says why
    assert result.returncode == 1
    assert "collected no tests" in result.stderr


def test_suite_counts_are_recorded_for_the_ci_summary(tmp_path):
    # Given a suite with two passing tests and one failing test
    (tmp_path / "test_sample.py").write_text(
        "def test_one():\n    pass\n\n\ndef test_two():\n    pass\n\n\n"
        "def test_three():\n    assert False\n"
    )
    results = tmp_path / "results.txt"

    # When CI's pytest wrapper runs it with a results file
    result = _run_pytest_script(tmp_path, env_extra={"CI_RESULTS": str(results)})

    # Then it fails, and the summary line records 2 passed, 1 failed
    assert result.returncode == 1
    name, passed, failed, skipped, errors, status = results.read_text().split()
    assert (name, passed, failed, skipped, errors, status) == ("demo", "2", "1", "0", "0", "1")


def test_browser_tests_are_left_out_of_make_test():
    # Given the browser tests folder, selected the way `make test` selects
    result = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "pytest"), "--collect-only", "-q", "-m", "not browser",
         "-p", "no:randomly", str(ROOT / "tests" / "e2e")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )

    # Then none of them is collected (pytest: exit 5, every test deselected)
    assert result.returncode == 5, result.stdout + result.stderr
    assert re.search(r"\b0 selected\b|no tests collected \(\d+ deselected\)", result.stdout), (
        result.stdout
    )


def test_the_fuzz_run_is_left_out_of_make_test():
    # Given the marker expression `make test` (and `make test-postgres`) selects with
    makefile = (ROOT / "Makefile").read_text()
    recipes = re.findall(r'scripts/run-pytest (?:sqlite|postgres) .*?-m "([^"]+)"', makefile)
    assert len(recipes) == 2

    for expression in recipes:
        # When the fuzz run's module is collected with it
        result = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "pytest"), "--collect-only", "-q", "-m", expression,
             "-p", "no:randomly", str(ROOT / "tests" / "local_offer" / "oruk" / "test_fuzz.py")],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )

        # Then nothing is selected: the fuzz run is `make fuzz`'s alone
        assert result.returncode == 5, result.stdout + result.stderr


POSTGRES_INSTALLED = any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


@pytest.mark.skipif(
    not POSTGRES_INSTALLED,
    reason="PostgreSQL's server is not installed yet: `make test-postgres` installs it",
)
def test_with_postgres_gives_a_database_and_removes_the_cluster_even_when_the_command_fails():
    # Given a folder for the throwaway cluster that the postgres user can reach
    parent = Path(tempfile.mkdtemp(prefix="with-postgres-test-"))
    parent.chmod(0o755)
    probe = (
        "import os, psycopg\n"
        "with psycopg.connect(os.environ['DATABASE_URL'], autocommit=True) as c:\n"
        "    c.execute('CREATE DATABASE test_probe')\n"  # pytest-django needs CREATEDB
        "print('PORT', os.environ['DATABASE_URL'].rsplit(':', 1)[1].split('/')[0])\n"
        "raise SystemExit(3)\n"
    )
    try:
        # When a command that uses the database and then fails runs under scripts/with-postgres
        result = subprocess.run(
            [str(ROOT / "scripts" / "with-postgres"), str(ROOT / ".venv" / "bin" / "python"),
             "-c", probe],
            cwd=ROOT, capture_output=True, text=True, timeout=180,
            env={**os.environ, "TMPDIR": str(parent)},
        )

        # Then the command's exit code comes back, and the cluster is stopped and removed
        assert result.returncode == 3, result.stdout + result.stderr
        port = int(re.search(r"^PORT (\d+)$", result.stdout, re.MULTILINE).group(1))
        with socket.socket() as client:
            assert client.connect_ex(("127.0.0.1", port)) != 0, "PostgreSQL is still listening"
        assert list(parent.iterdir()) == []
    finally:
        shutil.rmtree(parent, ignore_errors=True)
