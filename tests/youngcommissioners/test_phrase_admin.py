"""The safeguarding lead keeps the screening phrases in the admin and tries them first."""

import pytest

from portal.accounts.roles import Role
from tests.factories import make_user
from youngcommissioners.models import ScreeningPhrase

pytestmark = pytest.mark.django_db

TRY = "/admin/safeguarding/try-a-phrase/"


@pytest.fixture
def lead(client):
    client.force_login(make_user(Role.SAFEGUARDING_LEAD, mfa=True))
    return client


def test_the_test_box_shows_what_a_phrase_matches(lead):
    response = lead.get(TRY, {"phrase": "@adult ... hit", "text": "my mums boyfriend hit me"})

    assert response.status_code == 200
    page = response.content.decode()
    assert "It matches your text" in page and "mum boyfriend hit" in page
    assert "of the 36 examples that must alert" in page


def test_the_test_box_explains_a_badly_written_phrase(lead):
    response = lead.get(TRY, {"phrase": "@grownup hit"})

    assert "There is no word group @grownup" in response.content.decode()


def test_an_officer_cannot_open_the_test_box(client):
    client.force_login(make_user(Role.OFFICER, mfa=True))

    assert client.get(TRY, {"phrase": "hit"}).status_code == 404


def test_the_lead_adds_a_phrase_and_a_bad_one_is_refused(lead):
    add = "/admin/snippets/youngcommissioners/screeningphrase/add/"

    refused = lead.post(add, {"phrase": "... follows", "note": "", "active": "on"})
    added = lead.post(add, {"phrase": "@adult   follow + me", "note": "", "active": "on"})

    assert refused.status_code == 200 and "cannot start with" in refused.content.decode()
    assert added.status_code == 302
    assert ScreeningPhrase.objects.filter(phrase="@adult follow + me").exists()
