"""Leaving feedback on the Local Offer: the two forms (everyone's, and the young person's in
plain words), their limits, and filing an item so the safeguarding screen sees it first.

Limits, so nobody can flood the officers' queue: a signed-out client may send
ANONYMOUS_PER_HOUR items an hour (counted in the default cache, the database in production, so
every process shares the count); a signed-in person SIGNED_IN_PER_HOUR. A form that fills in
the hidden "website" box (people never see it, scripts fill every box) is thanked and thrown
away. Text boxes take MAX_TEXT characters.
"""

import hashlib
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from local_offer.services import published_services
from portal.client_address import client_address
from portal.hourly_limits import Allowance

from .models import MAX_TEXT, Feedback, FeedbackContact
from .safeguarding import screen
from .safeguarding_alerts import raise_alert

ANONYMOUS_PER_HOUR = 5
SIGNED_IN_PER_HOUR = 20
ANONYMOUS_ALLOWANCE = Allowance(ANONYMOUS_PER_HOUR)
SIGNED_IN_ALLOWANCE = Allowance(SIGNED_IN_PER_HOUR)
HONEYPOT_FIELD = "website"
REFUSED_MESSAGE = (
    "You have sent a lot of comments in the last hour, so we cannot take this one yet. "
    "Wait an hour and send it again, or phone the council. What you typed is still below."
)


def _too_long(label: str) -> dict:
    return {
        "max_length": f"{label} must be {MAX_TEXT:,} characters or fewer "
        "(you have typed %(show_value)s)"
    }


@dataclass(frozen=True)
class Subject:
    """What a comment is about: one published listing, or the Local Offer as a whole."""

    page_id: int | None = None
    title: str = ""
    url: str = ""

    @property
    def is_service(self) -> bool:
        return self.page_id is not None


def service_subject(page_id: int) -> Subject | None:
    page = published_services().filter(pk=page_id).first()
    if page is None:
        return None
    return Subject(page.pk, page.title, page.url or "")


class _SpamChecks(forms.Form):
    # The honeypot: hidden from people and screen readers by the template, so only a script
    # fills it in. Its name is one no browser autofills.
    website = forms.CharField(
        label="Leave this box empty", required=False,
        widget=forms.TextInput(
            attrs={"class": "govuk-input", "tabindex": "-1", "autocomplete": "off"}
        ),
    )
    name = forms.CharField(
        label="Your name (optional)", required=False, max_length=100,
        error_messages={"max_length": "Your name must be 100 characters or fewer"},
    )
    email = forms.EmailField(
        label="Your email address (only if you want a reply)",
        help_text="We keep it apart from your comment and never publish it.",
        required=False, max_length=254,
        error_messages={
            "invalid": "Enter an email address in the correct format, like name@example.com"
        },
    )

    @property
    def filled_by_a_script(self) -> bool:
        return bool(self.data.get(HONEYPOT_FIELD, "").strip())


class FeedbackForm(_SpamChecks):
    category = forms.ChoiceField(
        label="What is your comment about?", widget=forms.RadioSelect,
        error_messages={"required": "Select what your comment is about"},
    )
    comments = forms.CharField(
        label="Your comment", max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 6}),
        help_text="Do not include your name or anyone else's, or details about a child's health.",
        error_messages={"required": "Enter your comment", **_too_long("Your comment")},
    )
    field_order = ["category", "comments", "name", "email", "website"]

    def __init__(self, *args, subject: Subject, **kwargs):
        super().__init__(*args, **kwargs)
        choices = Feedback.Category.choices
        if not subject.is_service:
            choices = [c for c in choices if c[0] != Feedback.Category.SERVICE]
        self.fields["category"].choices = choices


class YoungPersonForm(_SpamChecks):
    rating = forms.TypedChoiceField(
        label="How was it?", coerce=int, required=False, widget=forms.RadioSelect,
        choices=list(reversed(Feedback.Rating.choices)),
    )
    better = forms.CharField(
        label="What would make it better?", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=_too_long("What would make it better"),
    )
    comments = forms.CharField(
        label="Anything else you want to tell us? (optional)", required=False,
        max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Do not write your name or other people's names.",
        error_messages=_too_long("Anything else"),
    )
    field_order = ["rating", "better", "comments", "name", "email", "website"]

    def clean(self):
        cleaned = super().clean()
        if not (
            cleaned.get("rating") or cleaned.get("better", "").strip()
            or cleaned.get("comments", "").strip()
        ) and not self.errors:
            self.add_error("rating", "Choose a face, or write something in a box")
        return cleaned


def _allowance_and_key(request) -> tuple[Allowance, str]:
    if request.user.is_authenticated:
        return SIGNED_IN_ALLOWANCE, f"voice:feedback:user:{request.user.pk}"
    # The client's address even behind proxies, hashed so the cache holds no addresses.
    address = client_address(request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    return ANONYMOUS_ALLOWANCE, f"voice:feedback:client:{digest}"


def refused(request) -> bool:
    allowance, key = _allowance_and_key(request)
    return allowance.used_up(key)


def count(request) -> None:
    allowance, key = _allowance_and_key(request)
    allowance.count(key)


@transaction.atomic
def receive(form, subject: Subject, *, young: bool = False, now=None) -> Feedback:
    """File a comment. The safeguarding screen reads it first: a flagged item waits for the
    lead (who is alerted once the item is saved) and no officer sees it until it is cleared."""
    now = now or timezone.now()
    data = form.cleaned_data
    better, comments = data.get("better", ""), data.get("comments", "")
    screening = screen(f"{better}\n{comments}")
    if young:
        category = Feedback.Category.SERVICE if subject.is_service else Feedback.Category.CONTENT
    else:
        category = data["category"]
    item = Feedback.objects.create(
        created_at=now,
        category=category,
        service_page_id=subject.page_id,
        service_title=subject.title,
        young_persons_form=young,
        rating=data.get("rating") or None,
        better=better,
        comments=comments,
        status=Feedback.Status.SAFEGUARDING if screening.alert else Feedback.Status.NEW,
    )
    if data.get("email"):
        FeedbackContact.objects.create(
            feedback=item, name=data.get("name", ""), email=data["email"]
        )
    if screening.alert:
        raise_alert(item, screening, now=now)
    return item
