"""Publishing, unpublishing, moving and deleting a service keeps the search index in step."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from local_offer import search_index as indexing
from local_offer.models import ServiceIndexPage
from search.models import IndexedService

from .service_pages import local_offer_tree, publish_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def services(django_capture_on_commit_callbacks):
    """The services folder; tasks queued on commit run when the block in each test ends."""
    return local_offer_tree()


def indexed_names() -> set[str]:
    return set(IndexedService.objects.filter(searchable=True).values_list("name", flat=True))


def search_names(client, **params) -> list[str]:
    response = client.get("/local-offer/search/", params)
    return [hit.name for hit in response.context["results"].hits]


def test_publishing_a_service_makes_it_findable(client, services,
                                                django_capture_on_commit_callbacks):
    # Given a published folder of services
    # When an editor publishes a new service
    with django_capture_on_commit_callbacks(execute=True):
        publish_service(services, "Chatterbox speech and language therapy drop-in")

    # Then a family searching "salt" finds it, linked to its page
    response = client.get("/local-offer/search/", {"q": "salt"})
    hits = response.context["results"].hits
    assert [hit.name for hit in hits] == ["Chatterbox speech and language therapy drop-in"]
    assert hits[0].url == "/local-offer/services/chatterbox-speech-and-language-therapy-drop-in/"


def test_nothing_is_indexed_until_the_publish_commits(services,
                                                       django_capture_on_commit_callbacks):
    # Given a publish still inside its transaction
    with django_capture_on_commit_callbacks(execute=False) as queued:
        publish_service(services, "Otters swimming club")
        # Then the index has not been touched yet (a worker could not see the page)
        assert "Otters swimming club" not in indexed_names()
    # And the index job was queued for after the commit
    assert len(queued) == 1
    queued[0]()
    assert "Otters swimming club" in indexed_names()


def test_unpublishing_removes_the_service(client, services,
                                          django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_service(services, "Otters swimming club")
    assert search_names(client, q="swimming") == ["Otters swimming club"]

    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()

    assert search_names(client, q="swimming") == []
    assert not IndexedService.objects.filter(service_id=str(page.pk)).exists()


def test_deleting_removes_the_service(client, services, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_service(services, "Otters swimming club")
        page_id = page.pk
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert not IndexedService.objects.filter(service_id=str(page_id)).exists()
    assert search_names(client, q="swimming") == []


def test_deleting_a_folder_removes_every_service_in_it(services,
                                                         django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        folder = services.add_child(instance=ServiceIndexPage(title="Otters", slug="otters"))
        publish_service(folder, "Otters swimming club")
        publish_service(folder, "Otters holiday splash")
    assert {"Otters swimming club", "Otters holiday splash"} <= indexed_names()

    with django_capture_on_commit_callbacks(execute=True):
        folder.delete()

    assert indexed_names() == set()


def test_moving_a_provider_folder_updates_the_addresses_in_results(
    client, services, django_capture_on_commit_callbacks
):
    # Given a service inside a provider's folder
    with django_capture_on_commit_callbacks(execute=True):
        folder = services.add_child(instance=ServiceIndexPage(title="Otters", slug="otters"))
        other = services.add_child(instance=ServiceIndexPage(title="Clubs", slug="clubs"))
        publish_service(folder, "Otters swimming club")

    # When an editor moves the folder under another one
    with django_capture_on_commit_callbacks(execute=True):
        folder.move(other, pos="last-child")

    # Then the result links to the service's new address
    hits = client.get("/local-offer/search/", {"q": "otters"}).context["results"].hits
    assert [hit.url for hit in hits] == ["/local-offer/services/clubs/otters/otters-swimming-club/"]


def test_publishing_a_closed_service_takes_it_out_of_search(
    client, services, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page = publish_service(services, "Otters swimming club")
    page.status = "closed"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert search_names(client, q="swimming") == []
    assert not IndexedService.objects.filter(service_id=str(page.pk)).exists()


def test_a_listing_not_checked_for_a_year_is_never_indexed(
    client, services, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish_service(services, "Otters swimming club",
                        last_reviewed=date.today() - timedelta(days=400))
        publish_service(services, "Splash swimming lessons")
    assert search_names(client, q="swimming") == ["Splash swimming lessons"]


def test_rebuild_command_reports_progress_and_leaves_out_hidden_listings(
    services, django_capture_on_commit_callbacks
):
    # Given three published services, one closed, and an index that has drifted
    with indexing.paused(), django_capture_on_commit_callbacks(execute=True):
        publish_service(services, "Otters swimming club")
        publish_service(services, "Splash swimming lessons")
        publish_service(services, "Old drop-in", status="closed")
    assert indexed_names() == set()  # paused: bulk loads enqueue nothing

    # When the index is rebuilt
    out = StringIO()
    call_command("search_index", "--rebuild", stdout=out)

    # Then the live, searchable services are back and the output says what happened
    assert indexed_names() == {"Otters swimming club", "Splash swimming lessons"}
    output = out.getvalue()
    assert "from 3 published services" in output
    assert "2 indexed" in output
    assert "Indexed 2 services" in output
    assert "1 hidden" in output


def test_rebuild_command_without_rebuild_flag_explains_itself():
    with pytest.raises(CommandError, match="Use --rebuild"):
        call_command("search_index")
