"""The record's own timeline entries: each change in this app writes one RecordEvent, and the
timeline reads the newest in one query (see timeline.py for the other apps' entries)."""

from .models import Child, RecordEvent
from .sections import Section
from .timeline import TIMELINE_LENGTH, TimelineEntry


def record(
    child: Child, by, section: Section, title: str, detail: str = "", url: str = ""
) -> RecordEvent:
    return RecordEvent.objects.create(
        child=child,
        by=by if by is not None and by.is_authenticated else None,
        section=str(section),
        title=title[:200],
        detail=detail[:300],
        url=url,
    )


def timeline_entries(child: Child) -> list[TimelineEntry]:
    events = RecordEvent.objects.filter(child=child).select_related("by")[:TIMELINE_LENGTH]
    return [
        TimelineEntry(
            when=event.when,
            title=event.title,
            detail=_by(event) + event.detail,
            url=event.url or None,
        )
        for event in events
    ]


def _by(event: RecordEvent) -> str:
    if event.by is None:
        return ""
    return f"By {event.by.get_full_name()}. " if event.detail else f"By {event.by.get_full_name()}"
