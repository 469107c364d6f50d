"""Every address of the voice app x every kind of person x GET and POST -> the status they
get, generated from the app's URL conf so a new address without a row fails.

Anyone may leave feedback and read what is published. Officers moderate; only the
safeguarding lead sees flagged comments; to anyone else those pages do not exist (404), and
a signed-out visitor is sent to sign in.

Young Commissioners: "young_commissioner" is a member of the group in the addresses,
"other_commissioner" a member of another group; "officer" is the group's supporting officer and
"other_officer" any other council officer, who gets what "officer" gets unless a row names
them (the group's criteria are its members' and its supporting officer's only)."""

import pytest
from django.db import transaction
from django.utils import timezone

from portal.accounts.roles import Role
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.local_offer.page_support import build_page_tree
from youngcommissioners import commissioners, group_setup, urls
from youngcommissioners.models import (
    CommissionerGroup,
    Criterion,
    Feedback,
    Membership,
    Milestone,
    Project,
)
from youngcommissioners.safeguarding import screen
from youngcommissioners.safeguarding_alerts import raise_alert

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous", "young_person", "young_commissioner", "other_commissioner", "officer",
    "other_officer", "lead", "provider",
]
EVERYONE = dict.fromkeys(ROLES, 200)
PUBLIC_FORM = {"get": EVERYONE, "post": EVERYONE}  # an empty form comes back with its errors
PUBLIC_PAGE = {"get": EVERYONE, "post": dict.fromkeys(ROLES, 405)}
SIGN_IN = {"anonymous": 302}  # everything not named is a 404


def _only(role, get=200, post=405):
    return {"get": {role: get, **SIGN_IN}, "post": {role: post, **SIGN_IN}}


def _group_page(get=None, post=None):
    """The group's members (young_commissioner) and officers; everyone else a 404."""
    return {"get": {**(get or {}), **SIGN_IN}, "post": {**(post or {}), **SIGN_IN}}


def _supporting_officer(get=200, post=405):
    return _group_page({"officer": get, "other_officer": 404},
                       {"officer": post, "other_officer": 404})


MEMBER_AND_OFFICER_READ = _group_page(
    {"young_commissioner": 200, "officer": 200}, {"young_commissioner": 405, "officer": 405}
)
YC = "young-commissioners/"


MATRIX = {
    "feedback/": PUBLIC_FORM,
    "feedback/young-people/": PUBLIC_FORM,
    "feedback/services/{service}/": PUBLIC_FORM,
    "feedback/services/{service}/young-people/": PUBLIC_FORM,
    "feedback/sent/{reference}/": PUBLIC_PAGE,
    "what-people-told-us/": PUBLIC_PAGE,
    "moderation/": _only("officer"),
    "moderation/{item}/": _only("officer", post=400),  # an empty decision has errors
    "moderation/{flagged}/": {"get": SIGN_IN, "post": SIGN_IN},  # the lead's until cleared
    "safeguarding/": _only("lead"),
    "safeguarding/{alert}/": _only("lead", post=400),
    YC: _group_page(
        {"young_commissioner": 200, "other_commissioner": 200, "officer": 200},
        {"young_commissioner": 405, "other_commissioner": 405, "officer": 405},
    ),
    YC + "what-happens-to-what-you-write/": PUBLIC_PAGE,
    YC + "{group}/": MEMBER_AND_OFFICER_READ,
    YC + "{group}/score/": _group_page({"young_commissioner": 200}, {"young_commissioner": 400}),
    YC + "{group}/services/{service}/": MEMBER_AND_OFFICER_READ,
    YC + "{group}/recommend/": _group_page(
        {"young_commissioner": 200}, {"young_commissioner": 400}
    ),
    YC + "{group}/my-name/": _group_page({"young_commissioner": 200}, {"young_commissioner": 302}),
    YC + "recommendations/{recommendation}/": _group_page(
        {"young_commissioner": 200, "officer": 200}, {"young_commissioner": 405, "officer": 400}
    ),
    # A recommendation waiting for the safeguarding lead is nobody's page here.
    YC + "recommendations/{held}/": {"get": SIGN_IN, "post": SIGN_IN},
    # Setting groups up: council officers. An empty form comes back with its errors (400).
    YC + "new/": _only("officer", post=400),
    YC + "{group}/edit/": _only("officer", post=400),
    # Members' names stay inside the group: its list is the supporting officer's.
    YC + "{group}/members/": _supporting_officer(),
    YC + "{group}/members/invite/": _supporting_officer(post=400),
    # Removing: a page that asks first (GET), then the removal (POST).
    YC + "{group}/members/{membership}/remove/": _supporting_officer(post=302),
    YC + "{group}/invitations/{invitation}/cancel/": _supporting_officer(get=405, post=302),
    YC + "{group}/projects/new/": _only("officer", post=400),
    YC + "projects/{project}/": MEMBER_AND_OFFICER_READ,
    YC + "projects/{project}/edit/": _only("officer", post=400),
    YC + "projects/{project}/services/": _only("officer", post=302),  # "choose a service"
    # The group's own words: its members and its supporting officer, no other officer.
    YC + "{group}/criteria/": _group_page(
        {"young_commissioner": 200, "officer": 200, "other_officer": 404},
        {"young_commissioner": 400, "officer": 400, "other_officer": 404},
    ),
    YC + "{group}/criteria/{criterion}/": _group_page(
        {"young_commissioner": 200, "officer": 200, "other_officer": 404},
        {"young_commissioner": 400, "officer": 400, "other_officer": 404},
    ),
    YC + "recommendations/{recommendation}/milestones/new/": _only("officer", post=400),
    YC + "recommendations/{recommendation}/milestones/{milestone}/": _only("officer", post=400),
    YC + "recommendations/{held}/milestones/new/": {"get": SIGN_IN, "post": SIGN_IN},
    # The invitation is for young_person's address: anyone with the link sees who it is for;
    # signed in as someone else, they are told so (403) and cannot accept it (409).
    YC + "invitations/{token}/": {
        "get": {**dict.fromkeys(ROLES, 403), "anonymous": 200, "young_person": 200},
        "post": {**dict.fromkeys(ROLES, 409), "anonymous": 200, "young_person": 302},
    },
}


@pytest.fixture
def cast():
    council = OrganisationFactory(name="Riverside Council", kind="council")
    provider_org = OrganisationFactory(name="Riverside Leisure", kind="provider")
    people = {
        "anonymous": None,
        "young_person": make_user(Role.YOUNG_PERSON),
        "young_commissioner": make_user(Role.YOUNG_COMMISSIONER),
        "other_commissioner": make_user(Role.YOUNG_COMMISSIONER),
        "officer": make_user(Role.OFFICER, organisation=council, mfa=True),
        "other_officer": make_user(Role.OFFICER, organisation=council, mfa=True),
        "lead": make_user(Role.SAFEGUARDING_LEAD, organisation=council, mfa=True),
        "provider": make_user(Role.PROVIDER, organisation=provider_org, mfa=True),
    }
    service = build_page_tree().service
    now = timezone.now()
    item = Feedback.objects.create(created_at=now, category="content", comments="Bus is late")
    flagged = Feedback.objects.create(
        created_at=now, category="content", comments="i want to die",
        status=Feedback.Status.SAFEGUARDING,
    )
    alert = raise_alert(flagged, screen(flagged.comments), now=now)
    group = CommissionerGroup.objects.create(
        name="Riverside YC", supporting_officer=people["officer"]
    )
    other = CommissionerGroup.objects.create(name="Hillside YC")
    membership = Membership.objects.create(group=group, user=people["young_commissioner"])
    Membership.objects.create(group=other, user=people["other_commissioner"])
    criterion = Criterion.objects.create(group=group, text="Staff listen to me")
    commissioners.score_service(group, people["young_commissioner"], service,
                                {criterion: (4, "")})
    recommendation = commissioners.recommend(
        group, people["young_commissioner"], "Later buses", "Buses after six"
    )
    held = commissioners.recommend(group, people["young_commissioner"], "Help", "i want to die")
    project = Project.objects.create(group=group, title="Short breaks")
    milestone = Milestone.objects.create(
        recommendation=recommendation, title="Talk to the bus company",
        planned_for=now.date(),
    )
    issued = group_setup.invite(
        group=group, email=people["young_person"].email, invited_by=people["officer"],
        build_link=lambda token: token,
    )
    ids = {"service": service.pk, "reference": item.reference, "item": item.pk,
           "flagged": flagged.pk, "alert": alert.pk, "group": group.pk,
           "recommendation": recommendation.pk, "held": held.pk,
           "membership": membership.public_id, "invitation": issued.invitation.pk,
           "criterion": criterion.public_id, "project": project.pk,
           "milestone": milestone.pk, "token": issued.link}
    return people, ids


@pytest.mark.parametrize("pattern", list(MATRIX))
def test_access_matrix(cast, pattern):
    people, ids = cast
    url = "/voice/" + pattern.format(**ids)
    wrong = []
    for method in ("get", "post"):
        for role in ROLES:
            client = PortalClient()
            if people[role] is not None:
                client.force_login(people[role])
            with transaction.atomic():
                response = getattr(client, method)(url)
                transaction.set_rollback(True)
            row = MATRIX[pattern][method]
            expected = row.get(role, row.get("officer", 404) if role == "other_officer" else 404)
            if response.status_code != expected:
                wrong.append(f"{role} {method.upper()}: {response.status_code}, not {expected}")
            elif response.status_code == 302 and role == "anonymous":
                assert response["Location"].startswith("/accounts/login/")
    assert wrong == [], url


# What each address's captured value is called in the matrix's rows.
PLACEHOLDERS = {
    "<int:page_id>": "{service}", "<uuid:item_id>": "{item}", "<uuid:alert_id>": "{alert}",
    "<uuid:group_id>": "{group}", "<uuid:recommendation_id>": "{recommendation}",
    "<uuid:membership_id>": "{membership}", "<uuid:invitation_id>": "{invitation}",
    "<uuid:criterion_id>": "{criterion}", "<uuid:project_id>": "{project}",
    "<uuid:milestone_id>": "{milestone}",
    r"^feedback/sent/(?P<reference>FB-[A-Z0-9]{6})/$": "feedback/sent/{reference}/",
    r"^young-commissioners/invitations/(?P<token>[A-Za-z0-9_-]{20,100})/$":
        YC + "invitations/{token}/",
}


def _row_of(route: str) -> str:
    for captured, placeholder in PLACEHOLDERS.items():
        route = route.replace(captured, placeholder)
    return route


def test_the_matrix_covers_every_address_of_the_app():
    routes = set()
    for pattern in urls.urlpatterns:
        route = getattr(pattern.pattern, "_route", None) or pattern.pattern._regex
        routes.add(_row_of(route))
    assert sorted(routes - set(MATRIX)) == []
    # Every row is an address of the app (the held and flagged rows are the same addresses)
    assert {row.replace("{flagged}", "{item}").replace("{held}", "{recommendation}")
            for row in MATRIX} == routes
