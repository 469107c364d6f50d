"""Nothing is published without an officer's decision; what is published is the checked,
anonymised text, and the original stays private."""

# Fixtures are imported from support by name, so pytest's arguments shadow them.
# ruff: noqa: F811

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.accounts.roles import Role
from tests.factories import make_user
from youngcommissioners.anonymise import findings, masked
from youngcommissioners.models import Feedback

from .support import _fresh_limits  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db

PERSONAL = (
    "My son Jacob goes to Hillside Primary School and we live at 14 Mill Lane, RV1 2AB. "
    "Call me on 07700 900123 or email jo.bloggs@example.org"
)
PUBLISHED = reverse("youngcommissioners:published")


def _item(comments=PERSONAL, status=Feedback.Status.NEW) -> Feedback:
    return Feedback.objects.create(
        created_at=timezone.now(), category=Feedback.Category.CONTENT, comments=comments,
        status=status,
    )


@pytest.fixture
def officer(client):
    client.force_login(make_user(Role.OFFICER, mfa=True))
    return client


def test_names_schools_addresses_phones_emails_and_postcodes_are_masked():
    assert masked(PERSONAL) == (
        "My son [name] goes to [school] and we live at [address], [postcode]. "
        "Call me on [phone number] or email [email address]"
    )
    assert {f.kind for f in findings(PERSONAL)} == {
        "name", "school", "address", "postcode", "phone number", "email address"
    }


def test_ordinary_words_are_left_alone():
    text = "I could not find the Local Offer page about short breaks on Monday. Please add it."
    assert masked(text) == text


def test_a_new_comment_is_not_public(client):
    _item("The swimming page is out of date")

    assert "The swimming page is out of date" not in client.get(PUBLISHED).content.decode()


def test_the_officer_is_shown_the_masked_text_to_check(officer):
    item = _item()

    page = officer.get(reverse("youngcommissioners:moderate", args=[item.pk])).content.decode()

    assert "My son [name] goes to [school]" in page
    assert "“Jacob” as [name]" in page


def test_publishing_publishes_the_checked_text_and_keeps_the_original(officer, client):
    item = _item()

    response = officer.post(
        reverse("youngcommissioners:moderate", args=[item.pk]),
        {"decision": "publish", "published_comments": "My son [name] goes to [school]."},
    )

    item.refresh_from_db()
    assert response.status_code == 302
    assert item.status == Feedback.Status.PUBLISHED and item.comments == PERSONAL
    page = officer.get(PUBLISHED).content.decode()
    assert "My son [name] goes to [school]." in page and "Jacob" not in page


def test_merging_into_an_earlier_comment(officer):
    first, second = _item("The bus is late"), _item("The bus is always late")

    officer.post(
        reverse("youngcommissioners:moderate", args=[second.pk]),
        {"decision": "merge", "merge_into": first.reference.lower()},
    )

    second.refresh_from_db()
    assert second.status == Feedback.Status.MERGED and second.merged_into == first


def test_a_complaint_and_a_withheld_comment_are_not_published(officer):
    complaint, withheld = _item("The staff were rude"), _item("Spam spam")

    officer.post(reverse("youngcommissioners:moderate", args=[complaint.pk]),
                 {"decision": "complaint", "reason": "Complaint ref C-1234"})
    missing = officer.post(reverse("youngcommissioners:moderate", args=[withheld.pk]),
                           {"decision": "withhold", "reason": ""})
    officer.post(reverse("youngcommissioners:moderate", args=[withheld.pk]),
                 {"decision": "withhold", "reason": "Advertising"})

    complaint.refresh_from_db()
    withheld.refresh_from_db()
    assert missing.status_code == 400 and "Enter why it is not published" in (
        missing.content.decode()
    )
    assert complaint.status == Feedback.Status.COMPLAINT
    assert complaint.decision_reason == "Complaint ref C-1234"
    assert withheld.status == Feedback.Status.NOT_PUBLISHED
    assert "The staff were rude" not in officer.get(PUBLISHED).content.decode()


def test_an_officer_cannot_see_or_publish_a_flagged_comment(officer):
    flagged = _item("i want to die", status=Feedback.Status.SAFEGUARDING)
    url = reverse("youngcommissioners:moderate", args=[flagged.pk])

    assert officer.get(url).status_code == 404
    assert officer.post(url, {"decision": "publish", "published_comments": "x"}).status_code == 404
    assert flagged.reference not in officer.get(
        reverse("youngcommissioners:moderation")
    ).content.decode()


def test_people_who_are_not_officers_cannot_moderate(client):
    item = _item()
    client.force_login(make_user(Role.YOUNG_PERSON))

    assert client.get(reverse("youngcommissioners:moderation")).status_code == 404
    assert client.get(reverse("youngcommissioners:moderate", args=[item.pk])).status_code == 404


def test_the_published_page_is_paged(client, django_assert_max_num_queries):
    for number in range(25):
        item = _item(f"Comment number {number}")
        item.status, item.published_comments = Feedback.Status.PUBLISHED, f"Comment {number}"
        item.decided_at = timezone.now()
        item.save()

    with django_assert_max_num_queries(12):
        first = client.get(PUBLISHED).content.decode()
    second = client.get(PUBLISHED + "?page=2").content.decode()

    assert first.count('<h2 class="govuk-summary-card__title">') == 20
    assert second.count('<h2 class="govuk-summary-card__title">') == 5
    assert 'aria-label="Page 2"' in first
