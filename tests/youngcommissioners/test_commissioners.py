"""Young Commissioners: scores combined with their spread, held comments kept from the group,
recommendations moved on with history kept and members told in plain words."""

import pytest
from django.core import mail

from youngcommissioners import commissioners
from youngcommissioners.models import (
    Recommendation,
    RecommendationEvent,
    ReviewScore,
    SafeguardingAlert,
)
from youngcommissioners.safeguarding_alerts import clear

from .commissioner_support import signed_in
from .support import people  # noqa: F401

pytestmark = pytest.mark.django_db
WORRYING = "mums boyfriend hit me again"


def _score_all(yc, values, comment=""):
    for member, value in zip(yc.members, values, strict=True):
        commissioners.score_service(
            yc.group, member, yc.service, {c: (value, comment) for c in yc.criteria}
        )


def test_scores_are_combined_with_their_spread(yc):
    _score_all(yc, [1, 5, 5])
    [result] = commissioners.results(yc.group)
    spread = result.spreads[0]
    assert spread.counts == {1: 1, 2: 0, 3: 0, 4: 0, 5: 2}
    assert (spread.lowest, spread.highest, spread.total, spread.mean) == (1, 5, 3, 3.7)
    assert result.members == 3


def test_a_member_scoring_again_replaces_their_own_scores(yc):
    _score_all(yc, [1, 5, 5])
    commissioners.score_service(yc.group, yc.members[0], yc.service,
                                {c: (4, "") for c in yc.criteria})
    [result] = commissioners.results(yc.group)
    assert result.spreads[0].counts == {1: 0, 2: 0, 3: 0, 4: 1, 5: 2}


def test_the_page_shows_each_score_count_not_only_an_average(yc):
    _score_all(yc, [2, 4, 4], comment="The bus stops right outside")
    response = signed_in(yc.members[0]).get(
        f"/voice/young-commissioners/{yc.group.pk}/services/{yc.service.pk}/"
    )
    assert response.status_code == 200
    text = response.content.decode()
    assert "2 to 4, from 3 members" in text
    assert "The bus stops right outside" in text


def test_a_member_scores_a_service_through_the_form(yc):
    client = signed_in(yc.members[0])
    url = f"/voice/young-commissioners/{yc.group.pk}/score/"
    assert client.get(url).status_code == 200  # choose a service
    data = {"service": yc.service.pk, f"score_{yc.criteria[0].pk}": "4",
            f"comment_{yc.criteria[1].pk}": "They listened"}
    bad = client.post(url, data)
    assert bad.status_code == 400
    assert "Choose a score for" in bad.content.decode()
    assert "They listened" in bad.content.decode()  # nothing typed is lost
    data[f"score_{yc.criteria[1].pk}"] = "5"
    assert client.post(url, data).status_code == 302
    assert ReviewScore.objects.filter(member=yc.members[0]).count() == 2


def test_a_worrying_comment_is_held_and_not_shown_until_cleared(yc, people):  # noqa: F811
    _score_all(yc, [3, 3, 3])
    [held] = commissioners.score_service(
        yc.group, yc.members[1], yc.service, {yc.criteria[0]: (1, WORRYING)}
    )
    assert held.status == ReviewScore.Status.HELD
    alert = SafeguardingAlert.objects.get(review_score=held)
    assert alert.feedback_id is None
    # The lead's queue shows it; the group's pages do not
    queue = signed_in(people.lead).get("/voice/safeguarding/").content.decode()
    assert "Review comment" in queue
    for url in (f"/voice/young-commissioners/{yc.group.pk}/",
                f"/voice/young-commissioners/{yc.group.pk}/services/{yc.service.pk}/"):
        for viewer in (yc.members[0], yc.officer):
            assert WORRYING not in signed_in(viewer).get(url).content.decode()
    [result] = commissioners.results(yc.group)
    assert result.spreads[0].total == 2  # the held score is counted nowhere
    assert WORRYING not in "".join(m.body for m in mail.outbox)
    clear(alert, people.lead, SafeguardingAlert.Outcome.RELEASED, "No concern")
    [result] = commissioners.results(yc.group)
    assert result.spreads[0].total == 3


def test_recommendation_moves_are_kept_and_every_member_is_told(
    yc, django_capture_on_commit_callbacks
):
    item = commissioners.recommend(yc.group, yc.members[0], "Later buses",
                                   "Buses after 6pm to the club")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        commissioners.move(item, yc.officer, status=Recommendation.Status.ACCEPTED,
                           progress=30, owner=yc.officer, milestone="Talked to the bus company")
    with django_capture_on_commit_callbacks(execute=True):
        commissioners.move(item, yc.officer, status=Recommendation.Status.DONE, progress=100)
    assert list(item.history.values_list("status", "progress")) == [
        ("received", 0), ("accepted", 30), ("done", 100)]
    assert sorted(m.to[0] for m in mail.outbox) == sorted([m.email for m in yc.members] * 2)
    body = mail.outbox[0].body
    assert "has moved on" in body
    assert f"/voice/young-commissioners/recommendations/{item.pk}/" in body
    assert "Buses after 6pm" not in body and "Later buses" not in body


def test_history_rows_cannot_be_changed_or_deleted(yc):
    item = commissioners.recommend(yc.group, yc.members[0], "Later buses", "Buses after 6pm")
    event = RecommendationEvent.objects.get(recommendation=item)
    event.progress = 99
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(ValueError):
        event.delete()


def test_not_accepted_needs_reasons(yc):
    item = commissioners.recommend(yc.group, yc.members[0], "Free taxis", "Free taxis for all")
    with pytest.raises(ValueError):
        commissioners.move(item, yc.officer, status=Recommendation.Status.NOT_ACCEPTED, progress=0)
    response = signed_in(yc.officer).post(
        f"/voice/young-commissioners/recommendations/{item.pk}/",
        {"status": "not_accepted", "progress": "0"},
    )
    assert response.status_code == 400
    assert "Give the reasons it is not accepted" in response.content.decode()
    response = signed_in(yc.officer).post(
        f"/voice/young-commissioners/recommendations/{item.pk}/",
        {"status": "not_accepted", "progress": "0", "reason": "No budget this year"},
    )
    assert response.status_code == 302
    page = signed_in(yc.members[2]).get(f"/voice/young-commissioners/recommendations/{item.pk}/")
    assert "No budget this year" in page.content.decode()


def test_a_held_recommendation_is_seen_by_nobody_but_the_lead(yc, people):  # noqa: F811
    item = commissioners.recommend(yc.group, yc.members[0], "Help", WORRYING)
    assert item.held and SafeguardingAlert.objects.filter(recommendation=item).exists()
    url = f"/voice/young-commissioners/recommendations/{item.pk}/"
    assert signed_in(yc.officer).get(url).status_code == 404
    assert signed_in(yc.members[1]).get(url).status_code == 404
    group_page = signed_in(yc.officer).get(f"/voice/young-commissioners/{yc.group.pk}/")
    assert "Help" not in group_page.content.decode().split("Recommendations")[-1]
    assert WORRYING not in "".join(m.body for m in mail.outbox)


def test_names_stay_inside_the_group_unless_a_member_chooses(yc):
    officer_view = signed_in(yc.officer)  # an officer, but not this group's supporting officer
    yc.group.supporting_officer = None
    yc.group.save()
    url = f"/voice/young-commissioners/{yc.group.pk}/"
    assert "Member 1" not in officer_view.get(url).content.decode()
    assert "Member 1" in signed_in(yc.members[0]).get(url).content.decode()
    member = signed_in(yc.members[1])
    assert member.post(url + "my-name/", {"name_shown_outside": "on"}).status_code == 302
    page = officer_view.get(url).content.decode()
    assert "Member 1" in page and "Member 2" not in page
    assert "What happens to what you write" in page


def test_the_group_page_is_held_to_a_few_queries(yc, django_assert_max_num_queries):
    _score_all(yc, [1, 3, 5])
    for n in range(3):
        commissioners.recommend(yc.group, yc.members[n], f"Idea {n}", "More sessions")
    client = signed_in(yc.members[0])
    url = f"/voice/young-commissioners/{yc.group.pk}/"
    client.get(url)
    with django_assert_max_num_queries(20):  # 18 measured: session, roles, group, results
        assert client.get(url).status_code == 200
