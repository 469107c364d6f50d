"""Telling someone who left an email address that their comment has been answered. The answers
themselves ("You said, we did") are the next issue's; it calls this when one is published.
The email names the reference and where to read the answer, never the comment or the answer."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse

from portal.accounts.deletion import ErasureReport

from .models import Feedback, FeedbackContact

SUBJECT = "Your comment has been answered"


def tell_them_it_was_answered(item: Feedback) -> bool:
    """False if they left no address (nobody to tell)."""
    contact = FeedbackContact.objects.filter(feedback=item).first()
    if contact is None:
        return False
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("youngcommissioners:published")
    body = render_to_string(
        "youngcommissioners/email/answered.txt",
        {"item": item, "contact": contact, "link": link, "council": settings.WAGTAIL_SITE_NAME},
    )
    send_mail(subject=SUBJECT, message=body, from_email=None, recipient_list=[contact.email])
    return True


def erase_contact_details(user) -> ErasureReport:
    """Account deletion: forget the name and address someone left for a reply (their comments
    stay, with nothing to say who wrote them)."""
    if not FeedbackContact.objects.filter(email__iexact=user.email).delete()[0]:
        return ErasureReport()
    return ErasureReport(erased=["Your email address on comments you sent about the Local Offer"])
