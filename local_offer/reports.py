"""'Report something wrong with this page': the public form, its limits, and who hears about it.

A report goes to the provider (what is wrong, nothing about who said it) and to council
officers (everything the person typed, so they can follow up), and then waits in the admin
with a status until an officer resolves or rejects it.

Limits, so nobody can fill the officers' and providers' inboxes: each address may send
REPORTS_PER_HOUR reports an hour; each listing takes REPORTS_PER_LISTING_PER_HOUR new reports an
hour; the same words about the same listing, while an earlier report of them is still open, are
counted on that report and email nobody; and a form that fills in the hidden "website" box
(people never see it, scripts fill every box) is thanked and thrown away.
"""

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from django import forms
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.client_address import client_address
from portal.hourly_limits import Allowance

from .models import ProblemReport, ServicePage
from .notify import absolute, edit_url, officer_emails, provider_emails, send

MAX_DETAILS = 2000
# Enough for a family reporting several listings, too few for a script filling the inbox.
REPORTS_PER_HOUR = 10
RATE_WINDOW_SECONDS = 60 * 60
CLIENT_ALLOWANCE = Allowance(REPORTS_PER_HOUR, RATE_WINDOW_SECONDS)
# New reports about one listing in an hour, from everyone together. Repeats of an open report
# do not count (they cost no email), so many families saying "it has closed" are all heard.
REPORTS_PER_LISTING_PER_HOUR = 5
OPEN_STATUSES = (ProblemReport.Status.NEW, ProblemReport.Status.IN_PROGRESS)
HONEYPOT_FIELD = "website"
# The problem reports' SnippetViewSet (wagtail_hooks.py) keeps Wagtail's default URL names.
ADMIN_EDIT_URL = "wagtailsnippets_local_offer_problemreport:edit"


class ProblemReportForm(forms.ModelForm):
    kind = forms.ChoiceField(
        label="What is wrong?",
        choices=ProblemReport.Kind.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select what is wrong with this page"},
    )
    details = forms.CharField(
        label="Tell us more",
        help_text="For example, the new phone number or the date it closed. "
        "Do not include details about your child's health.",
        required=False,
        max_length=MAX_DETAILS,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={
            "max_length": f"Tell us more must be {MAX_DETAILS:,} characters or fewer "
            "(you have typed %(show_value)s)"
        },
    )
    contact_email = forms.EmailField(
        label="Your email address",
        help_text="Only if you are happy for a council officer to contact you about this. "
        "We will not share it with the provider.",
        required=False,
        max_length=254,
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.com"
        },
    )

    # The honeypot: hidden from people and from screen readers by the template, so only a
    # script fills it in. Its name is one no browser autofills.
    website = forms.CharField(
        label="Leave this box empty",
        required=False,
        widget=forms.TextInput(
            attrs={"class": "govuk-input", "tabindex": "-1", "autocomplete": "off"}
        ),
    )

    class Meta:
        model = ProblemReport
        fields = ["kind", "details", "contact_email"]

    @property
    def filled_by_a_script(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("kind") == ProblemReport.Kind.OTHER
            and not cleaned.get("details", "").strip()
        ):
            self.add_error("details", "Tell us what is wrong")
        return cleaned


def _client_key(request) -> str:
    # The client's address even behind proxies; it is hashed so the cache holds no IPs.
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"local_offer:problem-reports:{digest}"


def over_rate_limit(request) -> bool:
    """True once this client has sent REPORTS_PER_HOUR reports within the hour."""
    return CLIENT_ALLOWANCE.used_up(_client_key(request))


def count_report(request) -> None:
    CLIENT_ALLOWANCE.count(_client_key(request))


def normalised(text: str) -> str:
    """What makes two reports "the same words": case, spacing and end punctuation aside."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(text.split()).rstrip(".!?,;: ")


def fingerprint(kind: str, details: str) -> str:
    return hashlib.sha256(f"{kind}\n{normalised(details)}".encode()).hexdigest()


class Outcome(StrEnum):
    NEW = "new"  # saved, and the provider and officers emailed
    REPEAT = "repeat"  # counted on the open report that says the same; nobody emailed
    PAUSED = "paused"  # the listing has had its new reports for this hour; nothing saved


@dataclass(frozen=True)
class Filing:
    outcome: Outcome
    report: ProblemReport | None = None


@transaction.atomic
def file_report(page: ServicePage, form: ProblemReportForm, now=None) -> Filing:
    now = now or timezone.now()
    # One report at a time per listing (PostgreSQL), so two identical reports sent together
    # cannot both become new ones.
    list(ServicePage.objects.select_for_update().filter(pk=page.pk).values_list("pk"))
    data = form.cleaned_data
    key = fingerprint(data["kind"], data.get("details", ""))
    open_report = (
        ProblemReport.objects.filter(page=page, fingerprint=key, status__in=OPEN_STATUSES)
        .order_by("created_at")
        .first()
    )
    if open_report is not None:
        open_report.times_reported += 1
        open_report.last_reported_at = now
        fields = ["times_reported", "last_reported_at", "updated_at"]
        if not open_report.contact_email and data.get("contact_email"):
            open_report.contact_email = data["contact_email"]
            fields.append("contact_email")
        open_report.save(update_fields=fields)
        return Filing(Outcome.REPEAT, open_report)
    recent = ProblemReport.objects.filter(
        page=page, created_at__gt=now - timedelta(seconds=RATE_WINDOW_SECONDS)
    )
    if recent.count() >= REPORTS_PER_LISTING_PER_HOUR:
        return Filing(Outcome.PAUSED)
    report = form.save(commit=False)
    report.page = page
    report.fingerprint = key
    report.created_at = report.last_reported_at = now
    report.save()
    transaction.on_commit(lambda: notify(report))
    return Filing(Outcome.NEW, report)


def notify(report: ProblemReport) -> None:
    page = report.page
    context = {
        "report": report,
        "page": page,
        "page_url": absolute(page.url or "/"),
        "edit_url": edit_url(page),
        "admin_url": absolute(reverse(ADMIN_EDIT_URL, args=[report.pk])),
        "council": settings.WAGTAIL_SITE_NAME,
    }
    send(
        f"Someone reported a problem with your listing: {page.title}",
        "local_offer/email/problem_report_provider.txt",
        context,
        provider_emails(page),
    )
    send(
        f"Problem reported: {page.title} ({report.get_kind_display().lower()})",
        "local_offer/email/problem_report_officers.txt",
        context,
        officer_emails(),
    )


def erase_reporter(user):
    """Account deletion: forget the address a person left on problem reports (the reports
    themselves are about a listing, not about them, so they stay)."""
    from portal.accounts.deletion import ErasureReport

    reports = ProblemReport.objects.filter(contact_email__iexact=user.email)
    if not reports.update(contact_email=""):
        return ErasureReport()
    return ErasureReport(
        erased=["Your email address on problems you reported with Local Offer pages"]
    )
