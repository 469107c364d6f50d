"""Small readings of a ServiceRecord dict that every backend needs the same way."""

import re

from .postcodes import Point, haversine_miles

# A name written as one word around a number ("Footy4kids", "Time2Talk"): every engine reads
# it as one word, so "football for kids" would never meet "kids" in it. Its parts are indexed
# with the keywords ("footy 4 kids").
_RUN_TOGETHER = re.compile(r"\b([A-Za-z]{2,})(\d)([A-Za-z]{2,})\b")


def index_keywords(record: dict) -> list[str]:
    """What is indexed as a service's keywords: its own, its categories' and provider's names,
    and the parts of any word of its name run together around a number."""
    return [
        *record.get("keywords", ()),
        *record.get("category_labels", ()),
        record.get("provider_name", ""),
        *(" ".join(parts) for parts in _RUN_TOGETHER.findall(record.get("name") or "")),
    ]


def open_slots(record: dict) -> list[tuple[int, int]]:
    """Opening times as (start, end) minutes of the week, Monday 00:00 = 0; end exclusive."""
    slots = []
    for slot in record.get("opening_times") or ():
        starts = slot["weekday"] * 1440 + _minutes(slot["opens"])
        ends = slot["weekday"] * 1440 + _minutes(slot["closes"])
        if ends > starts:
            slots.append((starts, ends))
    return slots


def _minutes(hhmm: str) -> int:
    hours, _, minutes = str(hhmm).partition(":")
    return int(hours) * 60 + int(minutes or 0)


def nearest_miles(record: dict, point: Point) -> float | None:
    """Miles to the nearest location (1 dp), or whole miles (at least 1) when the nearest
    address is hidden, so a childminder's home cannot be found by searching around it."""
    best: tuple[float, bool] | None = None
    for place in record.get("locations") or ():
        if place.get("latitude") is None or place.get("longitude") is None:
            continue
        miles = haversine_miles(
            point.latitude, point.longitude, place["latitude"], place["longitude"]
        )
        if best is None or miles < best[0]:
            best = (miles, bool(place.get("hide_exact_address")))
    if best is None:
        return None
    miles, hidden = best
    return float(max(1, round(miles))) if hidden else round(miles, 1)


def filtered_cost_type(record: dict) -> str:
    """The cost the "free" filter reads: a listing with no price whose words say it is free
    ("a free drop-in") is found as free; its page still shows what its fields say."""
    if record.get("words_say_free") and record.get("cost_type") == "varies":
        return "free"
    return record.get("cost_type") or "free"
