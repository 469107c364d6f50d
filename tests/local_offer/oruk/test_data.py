"""The standards' files these tests read are part of the repository, so a fresh clone runs every
ORUK test with nothing beside it, and each copy keeps its licence note."""

from .conftest import DATA, HSDS_EXAMPLES, MOCKS, OUTPOST_CSV, REPO_ROOT, SCHEMA_DIR, UK_PROFILE


def test_the_files_the_oruk_tests_read_are_inside_the_repository():
    for folder in (SCHEMA_DIR, MOCKS, HSDS_EXAMPLES, UK_PROFILE, OUTPOST_CSV):
        assert folder.resolve().is_relative_to(REPO_ROOT), f"{folder} is outside the repository"
        assert any(folder.rglob("*.*")), f"{folder} holds no files"


def test_each_copied_folder_keeps_its_upstream_licence_note():
    for source in ("oruk-validator", "oruk-uk-profile", "hsds3", "outpost-csv"):
        note = DATA / source / "SOURCE.txt"
        assert note.is_file(), f"{source} has no SOURCE.txt"
        assert "license" in note.read_text(encoding="utf-8").lower(), note
