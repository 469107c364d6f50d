"""The officers' report of searches that found nothing, by need, age and area (admin + CSV).

Counting is search_log.unmet_needs(); the report and the CSV only lay it out. Groups of fewer
than 5 searches are never shown, on the page or in the file.
"""

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from local_offer import search_vocabulary as local_offer_vocabulary
from portal.accounts.roles import MFA_REQUIRED_ROLES, Role
from search.officer_reports import chosen_dates
from search.search_log import MIN_GROUP_SIZE, SearchLog, unmet_needs
from search.vocabulary import Vocabulary
from tests.factories import make_user

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/searches-that-found-nothing/"
RESULTS = "/admin/reports/searches-that-found-nothing/results/"
CSV = "/admin/reports/searches-that-found-nothing/csv/"

NEEDS = Vocabulary(
    needs={"ASD": "Autistic spectrum disorder", "HI": "Hearing impairment",
           "SLCN": "Speech, language and communication needs", "BAD": "=HYPERLINK(1)"}
)


def vocabulary():
    """settings.SEARCH_VOCABULARY for these tests: labels that do not depend on the database."""
    return NEEDS


@pytest.fixture
def fixed_needs(settings):
    settings.SEARCH_VOCABULARY = "tests.search.test_unmet_searches_report.vocabulary"


@pytest.fixture
def officer():
    return make_user(Role.OFFICER, mfa=True)


@pytest.fixture
def officer_client(client, officer):
    client.force_login(officer)
    return client


def log(times, *, days_ago=1, found=0, page=1, **filters):
    SearchLog.objects.bulk_create(
        SearchLog(
            searched_at=timezone.now() - timedelta(days=days_ago),
            text="",
            filters={name: value for name, value in filters.items() if value is not None},
            result_count=found,
            zero_results=found == 0,
            page=page,
        )
        for _ in range(times)
    )


def rows_of(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))


def page_text(response):
    return " ".join(response.content.decode().split())


# -- who may see it ------------------------------------------------------------------------------

LOGIN = "login"  # Wagtail sends signed-out people to sign in
NO_ADMIN = "no-admin"  # no admin access at all: /admin/login/, which answers "You cannot use..."

MATRIX = {
    "anonymous": (None, LOGIN),
    "parent": (Role.PARENT, NO_ADMIN),
    "key worker": (Role.KEY_WORKER, NO_ADMIN),
    "provider": (Role.PROVIDER, 404),
    "safeguarding lead": (Role.SAFEGUARDING_LEAD, 404),
    "officer": (Role.OFFICER, 200),
    "site admin": (Role.SITE_ADMIN, 200),
}


@pytest.mark.parametrize("url", [REPORT, RESULTS, CSV], ids=["report", "results", "csv"])
@pytest.mark.parametrize(("role", "expected"), MATRIX.values(), ids=MATRIX.keys())
def test_only_officers_and_site_admins_reach_the_report(client, role, expected, url):
    if role is not None:
        client.force_login(make_user(role, mfa=role in MFA_REQUIRED_ROLES))

    response = client.get(url)

    if expected == LOGIN:
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert client.get(response["Location"])["Location"].startswith("/accounts/login/")
    elif expected == NO_ADMIN:
        # Wagtail answers so for every admin address, before our view runs: as for /admin/ in
        # tests/accounts/test_permission_matrix.py, and "You cannot use the admin" after it.
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
        assert client.get(response["Location"]).status_code == 403
    else:
        assert response.status_code == expected


def test_officers_find_the_report_under_reports_and_providers_do_not(client, officer):
    client.force_login(officer)
    assert "Searches that found nothing" in client.get("/admin/").content.decode()

    client.force_login(make_user(Role.PROVIDER, mfa=True))
    assert "Searches that found nothing" not in client.get("/admin/").content.decode()


# -- what it counts --------------------------------------------------------------------------------


def test_groups_of_fewer_than_five_searches_are_not_shown(officer_client, fixed_needs):
    log(MIN_GROUP_SIZE, need=["ASD"], age=7, outcode="RV1")
    log(MIN_GROUP_SIZE - 1, need=["HI"], outcode="RV2")

    page = page_text(officer_client.get(REPORT))
    rows = rows_of(officer_client.get(CSV))

    assert "Autistic spectrum disorder" in page
    assert "Hearing impairment" not in page
    assert "only shown when it has 5 or more searches" in page
    assert rows == [
        ["Need", "Need codes", "Age", "Area", "Searches that found nothing"],
        ["Autistic spectrum disorder", "ASD", "7", "RV1", "5"],
    ]


def test_searches_group_by_need_age_and_area_most_searched_first(fixed_needs):
    today = timezone.localdate()
    log(6, need=["SLCN", "ASD"], age=13, age_to=19, outcode="RV3")
    log(2, need=["ASD", "SLCN"], age=13, age_to=19, outcode="RV3")  # same needs, other order
    log(5, need=["ASD"], age=13, age_to=19, outcode="RV3")
    log(5)  # words only: no need, age or postcode

    groups = unmet_needs(today - timedelta(days=29), today)

    assert [(g.need_label, g.age_label, g.area_label, g.searches) for g in groups] == [
        ("Autistic spectrum disorder and Speech, language and communication needs",
         "13 to 19", "RV3", 8),
        ("Autistic spectrum disorder", "13 to 19", "RV3", 5),
        ("No need chosen", "Any age", "No postcode given", 5),
    ]
    assert groups[0].needs == ("ASD", "SLCN")


def test_searches_that_found_something_and_later_pages_are_not_counted(fixed_needs):
    today = timezone.localdate()
    log(4, need=["ASD"], outcode="RV1")
    log(3, need=["ASD"], outcode="RV1", found=2)
    log(3, need=["ASD"], outcode="RV1", page=2)

    assert unmet_needs(today - timedelta(days=29), today) == []


def test_the_last_30_days_are_counted_unless_other_dates_are_chosen(officer_client, fixed_needs):
    log(5, need=["ASD"], outcode="RV1", days_ago=2)
    log(5, need=["HI"], outcode="RV2", days_ago=45)

    default = page_text(officer_client.get(REPORT))
    today = timezone.localdate()
    first = today - timedelta(days=50)
    last = today - timedelta(days=40)
    chosen = officer_client.get(
        REPORT, {"searched_from": first.isoformat(), "searched_to": last.isoformat()}
    )

    assert "Autistic spectrum disorder" in default
    assert "Hearing impairment" not in default
    assert f"from {(today - timedelta(days=29)):%-d %B %Y} to {today:%-d %B %Y}" in default
    assert "Hearing impairment" in page_text(chosen)
    assert "Autistic spectrum disorder" not in page_text(chosen)
    assert f"from {first:%-d %B %Y} to {last:%-d %B %Y}" in page_text(chosen)
    # The CSV link carries the same dates, and the file counts the same searches
    csv_url = reverse("search_unmet_searches_csv") + (
        f"?searched_from={first.isoformat()}&amp;searched_to={last.isoformat()}"
    )
    assert csv_url in chosen.content.decode()
    rows = rows_of(officer_client.get(CSV, {"searched_from": first.isoformat(),
                                            "searched_to": last.isoformat()}))
    assert [row[0] for row in rows[1:]] == ["Hearing impairment"]


TODAY = date(2026, 6, 30)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({}, (date(2026, 6, 1), TODAY), id="none: the last 30 days"),
        pytest.param({"searched_from": "2026-01-01", "searched_to": "2026-03-31"},
                     (date(2026, 1, 1), date(2026, 3, 31)), id="both: as chosen"),
        pytest.param({"searched_from": "2026-05-10"}, (date(2026, 5, 10), TODAY),
                     id="a first day only: up to today"),
        pytest.param({"searched_to": "2026-03-31"}, (date(2026, 3, 2), date(2026, 3, 31)),
                     id="a last day only: the 30 days up to it"),
        pytest.param({"searched_from": "2026-06-10", "searched_to": "2026-06-01"},
                     (date(2026, 6, 1), TODAY), id="back to front: the last 30 days"),
        pytest.param({"searched_from": "soon"}, (date(2026, 6, 1), TODAY),
                     id="not a date: the last 30 days"),
    ],
)
def test_the_dates_counted(params, expected):
    assert chosen_dates(params, TODAY) == expected


def test_a_range_that_ends_before_it_starts_is_explained(officer_client, fixed_needs):
    today = timezone.localdate()
    earlier = today - timedelta(days=5)
    response = officer_client.get(
        REPORT, {"searched_from": today.isoformat(), "searched_to": earlier.isoformat()}
    )

    assert response.status_code == 200
    assert "The first date must be the same as or before the last date" in page_text(response)


def test_with_nothing_to_show_the_page_says_so_plainly(officer_client, fixed_needs):
    log(MIN_GROUP_SIZE - 1, need=["ASD"], outcode="RV1")

    page = page_text(officer_client.get(REPORT))
    rows = rows_of(officer_client.get(CSV))

    assert "No need, age and area had 5 or more searches that found nothing between" in page
    assert "Try a longer date range." in page
    assert len(rows) == 1  # the headings only


def test_the_report_pages_through_many_groups(officer_client, fixed_needs):
    for area in range(1, 56):
        log(MIN_GROUP_SIZE, need=["ASD"], outcode=f"RV{area}")

    first = page_text(officer_client.get(REPORT))
    second = page_text(officer_client.get(REPORT, {"p": 2}))

    assert first.count("Autistic spectrum disorder") == 50
    assert second.count("Autistic spectrum disorder") == 5
    assert "Page 2 of 2" in second
    assert len(rows_of(officer_client.get(CSV))) == 56  # the file has every group


def test_the_csv_is_a_download_named_for_its_dates_with_formulas_neutralised(
    officer_client, fixed_needs
):
    log(MIN_GROUP_SIZE, need=["BAD"], outcode="RV1")
    today = timezone.localdate()

    response = officer_client.get(CSV)

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        'attachment; filename="searches-that-found-nothing-'
        f'{(today - timedelta(days=29)).isoformat()}-to-{today.isoformat()}.csv"'
    )
    assert rows_of(response)[1][0] == "'=HYPERLINK(1)"


def test_the_report_page_asks_the_database_a_bounded_number_of_times(
    officer_client, django_assert_max_num_queries
):
    for area in range(1, 31):
        log(MIN_GROUP_SIZE, need=["ASD", "SLCN"], age=area % 20, outcode=f"RV{area}")
    officer_client.get(REPORT)  # the council settings row is made on the first page view
    # The real vocabulary (the Local Offer's needs), loaded afresh: the worst case.
    local_offer_vocabulary.forget()

    # Sign-in, permissions and the admin shell take 14; the counting 1; the vocabulary 2.
    with django_assert_max_num_queries(17):
        response = officer_client.get(REPORT)

    assert response.status_code == 200
    assert page_text(response).count("RV") >= 30
