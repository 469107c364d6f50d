import pytest
from local_offer.oruk import csv_reader
from tests.local_offer.oruk.test_import_csv import write_csv, SPEECH, SPEECH_SECOND_PLACE
pytestmark = pytest.mark.django_db
def test_dbg(tmp_path):
    recs = csv_reader.read_file(str(write_csv(tmp_path, [SPEECH, SPEECH_SECOND_PLACE])))
    for r in recs: print(r.locations, r.warnings, r.problems, r.opening_times)
    assert 0
