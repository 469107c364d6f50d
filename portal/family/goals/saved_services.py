"""Local Offer services saved to a child's record: saving one, the list with each service's
state today ("no longer listed" once the council takes it down), and emailing the list.

The Local Offer is read only through its public module (local_offer.services).
"""

from dataclasses import dataclass
from datetime import datetime

from django.core.mail import send_mail
from django.core.paginator import Page, Paginator
from django.db import IntegrityError, transaction
from django.db.models import Count, Window
from django.template.loader import render_to_string

from local_offer.services import published_services
from portal.family.models import Child
from portal.hourly_limits import Allowance

from .models import SavedService

# Each email goes only to the person's own address, but a held-down button or a script could
# still fill their inbox (and the council's sending quota). Counted in the default cache, which
# is the database in production, so the limit holds across every worker process.
EMAILS_PER_HOUR = 5
EMAIL_WINDOW_SECONDS = 60 * 60
EMAIL_ALLOWANCE = Allowance(EMAILS_PER_HOUR, EMAIL_WINDOW_SECONDS)


@dataclass(frozen=True)
class ServiceLink:
    id: int
    name: str
    url: str


@dataclass(frozen=True)
class SavedEntry:
    saved_id: str
    name: str
    url: str  # "" when no longer listed
    listed: bool
    note: str
    saved_at: datetime
    saved_by_name: str


def listed_services(ids, request=None) -> dict[int, ServiceLink]:
    """The services among `ids` that are published today, by id (one query)."""
    pages = (
        published_services()
        .prefetch_related(None)
        .select_related(None)
        .filter(pk__in=list(ids))
        .only("id", "title", "url_path", "path", "depth")
    )
    return {
        page.pk: ServiceLink(page.pk, page.title, page.get_url(request) or "") for page in pages
    }


def listed_service(service_id, request=None) -> ServiceLink | None:
    return listed_services([service_id], request).get(service_id)


def save(child: Child, user, service: ServiceLink, note: str) -> tuple[SavedService, bool]:
    """Save a service to a child's record; saving it again replaces the note. Returns the saved
    row and whether it is new."""
    existing = SavedService.objects.filter(child=child, service_id=service.id).first()
    if existing is None:
        try:
            with transaction.atomic():
                return SavedService.objects.create(
                    child=child, service_id=service.id, service_name=service.name,
                    service_url=service.url, note=note, saved_by=user,
                ), True
        except IntegrityError:  # saved from another tab a moment ago
            existing = SavedService.objects.get(child=child, service_id=service.id)
    existing.note = note
    existing.service_name = service.name
    existing.service_url = service.url
    existing.save(update_fields=["note", "service_name", "service_url"])
    return existing, False


def saved_rows(child: Child):
    """The child's saved services, newest first (the list page pages through these)."""
    return SavedService.objects.filter(child=child).select_related("saved_by").order_by(
        "-saved_at", "pk"
    )


def saved_page(child: Child, number, per_page: int) -> Page:
    """One page of saved_rows, with the total counted in the same query (a window count)
    rather than a separate COUNT, so paging costs the list page no extra query. A page past
    the end shows the last one, as Paginator.get_page does."""
    try:
        number = max(1, int(number))
    except (TypeError, ValueError):
        number = 1
    counted = saved_rows(child).annotate(total=Window(Count("pk")))
    rows = list(counted[(number - 1) * per_page:number * per_page])
    if rows:
        total = rows[0].total
    else:
        total = saved_rows(child).count()
        number = max(1, -(-total // per_page))
        rows = list(counted[(number - 1) * per_page:number * per_page]) if total else []
    paginator = Paginator([], per_page)
    paginator.count = total  # what Paginator would have counted, already known
    return Page(rows, number, paginator)


def saved_list(child: Child, request=None) -> list[SavedEntry]:
    """The whole list, for printing and the email."""
    return entries_for(saved_rows(child), request)


def entries_for(rows, request=None) -> list[SavedEntry]:
    saved = list(rows)
    listed = listed_services({row.service_id for row in saved}, request)
    entries = []
    for row in saved:
        link = listed.get(row.service_id)
        entries.append(SavedEntry(
            saved_id=str(row.pk),
            name=link.name if link else row.service_name,
            url=link.url if link else "",
            listed=link is not None,
            note=row.note,
            saved_at=row.saved_at,
            saved_by_name=row.saved_by.get_full_name() if row.saved_by else "",
        ))
    return entries


def _email_count_key(user) -> str:
    return f"family_goals:saved-list-emails:{user.pk}"


def over_email_limit(user) -> bool:
    """True once this person has had EMAILS_PER_HOUR lists emailed within the hour."""
    return EMAIL_ALLOWANCE.used_up(_email_count_key(user))


def _count_email(user) -> None:
    EMAIL_ALLOWANCE.count(_email_count_key(user))


def email_list(user, child: Child, entries: list[SavedEntry], absolute_url) -> None:
    """Email the list to the signed-in person's own address only. The email carries the
    services' names and links and the child's first name: never notes (they may say why a
    child needs the service), the child's surname or anything else from the record."""
    context = {
        "first_name": child.first_name,
        "services": [
            {"name": entry.name, "url": absolute_url(entry.url) if entry.listed else ""}
            for entry in entries
        ],
    }
    send_mail(
        subject=render_to_string("family_goals/email/saved_services_subject.txt", context).strip(),
        message=render_to_string("family_goals/email/saved_services_message.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )
    _count_email(user)
