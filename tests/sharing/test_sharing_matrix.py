"""Every address of the family, goals, documents and sharing apps x everyone a family might
share with x GET and POST -> the status they get, generated from the URL conf so that a new
address without a row here fails.

The statuses follow from one table (ROUTES: which part of the record an address belongs to,
which action GET and POST ask for, and what someone allowed gets) and from what each person
may do: the carer everything; a key worker what their grant names while it is in force; a
colleague what their organisation's grant names; everyone else nothing (404, the same as a
record that does not exist). Anonymous visitors are sent to sign in. Each request runs in a
savepoint that is rolled back, so a POST that removes or revokes something changes nothing
for the next person.
"""

import re
from datetime import timedelta

import pytest
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.documents import uploads
from portal.family.goals.models import SavedService
from portal.family.models import Diagnosis, Professional, RecordInvitation
from portal.family.policy import Action, Section
from portal.sharing.grants import revoke
from portal.sharing.models import AccessLog
from tests.clients import PortalClient
from tests.factories import OrganisationFactory, make_user
from tests.family.documents import samples
from tests.family.goals.helpers import make_goal
from tests.family.helpers import add_carer

from .helpers import make_child, make_key_worker, make_parent, share

pytestmark = pytest.mark.django_db

A, V, C, M = Action.ADD, Action.VIEW, Action.CHANGE, Action.MANAGE
# name -> (section, GET action, POST action, GET status, POST status when allowed)
ROUTES = {
    "family:record": (Section.RECORD, V, V, 200, 405),
    "family:profile": (Section.PROFILE, V, V, 200, 405),
    "family:profile_edit": (Section.PROFILE, C, C, 200, 302),
    "family:needs": (Section.NEEDS, V, V, 200, 405),
    "family:needs_edit": (Section.NEEDS, C, C, 200, 302),
    "family:diagnosis_new": (Section.NEEDS, A, A, 200, 200),
    "family:diagnosis_remove": (Section.NEEDS, C, C, 405, 302),
    "family:professional_new": (Section.NEEDS, A, A, 200, 200),
    "family:professional_remove": (Section.NEEDS, C, C, 405, 302),
    "family:plan": (Section.EHC_PLAN, V, V, 200, 405),
    "family:plan_edit": (Section.EHC_PLAN, C, C, 200, 302),
    "family:plan_exception_new": (Section.EHC_PLAN, A, A, 200, 200),
    "family:notes": (Section.NOTES, V, A, 200, 200),
    "family:carers": (Section.CARERS, V, V, 200, 405),
    "family:carer_invite": (Section.CARERS, M, M, 200, 200),
    "family:invitation_cancel": (Section.CARERS, M, M, 405, 302),
    "family_goals:goals": (Section.GOALS, V, V, 200, 200),
    "family_goals:goal_new": (Section.GOALS, C, C, 200, 200),
    "family_goals:goal": (Section.GOALS, V, V, 200, 200),
    "family_goals:goal_edit": (Section.GOALS, C, C, 200, 200),
    "family_goals:goal_status": (Section.GOALS, C, C, 200, 200),
    "family_goals:rating_new": (Section.GOALS, A, A, 200, 200),
    "family_goals:saved_services": (Section.SAVED_SERVICES, V, V, 200, 200),
    "family_goals:saved_print": (Section.SAVED_SERVICES, V, V, 200, 200),
    "family_goals:saved_email": (Section.SAVED_SERVICES, V, V, 200, 302),
    "family_goals:saved_remove": (Section.SAVED_SERVICES, C, C, 200, 302),
    "family_documents:list": (Section.DOCUMENTS, V, V, 200, 405),
    "family_documents:add": (Section.DOCUMENTS, C, C, 200, 200),
    "family_documents:detail": (Section.DOCUMENTS, V, V, 200, 405),
    "family_documents:version_add": (Section.DOCUMENTS, C, C, 200, 200),
    "family_documents:download": (Section.DOCUMENTS, V, V, 200, 405),
    "family_documents:photo_change": (Section.PROFILE, C, C, 200, 200),
    "family_documents:photo_image": (Section.PROFILE, V, V, 200, 405),
}
# Pages of whoever holds the record (not shareable): (GET status, POST status).
FAMILY_ONLY = {
    "sharing:child": (200, 405),
    "sharing:grant_new": (200, 200),
    "sharing:grant_change": (200, 200),
    "sharing:grant_revoke": (200, 302),
    "sharing:access_log": (200, 405),
    "sharing:access_log_csv": (200, 405),
}
# Addresses whose rule is not a part of a record: who gets what, by role.
SIGNED_IN = "signed in"
SPECIAL = {
    "family:children": {"get": {SIGNED_IN: 200}, "post": {SIGNED_IN: 405}},
    "family:child_new": {"get": {"carer": 200, "other_family": 200},
                         "post": {"carer": 200, "other_family": 200}},
    "family:find_record": {"get": {"officer": 200}, "post": {"officer": 405}},
    "family:carer_end": {"get": {"carer": 200, "officer": 200},
                         "post": {"carer": 302, "officer": 200}},
    # The officer sees that grants exist, never the record (an officer's own duty: carers).
    "sharing:officer_grants": {"get": {"officer": 200}, "post": {"officer": 405}},
    "sharing:caseload": {"get": {SIGNED_IN: 200}, "post": {SIGNED_IN: 405}},
    # Growing up (handover, capacity), for a child with no young person's account: the
    # family's status page and invitation; taking over and choosing what parents keep seeing
    # are the young person's (tests/family/test_handover*.py); the capacity record an officer's.
    "family:handover": {"get": {"carer": 200}, "post": {"carer": 405}},
    "family:handover_invite": {"get": {"carer": 200}, "post": {"carer": 200}},
    "family:handover_take_over": {"get": {}, "post": {}},
    "sharing:keep_seeing": {"get": {}, "post": {}},
    "sharing:capacity": {"get": {"officer": 200}, "post": {"officer": 200}},
    # Needs ?service=<a listed page>: without one it is a 404 for everyone signed in.
    "family_goals:save_service": {"get": {}, "post": {}},
}
# Covered elsewhere: invitation links are not a child's page (tests/family/test_carers.py,
# tests/sharing/test_s2_*.py).
ELSEWHERE = {"family:invitation_accept", "sharing:invitation_accept"}
APPS = ("family", "family_goals", "family_documents", "sharing")

# The growing-up pages (handover, capacity: issue 13's second half) add their own rows in
# tests/sharing/test_s2_matrix_rows.py, in the same shapes, so their addresses are covered here.
try:
    from .test_s2_matrix_rows import ELSEWHERE_ROWS, FAMILY_ONLY_ROWS, ROUTE_ROWS, SPECIAL_ROWS
except ImportError:
    ELSEWHERE_ROWS, FAMILY_ONLY_ROWS, ROUTE_ROWS, SPECIAL_ROWS = set(), {}, {}, {}
ELSEWHERE |= ELSEWHERE_ROWS
ROUTES.update(ROUTE_ROWS)
FAMILY_ONLY.update(FAMILY_ONLY_ROWS)
SPECIAL.update(SPECIAL_ROWS)

# Each key worker's grant: (sections, actions), or a state the grant is in.
KEY_WORKERS = {
    "kw_profile": ([Section.PROFILE], [V]),
    "kw_needs": ([Section.NEEDS], [V]),
    "kw_plan": ([Section.EHC_PLAN], [V]),
    "kw_goals_view": ([Section.GOALS], [V]),
    "kw_goals_add": ([Section.GOALS], [V, A]),
    "kw_documents_view": ([Section.DOCUMENTS], [V]),
    "kw_documents_upload": ([Section.DOCUMENTS], [V, C]),
    "kw_other_section": ([Section.BUDGET], [V]),  # nothing with an address yet but the record
    "kw_expired": ([Section.GOALS], [V, A]),
    "kw_revoked": ([Section.GOALS], [V, A]),
    "kw_not_started": ([Section.GOALS], [V, A]),
}
ROLES = ["carer", "other_family", *KEY_WORKERS, "colleague", "officer", "anonymous"]


def allowed_pairs(role):
    if role in ("kw_expired", "kw_revoked", "kw_not_started"):
        return set()
    if role == "colleague":  # everyone at Brook Trust may see goals
        return {(Section.GOALS, V)}
    if role in KEY_WORKERS:
        sections, actions = KEY_WORKERS[role]
        return {(s, a) for s in sections for a in actions}
    return set()


def expected(name, role, method):
    if role == "anonymous":
        return 302
    if name in SPECIAL:
        rule = SPECIAL[name][method]
        return rule.get(role, rule.get(SIGNED_IN, 404))
    if name in FAMILY_ONLY:
        return FAMILY_ONLY[name][method == "post"] if role == "carer" else 404
    section, get_action, post_action, get_status, post_status = ROUTES[name]
    action, status = (get_action, get_status) if method == "get" else (post_action, post_status)
    if role == "carer":
        return status
    pairs = allowed_pairs(role)
    if section == Section.RECORD:
        return status if pairs else 404
    if role == "officer" and name == "family:carers":
        return status
    return status if (section, action) in pairs else 404


def app_routes() -> dict[str, str]:
    """Every named address of the four apps: 'namespace:name' -> its full route."""
    found = {}

    def walk(resolver, namespace, prefix):
        for entry in resolver.url_patterns:
            if isinstance(entry, URLResolver):
                walk(entry, entry.namespace or namespace, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern) and namespace in APPS and entry.name:
                found[f"{namespace}:{entry.name}"] = prefix + str(entry.pattern)

    walk(get_resolver(), None, "")
    return found


def test_every_address_has_a_row():
    assert set(app_routes()) - ELSEWHERE == set(ROUTES) | set(FAMILY_ONLY) | set(SPECIAL)


@pytest.fixture
def world():
    now = timezone.now()
    carer = make_parent()
    child = make_child(carer, first_name="Ada")
    other_family = make_parent()
    make_child(other_family, first_name="Zed")
    hillside = OrganisationFactory(name="Hillside Health", kind="health")
    brook = OrganisationFactory(name="Brook Trust", kind="voluntary")
    people = {"carer": carer, "other_family": other_family, "anonymous": None}
    grant = None
    for role, (sections, actions) in KEY_WORKERS.items():
        people[role] = make_key_worker(hillside)
        when = {}
        if role == "kw_expired":
            when = {"starts_at": now - timedelta(days=40), "ends_at": now - timedelta(days=1)}
        if role == "kw_not_started":
            when = {"starts_at": now + timedelta(days=1)}
        made = share(child, with_user=people[role], by=carer, sections=sections,
                     actions=actions, **when)
        if role == "kw_revoked":
            revoke(made, by=carer)
        if role == "kw_goals_add":
            grant = made
    share(child, with_organisation=brook, by=carer, sections=[Section.GOALS])
    people["colleague"] = make_key_worker(brook)
    people["officer"] = make_user(Role.OFFICER, organisation=hillside, mfa=True)
    second = make_parent()
    add_carer(child, second, added_by=carer)
    goal = make_goal(child, carer)
    document = uploads.add_document(
        child, title="Speech therapy report", kind="report",
        upload=uploads.Upload(samples.pdf(), "speech report.pdf"), user=carer,
    )
    uploads.set_photo(child, upload=uploads.Upload(samples.png(), "me.png"), user=carer)
    ids = {
        "child_id": child.pk,
        "item_id": {"family:diagnosis_remove": Diagnosis.objects.create(
            child=child, name="Autism").pk,
            "family:professional_remove": Professional.objects.create(
                child=child, name="Hannah Price").pk},
        "invitation_id": RecordInvitation.objects.create(
            child=child, email="gran@example.org", invited_by=carer, token_hash="x" * 64).pk,
        "access_id": child.carers.get(user=second).public_id,
        "goal_id": goal.pk,
        "saved_id": SavedService.objects.create(
            child=child, service_id=999_999, service_name="Swimming", saved_by=carer).pk,
        "document_id": document.pk,
        "version_id": document.versions.get().pk,
        "grant_id": grant.pk,
    }
    return people, ids


def url_for(name, ids):
    """The address of `name` for this world's child, goal, document...: its route says which
    ids it takes."""
    kwargs = {}
    for key in re.findall(r"<(?:\w+:)?(\w+)>", app_routes()[name]):
        value = ids[key]
        kwargs[key] = value[name] if isinstance(value, dict) else value
    return reverse(name, kwargs=kwargs)


def _check(world, names):
    people, ids = world
    wrong = []
    for name in sorted(names):
        url = url_for(name, ids)
        for method in ("get", "post"):
            for role in ROLES:
                client = PortalClient()
                if people[role] is not None:
                    client.force_login(people[role])
                with transaction.atomic():
                    logged_before = AccessLog.objects.count()
                    response = getattr(client, method)(url)
                    logged = AccessLog.objects.count() - logged_before
                    transaction.set_rollback(True)
                want = expected(name, role, method)
                if response.status_code != want:
                    wrong.append(f"{name} {role} {method.upper()}: {response.status_code}, "
                                 f"not {want}")
                # Someone outside the family who reached a record page is logged once; a
                # refusal, and the family, never.
                outsider = role not in ("carer", "other_family", "anonymous")
                reached = response.status_code != 404
                if outsider and name in ROUTES and reached and logged != 1:
                    wrong.append(f"{name} {role} {method.upper()}: {logged} log rows")
                if (not outsider or not reached) and logged:
                    wrong.append(f"{name} {role} {method.upper()}: logged when it should not")
    return wrong


def _names(prefix):
    # An address with no row yet is reported by test_every_address_has_a_row.
    known = set(ROUTES) | set(FAMILY_ONLY) | set(SPECIAL)
    return {name for name in app_routes() if name.startswith(prefix + ":") and name in known}


@pytest.mark.parametrize("app", APPS)
def test_the_matrix(world, app):
    assert _check(world, _names(app)) == []
