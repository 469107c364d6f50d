"""ORUK ids: stable, reversible, valid UUIDs, and never confused between kinds."""

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from local_offer.oruk import ids


@given(st.sampled_from(sorted(ids.KINDS)), st.integers(min_value=0, max_value=2**62 - 1))
def test_an_id_decodes_back_to_its_primary_key(kind, pk):
    value = ids.encode(kind, pk)

    assert uuid.UUID(value).version == 8
    assert ids.decode(kind, value) == pk


def test_an_id_of_one_kind_is_not_an_id_of_another():
    service = ids.encode("service", 7)

    assert ids.decode("organization", service) is None
    assert ids.decode("service", service.upper()) == 7


@pytest.mark.parametrize(
    "value",
    [
        "",
        "nope",
        "12",
        "2ea53820-d4f8-4d2a-a5f0-4a891de0f35c",
        "5e0d1c0f-fe00-4001-8000-000000000007",
    ],
)
def test_other_values_are_not_ours(value):
    assert ids.decode("service", value) is None


def test_each_council_can_have_its_own_prefix(settings):
    ours = ids.encode("service", 1)
    settings.ORUK_ID_PREFIX = "0123456789ab"

    theirs = ids.encode("service", 1)

    assert theirs != ours and theirs.startswith("01234567-89ab-8")
    assert ids.decode("service", ours) is None


def test_an_imported_uuid_is_kept_and_anything_else_is_replaced():
    imported = str(uuid.uuid4())

    assert ids.public_id("service", 3, imported.upper()) == imported
    assert ids.public_id("service", 3, "csv:12") == ids.encode("service", 3)
    assert ids.public_id("service", 3, None) == ids.encode("service", 3)
