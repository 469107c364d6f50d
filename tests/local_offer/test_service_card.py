"""One service card wherever services are listed: a services folder, a guide, the short breaks
statement and the search results show the same facts, worded the same way."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.dateformat import format as format_date

from local_offer.models.ages_and_costs import age_range_text

from .page_support import make_service

pytestmark = pytest.mark.django_db
SEARCH = "/local-offer/search/"


@pytest.fixture
def listed(page_tree, django_capture_on_commit_callbacks):
    """A swimming session filed under inclusive sport and short breaks, checked recently (so
    search shows it) and indexed."""
    checked = timezone.localdate() - timedelta(days=40)
    with django_capture_on_commit_callbacks(execute=True):
        service = make_service(page_tree.services, page_tree.provider,
                               title="Riverside splash club", last_reviewed=checked,
                               categories=list(page_tree.service.categories.all()))
    return service, checked


def card_for(html: str, url: str) -> str:
    """The one result card that links to `url`."""
    cards = [card for card in re.findall(r'<li class="portal-result">.*?</li>', html, flags=re.S)
             if f'href="{url}"' in card]
    assert len(cards) == 1, f"expected one card for {url}, found {len(cards)}"
    return " ".join(cards[0].split())


def words(card: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", card)).split())


def test_a_service_shows_the_same_card_in_its_folder_and_in_search_results(client, page_tree,
                                                                           listed):
    # Given a published service that accepts personal budgets
    service, checked = listed
    # When a family sees it in its services folder and in the search results
    in_folder = card_for(client.get(page_tree.services.url).content.decode(), service.url)
    in_search = card_for(client.get(SEARCH).content.decode(), service.url)
    # Then both show the same card
    assert in_folder == in_search
    # With the name linking to the service, then cost, ages, budget tag and last checked
    assert f'<a class="govuk-link" href="{service.url}">Riverside splash club</a>' in in_folder
    text = words(in_folder)
    assert "Run by Riverside Leisure Trust (test)" in text
    assert "Cost £3.50 per session" in text
    assert "Ages 5 to 17 years" in text
    assert "Where Riverside Leisure Centre" in text
    assert f"Last checked {format_date(checked, 'j F Y')}" in text
    assert "Accepts personal budgets" in text


@pytest.mark.parametrize("place", ["guide", "statement"])
def test_guides_and_the_short_breaks_statement_list_services_with_the_same_card(
    client, page_tree, listed, place
):
    # Given a service in the inclusive sport and short breaks categories
    service, _ = listed
    in_folder = card_for(client.get(page_tree.services.url).content.decode(), service.url)
    # When a family reads the guide or the short breaks statement that lists it
    html = client.get(getattr(page_tree, place).url).content.decode()
    # Then its card is the one they saw in the folder
    assert card_for(html, service.url) == in_folder


def test_a_temporarily_closed_service_says_so_on_its_card_and_a_free_one_says_free(
    client, page_tree
):
    # Given one service paused for now and one that is free with no review date
    paused = make_service(page_tree.services, page_tree.provider, title="Paused club",
                          status="temporarily_closed", accepts_personal_budget=False)
    free = make_service(page_tree.services, page_tree.provider, title="Free play",
                        cost_type="free", cost_pence=None, cost_unit="", last_reviewed=None,
                        min_age_months=None, max_age_months=None)
    # When a family opens the folder
    html = client.get(page_tree.services.url).content.decode()
    # Then the paused one is tagged and has no budget tag
    paused_text = words(card_for(html, paused.url))
    assert "Temporarily closed" in paused_text
    assert "Accepts personal budgets" not in paused_text
    # And the free one says so, with all ages and no made-up check date
    free_text = words(card_for(html, free.url))
    assert "Cost Free" in free_text
    assert "Ages All ages (0 to 25 years)" in free_text
    assert "Last checked" not in free_text


def test_a_longer_folder_costs_no_more_database_queries(client, page_tree):
    # Given a folder with two services (the tree's one and one more)
    make_service(page_tree.services, page_tree.provider, title="Second service")
    client.get(page_tree.services.url)  # the first request fills per-process caches (site root)
    with CaptureQueriesContext(connection) as few:
        assert client.get(page_tree.services.url).status_code == 200
    # When ten more are added
    for number in range(10):
        make_service(page_tree.services, page_tree.provider, title=f"More service {number}")
    with CaptureQueriesContext(connection) as many:
        html = client.get(page_tree.services.url).content.decode()
    # Then every card is drawn and the page still asks the database the same number of times
    assert html.count('<li class="portal-result">') == 12
    assert len(many) == len(few)


def test_the_card_gives_ages_in_the_same_words_as_the_service_page(
    client, page_tree, django_capture_on_commit_callbacks
):
    # Given a toddler group for 18 months to 4 years (stored as 18 to 59 months)
    with django_capture_on_commit_callbacks(execute=True):
        toddlers = make_service(page_tree.services, page_tree.provider, title="Toddler splash",
                                min_age_months=18, max_age_months=59,
                                last_reviewed=timezone.localdate())
    # When a family sees it in the folder, in the search results and on its own page
    in_folder = words(card_for(client.get(page_tree.services.url).content.decode(), toddlers.url))
    in_search = words(card_for(client.get(SEARCH).content.decode(), toddlers.url))
    own_page = client.get(toddlers.url).content.decode()
    # Then all three say it the same way
    assert "Ages 18 months to 4 years" in in_folder
    assert "Ages 18 months to 4 years" in in_search
    assert "18 months to 4 years" in own_page


@pytest.mark.parametrize(("youngest", "oldest", "words_shown"), [
    (0, 11, "Birth to 11 months"),
    (0, 13, "Birth to 13 months"),
    (None, 11, "Up to 11 months"),
    (6, 11, "6 months to 11 months"),
    (18, 59, "18 months to 4 years"),
    (60, 215, "5 to 17 years"),
    (12, 23, "Aged 1 year"),
    (120, 131, "Aged 10 years"),
    (None, 311, "Up to 25 years"),
])
def test_ages_read_as_a_parent_would_say_them(youngest, oldest, words_shown):
    # Given a baby group's ages in months, when shown on a card or page, then they read naturally
    assert age_range_text(youngest, oldest) == words_shown
