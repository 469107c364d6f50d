"""Search engines for the tests: the database backend always, osmem-server when it starts,
a real Elasticsearch cluster when ELASTICSEARCH_URL is set.

A missing engine skips its tests with a message locally; with CI=true it fails them instead, so
CI never passes by silently testing nothing.
"""

import re
import uuid
from html import unescape

import pytest

from search.postcodes import Point, PostcodeError, PostcodeLocation, normalise, unknown_message
from tests.missing import opt_in, skip_or_fail

from .conformance.corpus import POSTCODES, RECORDS

engine_missing = skip_or_fail


def link_to(response, text: str) -> str:
    """The href of the link whose visible text contains `text`."""
    for href, inner in re.findall(r'<a [^>]*href="([^"]*)"[^>]*>(.*?)</a>',
                                  response.content.decode(), flags=re.S):
        if text in " ".join(unescape(re.sub(r"<[^>]+>", " ", inner)).split()):
            return unescape(href)
    raise AssertionError(f"No link with text {text!r}")


def locate(value: str) -> PostcodeLocation:
    """Postcodes of the fixture corpus, so every backend sees the same points."""
    postcode = normalise(value)
    if postcode is None:
        raise PostcodeError("Enter a real postcode, like RV1 2AB")
    if postcode not in POSTCODES:
        raise PostcodeError(unknown_message(postcode))
    return PostcodeLocation(postcode, Point(*POSTCODES[postcode]), "test")


@pytest.fixture(scope="session")
def osmem_engine():
    from osmem_server import OsmemError, OsmemServer

    try:
        server = OsmemServer.start(japanese=False)
    except (OsmemError, OSError) as problem:
        engine_missing(f"osmem-server could not start: {problem}")
    yield server
    server.close()
    if server.process.stdout:  # the launcher leaves its pipe open
        server.process.stdout.close()


@pytest.fixture(scope="session")
def osmem_backend(osmem_engine):
    """The Elasticsearch backend over HTTP against osmem, loaded with the corpus once."""
    from search.backends.elasticsearch import ElasticsearchBackend

    from .es_support import osmem_client

    backend = ElasticsearchBackend(
        client=osmem_client(osmem_engine.url), alias=f"conformance-{uuid.uuid4().hex[:8]}",
        refresh=True,
    )
    backend.rebuild(RECORDS)
    return backend


@pytest.fixture(scope="session")
def cluster_backend():
    """A real Elasticsearch cluster, only when ELASTICSEARCH_URL is set."""
    url = opt_in("ELASTICSEARCH_URL", "real Elasticsearch cluster")
    from elasticsearch import Elasticsearch

    from search.backends.elasticsearch import ElasticsearchBackend

    client = Elasticsearch(url, request_timeout=30)
    backend = ElasticsearchBackend(
        client=client, alias=f"conformance-{uuid.uuid4().hex[:8]}", refresh=True
    )
    backend.rebuild(RECORDS)
    yield backend
    for name in list(client.indices.get_alias(name=backend.alias)):
        client.indices.delete(index=name)


@pytest.fixture
def database_backend(db):
    from search.backends.database import DatabaseBackend

    backend = DatabaseBackend()
    backend.rebuild(RECORDS)
    return backend


BACKENDS = ["database", "osmem", "cluster"]


@pytest.fixture(params=BACKENDS)
def backend(request):
    """Each conformance test runs once per engine; the engine's name is backend.engine.

    Modules using it must be marked django_db: pytest-django decides which test databases to
    create from the markers it can see before the run, not from fixtures requested later."""
    fixture = {"database": "database_backend", "osmem": "osmem_backend",
               "cluster": "cluster_backend"}[request.param]
    instance = request.getfixturevalue(fixture)
    instance.engine = request.param
    return instance
