"""The demo families, as named records (all invented; phone numbers in Ofcom's drama range).

Dates are given as days before the day the demo is loaded, so an EHC plan is always "in
progress" whenever a newcomer runs `make run`.
"""

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class DemoCarer:
    email: str
    name: str
    relationship: str


@dataclass(frozen=True)
class DemoChild:
    first_name: str
    last_name: str
    born_days_ago: int
    carers: tuple[str, ...]  # emails, the first started the record
    young_person: str | None = None  # the child's own account
    profile: dict[str, str] = field(default_factory=dict)
    needs: dict[str, str] = field(default_factory=dict)
    diagnoses: tuple[tuple[str, int | None], ...] = ()  # (name, days ago)
    professionals: tuple[tuple[str, str, str, str], ...] = ()
    school: str = ""
    plan_days_ago: dict[str, int] = field(default_factory=dict)  # step field -> days ago
    decision: str = ""
    moved: tuple[tuple[str, int, str], ...] = ()  # (step, due in days, reason)
    notes: tuple[tuple[int, str, str], ...] = ()  # (days ago, author email, text)


def _born_days_ago_for_the_handover_prompt(today: date | None = None) -> int:
    """Tobi's age, so that the carers are asked about handing the record over on any day the
    demo is loaded (portal/family/handover.py). From January to August: 15, turning 16 on 31
    August, so the record will be Tobi's on 1 September. From September to December nobody
    aged 15 is asked yet (the prompt starts in January), so Tobi turned 16 on 31 August just
    gone: the record is theirs to take over, and the carers are asked to invite them."""
    today = today or date.today()
    return (today - date(today.year - 16, 8, 31)).days  # 16 on 31 August this year


PARENT = "parent-or-carer@riverside.example"  # Sam Okafor, made by portal.accounts.demo
CO_PARENT = "co-parent@riverside.example"
SECOND_FAMILY = "second-family@riverside.example"
YOUNG_PERSON = "young-person@riverside.example"  # Jordan Okafor, made by portal.accounts.demo

NEW_CARERS = [
    DemoCarer(CO_PARENT, "Tunde Okafor", "Dad"),
    DemoCarer(SECOND_FAMILY, "Morgan Reid", "Mum"),
]
RELATIONSHIPS = {PARENT: "Mum", CO_PARENT: "Dad", SECOND_FAMILY: "Mum"}

CHILDREN = [
    DemoChild(
        first_name="Ada",
        last_name="Okafor",
        born_days_ago=8 * 365 + 40,
        carers=(PARENT, CO_PARENT),
        profile={
            "liked_and_admired": (
                "Ada is funny and kind. She remembers everyone's birthday and is brilliant "
                "with jigsaws and anything to do with trains."
            ),
            "important_to_me": (
                "My brother Jordan, my dad's Saturday swim, my tablet with the train videos, "
                "and knowing what is happening next."
            ),
            "how_to_support_me": (
                "Tell me about changes before they happen and show me with pictures. Give me "
                "a quiet place when it gets too loud. Do not touch me without asking."
            ),
            "how_i_communicate": (
                "I talk in short sentences and use my picture cards when I am upset. If I flap "
                "my hands I am excited; if I cover my ears I need a break."
            ),
        },
        needs={
            "primary_need": "ASD",
            "secondary_need": "SLCN",
            "medication": "Melatonin 2 mg at bedtime.",
            "allergies": "Penicillin (rash).",
        },
        diagnoses=(("Autism", 3 * 365), ("Speech and language delay", 4 * 365)),
        professionals=(
            ("Hannah Price", "Speech and language therapist",
             "Riverside Speech and Language Therapy CIC", "01632 960418"),
            ("Mr David Lee", "SENCO", "Riverside Primary School",
             "senco@riverside-primary.example"),
        ),
        school="Riverside Primary School, Year 4",
        # Requested 10 weeks ago: the council decided to assess; the draft plan is next.
        plan_days_ago={"requested_on": 70, "decided_on": 30},
        decision="assess",
        notes=(
            (45, PARENT, "Ada's teacher says she settled better after the visual timetable."),
            (12, CO_PARENT, "Swimming went well: she put her face in the water at last."),
            (3, PARENT, "Phoned the council's SEN team: the draft plan is being written."),
        ),
    ),
    DemoChild(
        first_name="Jordan",
        last_name="Okafor",
        born_days_ago=16 * 365 + 100,
        carers=(PARENT, CO_PARENT),
        young_person=YOUNG_PERSON,
        profile={
            "liked_and_admired": "Jordan is a loyal friend and a good cook.",
            "important_to_me": "Football on Thursdays and getting a job in a kitchen.",
            "how_to_support_me": "Give me written instructions and time to read them.",
            "how_i_communicate": "I talk, and I prefer messages to phone calls.",
        },
        needs={"primary_need": "SPLD", "medication": "", "allergies": "None known."},
        diagnoses=(("Dyslexia", 6 * 365),),
        school="Riverside College, catering course",
        plan_days_ago={"final_issued_on": 2 * 365 + 20, "last_review_on": 330},
        notes=((60, PARENT, "Jordan wants to talk about work experience at the next review."),),
    ),
    DemoChild(
        first_name="Tobi",
        last_name="Okafor",
        born_days_ago=_born_days_ago_for_the_handover_prompt(),
        carers=(PARENT, CO_PARENT),
        profile={
            "liked_and_admired": "Tobi is calm, patient and brilliant at fixing bikes.",
            "important_to_me": "My bike, my friends at the youth club and choosing for myself.",
        },
        needs={"primary_need": "HI", "medication": "", "allergies": ""},
        school="Riverside Academy, Year 11",
    ),
    DemoChild(
        first_name="Riley",
        last_name="Reid",
        born_days_ago=11 * 365,
        carers=(SECOND_FAMILY,),
        profile={"liked_and_admired": "Riley is creative and loves drawing comics."},
        needs={"primary_need": "SEMH", "medication": "", "allergies": ""},
        school="Brookfield Academy, Year 7",
    ),
]
