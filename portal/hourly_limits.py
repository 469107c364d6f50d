"""How many times someone did something in the last window (an hour, say), counted in the
default cache so every worker on every server sees the same count.

The window's start is stored with the count rather than left to the cache's expiry:
`cache.incr` on the database cache (production's) writes the key again with the default
five-minute timeout, which quietly shortened "10 an hour" to "10 without a five-minute gap".
Read then write, not atomic: two attempts in the same instant may count as one, which lets a
double click through, never a flood.
"""

import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Allowance:
    limit: int
    seconds: int = 3600

    def _window(self, key: str, now: float) -> tuple[float, int]:
        started, used = cache.get(key, (now, 0))
        if now - started >= self.seconds:
            return now, 0
        return started, used

    def used_up(self, key: str) -> bool:
        """True once `limit` attempts were counted under this key within the window."""
        return self._window(key, time.time())[1] >= self.limit

    def count(self, key: str) -> None:
        now = time.time()
        started, used = self._window(key, now)
        remaining = max(1, round(started + self.seconds - now))
        cache.set(key, (started, used + 1), remaining)
