"""A fixed corpus of Local Offer services, written by hand, that every backend indexes.

Riverside and its RV postcodes are invented. RV1 2AB is the centre (52.2000, -1.5000); the
comments give each place's rough distance from it, which the distance cases rely on.
"""

from datetime import date

from search.service_record import OpeningTime, ServiceLocation, ServiceRecord

CENTRE = (52.2000, -1.5000)

# Postcodes the conformance cases search from, and where they are.
POSTCODES = {
    "RV1 2AB": CENTRE,
    "RV3 1AA": (52.1700, -1.5300),
    "RV9 9ZZ": (52.7000, -1.5000),
}

ASD, SLCN, SEMH, PD, SPLD, HI, VI, MLD = "ASD", "SLCN", "SEMH", "PD", "SPLD", "HI", "VI", "MLD"
SLD, PMLD = "SLD", "PMLD"
SPORT = "e48bd335-ac3c-44ce-a0f7-57c91a823a2f"  # DfE: Sports and recreation
ACTIVITIES = "aafa1cc3-b984-4b10-89d5-27388c5432de"  # DfE: Activities
HOLIDAY = "022ae22f-8be6-4b20-99a6-faf2b9e0291a"  # DfE: Holiday clubs and schemes
PARENTING = "f11a9fdd-de48-499a-ac2d-2bd01dfc22f1"  # DfE: Parenting support
CATEGORY_LABELS = {
    SPORT: "Sports and recreation",
    ACTIVITIES: "Activities",
    HOLIDAY: "Holiday clubs and schemes",
    PARENTING: "Parenting support",
}


def _place(postcode: str, north: float, east: float = 0.0, hidden: bool = False):
    """A location north/east of the centre by the given degrees."""
    return ServiceLocation(
        postcode=postcode,
        latitude=round(CENTRE[0] + north, 6),
        longitude=round(CENTRE[1] + east, 6),
        hide_exact_address=hidden,
        label=f"Near {postcode.split()[0]}" if hidden else f"{postcode} centre",
    )


def _service(
    number: int,
    name: str,
    summary: str,
    description: str,
    *,
    needs=(),
    categories=(),
    ages=(None, None),
    cost="free",
    pb=False,
    delivery=("in_person",),
    place=None,
    keywords=(),
    holidays=False,
    hours=(),
    status="active",
    searchable=True,
) -> ServiceRecord:
    return ServiceRecord(
        id=f"c{number:02d}",
        url=f"/local-offer/services/c{number:02d}/",
        name=name,
        summary=summary,
        description=description,
        provider_id=f"p{number % 7}",
        provider_name=f"Riverside provider {number % 7}",
        categories=tuple(categories),
        category_labels=tuple(CATEGORY_LABELS[c] for c in categories),
        needs=tuple(needs),
        min_age_months=ages[0],
        max_age_months=ages[1],
        cost_type=cost,
        cost_pence=500 if cost == "charge" else None,
        cost_unit="per session" if cost == "charge" else "",
        accepts_personal_budget=pb,
        delivery=tuple(delivery),
        locations=(place,) if place else (),
        opening_times=tuple(OpeningTime(*slot) for slot in hours),
        runs_in_school_holidays=holidays,
        keywords=tuple(keywords),
        status=status,
        last_checked=date(2026, 9, 1),
        searchable=searchable,
    )


def years(low: int | None, high: int | None) -> tuple[int | None, int | None]:
    """An age range in whole years, as months: 5-11 means 5y0m .. 11y11m."""
    return (None if low is None else low * 12, None if high is None else high * 12 + 11)


RECORDS: list[ServiceRecord] = [
    _service(1, "Speech and Language Therapy Drop-in",
             "Free weekly drop-in with a speech and language therapist for young children.",
             "Bring your child to talk with a therapist about talking, listening and eating.",
             needs=[SLCN], ages=years(0, 10), place=_place("RV1 2AD", 0.005),  # 0.3 miles
             hours=[(0, "09:00", "12:00"), (2, "09:00", "12:00")]),
    _service(2, "Chatterbox Clinic",
             "Private speech therapy sessions at home or in clinic.",
             "One-to-one sessions with an experienced therapist for stammering and speech sounds.",
             needs=[SLCN], ages=years(3, 18), cost="charge", pb=True,
             delivery=["in_person", "home_visit"], place=_place("RV2 4CD", 0.03, 0.02)),
    _service(3, "Autism Family Support Group",
             "Meet other parents of autistic children and share what works.",
             "A friendly monthly group for families, with guest speakers and a quiet room.",
             needs=[ASD], categories=[PARENTING], place=_place("RV1 3EF", -0.01)),
    _service(4, "Teen Social Club",
             "An evening club for autistic teenagers to make friends.",
             "Games, cooking and trips, run by staff who understand autism spectrum conditions.",
             needs=[ASD, SEMH], categories=[ACTIVITIES], ages=years(11, 18), cost="charge", pb=True,
             place=_place("RV2 1GH", 0.04, 0.03)),
    _service(5, "Autism-friendly Swimming",
             "Quiet swimming sessions for autistic children and their families.",
             "Lower music, fewer people and changing rooms you can book.",
             needs=[ASD, PD], categories=[SPORT], ages=years(5, 16), cost="charge", pb=True,
             place=_place("RV1 5JK", 0.02), holidays=True),  # 1.4 miles
    _service(6, "Splash Swim School",
             "Swim lessons for disabled children in small groups.",
             "Qualified teachers and a hoist at the pool side.",
             needs=[PD], categories=[SPORT], ages=years(4, 12), cost="charge",
             place=_place("RV1 6LM", 0.04)),  # 2.8 miles
    _service(7, "Child and Adolescent Mental Health Service",
             "Assessment and therapy for children with mental health difficulties.",
             "Referral by a GP, school or other professional. We see children up to 18.",
             needs=[SEMH], ages=years(0, 17), place=_place("RV3 2NP", -0.03, -0.03)),
    _service(8, "Young Minds Wellbeing Cafe",
             "A drop-in for young people aged 16 to 25 who are feeling low or anxious.",
             "Talk to a youth worker or a counsellor over a hot drink.",
             needs=[SEMH], ages=years(16, 25), place=_place("RV2 8QR", 0.05, 0.05)),
    _service(9, "Overnight Short Breaks",
             "Overnight stays that give disabled children a break and carers a rest.",
             "Our short breaks house has four bedrooms and a sensory garden.",
             needs=[PD, SLD, ASD], ages=years(8, 17), place=_place("RV4 1ST", 0.06, -0.06)),
    _service(10, "Saturday Respite Club",
             "Saturday activities for disabled children, so parents get respite.",
             "Arts, games and outings with one-to-one support where needed.",
             needs=[SLD, PMLD], categories=[ACTIVITIES], ages=years(5, 16), pb=True,
             place=_place("RV4 2UV", 0.07, -0.05)),
    _service(11, "Children's Occupational Therapy",
             "Help with everyday skills like dressing, writing and using cutlery.",
             "Our occupational therapists assess children and suggest equipment.",
             needs=[PD, SPLD], ages=years(0, 18), place=_place("RV3 3WX", -0.04, -0.02)),
    _service(12, "Paediatric Physiotherapy",
             "Physiotherapy for babies, children and young people.",
             "Exercise programmes, hydrotherapy and advice on mobility equipment.",
             needs=[PD], ages=years(0, 18), place=_place("RV2 3YZ", 0.10)),  # 6.9 miles
    _service(13, "Riverside SENDIASS",
             "Free, confidential information, advice and support about SEND.",
             "We help families with EHC needs assessments, tribunals and school meetings.",
             ages=years(0, 25)),
    _service(14, "Riverside Parent Carer Forum",
             "Parents and carers working with the council to improve services.",
             "Join our coffee mornings and tell us what needs to change.",
             categories=[PARENTING]),
    _service(15, "ADHD Parenting Course",
             "A six-week course for parents of children with ADHD.",
             "Strategies for routines, sleep and behaviour, with other parents.",
             needs=[SEMH], categories=[PARENTING], delivery=["online"]),
    _service(16, "Dyslexia Assessment Centre",
             "Diagnostic assessments for dyslexia and other specific learning difficulties.",
             "Reports that schools and colleges accept, by specialist teachers.",
             needs=[SPLD], ages=years(6, 25), cost="charge", place=_place("RV1 7AB", -0.02, 0.02)),
    _service(17, "Sensory Play Sessions",
             "Messy and sensory play for babies and toddlers with additional needs.",
             "Lights, textures and music in a calm sensory room.",
             needs=[PMLD, MLD], ages=years(0, 4), place=_place("RV3 4BC", -0.05)),
    _service(18, "Wheelchair Football Club",
             "Powerchair football training and matches.",
             "Open to young people who use a powered wheelchair.",
             needs=[PD], categories=[SPORT], ages=years(8, 25), cost="varies",
             place=_place("RV1 8DE", 0.06)),  # 4.1 miles
    _service(19, "Supported Internships",
             "A year of work experience with a job coach for young people with an EHC plan.",
             "Part of preparing for adulthood: most interns move into paid work.",
             needs=[MLD, ASD], ages=years(16, 24)),
    _service(20, "Preparing for Adulthood Team",
             "Support for young people planning their move to adult life.",
             "Housing, employment, health and friendships from age 14.",
             ages=years(14, 25)),
    _service(21, "Hearing Support Service",
             "Teachers of the deaf who visit children at home and in school.",
             "Support with hearing aids, radio aids and sign language.",
             needs=[HI], delivery=["home_visit"], ages=years(0, 18)),
    _service(22, "Vision Impairment Team",
             "Specialist teachers for children who are blind or partially sighted.",
             "Mobility training, braille and advice on large print.",
             needs=[VI], ages=years(0, 18)),
    _service(23, "Direct Payments Support",
             "Help to set up and manage a direct payment for your child's care.",
             "We can help you employ a personal assistant and keep records.",
             categories=[PARENTING]),
    _service(24, "Educational Psychology Service",
             "Educational psychologists who work with schools and families.",
             "Assessments and advice as part of an education, health and care needs assessment.",
             needs=[MLD, SPLD], ages=years(0, 25)),
    _service(25, "Health Visiting Team",
             "Health visitors support families with children under five.",
             "Development reviews at home and at our clinics.",
             ages=years(0, 4), delivery=["home_visit"]),
    _service(26, "Child Development Centre",
             "Assessment for young children whose development is delayed.",
             "Paediatricians, therapists and nursery nurses in one place.",
             needs=[SLCN, PD], ages=years(0, 5), place=_place("RV3 5FG", -0.06, 0.01)),
    _service(27, "Holiday Activity Club",
             "Holiday club for disabled children during school holidays.",
             "Trips, crafts and sports with trained staff. Free places for some families.",
             categories=[HOLIDAY], ages=years(5, 16), cost="varies", pb=True, holidays=True,
             place=_place("RV2 6HJ", 0.03, -0.03)),
    _service(28, "Old Swimming Club",
             "Swimming club whose listing has not been checked for over a year.",
             "Hidden because nobody confirmed it is still running.",
             needs=[PD, ASD], categories=[SPORT], ages=years(5, 16), searchable=False,
             place=_place("RV1 9KL", 0.01)),
    _service(29, "Autism Resource Centre",
             "An autism centre that has now closed.",
             "This service has closed.",
             needs=[ASD], status="closed", place=_place("RV1 9MN", 0.012)),
    _service(30, "Music Therapy Group",
             "Music therapy for children who find words hard.",
             "Small groups led by a registered music therapist.",
             needs=[SLCN, ASD], categories=[ACTIVITIES], ages=years(2, 11), cost="charge", pb=True),
    _service(31, "Drama Club",
             "Inclusive drama club with a show every summer.",
             "Everyone gets a part; signing and visual timetables used.",
             categories=[ACTIVITIES], ages=years(7, 18), cost="charge"),
    _service(32, "Inclusive Youth Club",
             "A youth club for disabled young people and their friends.",
             "Pool, games consoles and trips, every Tuesday evening.",
             categories=[ACTIVITIES], ages=years(11, 19)),
    _service(33, "Homework Club",
             "Quiet help with homework after school.",
             "Volunteers and a teacher; laptops available.",
             needs=[SPLD, MLD], categories=[ACTIVITIES], ages=years(8, 16)),
    _service(34, "Baby Sensory Classes",
             "Classes for babies using light, sound and touch.",
             "Suitable from birth to 13 months.",
             ages=(0, 13), cost="charge"),
    _service(35, "Online Parenting Course",
             "A free online course about understanding your child's behaviour.",
             "Watch at your own pace; a practitioner replies to questions.",
             categories=[PARENTING], delivery=["online"]),
    _service(36, "Home Learning Support",
             "A practitioner visits to help you play and learn with your young child.",
             "Visits every fortnight for families with children under four.",
             needs=[MLD, SLCN], ages=years(0, 3), delivery=["home_visit"]),
    _service(37, "Signing Choir",
             "A choir that sings in British Sign Language.",
             "For deaf and hearing children together.",
             needs=[HI], categories=[ACTIVITIES], ages=years(6, 16)),
    _service(38, "Gymnastics for All",
             "Gymnastics classes adapted for disabled children.",
             "Coaches trained in working with children with physical disabilities.",
             needs=[PD], categories=[SPORT], ages=years(4, 14), cost="charge",
             place=_place("RV1 4PQ", 0.05, 0.001)),  # 3.5 miles
    _service(39, "Family Keyworker Service",
             "A named key worker who helps your family through assessments.",
             "Your keyworker coordinates appointments and explains what happens next.",
             needs=[ASD, SEMH], ages=years(0, 25)),
    _service(40, "Northfield Swimming Lessons",
             "Swimming lessons for children with additional needs.",
             "Run at Northfield leisure centre, outside Riverside.",
             needs=[PD], categories=[SPORT], ages=years(5, 12), cost="charge",
             place=_place("RV9 9ZZ", 0.50)),  # 34.5 miles: out of area
    _service(41, "Childminder with SEND experience",
             "Childminder with SEND experience in a quiet home.",
             "Experienced with children who have autism and medical needs.",
             needs=[ASD], ages=years(0, 5), cost="charge",
             place=_place("RV1 3ZZ", -0.015, hidden=True)),  # 1.0 mile, address hidden
    _service(42, "Temporarily Closed Sports Hall",
             "Adapted sports hall, closed for repairs until spring.",
             "Wheelchair basketball and boccia sessions will restart soon.",
             needs=[PD], categories=[SPORT], ages=years(8, 25), status="temporarily_closed"),
]

BY_ID = {record.id: record for record in RECORDS}
LISTED = [r for r in RECORDS if r.searchable and r.status != "closed"]
HIDDEN_IDS = {"c28", "c29"}
