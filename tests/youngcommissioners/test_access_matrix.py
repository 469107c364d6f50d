"""Every address of the voice app x every kind of person x GET and POST -> the status they
get, generated from the app's URL conf so a new address without a row fails.

Anyone may leave feedback and read what is published. Officers moderate; only the
safeguarding lead sees flagged comments; to anyone else those pages do not exist (404), and
a signed-out visitor is sent to sign in."""

import pytest
from django.db import transaction
from django.utils import timezone

from portal.accounts.roles import Role
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.local_offer.page_support import build_page_tree
from youngcommissioners import commissioners, urls
from youngcommissioners.models import CommissionerGroup, Criterion, Feedback, Membership
from youngcommissioners.safeguarding import screen
from youngcommissioners.safeguarding_alerts import raise_alert

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous", "young_person", "young_commissioner", "other_commissioner", "officer", "lead",
    "provider",
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
    group = CommissionerGroup.objects.create(name="Riverside YC")
    other = CommissionerGroup.objects.create(name="Hillside YC")
    Membership.objects.create(group=group, user=people["young_commissioner"])
    Membership.objects.create(group=other, user=people["other_commissioner"])
    criterion = Criterion.objects.create(group=group, text="Staff listen to me")
    commissioners.score_service(group, people["young_commissioner"], service,
                                {criterion: (4, "")})
    recommendation = commissioners.recommend(
        group, people["young_commissioner"], "Later buses", "Buses after six"
    )
    held = commissioners.recommend(group, people["young_commissioner"], "Help", "i want to die")
    ids = {"service": service.pk, "reference": item.reference, "item": item.pk,
           "flagged": flagged.pk, "alert": alert.pk, "group": group.pk,
           "recommendation": recommendation.pk, "held": held.pk}
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
            expected = MATRIX[pattern][method].get(role, 404)
            if response.status_code != expected:
                wrong.append(f"{role} {method.upper()}: {response.status_code}, not {expected}")
            elif response.status_code == 302 and role == "anonymous":
                assert response["Location"].startswith("/accounts/login/")
    assert wrong == [], url


def test_the_matrix_covers_every_address_of_the_app():
    routes = set()
    for pattern in urls.urlpatterns:
        route = getattr(pattern.pattern, "_route", None) or pattern.pattern._regex
        routes.add(route)
    tested = {
        "feedback/", "feedback/young-people/", "feedback/services/<int:page_id>/",
        "feedback/services/<int:page_id>/young-people/",
        r"^feedback/sent/(?P<reference>FB-[A-Z0-9]{6})/$", "what-people-told-us/",
        "moderation/", "moderation/<uuid:item_id>/", "safeguarding/",
        "safeguarding/<uuid:alert_id>/",
        YC, YC + "what-happens-to-what-you-write/", YC + "<uuid:group_id>/",
        YC + "<uuid:group_id>/score/", YC + "<uuid:group_id>/services/<int:page_id>/",
        YC + "<uuid:group_id>/recommend/", YC + "<uuid:group_id>/my-name/",
        YC + "recommendations/<uuid:recommendation_id>/",
    }
    placeholders = {p.split("{")[0] for p in MATRIX}
    assert routes == tested
    assert all(any(route.lstrip("^").startswith(p) for p in placeholders) for route in routes)
