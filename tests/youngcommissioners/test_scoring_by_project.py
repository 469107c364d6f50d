"""A member scores a service for the project they choose, from a list of services they can
search by name and page through; results are shown per project. A recommendation the
safeguarding screen holds tells its author, calmly, that it is waiting for a check."""

import pytest
from django.core import mail

from tests.local_offer.page_support import make_service
from youngcommissioners import commissioners
from youngcommissioners.commissioner_views import WAITING_FOR_A_CHECK_RECOMMENDATION
from youngcommissioners.models import Project, Recommendation, ReviewScore

from .commissioner_support import signed_in
from .support import people  # noqa: F401

pytestmark = pytest.mark.django_db
YC = "/voice/young-commissioners/"
WORRYING = "mums boyfriend hit me again"


def _scores(yc, value=4):
    return {f"score_{c.pk}": str(value) for c in yc.criteria}


def test_scores_are_filed_under_the_project_the_member_chose(yc):
    first = yc.group.projects.get()
    second = Project.objects.create(group=yc.group, title="Review youth clubs")
    client = signed_in(yc.members[0])
    url = f"{YC}{yc.group.pk}/score/"
    asked = client.get(url).content.decode()
    assert "Which project are you scoring for?" in asked and "Review youth clubs" in asked
    listing = client.get(url, {"project": second.pk}).content.decode()
    assert f"project={second.pk}&amp;service={yc.service.pk}" in listing
    saved = client.post(url, {"project": second.pk, "service": yc.service.pk, **_scores(yc)})
    assert saved.status_code == 302
    assert set(ReviewScore.objects.values_list("project", flat=True)) == {second.pk}
    client.post(url, {"project": first.pk, "service": yc.service.pk, **_scores(yc, 2)})
    assert ReviewScore.objects.filter(member=yc.members[0]).count() == 4  # one set per project
    [in_second] = commissioners.results(yc.group, project=second)
    assert in_second.spreads[0].counts[4] == 1 and in_second.spreads[0].total == 1
    by_project = commissioners.results_by_project(yc.group)
    assert [p.title for p, _ in by_project] == [first.title, second.title]
    page = client.get(f"{YC}projects/{second.pk}/").content.decode()
    assert "1 member" in page and "4 to 4" in page


def test_a_form_sent_without_a_project_asks_for_one(yc):
    Project.objects.create(group=yc.group, title="Review youth clubs")
    response = signed_in(yc.members[0]).post(
        f"{YC}{yc.group.pk}/score/", {"service": yc.service.pk, **_scores(yc)})
    assert response.status_code == 400
    assert "Choose which project you are scoring for" in response.content.decode()
    assert not ReviewScore.objects.exists()


def test_a_project_with_services_in_scope_offers_only_those(yc):
    project = yc.group.projects.get()
    club = make_service(yc.tree.services, yc.tree.provider, "Riverside Youth Club")
    project.services.add(club)
    client = signed_in(yc.members[0])
    listing = client.get(f"{YC}{yc.group.pk}/score/").content.decode()
    assert "Score Riverside Youth Club" in listing and yc.service.title not in listing
    refused = client.post(f"{YC}{yc.group.pk}/score/",
                          {"service": yc.service.pk, **_scores(yc)})
    assert refused.status_code == 400  # a service outside the project is asked again


def test_the_service_list_searches_by_name_words_and_pages(yc, django_assert_max_num_queries):
    for n in range(25):
        make_service(yc.tree.services, yc.tree.provider, f"Club number {n:02d}")
    client = signed_in(yc.members[0])
    url = f"{YC}{yc.group.pk}/score/"
    client.get(url)
    with django_assert_max_num_queries(17):  # 16 measured: session, roles, group, one page
        first = client.get(url).content.decode()
    assert "27 services" not in first and "26 services" in first  # and the swimming
    assert "Club number 00" in first and "Club number 24" not in first and "page=2" in first
    assert "Club number 24" in client.get(url, {"page": 2}).content.decode()
    found = client.get(url, {"q": "NUMBER 07"}).content.decode()
    assert "Score Club number 07" in found and "Club number 08" not in found
    assert "1 service with" in found
    none = client.get(url, {"q": "trampolining"}).content.decode()
    assert "No services have &ldquo;trampolining&rdquo; in their name" in none


def test_a_held_recommendation_tells_its_author_it_is_waiting_for_a_check(
    yc, people  # noqa: F811
):
    mail.outbox.clear()
    client = signed_in(yc.members[0])
    response = client.post(f"{YC}{yc.group.pk}/recommend/",
                           {"title": "Help at home", "text": WORRYING}, follow=True)
    assert response.redirect_chain[-1][0] == f"{YC}{yc.group.pk}/"
    told = WAITING_FOR_A_CHECK_RECOMMENDATION
    assert told.startswith("Thank you, we have your recommendation") and "quick check" in told
    for alarming in ("safeguarding", "concern", "flagged", "worr", "danger", "wrong"):
        assert alarming not in told.lower()
    group_page = response.content.decode()
    assert told in group_page
    assert "Waiting for a check" in group_page and "Help at home" in group_page
    assert WORRYING not in group_page
    assert Recommendation.objects.get().held
    # Other members see nothing of it; no email carries its words
    other = signed_in(yc.members[1]).get(f"{YC}{yc.group.pk}/").content.decode()
    assert "Help at home" not in other and "Waiting for a check" not in other
    assert all(WORRYING not in m.body and "Help at home" not in m.body for m in mail.outbox)


def test_a_held_comment_tells_the_member_it_is_waiting_for_a_check(yc, people):  # noqa: F811
    client = signed_in(yc.members[0])
    data = {"service": yc.service.pk, **_scores(yc), f"comment_{yc.criteria[0].pk}": WORRYING}
    response = client.post(f"{YC}{yc.group.pk}/score/", data, follow=True)
    assert "waiting for a quick check before the group sees it" in response.content.decode()
