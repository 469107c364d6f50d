import pytest
from search.backends.database import DatabaseBackend
from search.query import ServiceQuery
from tests.search.conformance.corpus import RECORDS, POSTCODES
from search.postcodes import PostcodeLocation, Point, PostcodeError, normalise

def locate(v):
    pc = normalise(v)
    if pc in POSTCODES: return PostcodeLocation(pc, Point(*POSTCODES[pc]), "test")
    raise PostcodeError("nope")

@pytest.mark.django_db
def test_smoke():
    b = DatabaseBackend(); print(b.rebuild(RECORDS))
    for params in [{"q":"salt"},{"q":"autisim"},{"q":"swimming"},{"q":"swim"},{"q":"sensorry play"},{"q":"respite"},{"q":"speech and language therapy"},{"q":"camhs"},{"q":"asd"},{"q":"thera"},{"need":"ASD"},{"postcode":"RV1 2AB","radius":"5","sort":"distance"},{"q":"swimming autism nothing"}, {"age":"3","q":"therapy"}]:
        q, errs = ServiceQuery.from_params(params, locate=locate)
        r = b.search(q)
        print(params, errs, r.total, [(h.id, h.name, h.distance_miles, round(h.score,2)) for h in r.hits][:8], r.suggestion, r.relaxed)
        if r.hits: print("   ", r.hits[0].highlights)
    print({k:[(v.value, v.count) for v in vs] for k,vs in r.facets.items()})
