"""A bounded fuzz run of the ORUK API (`make fuzz`; marked `fuzz`, so not part of `make test`).

schemathesis reads the OpenAPI document the API serves and sends what it allows and what it
does not (boundaries, odd text, other methods) to every operation, through Django's WSGI
application, over a small demo-like Local Offer. No answer may be a server error, and each
must be JSON with a status the document lists. docs/fuzz.md records a run's figures.
"""

import time

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    status_code_conformance,
    unsupported_method,
)

from local_offer.oruk.openapi import build
from search.api import rebuild_from_sources as rebuild
from search.models import Postcode

pytestmark = [pytest.mark.fuzz, pytest.mark.django_db]

EXAMPLES_PER_OPERATION = 40
# Not response_schema_conformance: the document's response schemas are the UK profile's by URL,
# and this run has no network. test_api_schema.py validates every response body offline.
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, unsupported_method]

tally = {"examples": 0, "operations": set(), "failed": set()}


@pytest.fixture
def oruk_api(local_offer, capsys):
    """The served document, over the conftest's Local Offer with its postcodes known and the
    search index built, so search, postcode and proximity reach real rows."""
    for postcode, latitude, longitude in [
        ("RV1 2AB", 52.9601, -1.9802),
        ("RV9 4XY", 52.99237, -2.02841),
        ("RV5 1AA", 52.958, -2.025),
    ]:
        Postcode.objects.create(
            postcode=postcode, outcode=postcode.split()[0], latitude=latitude, longitude=longitude
        )
    rebuild()
    # As Django's test client does: these receivers would close the test's open transaction
    # at each request, and with it the data above.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    started = time.monotonic()
    schema = schemathesis.openapi.from_dict(build("http://localhost/api/oruk"))
    schema.app = WSGIHandler()
    yield schema
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)
    with capsys.disabled():  # the figures docs/fuzz.md records, shown without -s
        print(
            f"\nfuzz: {len(tally['operations'])} operations, {tally['examples']} examples, "
            f"{len(tally['failed'])} failing, {time.monotonic() - started:.1f} s"
        )


schema = schemathesis.pytest.from_fixture("oruk_api")


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_request_makes_the_api_fail(case):
    tally["examples"] += 1
    tally["operations"].add(case.operation.label)
    try:
        case.call_and_validate(checks=CHECKS)
    except Exception:
        tally["failed"].add(case.operation.label)  # counted once, however often it shrinks
        raise
