"""The family's sharing pages, the key worker's caseload and record, the officer's view, and
the access log page, with their query counts."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.goals.models import GoalRating
from portal.family.policy import Action, Section
from portal.sharing.models import AccessLog, Grant
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.family.goals.helpers import make_goal

from .helpers import make_child, make_key_worker, make_parent, riverside, share

pytestmark = pytest.mark.django_db


@pytest.fixture
def family():
    parent = make_parent(display_name="Sam Okafor")
    child = make_child(parent, first_name="Ada")
    return parent, child


@pytest.fixture
def worker():
    return make_key_worker(display_name="Alex Morgan", email="alex@riverside.example")


def signed_in(user):
    client = PortalClient()
    client.force_login(user)
    return client


def text(response):
    return response.content.decode()


def dates(prefix, day: date):
    return {f"{prefix}_0": str(day.day), f"{prefix}_1": str(day.month),
            f"{prefix}_2": str(day.year)}


def test_the_record_page_links_to_sharing_and_the_log(family):
    parent, child = family
    page = text(signed_in(parent).get(f"/family/children/{child.pk}/"))
    assert f"/sharing/children/{child.pk}/" in page
    assert f"/sharing/children/{child.pk}/access-log/" in page


def test_a_parent_shares_goals_with_a_key_worker_by_email(family, worker):
    parent, child = family
    client = signed_in(parent)
    today = timezone.localdate()
    form = text(client.get(f"/sharing/children/{child.pk}/share/"))
    assert f'value="{today.year + 1}"' in form  # the end date is 12 months on by default

    response = client.post(f"/sharing/children/{child.pk}/share/", {
        "who": "person", "email": "ALEX@riverside.example", "sections": ["goals"],
        "actions": ["add"], "purpose": "Annual review at Riverside Primary",
        **dates("starts_on", today), **dates("ends_on", today + timedelta(days=30)),
    })

    assert response.status_code == 302
    grant = Grant.objects.get()
    assert grant.grantee_user == worker and grant.granted_by == parent
    assert grant.permission_pairs() == {("goals", "view"), ("goals", "add")}
    assert grant.last_day == today + timedelta(days=30)
    listing = text(client.get(f"/sharing/children/{child.pk}/"))
    assert ("Alex Morgan (Riverside Council) can see and add ratings and comments to goals "
            f"until {grant.last_day:%-d %B %Y}, for: Annual review at Riverside Primary"
            in listing)


def test_mistakes_are_explained_and_nothing_typed_is_lost(family, worker):
    parent, child = family
    client = signed_in(parent)
    response = client.post(f"/sharing/children/{child.pk}/share/", {
        "who": "person", "email": "", "actions": ["add"],
        "purpose": "Transition planning", **dates("starts_on", timezone.localdate()),
        "ends_on_0": "31", "ends_on_1": "2", "ends_on_2": "2027",
    })
    page = text(response)
    assert response.status_code == 200
    assert "Enter the email address of the person to share with" in page
    assert "Choose at least one part of the record to share" in page
    assert "To let them add ratings and comments, tick goals too" in page
    assert "End date must be a real date" in page
    assert 'value="Transition planning"' in page and 'value="31"' in page
    assert Grant.objects.count() == 0
    parent_email = text(client.post(f"/sharing/children/{child.pk}/share/", {
        "who": "person", "email": make_parent().email, "sections": ["goals"],
        "purpose": "x", **dates("starts_on", timezone.localdate()),
        **dates("ends_on", timezone.localdate()),
    }))
    assert "is not a professional" in parent_email


def test_sharing_with_everyone_in_an_organisation(family):
    parent, child = family
    council = riverside()
    response = signed_in(parent).post(f"/sharing/children/{child.pk}/share/", {
        "who": "organisation", "organisation": council.pk, "sections": ["profile", "documents"],
        "actions": ["change"], "purpose": "Support plan",
        **dates("starts_on", timezone.localdate()),
        **dates("ends_on", timezone.localdate() + timedelta(days=10)),
    })
    assert response.status_code == 302
    grant = Grant.objects.get()
    assert grant.grantee_organisation == council
    assert grant.permission_pairs() == {
        ("profile", "view"), ("documents", "view"), ("documents", "change")
    }


def test_changing_and_revoking_a_grant(family, worker):
    parent, child = family
    grant = share(child, with_user=worker, by=parent, sections=[Section.GOALS])
    client = signed_in(parent)
    base = f"/sharing/children/{child.pk}/grants/{grant.pk}/"
    new_end = timezone.localdate() + timedelta(days=60)
    refused = client.post(base + "change/", {"ends_on_0": "", "sections": ["goals"]})
    assert "Enter the end date" in text(refused)
    assert client.post(base + "change/", {
        "sections": ["goals", "profile"], **dates("ends_on", new_end),
    }).status_code == 302
    grant.refresh_from_db()
    assert grant.last_day == new_end and grant.allows(Section.PROFILE, Action.VIEW)

    confirm = text(client.get(base + "revoke/"))
    assert "Stop sharing with Alex Morgan (Riverside Council)?" in confirm
    assert Grant.objects.get().revoked_at is None  # asking is not doing
    assert client.post(base + "revoke/").status_code == 302
    grant.refresh_from_db()
    assert grant.revoked_at is not None and grant.revoked_by == parent
    assert "Sharing that has ended" in text(client.get(f"/sharing/children/{child.pk}/"))
    assert client.get(base + "revoke/").status_code == 404
    assert client.get(base + "change/").status_code == 404


def test_a_key_worker_sees_only_what_is_shared(family, worker):
    parent, child = family
    share(child, with_user=worker, by=parent, sections=[Section.GOALS],
          actions=[Action.VIEW, Action.ADD])
    client = signed_in(worker)

    caseload = text(client.get("/sharing/caseload/"))
    assert "Ada Okafor" in caseload
    assert f"/family/children/{child.pk}/goals/" in caseload
    assert f"/family/children/{child.pk}/profile/" not in caseload
    record = text(client.get(f"/family/children/{child.pk}/"))
    assert f"/family/children/{child.pk}/goals/" in record
    for hidden in ("profile/", "needs/", "plan/", "notes/", "carers/", "saved/", "documents/"):
        assert f"/family/children/{child.pk}/{hidden}" not in record
        assert client.get(f"/family/children/{child.pk}/{hidden}").status_code == 404
    assert "What has been added" not in record  # the family's timeline spans every part


def test_a_key_workers_rating_is_marked_with_their_name_and_role(family, worker):
    parent, child = family
    goal = make_goal(child, parent)
    share(child, with_user=worker, by=parent, sections=[Section.GOALS],
          actions=[Action.VIEW, Action.ADD])
    response = signed_in(worker).post(
        f"/family/children/{child.pk}/goals/{goal.pk}/ratings/new/",
        {**dates("rated_on", timezone.localdate()), "performance": "5", "satisfaction": "6"},
    )
    assert response.status_code == 302
    rating = GoalRating.objects.get()
    assert (rating.rated_by_name, rating.rated_by_role) == ("Alex Morgan", "Key worker")
    page = text(signed_in(parent).get(f"/family/children/{child.pk}/goals/{goal.pk}/"))
    assert "Alex Morgan" in page and "Key worker" in page


def test_the_caseload_is_empty_and_says_so(worker):
    page = text(signed_in(worker).get("/sharing/caseload/"))
    assert "No family is sharing a record with you" in page


def test_the_start_page_takes_a_key_worker_to_their_caseload(family, worker):
    parent, child = family
    share(child, with_user=worker, by=parent)
    page = text(signed_in(worker).get("/start/"))
    assert "Children shared with you" in page and "/sharing/caseload/" in page


def test_an_officer_sees_that_a_grant_exists_but_not_the_record(family, worker):
    parent, child = family
    share(child, with_user=worker, by=parent, sections=[Section.GOALS])
    officer = make_user(Role.OFFICER, organisation=riverside(), mfa=True)
    client = signed_in(officer)
    found = text(client.get("/family/find-a-record/", {
        "first_name": "Ada", "last_name": "Okafor", "date_of_birth_0": "",
    }))
    page = text(client.get(f"/sharing/children/{child.pk}/for-the-council/"))
    assert "Alex Morgan (Riverside Council)" in page and "See goals" in page
    assert client.get(f"/family/children/{child.pk}/goals/").status_code == 404
    assert AccessLog.objects.get().section == "sharing"
    assert found  # the find page itself still works


def test_the_access_log_reads_in_plain_english_and_filters(family, worker):
    parent, child = family
    other = make_key_worker(OrganisationFactory(name="Hillside Health", kind="health"),
                            display_name="Jo Price")
    share(child, with_user=worker, by=parent, sections=[Section.GOALS, Section.PROFILE])
    share(child, with_user=other, by=parent, sections=[Section.PROFILE])
    signed_in(worker).get(f"/family/children/{child.pk}/goals/")
    signed_in(other).get(f"/family/children/{child.pk}/profile/")
    client = signed_in(parent)

    page = text(client.get(f"/sharing/children/{child.pk}/access-log/"))
    assert "Alex Morgan, key worker at Riverside Council" in page
    assert "Looked at goals" in page and "Looked at the one-page profile" in page
    assert page.index("Jo Price") < page.index("Alex Morgan, key")  # newest first
    only_goals = text(client.get(f"/sharing/children/{child.pk}/access-log/?section=goals"))
    assert "Alex Morgan, key" in only_goals and "Jo Price, key" not in only_goals
    jo = AccessLog.objects.get(section="profile").viewer_id
    only_jo = text(client.get(f"/sharing/children/{child.pk}/access-log/?person={jo}"))
    assert "Jo Price, key" in only_jo and "Alex Morgan, key" not in only_jo

    csv = client.get(f"/sharing/children/{child.pk}/access-log.csv?section=goals")
    body = b"".join(csv.streaming_content).decode()
    assert csv["Content-Type"].startswith("text/csv")
    lines = body.strip().splitlines()
    assert lines[0].startswith("When,Who,Role,Organisation,What")
    assert len(lines) == 2 and "Alex Morgan" in lines[1] and "looked at goals" in lines[1]


def test_the_access_log_says_when_nobody_has_looked(family):
    parent, child = family
    page = text(signed_in(parent).get(f"/sharing/children/{child.pk}/access-log/"))
    assert "Nobody outside the family has looked" in page


def _busy_child(parent, workers=12):
    child = make_child(parent, first_name="Ada")
    council = riverside()
    for n in range(workers):
        person = make_key_worker(council, display_name=f"Worker {n}")
        share(child, with_user=person, by=parent, sections=[Section.GOALS, Section.PROFILE])
        signed_in(person).get(f"/family/children/{child.pk}/goals/")
    share(child, with_organisation=council, by=parent)
    return child


def test_query_counts_do_not_grow_with_grants_or_log_rows(django_assert_max_num_queries):
    parent = make_parent()
    child = _busy_child(parent)
    client = signed_in(parent)
    with django_assert_max_num_queries(12):
        assert client.get(f"/sharing/children/{child.pk}/").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(f"/sharing/children/{child.pk}/access-log/").status_code == 200
    worker = make_key_worker(riverside())
    for n in range(8):
        share(make_child(make_parent(), first_name=f"Child{n}"), with_user=worker)
    worker_client = signed_in(worker)
    # Session, user, roles and MFA checks, then the grants and their permissions: 9 children
    # would cost at least 9 more if anything were fetched per child.
    with django_assert_max_num_queries(12):
        page = worker_client.get("/sharing/caseload/")
    assert page.status_code == 200 and text(page).count('class="govuk-summary-card__title"') == 9
