"""GOV.UK pagination for any list: which page numbers to show and where each one links.

One rule for every paged list (search results, a folder of services, invitations): the first
and last page, the pages either side of this one, and "…" for the gaps.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None for the "…" between distant page numbers
    href: str = ""
    current: bool = False


@dataclass(frozen=True)
class Pagination:
    links: list[PageLink]
    previous_href: str = ""
    next_href: str = ""

    def __bool__(self) -> bool:
        return bool(self.links)


def paginate(current: int, last: int, href: Callable[[int], str]) -> Pagination:
    if last <= 1:
        return Pagination([])
    wanted = {1, last, current - 1, current, current + 1}
    links: list[PageLink] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if number - previous > 1:
            links.append(PageLink(None))
        links.append(PageLink(number, href(number), number == current))
        previous = number
    return Pagination(
        links,
        previous_href=href(current - 1) if current > 1 else "",
        next_href=href(current + 1) if current < last else "",
    )
