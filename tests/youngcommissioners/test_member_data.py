"""A Young Commissioner's scores, comments and recommendations leave with them in their data
download, and deleting their account erases their words but keeps the group's counts (the
scores, with nobody's name) and the recommendations the group sent (without theirs)."""

import json
import zipfile
from io import BytesIO

import pytest

from portal.accounts.data_export import build_zip
from portal.accounts.deletion import delete_account
from youngcommissioners import commissioners, group_setup
from youngcommissioners.models import (
    CommissionerInvitation,
    Membership,
    Recommendation,
    ReviewScore,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast_with_data(yc):
    cast = yc
    project = cast.group.projects.get()
    for n, member in enumerate(cast.members):
        commissioners.score_service(
            cast.group, member, cast.service,
            {c: (n + 2, f"Comment {n} on {c.text}") for c in cast.criteria}, project=project,
        )
    commissioners.recommend(cast.group, cast.members[0], "Later buses", "Buses after 6pm",
                            project=project)
    commissioners.score_service(cast.group, cast.members[0], cast.service,
                                {cast.criteria[1]: (1, "mums boyfriend hit me again")})
    group_setup.invite(group=cast.group, email=cast.members[0].email, invited_by=cast.officer,
                       build_link=lambda t: t)
    return cast


def _exported(user) -> dict:
    with zipfile.ZipFile(BytesIO(build_zip(user))) as archive:
        return json.loads(archive.read("youngcommissioners.json"))


def test_the_download_holds_their_groups_scores_comments_and_recommendations(cast_with_data):
    yc = cast_with_data
    found = _exported(yc.members[0])
    assert found["groups"] == [{"group": "Riverside YC", "name_shown_outside_the_group": False}]
    first = found["scores"][0]
    assert (first["project"], first["service"], first["score"]) == (
        "Review short breaks for 14-19s", yc.service.title, 2)
    assert "Comment 0 on Easy to get to" in [s["comment"] for s in found["scores"]]
    assert [r["title"] for r in found["recommendations"]] == ["Later buses"]
    assert len(found["invitations"]) == 1
    # Nobody else's words are in it
    assert "Comment 1" not in json.dumps(found)


def test_deleting_the_account_erases_their_words_and_keeps_the_counts(cast_with_data):
    yc = cast_with_data
    before = commissioners.results(yc.group, project=yc.group.projects.get())
    leaving = yc.members[0]
    outcome = delete_account(leaving)

    assert "Your comments on the services you scored" in outcome.erased
    assert {k.what for k in outcome.kept} >= {
        "The scores you gave services (1 to 5)", "Recommendations you sent for your group",
        "Anything you wrote that the safeguarding lead looked at"}
    assert not Membership.objects.filter(user_id=leaving.pk).exists()
    assert not CommissionerInvitation.objects.filter(email__iexact=leaving.email).exists()
    # The counts are the same; the comments that were theirs are gone
    after = commissioners.results(yc.group, project=yc.group.projects.get())
    assert [s.counts for s in after[0].spreads] == [s.counts for s in before[0].spreads]
    comments = [text for _, text in after[0].comments]
    assert not any(c.startswith("Comment 0") for c in comments)
    assert any(c.startswith("Comment 1") for c in comments)
    assert ReviewScore.objects.filter(member__isnull=True, status="shown").count() == 2
    # The recommendation is the group's still, with no sender
    item = Recommendation.objects.get(title="Later buses")
    assert item.sent_by_id is None
    # The held comment stays for the safeguarding lead, linked to no account
    held = ReviewScore.objects.get(status=ReviewScore.Status.HELD)
    assert held.member_id is None and held.comment == "mums boyfriend hit me again"
