"""Officers set up Young Commissioners groups in pages, not code: the group, its members
(invited by email, removed after a question), its projects and their services, and the group's
own criteria; a recommendation's milestones are planned dates with the late ones shown."""

import re
from datetime import date, timedelta

import pytest
from django.core import mail

from portal.accounts.roles import Role, has_role
from tests.clients import PortalClient
from tests.factories import make_user
from tests.local_offer.page_support import make_service
from youngcommissioners import commissioners, group_setup
from youngcommissioners.models import (
    CommissionerGroup,
    CommissionerInvitation,
    Criterion,
    Membership,
    Milestone,
    Project,
    RecommendationEvent,
)

from .commissioner_support import signed_in

pytestmark = pytest.mark.django_db
YC = "/voice/young-commissioners/"
LATE = 'govuk-tag--red">Late</strong>'


def test_an_officer_sets_up_a_group_and_invites_a_young_person_who_joins(yc):
    officer = signed_in(yc.officer)
    assert "There are no groups yet" not in officer.get(YC).content.decode()
    bad = officer.post(YC + "new/", {"name": "", "supporting_officer": yc.officer.pk})
    assert bad.status_code == 400 and "Enter the name of the group" in bad.content.decode()
    taken = officer.post(YC + "new/", {"name": "riverside yc"})
    assert "There is already a group with this name" in taken.content.decode()
    response = officer.post(YC + "new/", {"name": "Eastside YC",
                                          "supporting_officer": yc.officer.pk})
    group = CommissionerGroup.objects.get(name="Eastside YC")
    assert response["Location"] == f"{YC}{group.pk}/members/"
    assert group.supporting_officer == yc.officer
    assert "Nobody is in this group yet" in officer.get(response["Location"]).content.decode()

    typo = officer.post(f"{YC}{group.pk}/members/invite/", {"email": "sam@example"})
    assert typo.status_code == 400
    assert 'value="sam@example"' in typo.content.decode()  # what was typed is kept
    mail.outbox.clear()
    sent = officer.post(f"{YC}{group.pk}/members/invite/", {"email": "Sam@Example.org"})
    assert sent.status_code == 302
    [email] = mail.outbox
    assert email.to == ["sam@example.org"] and "Eastside YC" in email.body
    token = re.search(r"/invitations/([\w-]+)/", email.body).group(1)
    invitation = CommissionerInvitation.objects.get(group=group)
    assert token not in invitation.token_hash  # only the hash is kept
    assert "sam@example.org" in officer.get(f"{YC}{group.pk}/members/").content.decode()

    sam = make_user(Role.YOUNG_PERSON, email="sam@example.org", display_name="Sam Okafor")
    link = f"{YC}invitations/{token}/"
    assert PortalClient().get(link).status_code == 200  # signed out: sign in or create one
    assert signed_in(yc.outsider).post(link).status_code == 409  # not the invited address
    joined = signed_in(sam).post(link)
    assert joined["Location"] == f"{YC}{group.pk}/"
    sam.refresh_from_db()
    assert has_role(sam, Role.YOUNG_COMMISSIONER)
    assert Membership.objects.filter(group=group, user=sam).exists()
    assert signed_in(sam).post(link).status_code == 410  # it works once
    again = officer.post(f"{YC}{group.pk}/members/invite/", {"email": "sam@example.org"})
    assert "This person is already in the group" in again.content.decode()


def test_removing_a_member_asks_first_and_keeps_their_scores_in_the_counts(yc):
    commissioners.score_service(yc.group, yc.members[0], yc.service,
                                {c: (2, "") for c in yc.criteria})
    membership = Membership.objects.get(group=yc.group, user=yc.members[0])
    url = f"{YC}{yc.group.pk}/members/{membership.public_id}/remove/"
    officer = signed_in(yc.officer)
    question = officer.get(url).content.decode()
    assert "Remove Member 0 from the group?" in question and "Yes, remove them" in question
    assert Membership.objects.filter(pk=membership.pk).exists()  # asking removes nothing
    assert officer.post(url)["Location"] == f"{YC}{yc.group.pk}/members/"
    assert not Membership.objects.filter(pk=membership.pk).exists()
    assert signed_in(yc.members[0]).get(f"{YC}{yc.group.pk}/").status_code == 404
    [result] = commissioners.results(yc.group)
    assert result.spreads[0].total == 1


def test_an_officer_cancels_a_waiting_invitation(yc):
    issued = group_setup.invite(group=yc.group, email="kit@example.org",
                                invited_by=yc.officer, build_link=lambda t: t)
    url = f"{YC}{yc.group.pk}/invitations/{issued.invitation.pk}/cancel/"
    assert signed_in(yc.officer).post(url).status_code == 302
    assert PortalClient().get(f"{YC}invitations/{issued.link}/").status_code == 410
    assert "No invitations are waiting" in signed_in(yc.officer).get(
        f"{YC}{yc.group.pk}/members/").content.decode()


def test_an_officer_may_send_only_so_many_invitations_an_hour(yc, monkeypatch):
    monkeypatch.setattr(group_setup, "SENDING_LIMITS", ((timedelta(hours=1), 2, "an hour"),))
    officer = signed_in(yc.officer)
    url = f"{YC}{yc.group.pk}/members/invite/"
    for n in range(2):
        assert officer.post(url, {"email": f"a{n}@example.org"}).status_code == 302
    refused = officer.post(url, {"email": "a9@example.org"})
    assert refused.status_code == 429
    assert "You can send up to 2 invitations an hour" in refused.content.decode()
    assert CommissionerInvitation.objects.count() == 2


def test_the_members_page_pages_and_asks_a_few_queries(yc, django_assert_max_num_queries,
                                                       monkeypatch):
    for n in range(30):
        Membership.objects.create(group=yc.group, user=make_user(
            Role.YOUNG_COMMISSIONER, display_name=f"Extra {n:02d}"))
    client = signed_in(yc.officer)
    url = f"{YC}{yc.group.pk}/members/"
    client.get(url)
    with django_assert_max_num_queries(16):  # 15 measured: session, roles, group, one page
        page = client.get(url).content.decode()
    assert "Extra 00" in page and "Extra 29" not in page and "?page=2" in page
    assert "Extra 29" in client.get(url + "?page=2").content.decode()


def test_an_officer_sets_up_a_project_with_dates_and_services(yc):
    officer = signed_in(yc.officer)
    other = make_service(yc.tree.services, yc.tree.provider, "Riverside Youth Club")
    bad = officer.post(f"{YC}{yc.group.pk}/projects/new/", {
        "title": "Review youth clubs", "description": "Pools for everyone",
        "starts_on_0": "1", "starts_on_1": "3", "starts_on_2": "2027",
        "ends_on_0": "1", "ends_on_1": "2", "ends_on_2": "2027"})
    assert bad.status_code == 400
    text = bad.content.decode()
    assert "The project must end on or after the day it starts" in text
    assert "Pools for everyone" in text  # nothing typed is lost
    made = officer.post(f"{YC}{yc.group.pk}/projects/new/", {
        "title": "Review youth clubs", "starts_on_0": "1", "starts_on_1": "3",
        "starts_on_2": "2027", "ends_on_0": "30", "ends_on_1": "6", "ends_on_2": "2027"})
    project = Project.objects.get(title="Review youth clubs")
    assert (project.starts_on, project.ends_on) == (date(2027, 3, 1), date(2027, 6, 30))
    services_url = f"{YC}projects/{project.pk}/services/"
    assert made["Location"] == services_url
    found = officer.get(services_url + "?q=youth").content.decode()
    assert "Riverside Youth Club" in found and yc.service.title not in found
    officer.post(services_url, {"service": other.pk, "action": "add", "q": "youth"})
    assert list(project.services.all()) == [other]
    page = officer.get(f"{YC}projects/{project.pk}/").content.decode()
    assert "Riverside Youth Club" in page and "1 March 2027 to 30 June 2027" in page
    officer.post(services_url, {"service": other.pk, "action": "remove"})
    assert not project.services.exists()


def test_members_and_the_supporting_officer_set_the_criteria(yc):
    member = signed_in(yc.members[0])
    url = f"{YC}{yc.group.pk}/criteria/"
    assert member.post(url, {"text": "Things to do that I like"}).status_code == 302
    assert "Things to do that I like" in [c.text for c in yc.group.criteria.all()]
    same = member.post(url, {"text": "easy to get to"})
    assert same.status_code == 400
    assert "The group already judges services by" in same.content.decode()
    criterion = yc.criteria[0]
    edit = f"{url}{criterion.public_id}/"
    assert signed_in(yc.officer).post(edit, {"text": "Easy to get to by bus"}).status_code == 302
    criterion.refresh_from_db()
    assert criterion.text == "Easy to get to by bus"
    other_officer = make_user(Role.OFFICER, mfa=True)
    assert signed_in(other_officer).get(url).status_code == 404
    assert Criterion.objects.filter(group=yc.group).count() == 3


def test_milestones_are_planned_dates_with_the_late_ones_shown(
    yc, django_capture_on_commit_callbacks
):
    item = commissioners.recommend(yc.group, yc.members[0], "Later buses", "Buses after 6pm")
    officer = signed_in(yc.officer)
    url = f"{YC}recommendations/{item.pk}/milestones/new/"
    mail.outbox.clear()
    past = date.today() - timedelta(days=3)
    with django_capture_on_commit_callbacks(execute=True):
        response = officer.post(url, {"title": "Talk to the bus company",
                                      "planned_for_0": past.day, "planned_for_1": past.month,
                                      "planned_for_2": past.year})
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == sorted(m.email for m in yc.members)
    assert "Later buses" not in mail.outbox[0].body and "bus company" not in mail.outbox[0].body
    page = signed_in(yc.members[1]).get(f"{YC}recommendations/{item.pk}/").content.decode()
    assert "Talk to the bus company" in page and LATE in page
    milestone = Milestone.objects.get(recommendation=item)
    with django_capture_on_commit_callbacks(execute=True):
        officer.post(f"{YC}recommendations/{item.pk}/milestones/{milestone.pk}/", {
            "title": "Talk to the bus company", "planned_for_0": past.day,
            "planned_for_1": past.month, "planned_for_2": past.year, "done": "on"})
    milestone.refresh_from_db()
    assert milestone.done and milestone.done_on == date.today()
    page = signed_in(yc.members[1]).get(f"{YC}recommendations/{item.pk}/").content.decode()
    assert LATE not in page and ">Done</strong>" in page
    notes = list(RecommendationEvent.objects.filter(recommendation=item)
                 .values_list("milestone", flat=True))
    assert notes[-1] == "Done: Talk to the bus company"
    assert notes[-2].startswith("Planned: Talk to the bus company, by ")
    assert len(mail.outbox) == 2 * len(yc.members)


def test_a_milestone_needs_a_title_and_a_real_date(yc):
    item = commissioners.recommend(yc.group, yc.members[0], "Later buses", "Buses after 6pm")
    response = signed_in(yc.officer).post(
        f"{YC}recommendations/{item.pk}/milestones/new/",
        {"title": "Talk to them", "planned_for_0": "31", "planned_for_1": "2",
         "planned_for_2": "2027"})
    assert response.status_code == 400
    assert "Planned date must be a real date" in response.content.decode()
    assert "Talk to them" in response.content.decode()
