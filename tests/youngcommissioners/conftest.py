"""The Young Commissioners cast (tests/youngcommissioners/commissioner_support.py) for any
test here that names it."""

import pytest

from .commissioner_support import Cast, make_cast


@pytest.fixture
def yc(db) -> Cast:
    return make_cast()
