import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from search.backends.database import DatabaseBackend
from .conformance.corpus import RECORDS
@pytest.mark.django_db
def test_q(client):
    DatabaseBackend().rebuild(RECORDS)
    for params in [{"q": "club", "need": "PD", "postcode": "RV1 2AB", "radius": "50", "sort": "distance", "age": "9", "cost": "charge"}, {"cost": "free"}, {"q":"autisim"}, {"q": "zzzz qqqq"}]:
        with CaptureQueriesContext(connection) as ctx:
            client.get("/local-offer/search/", params)
        print(params, len(ctx.captured_queries))
        for q in ctx.captured_queries: print("   ", q["sql"][:110])
