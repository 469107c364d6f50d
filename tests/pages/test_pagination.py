"""One pagination rule for every paged list: first, last, either side of this page, "…" gaps."""

import pytest

from portal.pagination import PageLink, paginate


def _numbers(pagination):
    return [link.number for link in pagination.links]


def test_a_single_page_has_no_pagination():
    assert not paginate(1, 1, str)


@pytest.mark.parametrize(
    ("current", "last", "shown"),
    [
        (1, 2, [1, 2]),
        (1, 9, [1, 2, None, 9]),
        (5, 9, [1, None, 4, 5, 6, None, 9]),
        (9, 9, [1, None, 8, 9]),
        (3, 9, [1, 2, 3, 4, None, 9]),
    ],
)
def test_first_last_and_neighbours_with_gaps(current, last, shown):
    assert _numbers(paginate(current, last, str)) == shown


def test_links_previous_and_next_use_the_given_address():
    pagination = paginate(2, 3, lambda n: f"?q=swim&page={n}")

    assert pagination.previous_href == "?q=swim&page=1"
    assert pagination.next_href == "?q=swim&page=3"
    assert PageLink(2, "?q=swim&page=2", True) in pagination.links


def test_first_page_has_no_previous_and_last_no_next():
    assert paginate(1, 3, str).previous_href == ""
    assert paginate(3, 3, str).next_href == ""
