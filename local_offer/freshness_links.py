"""The signed "still accurate" link in a freshness reminder, and what a click on it finds.

The link carries only the reminder's id, signed (no login needed: it goes to the provider's
inbox) and good for CONFIRM_LINK_DAYS. A reminder belongs to one review cycle, so a link from
an old cycle, or one used already, confirms nothing a second time (freshness_confirm.py).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.urls import reverse

from .models import FreshnessReminder
from .notify import absolute

CONFIRM_SALT = "local_offer.freshness.confirm"  # unchanged, so links already sent still work
CONFIRM_LINK_DAYS = 30


def confirm_token(reminder: FreshnessReminder) -> str:
    return signing.dumps({"r": reminder.pk}, salt=CONFIRM_SALT, compress=True)


def confirm_url(reminder: FreshnessReminder) -> str:
    return absolute(reverse("local_offer:still_accurate", args=[confirm_token(reminder)]))


@dataclass(frozen=True)
class LinkCheck:
    reminder: FreshnessReminder | None
    problem: str = ""  # "expired" or "invalid" when the link cannot be used

    @property
    def already_confirmed(self) -> bool:
        """Someone confirmed this cycle, or the listing was checked again since the email."""
        if self.reminder is None:
            return False
        return bool(self.reminder.confirmed_at) or (
            self.reminder.page.last_reviewed != self.reminder.cycle_start
        )


def check_link(token: str) -> LinkCheck:
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=timedelta(days=CONFIRM_LINK_DAYS))
    except signing.SignatureExpired:
        return LinkCheck(None, "expired")
    except signing.BadSignature:
        return LinkCheck(None, "invalid")
    reminder = (
        FreshnessReminder.objects.select_related("page", "page__provider")
        .filter(pk=data.get("r"))
        .first()
    )
    if reminder is None or not reminder.page.live:
        return LinkCheck(None, "invalid")
    return LinkCheck(reminder)
