"""Where ORUK services come from: a JSON file (one service, a list, or a page envelope) or a
feed URL, whose pages are followed and whose list entries are fetched in full one by one."""

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

TIMEOUT_SECONDS = 30
MAX_PAGES = 10_000
USER_AGENT = "send-portal-oruk-import/1.0"


class FeedError(Exception):
    """The source cannot be read at all (as opposed to one bad record)."""


def is_url(source: str) -> bool:
    return urllib.parse.urlsplit(source).scheme in ("http", "https")


def records_in(document) -> list:
    """The services in a parsed JSON document: a list, a page envelope (`contents` in 3.0,
    `content` in the 1.0 API) or one service."""
    if isinstance(document, list):
        return document
    for key in ("contents", "content"):
        if isinstance(document, dict) and isinstance(document.get(key), list):
            return document[key]
    if isinstance(document, dict):
        return [document]
    raise FeedError("The file is not an ORUK service, list of services or page of services")


def read_file(path: str) -> list:
    try:
        with open(Path(path), encoding="utf-8-sig") as handle:
            return records_in(json.load(handle))
    except FileNotFoundError:
        raise FeedError(f"There is no file at {path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as problem:
        raise FeedError(f"{path} is not valid JSON: {problem}") from None


def fetch_json(url: str, opener=None):
    if not is_url(url):
        raise FeedError(f"Only http and https feeds can be fetched, not {url}")
    opener = opener or urllib.request.urlopen
    headers = {"Accept": "application/json", "User-Agent": USER_AGENT}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (scheme checked above)
    try:
        with opener(request, timeout=TIMEOUT_SECONDS) as response:
            return json.loads(response.read().decode("utf-8-sig"))
    except (urllib.error.URLError, TimeoutError, OSError) as problem:
        raise FeedError(f"Could not fetch {url}: {problem}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as problem:
        raise FeedError(f"{url} did not return JSON: {problem}") from None


def _with_page(url: str, page: int) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query) if k != "page"]
    query.append(("page", str(page)))
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))


def read_url(url: str, opener=None) -> Iterator:
    """Every service in a feed. A /services list holds one-to-one fields only, so each entry
    is fetched again from /services/{id} for its locations, schedules and the rest."""
    first = fetch_json(url, opener)
    if not (isinstance(first, dict) and "contents" in first):
        yield from records_in(first)
        return
    base = urllib.parse.urlsplit(url)._replace(query="", fragment="").geturl().rstrip("/")
    document, page = first, 1
    while True:
        for entry in document.get("contents") or []:
            if isinstance(entry, dict) and entry.get("id") and "service_at_locations" not in entry:
                try:
                    yield fetch_json(f"{base}/{urllib.parse.quote(str(entry['id']))}", opener)
                except FeedError as problem:
                    yield {
                        "id": entry.get("id"),
                        "name": entry.get("name"),
                        "_fetch_error": str(problem),
                    }
            else:
                yield entry
        total_pages = document.get("total_pages")
        if document.get("last_page") is True or not document.get("contents"):
            return
        if isinstance(total_pages, int) and page >= total_pages:
            return
        page += 1
        if page > MAX_PAGES:
            return
        document = fetch_json(_with_page(url, page), opener)


def read_source(source: str, opener=None) -> Iterator:
    if is_url(source):
        yield from read_url(source, opener)
    else:
        yield from read_file(source)
