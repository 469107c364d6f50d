"""The record's own pages: starting a record, the profile, needs, the plan, notes, and the
record page itself (sections, timeline, queries)."""

from datetime import date, datetime

import pytest
import time_machine
from django.contrib.staticfiles import finders
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from portal.accounts.roles import Role
from portal.family.models import Child, EhcPlan, Needs, Note, Profile
from tests.factories import make_user

from .helpers import make_child, make_parent

pytestmark = pytest.mark.django_db


@pytest.fixture
def parent():
    return make_parent(display_name="Sam Okafor")


@pytest.fixture
def child(parent):
    return make_child(parent, first_name="Ada")


@pytest.fixture
def signed_in(client, parent):
    client.force_login(parent)
    return client


def page(response) -> str:
    return response.content.decode()


def test_a_parent_starts_a_record_and_is_its_carer(signed_in, parent):
    response = signed_in.post(
        "/family/children/new/",
        {"first_name": "Ada", "last_name": "Okafor", "date_of_birth_0": "3",
         "date_of_birth_1": "9", "date_of_birth_2": "2018", "relationship": "Mum"},
    )
    child = Child.objects.get(first_name="Ada")
    assert response.status_code == 302
    assert response["Location"] == f"/family/children/{child.pk}/"
    assert child.date_of_birth == date(2018, 9, 3)
    assert child.carers.get().user == parent
    record = page(signed_in.get(response["Location"]))
    assert "Ada&#x27;s record was started" in record
    assert "Born 3 September 2018" in record


def test_a_parent_can_start_more_than_one_record(signed_in, parent):
    for name in ("Ada", "Jordan"):
        signed_in.post("/family/children/new/", {"first_name": name})
    listing = page(signed_in.get("/family/"))
    assert "Ada" in listing and "Jordan" in listing


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"first_name": ""}, "Enter your child&#x27;s first name"),
        ({"first_name": "Ada", "date_of_birth_0": "31", "date_of_birth_1": "2",
          "date_of_birth_2": "2019"}, "Date of birth must be a real date"),
        ({"first_name": "Ada", "date_of_birth_0": "3", "date_of_birth_2": "2019"},
         "Date of birth must include a month"),
        ({"first_name": "Ada", "date_of_birth_0": "3", "date_of_birth_1": "9",
          "date_of_birth_2": "2099"}, "Date of birth must be today or in the past"),
    ],
)
def test_starting_a_record_with_bad_input_says_what_to_fix(signed_in, fields, error):
    response = signed_in.post("/family/children/new/", fields)
    assert response.status_code == 200
    assert "There is a problem" in page(response)
    assert error in page(response)
    assert not Child.objects.exists()


def test_record_page_lists_sections_and_empty_states(signed_in, child):
    html = page(signed_in.get(f"/family/children/{child.pk}/"))
    for title in ("One-page profile", "Needs", "School and EHC plan", "Notes", "Carers"):
        assert title in html
    assert f'href="/family/children/{child.pk}/profile/"' in html


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_record_page_queries_are_bounded(signed_in, child, parent, django_assert_max_num_queries):
    url = f"/family/children/{child.pk}/"
    EhcPlan.objects.create(child=child, requested_on=date(2026, 1, 5))
    signed_in.get(url)  # the session, once
    small = _queries(signed_in, url)
    for number in range(60):
        Note.objects.create(child=child, author=parent, text=f"Note {number}")
        signed_in.post(f"{url}notes/", {"text": f"Note {number}"})
    # The shell's 8 (session, user, roles, site, council settings, home page, the editing
    # bar's two permission lists), this app's 4 (the child with the policy's answer, the
    # plan, its moved dates, the timeline) and the goals' and documents' timeline sources.
    with django_assert_max_num_queries(18):
        signed_in.get(url)
    assert _queries(signed_in, url) <= small  # 60 notes more cost nothing more


def test_profile_is_filled_in_and_printable(signed_in, child):
    edit = f"/family/children/{child.pk}/profile/edit/"
    assert signed_in.get(edit).status_code == 200
    response = signed_in.post(edit, {
        "liked_and_admired": "Funny and kind",
        "important_to_me": "Trains",
        "how_to_support_me": "Tell me about changes before they happen",
        "how_i_communicate": "Picture cards",
    })
    assert response.status_code == 302
    html = page(signed_in.get(f"/family/children/{child.pk}/profile/"))
    assert "What people like and admire about me" in html
    assert "Funny and kind" in html
    # The print layout: its own stylesheet for print media, and hooks it styles.
    assert 'media="print" href="/static/family/profile-print.css"' in html
    assert 'data-print-layout="one-a4-page"' in html
    assert "family-profile__section" in html
    assert "family-no-print" in html


def test_the_print_stylesheet_is_served_and_sets_a4():
    path = finders.find("family/profile-print.css")
    assert path is not None
    with open(path, encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    assert "size: A4" in css
    assert ".family-no-print" in css and ".govuk-header" in css


def test_an_empty_profile_says_what_it_is_for(signed_in, child):
    html = page(signed_in.get(f"/family/children/{child.pk}/profile/"))
    assert "The profile is empty" in html
    assert "Fill in the profile" in html


def test_needs_use_the_local_offers_sen2_codes(signed_in, child):
    form = page(signed_in.get(f"/family/children/{child.pk}/needs/edit/"))
    assert 'value="ASD"' in form and 'value="SLCN"' in form and 'value="NSA"' in form
    response = signed_in.post(f"/family/children/{child.pk}/needs/edit/", {
        "primary_need": "ASD", "secondary_need": "SLCN",
        "medication": "Melatonin 2 mg", "allergies": "Penicillin",
    })
    assert response.status_code == 302
    html = page(signed_in.get(f"/family/children/{child.pk}/needs/"))
    assert "Melatonin 2 mg" in html and "Penicillin" in html
    assert Needs.objects.get(child=child).primary_need == "ASD"


def test_bad_needs_keep_what_was_saved(signed_in, child):
    Needs.objects.create(child=child, primary_need="ASD", medication="Melatonin")
    response = signed_in.post(f"/family/children/{child.pk}/needs/edit/", {
        "primary_need": "ASD", "secondary_need": "ASD", "medication": "Typed but refused",
    })
    assert response.status_code == 200
    assert "Choose a secondary need different from the primary" in page(response)
    assert "Typed but refused" in page(response)  # what was typed is still in the form
    assert Needs.objects.get(child=child).medication == "Melatonin"


def test_bad_profile_input_keeps_the_saved_profile(signed_in, child):
    Profile.objects.create(child=child, important_to_me="Trains")
    too_long = "x" * 100_000
    response = signed_in.post(f"/family/children/{child.pk}/notes/", {"text": ""})
    assert "Enter your note" in page(response)
    signed_in.post(f"/family/children/{child.pk}/profile/edit/", {"important_to_me": "Trains"})
    assert Profile.objects.get(child=child).important_to_me == "Trains"
    assert too_long  # the profile's text fields have no length limit to trip over


def test_diagnoses_and_professionals_are_added_and_removed(signed_in, child):
    base = f"/family/children/{child.pk}/needs/"
    bad = signed_in.post(base + "diagnoses/new/", {"name": "Autism", "diagnosed_on_0": "40",
                                                   "diagnosed_on_1": "1", "diagnosed_on_2": "2023"})
    assert "Date of diagnosis must be a real date" in page(bad)
    assert "Autism" in page(bad)
    signed_in.post(base + "diagnoses/new/", {"name": "Autism", "diagnosed_on_0": "4",
                                             "diagnosed_on_1": "1", "diagnosed_on_2": "2023"})
    signed_in.post(base + "professionals/new/", {
        "name": "Hannah Price", "role": "Speech and language therapist",
        "organisation": "Riverside SLT", "contact": "01632 960418",
    })
    html = page(signed_in.get(base))
    assert "Diagnosed 4 January 2023" in html
    assert "Hannah Price" in html and "01632 960418" in html
    diagnosis = child.diagnoses.get()
    signed_in.post(base + f"diagnoses/{diagnosis.pk}/remove/")
    assert not child.diagnoses.exists()


@time_machine.travel(datetime(2026, 3, 9, 12, tzinfo=timezone.get_fixed_timezone(0)), tick=False)
def test_plan_page_says_where_you_are_and_what_is_overdue(signed_in, child):
    response = signed_in.post(f"/family/children/{child.pk}/plan/edit/", {
        "school_or_setting": "Riverside Primary",
        "requested_on_0": "5", "requested_on_1": "1", "requested_on_2": "2026",
    })
    assert response.status_code == 302
    html = page(signed_in.get(f"/family/children/{child.pk}/plan/"))
    assert "The council received the request for an EHC needs assessment on 5 January 2026." in html
    assert ("The decision whether to assess was due on 16 February 2026 and has not been "
            "recorded. It is 3 weeks late.") in html
    assert "Riverside Primary" in html
    record = page(signed_in.get(f"/family/children/{child.pk}/"))
    assert "Overdue" in record


@time_machine.travel(datetime(2026, 5, 26, 12, tzinfo=timezone.get_fixed_timezone(0)), tick=False)
def test_a_moved_date_is_recorded_with_its_reason(signed_in, child):
    EhcPlan.objects.create(child=child, requested_on=date(2026, 1, 5), decision="assess",
                           decided_on=date(2026, 2, 10), draft_issued_on=date(2026, 4, 10))
    base = f"/family/children/{child.pk}/plan/"
    refused = signed_in.post(base + "moved-dates/new/", {"step": "final"})
    assert "Enter the reason the council gave" in page(refused)
    signed_in.post(base + "moved-dates/new/", {
        "step": "final", "due_on_0": "22", "due_on_1": "6", "due_on_2": "2026",
        "reason": "The school was closed for 4 weeks",
    })
    html = page(signed_in.get(base))
    assert "The council must issue the final plan by 22 June 2026" in html
    assert "The date was moved from 25 May 2026 because: The school was closed for 4 weeks." in html
    assert "Overdue" not in html


def test_plan_dates_out_of_order_are_refused_and_nothing_is_lost(signed_in, child):
    EhcPlan.objects.create(child=child, school_or_setting="Riverside Primary")
    response = signed_in.post(f"/family/children/{child.pk}/plan/edit/", {
        "school_or_setting": "Somewhere else",
        "requested_on_0": "5", "requested_on_1": "3", "requested_on_2": "2026",
        "decision": "assess",
        "decided_on_0": "1", "decided_on_1": "3", "decided_on_2": "2026",
    })
    assert "This date must be the same as or after the request" in page(response)
    assert EhcPlan.objects.get(child=child).school_or_setting == "Riverside Primary"


def test_notes_are_listed_newest_first_and_paged(signed_in, child, parent):
    for number in range(25):
        Note.objects.create(child=child, author=parent, text=f"Note number {number}",
                            created_at=timezone.now() - timezone.timedelta(days=25 - number))
    signed_in.post(f"/family/children/{child.pk}/notes/", {"text": "The newest one"})
    html = page(signed_in.get(f"/family/children/{child.pk}/notes/"))
    assert "26 notes, newest first" in html
    assert html.index("The newest one") < html.index("Note number 24")
    assert "Note number 0<" not in html  # on page 2
    assert "Note number 0" in page(signed_in.get(f"/family/children/{child.pk}/notes/?page=2"))
    timeline = page(signed_in.get(f"/family/children/{child.pk}/"))
    assert "Note added" in timeline and "The newest one" in timeline


def test_start_and_account_pages_link_to_your_children(signed_in, child):
    for address in ("/start/", "/account/"):
        html = page(signed_in.get(address))
        assert "Your children" in html
        assert f'href="/family/children/{child.pk}/"' in html


def test_a_parent_with_no_children_is_offered_to_add_one(client):
    client.force_login(make_parent())
    assert 'href="/family/children/new/"' in page(client.get("/start/"))


def test_an_officer_is_offered_find_a_record(client):
    from tests.factories import OrganisationFactory

    officer = make_user(Role.OFFICER, organisation=OrganisationFactory(), mfa=True)
    client.force_login(officer)
    assert 'href="/family/find-a-record/"' in page(client.get("/start/"))


@pytest.mark.parametrize("address", ["profile/", "needs/", "plan/", "notes/", "carers/"])
def test_each_section_page_costs_a_few_queries_however_full(
    signed_in, child, parent, address, django_assert_max_num_queries
):
    EhcPlan.objects.create(child=child, requested_on=date(2026, 1, 5))
    for number in range(30):
        Note.objects.create(child=child, author=parent, text=f"Note {number}")
        child.diagnoses.create(name=f"Diagnosis {number}")
        child.professionals.create(name=f"Professional {number}")
    url = f"/family/children/{child.pk}/{address}"
    signed_in.get(url)
    # The shell's 8 (as on the record page), the child with the policy's answer, and the
    # section's own two or three, whatever the number of notes, diagnoses or professionals.
    with django_assert_max_num_queries(12):
        assert signed_in.get(url).status_code == 200
