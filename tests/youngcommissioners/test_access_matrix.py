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
from youngcommissioners import urls
from youngcommissioners.models import Feedback
from youngcommissioners.safeguarding import screen
from youngcommissioners.safeguarding_alerts import raise_alert

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "young_person", "young_commissioner", "officer", "lead", "provider"]
EVERYONE = dict.fromkeys(ROLES, 200)
PUBLIC_FORM = {"get": EVERYONE, "post": EVERYONE}  # an empty form comes back with its errors
PUBLIC_PAGE = {"get": EVERYONE, "post": dict.fromkeys(ROLES, 405)}
SIGN_IN = {"anonymous": 302}  # everything not named is a 404


def _only(role, get=200, post=405):
    return {"get": {role: get, **SIGN_IN}, "post": {role: post, **SIGN_IN}}


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
}


@pytest.fixture
def cast():
    council = OrganisationFactory(name="Riverside Council", kind="council")
    provider_org = OrganisationFactory(name="Riverside Leisure", kind="provider")
    people = {
        "anonymous": None,
        "young_person": make_user(Role.YOUNG_PERSON),
        "young_commissioner": make_user(Role.YOUNG_COMMISSIONER),
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
    ids = {"service": service.pk, "reference": item.reference, "item": item.pk,
           "flagged": flagged.pk, "alert": alert.pk}
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
            elif response.status_code == 302:
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
    }
    placeholders = {p.split("{")[0] for p in MATRIX}
    assert routes == tested
    assert all(any(route.lstrip("^").startswith(p) for p in placeholders) for route in routes)
