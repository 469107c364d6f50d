"""Sharing in a person's data download, and what erasing an account does to it: a professional
leaves the families' access logs without their name ("a key worker at Riverside Council"), and
every log row stays; grants to them end with them."""

import io
import json
import zipfile

import pytest

from portal.accounts import data_export, deletion
from portal.family.policy import Action, Section
from portal.sharing.models import AccessLog, Grant
from portal.sharing.policy import decide, log_access

from .helpers import make_child, make_key_worker, make_parent, share

pytestmark = pytest.mark.django_db


def _json(user, name="sharing") -> dict:
    archive = zipfile.ZipFile(io.BytesIO(data_export.build_zip(user)))
    return json.loads(archive.read(f"{name}.json"))


@pytest.fixture
def shared():
    mum = make_parent(display_name="Sam Okafor")
    child = make_child(mum, first_name="Ada")
    worker = make_key_worker(display_name="Hannah Price")
    share(child, with_user=worker, sections=[Section.GOALS], by=mum)
    decision = decide(worker, child, Section.GOALS, Action.VIEW)
    log_access(worker, child, Section.GOALS, Action.VIEW, decision, page="/goals/")
    return mum, child, worker


def test_the_family_exports_what_they_share_and_who_looked(shared):
    mum, _, _ = shared
    records = _json(mum)
    [grant] = records["Sharing of the records you hold"]
    assert grant["with"].startswith("Hannah Price") and grant["child"] == "Ada"
    assert grant["shares"] == ["see goals"]
    [look] = records["Who has looked at the records you hold"]
    assert look["who"] == "Hannah Price, key worker at Riverside Council"
    assert look["what"] == "looked at goals"
    assert records["Your looks at children's records"] == []


def test_a_professional_exports_what_was_shared_with_them_and_their_looks(shared):
    _, _, worker = shared
    records = _json(worker)
    assert [row["shares"] for row in records["Records shared with you"]] == [["see goals"]]
    [look] = records["Your looks at children's records"]
    assert look["what"] == "looked at goals" and "who" not in look
    assert records["Sharing of the records you hold"] == []


def test_erasing_a_professional_keeps_every_log_row_without_their_name(shared, client):
    mum, child, worker = shared
    before = AccessLog.objects.count()

    outcome = deletion.delete_account(worker)

    assert AccessLog.objects.count() == before
    entry = AccessLog.objects.get()
    assert entry.who == "a key worker at Riverside Council"
    assert entry.viewer.name == "" and entry.viewer.user is None
    assert not Grant.objects.exists()
    assert any("shared a child's record with you" in line for line in outcome.erased)
    assert any("without your name" in kept.reason for kept in outcome.kept)
    client.force_login(mum)
    page = client.get(f"/sharing/children/{child.pk}/access-log/").content.decode()
    assert "A key worker at Riverside Council" in page and "Hannah Price" not in page


def test_erasing_the_family_leaves_the_professionals_own_log(shared):
    mum, _, worker = shared
    deletion.delete_account(mum)
    assert AccessLog.objects.count() == 1
    assert _json(worker)["Your looks at children's records"][0]["what"] == "looked at goals"
