"""What families search for, kept without personal data: evidence of need for planning.

A row holds the words (normalised, with anything that looks like an email address, a phone
number or a full postcode taken out), the filters (a postcode only as its outcode, "RV1"), the
number of results and when. No IP address, no user, no session, no cookie: a row cannot be
traced back to a family. Zero-result searches are the planning dashboard's "unmet need".
"""

import re
from datetime import timedelta

from django.db import models
from django.utils import timezone

from .postcodes import outcode

MAX_LOGGED_TEXT = 200

_EMAIL = re.compile(r"\S+@\S+")
_PHONE = re.compile(r"\+?\d[\d ()-]{7,}\d")
_FULL_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*[0-9][A-Z]{2}\b", re.IGNORECASE)


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
    text = _FULL_POSTCODE.sub(lambda m: m.group(1), text)
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
        filters["outcode"] = outcode(query.postcode)
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
        SearchLog.objects.filter(zero_results=True, searched_at__gte=since, page=1)
        .values("text")
        .annotate(times=models.Count("id"))
        .order_by("-times", "text")
    )
