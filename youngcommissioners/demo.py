"""Demo feedback (local only; seed_demo refuses to run with DEBUG off): 60 comments across the
regulation 56 topics and several services, some published with names masked, most waiting for
an officer, and two that the safeguarding screen flagged, waiting for the demo safeguarding lead.

Runs after the Local Offer and accounts demos. Safe to run again: each comment has a fixed
reference and one that exists is left as it is. Everything goes through the same screen and
masking as a real comment, so the demo shows what the real thing does.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from local_offer.services import published_services
from portal.accounts.models import User

from . import commissioners_demo, moderation
from .anonymise import masked
from .models import Feedback, SafeguardingContacts
from .safeguarding import screen
from .safeguarding_alerts import raise_alert

LEAD = "safeguarding-lead@riverside.example"
OFFICER = "council-officer@riverside.example"
COMPLAINTS_URL = "https://www.riverside.example/complaints"
COUNT = 60
PUBLISHED_EVERY = 3  # one in three of the ordinary comments is published


@dataclass(frozen=True)
class DemoComment:
    category: str
    comments: str = ""
    rating: int | None = None
    better: str = ""


C = Feedback.Category
COMMENTS = (
    DemoComment(C.CONTENT, "There is nothing about short breaks for teenagers over 14."),
    DemoComment(C.CONTENT, "Please add which nurseries have places for children with SEN."),
    DemoComment(C.ACCESSIBILITY, "The website is hard to use on my phone, the filters hide."),
    DemoComment(C.ACCESSIBILITY, "I would like the pages in Polish. My English is not good."),
    DemoComment(C.DEVELOPMENT, "Parents at Oakfield Primary School were never asked about this."),
    DemoComment(C.DEVELOPMENT, "Young people should help write the Local Offer, not just adults."),
    DemoComment(C.SERVICE, "The staff were lovely and my son Jacob had a great time."),
    DemoComment(C.SERVICE, "Sessions only on weekday mornings, so working parents cannot go."),
    DemoComment(C.SERVICE, "We waited 18 months. Call me on 07700 900123 about it."),
    DemoComment(C.SERVICE, "", 5, "More sessions in the holidays"),
    DemoComment(C.SERVICE, "", 2, "Quieter room, it was too loud"),
    DemoComment(C.SERVICE, "Mrs Hughes explained everything clearly.", 4),
    DemoComment(C.CONTENT, "The prices on the swimming page are out of date."),
    DemoComment(C.ACCESSIBILITY, "The Easy Read version is really good, thank you."),
    DemoComment(C.CONTENT, "", 3, "Say how to get there by bus"),
)
# Two that the screen flags: they wait for the safeguarding lead.
FLAGGED = (
    DemoComment(C.SERVICE, "", 1, "mums boyfriend hit me again and i dont want to go home"),
    DemoComment(C.CONTENT, "this service is killing me with its waiting times"),
)


def _reference(number: int) -> str:
    return f"FB-DEMO{number:02d}"


@transaction.atomic
def seed(stdout) -> None:
    services = list(published_services().order_by("title")[:8])
    officer = User.objects.filter(email=OFFICER).first()
    contacts = SafeguardingContacts.load()
    if contacts.lead is None:
        contacts.lead = User.objects.filter(email=LEAD).first()
    contacts.complaints_url = contacts.complaints_url or COMPLAINTS_URL
    contacts.save()
    now = timezone.now()
    made = 0
    for number in range(COUNT):
        reference = _reference(number)
        if Feedback.objects.filter(reference=reference).exists():
            continue
        flagged = number >= COUNT - len(FLAGGED)
        demo = FLAGGED[number - (COUNT - len(FLAGGED))] if flagged else COMMENTS[
            number % len(COMMENTS)
        ]
        service = services[number % len(services)] if services and (
            demo.category == C.SERVICE
        ) else None
        created = now - timedelta(days=COUNT - number, hours=number % 7)
        screening = screen(f"{demo.better}\n{demo.comments}")
        item = Feedback.objects.create(
            reference=reference, created_at=created, category=demo.category,
            service_page_id=service.pk if service else None,
            service_title=service.title if service else "",
            young_persons_form=demo.rating is not None, rating=demo.rating,
            better=demo.better, comments=demo.comments,
            status=Feedback.Status.SAFEGUARDING if screening.alert else Feedback.Status.NEW,
        )
        if screening.alert:
            raise_alert(item, screening, now=now - timedelta(minutes=30 * (COUNT - number)))
        elif officer is not None and number % PUBLISHED_EVERY == 0:
            moderation.publish(
                item, officer, masked(item.better), masked(item.comments),
                now=min(created + timedelta(days=2), now),
            )
        made += 1
    stdout.write(f"Feedback: {made} demo comments added ({COUNT} in all).")
    commissioners_demo.seed(stdout)
