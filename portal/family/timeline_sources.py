"""This app's own entries in the record's timeline (see timeline.py)."""

from django.urls import reverse

from .timeline import TimelineEntry


def child_created(child) -> list[TimelineEntry]:
    return [
        TimelineEntry(
            when=child.created_at,
            title=f"{child.first_name}'s record was started",
            url=reverse("family:record", args=[child.pk]),
        )
    ]
