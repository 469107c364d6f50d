"""What families search for, kept without personal data: evidence of need for planning.

A row holds the words (normalised, with anything that looks like an email address, a phone
number or a full postcode taken out), the filters (a postcode only as its outcode, "RV1"), the
number of results and when. No IP address, no user, no session, no cookie: a row cannot be
traced back to a family. Zero-result searches are the planning dashboard's "unmet need".
"""

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db import models
from django.db.models.fields.json import KT
from django.utils import timezone

from portal.postcodes import IN_TEXT as _FULL_POSTCODE
from portal.postcodes import normalise, outcode

from .vocabulary import Vocabulary, current_vocabulary

MAX_LOGGED_TEXT = 200

_EMAIL = re.compile(r"\S+@\S+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")


class SearchLog(models.Model):
    searched_at = models.DateTimeField(default=timezone.now, db_index=True)
    text = models.CharField(max_length=MAX_LOGGED_TEXT, blank=True)
    # {"need": ["ASD"], "age": 7, "outcode": "RV1", "radius": 5, ...}: only what was chosen
    filters = models.JSONField(default=dict, blank=True)
    result_count = models.PositiveIntegerField()
    zero_results = models.BooleanField(default=False)
    page = models.PositiveSmallIntegerField(default=1)
    suggestion = models.CharField(max_length=MAX_LOGGED_TEXT, blank=True)  # "did you mean"

    class Meta:
        indexes = [models.Index(fields=["zero_results", "searched_at"], name="search_log_unmet")]
        verbose_name = "search"
        verbose_name_plural = "searches"

    def __str__(self) -> str:
        return f"{self.text or '(filters only)'}: {self.result_count}"


def normalise_text(text: str) -> str:
    """Lower case, single spaces, personal details replaced, so the same search counts once."""
    text = _EMAIL.sub("[email]", text or "")
    text = _FULL_POSTCODE.sub(lambda m: m["outward"], text)
    text = _PHONE.sub("[phone]", text)
    return " ".join(text.lower().split())[:MAX_LOGGED_TEXT]


def logged_filters(query) -> dict:
    filters: dict = {}
    for name, values in (("need", query.needs), ("category", query.categories),
                         ("cost", query.cost), ("delivery", query.delivery)):
        if values:
            filters[name] = list(values)
    if query.age is not None:
        filters["age"] = query.age
        if query.age_to is not None:  # a range read from the words ("teenagers": 13 to 19)
            filters["age_to"] = query.age_to
    if query.postcode:
        if normalise(query.postcode):
            filters["outcode"] = outcode(query.postcode)
        else:  # a place named in the words ("near Brigg"): a town, never a home
            filters["place"] = query.postcode[:100]
        filters["radius"] = query.radius_miles
    for name in ("accepts_personal_budget", "open_now", "holidays"):
        if getattr(query, name):
            filters[name] = True
    return filters


def record_search(query, results) -> SearchLog | None:
    """Log one search; a visit to the empty search page asks nothing, so it is not logged."""
    if not query.text and not query.has_filters:
        return None
    return SearchLog.objects.create(
        text=normalise_text(query.text),
        filters=logged_filters(query),
        result_count=results.total,
        zero_results=results.total == 0,
        page=query.page,
        suggestion=normalise_text(results.suggestion or "") if results.showing_suggestion else "",
    )


def unmet_searches(days: int = 365, now=None):
    """Zero-result searches in the last `days`, most asked first: for the planning dashboard."""
    since = (now or timezone.now()) - timedelta(days=days)
    return (
        _unmet(since)
        .values("text")
        .annotate(times=models.Count("id"))
        .order_by("-times", "text")
    )


# A group with fewer searches than this is never shown: a rare need in a small area, counted
# once or twice, could point to one family. Every report of unmet need uses this floor.
MIN_GROUP_SIZE = 5


@dataclass(frozen=True)
class UnmetNeed:
    """Searches that found nothing for one need (or combination of needs), age and area."""

    needs: tuple[str, ...]  # need codes, sorted; () when the search chose none
    need_label: str
    age: int | None
    age_to: int | None  # top of a range read from the words ("teenagers": 13 to 19)
    outcode: str  # "RV1"; "" when no postcode was given
    searches: int

    @property
    def age_label(self) -> str:
        if self.age is None:
            return "Any age"
        if self.age_to is None or self.age_to == self.age:
            return str(self.age)
        return f"{self.age} to {self.age_to}"

    @property
    def area_label(self) -> str:
        return self.outcode or "No postcode given"


def unmet_needs(
    first_day: date,
    last_day: date,
    *,
    minimum: int = MIN_GROUP_SIZE,
    vocabulary: Vocabulary | None = None,
) -> list[UnmetNeed]:
    """Zero-result searches from `first_day` to `last_day` (whole days, the council's time zone)
    grouped by need, age and area, most searched first; groups under `minimum` are left out.

    A search for several needs counts once, under that combination: finding nothing for
    "autism and hearing impairment" says nothing about either need alone.
    """
    zone = timezone.get_current_timezone()
    start = datetime.combine(first_day, time.min, tzinfo=zone)
    end = datetime.combine(last_day + timedelta(days=1), time.min, tzinfo=zone)
    rows = (
        _unmet(start, end)
        .values(
            need=KT("filters__need"),
            age=KT("filters__age"),
            age_to=KT("filters__age_to"),
            area=KT("filters__outcode"),
        )
        .annotate(times=models.Count("id"))
        .order_by()
    )
    # The database groups by the stored text; the same needs in another order are one group.
    counts: Counter = Counter()
    for row in rows:
        key = (_codes(row["need"]), _whole(row["age"]), _whole(row["age_to"]),
               (row["area"] or "").upper())
        counts[key] += row["times"]
    vocabulary = vocabulary or current_vocabulary()
    groups = [
        UnmetNeed(
            needs=needs,
            need_label=" and ".join(vocabulary.need_label(code) for code in needs)
            or "No need chosen",
            age=age,
            age_to=age_to,
            outcode=area,
            searches=times,
        )
        for (needs, age, age_to, area), times in counts.items()
        if times >= minimum
    ]
    groups.sort(key=lambda group: (-group.searches, group.need_label, _sortable(group.age),
                                   _sortable(group.age_to), group.outcode))
    return groups


def _unmet(start: datetime, end: datetime | None = None):
    # Only the first page: paging through results is not another search.
    searches = SearchLog.objects.filter(zero_results=True, searched_at__gte=start, page=1)
    return searches.filter(searched_at__lt=end) if end is not None else searches


def _codes(stored) -> tuple[str, ...]:
    # The JSON list as text; SQLite and PostgreSQL space it differently, so parse it.
    if not stored:
        return ()
    try:
        codes = json.loads(stored) if isinstance(stored, str) else stored
    except ValueError:
        codes = [stored]
    if not isinstance(codes, list):
        codes = [codes]
    return tuple(sorted({str(code) for code in codes}))


def _sortable(age: int | None) -> int:
    return -1 if age is None else age


def _whole(stored) -> int | None:
    try:
        return int(stored)
    except (TypeError, ValueError):
        return None
