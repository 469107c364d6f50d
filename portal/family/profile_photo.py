"""The photo slot on the one-page profile. The documents app stores photos (encrypted, served
through the policy); it registers a source here in its AppConfig.ready(), so this app shows a
photo without importing it:

    from portal.family.profile_photo import Photo, register_photo_source

    def photo(child) -> Photo | None: ...

    register_photo_source(photo)
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Photo:
    url: str
    alt: str = ""
    change_url: str | None = None  # where a carer adds or changes it


_sources: list[Callable] = []


def register_photo_source(fn: Callable) -> Callable:
    if fn not in _sources:
        _sources.append(fn)
    return fn


def photo_for(child) -> Photo | None:
    for source in _sources:
        found = source(child)
        if found is not None:
            return found
    return None
