"""A second process for tests/youngcommissioners/test_limits_across_processes.py: the project's
test settings, the database the test hands over (its settings as JSON in LIMITS_DATABASE),
and production's database cache. Counts `times` comments from one client address and prints
what the feedback limit said before and after, as JSON.

    python limit_counter.py ADDRESS TIMES
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

import django  # noqa: E402
from django.conf import settings  # noqa: E402

settings.DATABASES = {"default": json.loads(os.environ["LIMITS_DATABASE"])}
settings.CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache"}
}
django.setup()

from django.contrib.auth.models import AnonymousUser  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from youngcommissioners import feedback  # noqa: E402


def main(address: str, times: int) -> None:
    request = RequestFactory().post("/voice/feedback/", REMOTE_ADDR=address)
    request.user = AnonymousUser()
    before = feedback.refused(request)
    for _ in range(times):
        feedback.count(request)
    print(json.dumps({"refused_before": before, "refused_after": feedback.refused(request)}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
