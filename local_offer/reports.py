"""'Report something wrong with this page': the public form, its limits, and who hears about it.

A report goes to the provider (what is wrong, nothing about who said it) and to council
officers (everything the person typed, so they can follow up), and then waits in the admin
with a status until an officer resolves or rejects it.
"""

import hashlib

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from .freshness import absolute, officer_emails, provider_emails
from .models import ProblemReport, ServicePage

MAX_DETAILS = 2000
# Enough for a family reporting several listings, too few for a script filling the inbox.
REPORTS_PER_HOUR = 10
RATE_WINDOW_SECONDS = 60 * 60
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

    class Meta:
        model = ProblemReport
        fields = ["kind", "details", "contact_email"]

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("kind") == ProblemReport.Kind.OTHER
            and not cleaned.get("details", "").strip()
        ):
            self.add_error("details", "Tell us what is wrong")
        return cleaned


def _client_key(request) -> str:
    # REMOTE_ADDR is the address our own proxy sees; it is hashed so the cache holds no IPs.
    address = request.META.get("REMOTE_ADDR", "")
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return f"local_offer:problem-reports:{digest}"


def over_rate_limit(request) -> bool:
    """True once this client has sent REPORTS_PER_HOUR reports within the hour."""
    return cache.get(_client_key(request), 0) >= REPORTS_PER_HOUR


def count_report(request) -> None:
    key = _client_key(request)
    if cache.add(key, 1, RATE_WINDOW_SECONDS):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, RATE_WINDOW_SECONDS)


@transaction.atomic
def file_report(page: ServicePage, form: ProblemReportForm) -> ProblemReport:
    report = form.save(commit=False)
    report.page = page
    report.save()
    transaction.on_commit(lambda: notify(report))
    return report


def notify(report: ProblemReport) -> None:
    page = report.page
    context = {
        "report": report,
        "page": page,
        "page_url": absolute(page.url or "/"),
        "edit_url": absolute(reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "admin_url": absolute(reverse(ADMIN_EDIT_URL, args=[report.pk])),
        "council": settings.WAGTAIL_SITE_NAME,
    }
    to_provider = provider_emails(page)
    if to_provider:
        send_mail(
            subject=f"Someone reported a problem with your listing: {page.title}",
            message=render_to_string("local_offer/email/problem_report_provider.txt", context),
            from_email=None,
            recipient_list=to_provider,
        )
    to_officers = officer_emails()
    if to_officers:
        send_mail(
            subject=f"Problem reported: {page.title} ({report.get_kind_display().lower()})",
            message=render_to_string("local_offer/email/problem_report_officers.txt", context),
            from_email=None,
            recipient_list=to_officers,
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
