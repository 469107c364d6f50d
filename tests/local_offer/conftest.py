"""Fixtures for the Local Offer model tests. The moderation and ORUK tests keep their own."""

import pytest

from .page_support import build_page_tree, make_admin


@pytest.fixture
def page_tree(db):
    return build_page_tree()


@pytest.fixture
def site_admin(db):
    return make_admin()
