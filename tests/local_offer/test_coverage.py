"""The statutory coverage report, and 'no dead ends' between guides and services."""

# Fixtures are imported from moderation_support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from local_offer.coverage import ITEMS, Coverage, age_mismatches, coverage_report, dead_ends
from local_offer.models import (
    GuidePage,
    GuideRelatedService,
    ServicePage,
    ShortBreaksStatementPage,
    TaxonomyTerm,
)

from .moderation_support import officer, set_categories, speech_staff, tree  # noqa: F401 (fixtures)


def item(report, code):
    return next(result for result in report.items if result.item.code == code)


def add_guide(parent, title, topics, *, last_reviewed=None, categories=(), services=()):
    guide = GuidePage(
        title=title,
        summary=f"{title}, in plain English.",
        local_offer_topics=list(topics),
        last_reviewed=last_reviewed or timezone.localdate(),
    )
    parent.add_child(instance=guide)
    guide.related_categories.set(TaxonomyTerm.objects.filter(code__in=categories))
    for order, service in enumerate(services):
        GuideRelatedService.objects.create(page=guide, service=service, sort_order=order)
    guide.save_revision().publish()
    return guide


def add_statement(parent, review_date):
    statement = ShortBreaksStatementPage(
        title="Short breaks statement",
        summary="Breaks for disabled children and their carers.",
        range_of_breaks="<p>Day and overnight breaks.</p>",
        eligibility_criteria="<p>Any disabled child.</p>",
        how_breaks_meet_needs="<p>Time to rest.</p>",
        review_date=review_date,
    )
    parent.add_child(instance=statement)
    statement.save_revision().publish()
    return statement


def test_every_statutory_item_is_listed(tree):
    report = coverage_report()
    assert [result.item.code for result in report.items] == [i.code for i in ITEMS]
    titles = " ".join(i.title for i in ITEMS)
    for words in (
        "EHC",
        "Health",
        "Social care",
        "Travel",
        "adulthood",
        "SENDIASS",
        "Childcare",
        "Leisure",
        "Tribunal",
        "Short Breaks",
        "supported internships",
        "by type of provider",
    ):
        assert words in titles


def test_an_item_with_no_guide_is_missing_and_says_what_to_add(tree):
    result = item(coverage_report(), "ehc_assessment")
    assert result.status == Coverage.MISSING
    assert result.gaps == ["No published guide covers requesting an ehc needs assessment."]


def test_a_recent_guide_covers_it_and_an_old_one_makes_it_stale(tree):
    guide = add_guide(tree.local_offer, "Ask for an EHC needs assessment", ["ehc_assessment"])
    result = item(coverage_report(), "ehc_assessment")
    assert result.status == Coverage.COVERED
    assert [e.title for e in result.guides] == ["Ask for an EHC needs assessment"]
    assert result.guides[0].edit_url == reverse("wagtailadmin_pages:edit", args=[guide.pk])

    GuidePage.objects.filter(pk=guide.pk).update(
        last_reviewed=timezone.localdate() - timedelta(days=400)
    )
    assert item(coverage_report(), "ehc_assessment").status == Coverage.STALE


def test_services_count_for_their_category_and_its_subcategories(tree):
    set_categories(tree.speech_listing, "therapies")  # filed under "health"
    add_guide(tree.local_offer, "Health services", ["health"])

    result = item(coverage_report(), "health")
    assert result.status == Coverage.COVERED
    assert result.service_count == 1
    assert "category=health" in result.search_url

    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(
        last_reviewed=timezone.localdate() - timedelta(days=400)
    )
    result = item(coverage_report(), "health")
    assert result.status == Coverage.STALE
    assert "No service under Health has been checked in the last 12 months." in result.stale_reasons


def test_closed_services_do_not_count(tree):
    set_categories(tree.speech_listing, "inclusive-sport")
    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(status="closed")
    assert item(coverage_report(), "other_education").status == Coverage.MISSING


def test_each_type_of_education_provider_must_be_listed(tree):
    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(
        education_setting_type="special_school"
    )
    add_guide(tree.local_offer, "Schools and colleges", ["education"])
    result = item(coverage_report(), "education_by_type")
    assert result.status == Coverage.MISSING
    assert "No listing for: special school." not in result.gaps
    assert "No listing for: mainstream school." in result.gaps


def test_the_short_breaks_statement_must_exist_and_be_reviewed(tree):
    set_categories(tree.leisure_listing, "short-breaks-day")
    assert item(coverage_report(), "short_breaks").gaps == [
        "There is no published Short Breaks Services Statement."
    ]
    statement = add_statement(
        tree.local_offer, review_date=timezone.localdate() - timedelta(days=30)
    )
    assert item(coverage_report(), "short_breaks").status == Coverage.COVERED

    ShortBreaksStatementPage.objects.filter(pk=statement.pk).update(
        review_date=timezone.localdate() - timedelta(days=500)
    )
    assert item(coverage_report(), "short_breaks").status == Coverage.STALE


def test_officers_see_the_coverage_report_with_links(client, tree, officer):
    guide = add_guide(tree.local_offer, "Complaints and the SEND Tribunal", ["complaints"])
    client.force_login(officer)
    response = client.get(reverse("local_offer_coverage_report"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Statutory coverage" in html
    assert "Short Breaks Services Statement" in html
    assert reverse("wagtailadmin_pages:edit", args=[guide.pk]) in html
    assert "Missing" in html and "Covered" in html


def test_providers_cannot_open_the_coverage_report(client, tree, speech_staff):
    client.force_login(speech_staff)
    response = client.get(reverse("local_offer_coverage_report"))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def test_dead_ends_are_found(tree):
    add_guide(tree.local_offer, "Travel to school", ["travel"], categories=["school-transport"])
    ends = dead_ends()
    assert [g.title for g in ends.guides_without_services] == ["Travel to school"]
    assert {s.title for s in ends.services_without_guides} == {
        "Speech and language drop-in",
        "Autism-friendly swimming",
    }

    set_categories(tree.speech_listing, "school-transport")
    add_guide(tree.local_offer, "Swimming", ["leisure"], services=[tree.leisure_listing])
    assert dead_ends().none


# --- ages the words and the age fields disagree on ------------------------------------------


def test_the_report_lists_a_listing_whose_words_name_ages_its_fields_leave_out(
    client, tree, officer
):
    # Given a listing whose words say 5 to 18 while its age fields say 11 to 17 (search for a
    # 7-year-old never finds it), and one whose words and fields agree
    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(
        summary="Assessment for children and young people aged 5 to 18.",
        min_age_months=11 * 12,
        max_age_months=17 * 12 + 11,
    )
    ServicePage.objects.filter(pk=tree.leisure_listing.pk).update(
        summary="Quiet swimming for young people aged 11 to 17.",
        min_age_months=11 * 12,
        max_age_months=17 * 12 + 11,
    )

    # When an officer opens the coverage report
    client.force_login(officer)
    html = client.get(reverse("local_offer_coverage_report")).content.decode()

    # Then the disagreeing listing is listed with a link to edit it, and the other is not
    section = html[html.index('id="age-mismatches"') :]
    assert "Speech and language drop-in" in section
    assert reverse("wagtailadmin_pages:edit", args=[tree.speech_listing.pk]) in section
    assert "\u201caged 5 to 18\u201d (5 to 18 years)" in section
    assert "11 to 17 years" in section
    assert "Autism-friendly swimming" not in section
    assert reverse("wagtailadmin_pages:edit", args=[tree.leisure_listing.pk]) not in section


def test_a_listing_whose_title_names_a_narrower_group_than_its_fields_is_listed(tree):
    ServicePage.objects.filter(pk=tree.speech_listing.pk).update(
        title="Speech and language therapy for school-age children",
        min_age_months=0,
        max_age_months=17 * 12 + 11,
    )

    [mismatch] = age_mismatches()

    assert mismatch.title == "Speech and language therapy for school-age children"
    assert mismatch.ages == "0 to 17 years"
    assert "school-age" in mismatch.problems[0]


def test_with_every_listing_agreeing_the_report_says_so(client, tree, officer):
    client.force_login(officer)
    html = client.get(reverse("local_offer_coverage_report")).content.decode()

    assert age_mismatches() == []
    assert "words agree with its age fields." in html


# --- the demo corpus: families never reach a dead end ----------------------------------------


@pytest.fixture
def demo(db):
    from local_offer import demo as local_offer_demo

    local_offer_demo.seed(io.StringIO())


def test_in_the_demo_every_guide_links_to_services_and_every_service_to_a_guide(client, demo):
    ends = dead_ends()
    assert [g.title for g in ends.guides_without_services] == []
    assert [s.title for s in ends.services_without_guides] == []

    # And the pages show those links: every guide lists services, and sampled services list guides.
    for guide in GuidePage.objects.live():
        html = client.get(guide.url).content.decode()
        assert any(service.url in html for service in guide.related_services()), guide.title
    for service in ServicePage.objects.live().exclude(status="closed").order_by("pk")[::25]:
        html = client.get(service.url).content.decode()
        assert 'id="guides-heading"' in html, service.title


def test_the_demo_covers_most_statutory_items(demo):
    report = coverage_report(date.today())
    missing = {
        result.item.code: result.gaps
        for result in report.items
        if result.status != Coverage.COVERED
    }
    # The demo is a believable council, not a perfect one: it should cover most items, and the
    # report must say precisely what is missing for the rest.
    assert report.percent_covered >= 70, missing
    for result in report.items:
        if result.status == Coverage.MISSING:
            assert result.gaps


def test_every_item_that_counts_services_names_some_of_them(demo):
    # A newcomer saw "18 services, for example:" followed by nothing (every education setting
    # had answered, and only unanswered ones were given as examples).
    for result in coverage_report(date.today()).items:
        if result.service_count:
            assert result.services, result.item.code


def test_the_report_says_for_example_only_before_examples(client, demo):
    from portal.accounts.roles import Role
    from tests.factories import make_user

    client.force_login(make_user(Role.OFFICER, mfa=True))
    html = client.get(reverse("local_offer_coverage_report")).content.decode()

    assert "for example:</p>\n        <ul></ul>" not in html
    # And the demo's words agree with its age fields (its words are written from them)
    assert "Every open listing" in html and "words agree with its age fields." in html
