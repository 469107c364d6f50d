"""Generated benchmark corpora: N believable Local Offer services with known facts.

Every service is one KIND (speech and language therapy, swimming, short breaks ...) with needs,
ages, cost, personal budgets and a place in an invented outcode. The text is composed from
phrase banks and says what the facts say (a service supports autistic children only if its
needs include ASD), so relevance can be judged by rules on the facts (tests/bench/queries.py)
rather than by reading results. A fixed seed makes every run build the same corpus.
"""

import math
import random
from dataclasses import dataclass
from datetime import date, timedelta

from search.service_record import ServiceLocation, ServiceRecord

SEED = 20261125
TODAY = date(2026, 11, 25)

# Invented outcodes and their centres (the same made-up county as the demo, not real places).
OUTCODES = {
    "RV1": (52.9600, -1.9800), "RV2": (52.9850, -1.9750), "RV3": (52.9620, -1.9350),
    "RV4": (52.9320, -1.9820), "RV5": (52.9580, -2.0250), "RV6": (52.9900, -1.9300),
    "RV7": (52.9300, -1.9350), "RV8": (52.9280, -2.0300), "RV9": (52.9920, -2.0280),
    "EM1": (52.9550, -1.7500), "EM2": (53.0000, -1.7200),
}
TOWNS = {
    "RV1": "Riverside", "RV2": "Northbank", "RV3": "Millford", "RV4": "Kingsreach",
    "RV5": "Westbrook", "RV6": "Ashby Vale", "RV7": "Hollins Cross", "RV8": "Fenby",
    "RV9": "Oakhurst", "EM1": "Eastmoor", "EM2": "Eastmoor North",
}
UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
SCATTER_KM = 2.0


@dataclass(frozen=True)
class Kind:
    code: str
    category: str  # a Riverside Local Offer category code
    names: tuple[str, ...]  # the service's own name, after a place or provider word
    summaries: tuple[str, ...]
    details: tuple[str, ...]
    needs: tuple[str, ...]  # needs it may support (a random subset is chosen)
    ages: tuple[tuple[int | None, int | None], ...]  # months
    costs: tuple[str, ...] = ("free",)
    keywords: tuple[str, ...] = ()


KINDS: tuple[Kind, ...] = (
    Kind("speech", "therapies",
         ("Speech and Language Therapy Drop-in", "Speech and Language Therapy Clinic",
          "Talking Time Speech Therapy", "Chatterbox Speech and Language Service"),
         ("Speech and language therapists help children who find talking, listening or "
          "swallowing hard.", "Assessment and therapy for speech, language and communication."),
         ("A speech and language therapist will listen to your worries and suggest activities "
          "to try at home.", "Sessions can be in clinic, at nursery or at school."),
         ("SLCN", "ASD", "HI", "MLD"), ((0, 71), (0, 131), (36, 227), (48, 143)),
         ("free", "charge"), ("communication",)),
    Kind("ot", "therapies",
         ("Occupational Therapy Service", "Children's Occupational Therapy",
          "Sensory and Motor Skills OT Clinic"),
         ("Occupational therapists help with everyday skills like dressing, writing and eating.",
          "Occupational therapy for children who find daily activities hard."),
         ("We look at handwriting, balance and sensory needs.",
          "Equipment and advice for home and school."),
         ("PD", "SPLD", "ASD", "MSI"), ((0, 227), (48, 203), (0, 143))),
    Kind("physio", "therapies",
         ("Paediatric Physiotherapy", "Children's Physiotherapy Clinic", "Hydrotherapy Sessions"),
         ("Physiotherapy for children with movement difficulties.",
          "Physiotherapists help children move, walk and keep fit."),
         ("Exercises, splints and advice on positioning.", "Sessions in the warm-water pool."),
         ("PD", "PMLD", "MSI"), ((0, 227), (0, 215))),
    Kind("mental_health", "mental-health",
         ("Child and Adolescent Mental Health Service", "Young Minds Wellbeing Service",
          "Emotional Wellbeing Team", "Mental Health Support Team"),
         ("Mental health support for children and young people who feel anxious or low.",
          "Help with worries, anxiety, low mood and emotional wellbeing."),
         ("A referral from your GP or school is usually needed.",
          "Talking therapies, groups and support for parents."),
         ("SEMH", "ASD"), ((60, 215), (132, 227), (0, 215))),
    Kind("autism_support", "advice",
         ("Autism Family Support Group", "Autism Parent Network", "Autistic Youth Group",
          "Autism Advice Line"),
         ("Support for autistic children and their families.",
          "Meet other parents of autistic children and share what works."),
         ("Run by autistic people and parents.", "Training on understanding autism."),
         ("ASD",), ((None, None), (0, 227), (132, 311))),
    Kind("swimming", "inclusive-sport",
         ("Swimming Club", "Swim School", "Splash Swimming Sessions",
          "Disability Swimming Club"),
         ("Inclusive swimming lessons for disabled children in small groups.",
          "Quiet swimming sessions with extra helpers in the water."),
         ("Changing places toilet and hoist available.", "From first splashes to competition."),
         ("PD", "ASD", "SLD", "MLD"), ((48, 155), (60, 203), (60, 311)), ("charge", "free")),
    Kind("short_breaks", "short-breaks",
         ("Short Breaks Scheme", "Overnight Short Breaks", "Saturday Short Breaks Club",
          "After School Short Breaks"),
         ("Short breaks give disabled children fun activities and parents a rest.",
          "Day, evening and overnight short breaks for disabled children and young people."),
         ("You may need an assessment from the disabled children's team.",
          "Staff are trained in personal care and medication."),
         ("PD", "SLD", "PMLD", "ASD"), ((60, 215), (96, 215), (60, 227)), ("free", "varies")),
    Kind("holiday_club", "holiday-activities",
         ("Holiday Activity Club", "Summer Holiday Scheme", "Easter Holiday Club"),
         ("Activities in the school holidays for disabled children.",
          "Fun days out and games during the school holidays."),
         ("Lunch is provided on full days.", "One-to-one support can be arranged."),
         ("PD", "ASD", "MLD", "SEMH"), ((60, 203), (48, 155)), ("charge", "varies")),
    Kind("sensory_play", "child-development",
         ("Sensory Play Sessions", "Baby Sensory Group", "Sensory Room Stay and Play"),
         ("Sensory play for babies and young children using light, sound and touch.",
          "Messy play and sensory activities for under fives."),
         ("Parents stay with their child.", "A quiet space is available."),
         ("PMLD", "MSI", "VI", "SLD"), ((0, 59), (0, 35), (6, 59)), ("free", "charge")),
    Kind("parent_forum", "parent-carer-forum",
         ("Parent Carer Forum", "Parent Carer Forum Coffee Morning"),
         ("The parent carer forum helps the council hear from families of disabled children.",
          "Meet other parent carers and have your say on local services."),
         ("Join our mailing list for surveys and events.", "Free to join."),
         (), ((None, None),)),
    Kind("iass", "iass",
         ("SENDIASS Advice Line", "Information, Advice and Support Service"),
         ("Free, impartial advice on special educational needs, EHC plans and appeals.",
          "Confidential advice about SEND support at school."),
         ("We can help you ask for an EHC needs assessment.", "Advice on tribunals and mediation."),
         (), ((0, 311), (None, None))),
    Kind("internship", "supported-internships",
         ("Supported Internships", "Supported Internship Programme"),
         ("A year of work placements with a job coach for young people with an EHC plan.",
          "Learn job skills at a real workplace with support."),
         ("Most interns move into paid work.", "Travel training is included."),
         ("MLD", "ASD", "SLD"), ((192, 299), (192, 311))),
    Kind("youth_club", "youth-clubs",
         ("Inclusive Youth Club", "Friday Youth Club", "Teen Social Club"),
         ("An evening youth club for disabled young people and their friends.",
          "Games, cooking and trips for teenagers."),
         ("Youth workers support young people to make friends.", "Trips run in the summer."),
         ("ASD", "SEMH", "MLD", "PD"), ((132, 227), (132, 311)), ("free", "charge")),
    Kind("dyslexia", "specialist-teaching",
         ("Dyslexia Support Centre", "Dyslexia Assessment Service", "Reading and Spelling Help"),
         ("Assessment and tuition for children with dyslexia.",
          "Help with reading, spelling and writing for dyslexic learners."),
         ("Specialist teachers use structured, multisensory methods.",
          "Reports can support an EHC needs assessment."),
         ("SPLD",), ((72, 311), (60, 203)), ("charge", "free")),
    Kind("hearing", "sensory-support",
         ("Hearing Support Service", "Deaf Children's Family Group", "Signing Class"),
         ("Support for deaf children and children with a hearing impairment.",
          "Sign language and family events for deaf children."),
         ("Teachers of the deaf visit at home and school.", "Hearing aids checked and explained."),
         ("HI", "MSI"), ((0, 227), (0, 311))),
    Kind("vision", "sensory-support",
         ("Vision Support Team", "Visual Impairment Service"),
         ("Support for blind and partially sighted children.",
          "Help for children with a vision impairment at home and school."),
         ("Braille, mobility training and large print.",
          "Qualified teachers of the visually impaired."),
         ("VI", "MSI"), ((0, 227),)),
    Kind("wheelchair_sport", "inclusive-sport",
         ("Wheelchair Football Club", "Wheelchair Basketball", "Powerchair Sports Club"),
         ("Wheelchair sports training and matches for disabled children and young people.",
          "Powerchair football and basketball sessions."),
         ("Sports wheelchairs can be borrowed.", "Coaches are qualified in disability sport."),
         ("PD",), ((96, 311), (72, 227)), ("varies", "charge")),
    Kind("music", "arts-music-drama",
         ("Music Therapy Group", "Inclusive Music Sessions", "Drumming Workshop"),
         ("Music therapy helps children communicate and express feelings.",
          "Make music together in a relaxed group."),
         ("No musical experience needed.", "Instruments are adapted for every child."),
         ("SLCN", "ASD", "PMLD"), ((24, 143), (60, 227)), ("charge", "free")),
    Kind("drama", "arts-music-drama",
         ("Inclusive Drama Club", "Theatre Group", "Dance and Movement Class"),
         ("Drama, dance and performance where everyone takes part.",
          "A theatre group that puts on a show every summer."),
         ("Sessions are relaxed and sensory friendly.", "Brothers and sisters welcome."),
         ("ASD", "MLD", "PD"), ((84, 227), (60, 215)), ("charge",)),
    Kind("ep", "specialist-teaching",
         ("Educational Psychology Service", "Educational Psychologists"),
         ("Educational psychologists assess how children learn and advise schools.",
          "Advice for schools and families on learning and behaviour."),
         ("Your school's SENCO can ask for a visit.", "Part of every EHC needs assessment."),
         ("MLD", "SPLD", "SEMH"), ((0, 311),)),
    Kind("health_visiting", "child-development",
         ("Health Visiting Team", "Health Visitor Clinic"),
         ("Health visitors support families with babies and children under five.",
          "Development checks, feeding and sleep advice."),
         ("Drop-in clinics every week.", "Home visits for new babies."),
         (), ((0, 59),)),
    Kind("cdc", "child-development",
         ("Child Development Centre", "Early Development Assessment Clinic"),
         ("Assessment for young children whose development is delayed.",
          "Paediatricians and therapists assess young children together."),
         ("Speech and language therapists and physiotherapists work alongside the doctors.",
          "A referral from a doctor or health visitor is needed."),
         ("SLCN", "PD", "ASD", "MLD"), ((0, 71), (0, 59))),
    Kind("keyworker", "social-care",
         ("Family Keyworker Service", "Keyworking Team"),
         ("A key worker helps families of autistic children and young people find their way "
          "through services.", "One named person who coordinates support for your family."),
         ("Key workers can come to meetings with you.", "For families in crisis or at risk."),
         ("ASD", "SEMH"), ((0, 311),)),
    Kind("direct_payments", "money-benefits",
         ("Direct Payments Support", "Personal Budgets Advice"),
         ("Help to set up and manage direct payments and personal budgets.",
          "Advice on employing a personal assistant with a direct payment."),
         ("Payroll and banking support.", "We explain what a personal budget can pay for."),
         (), ((None, None),)),
    Kind("adhd", "advice",
         ("ADHD Parenting Course", "ADHD Support Group"),
         ("A course for parents of children with ADHD.",
          "Support for families living with attention deficit hyperactivity disorder."),
         ("Six weekly sessions with other parents.", "Practical strategies for home."),
         ("SEMH",), ((None, None), (48, 215))),
    Kind("childminder", "childminders",
         ("Childminder with SEND Experience", "Home Childcare", "Registered Childminder"),
         ("A registered childminder experienced with additional needs.",
          "Childcare in a family home with a small group."),
         ("Makaton used every day.", "School drop-off and pick-up."),
         ("ASD", "SLCN", "PD"), ((0, 71), (0, 143)), ("charge",)),
    Kind("travel_training", "travel-training",
         ("Independent Travel Training", "Travel Buddy Scheme"),
         ("Learn to use buses and trains safely and on your own.",
          "Travel training for young people with SEND."),
         ("A trainer travels with you until you are confident.", "For school or college journeys."),
         ("MLD", "ASD", "SLD"), ((132, 311),)),
    Kind("employment", "work-employment",
         ("Supported Employment Service", "Job Coaching"),
         ("Job coaching for young adults with learning disabilities or autism.",
          "Help to find and keep a paid job."),
         ("We work with local employers.", "Help with CVs and interviews."),
         ("MLD", "ASD", "SLD"), ((192, 311),)),
)
KINDS_BY_CODE = {kind.code: kind for kind in KINDS}
PREFIXES = ("Riverside", "Community", "Bright Stars", "Rainbow", "Little Steps", "Sunflower",
            "Oak Tree", "Harbour", "Meadow", "Kingfisher", "Lighthouse", "Willow")
FILLER = (
    "Families are welcome to visit before they start.",
    "Please get in touch to find out more.",
    "We work closely with schools, health services and social care.",
    "Parking is available nearby and the building is step-free.",
    "Sessions are small so every child gets attention.",
    "Staff are DBS checked and trained in safeguarding.",
    "Brothers and sisters can sometimes join in.",
    "There may be a waiting list at busy times.",
)
NEED_SENTENCES = {
    "ASD": "Suitable for autistic children and young people.",
    "SLCN": "Helps with speech, language and communication needs.",
    "SEMH": "Supports social, emotional and mental health.",
    "PD": "Accessible for children with a physical disability and wheelchair users.",
    "SPLD": "Supports specific learning difficulties such as dyslexia.",
    "MLD": "Supports children with moderate learning difficulties.",
    "SLD": "Supports children with severe learning difficulties.",
    "PMLD": "Supports children with profound and multiple learning difficulties.",
    "HI": "Suitable for deaf children and children with a hearing impairment.",
    "VI": "Suitable for blind and partially sighted children.",
    "MSI": "Supports children with multi-sensory impairment.",
}


@dataclass(frozen=True)
class Facts:
    """What a generated service really is: the ground truth the relevance rules read."""

    id: str
    kind: str
    name: str
    needs: frozenset[str]
    min_age_months: int | None
    max_age_months: int | None
    cost_type: str
    accepts_personal_budget: bool
    point: tuple[float, float] | None
    outcode: str


def _point_near(rng: random.Random, outcode: str) -> tuple[float, float]:
    lat, lon = OUTCODES[outcode]
    distance = SCATTER_KM * math.sqrt(rng.random())
    angle = rng.random() * 2 * math.pi
    dlat = distance * math.cos(angle) / 111.2
    dlon = distance * math.sin(angle) / (111.2 * math.cos(math.radians(lat)))
    return round(lat + dlat, 6), round(lon + dlon, 6)


def _postcode(rng: random.Random, outcode: str) -> str:
    return f"{outcode} {rng.randint(1, 9)}{rng.choice(UNIT_LETTERS)}{rng.choice(UNIT_LETTERS)}"


def generate(count: int, seed: int = SEED) -> tuple[list[ServiceRecord], dict[str, Facts]]:
    rng = random.Random(seed)
    records: list[ServiceRecord] = []
    facts: dict[str, Facts] = {}
    outcodes = list(OUTCODES)
    for number in range(1, count + 1):
        kind = KINDS[rng.randrange(len(KINDS))]
        service_id = f"b{number}"
        needs = frozenset(rng.sample(kind.needs, rng.randint(1, len(kind.needs)))) \
            if kind.needs else frozenset()
        low, high = rng.choice(kind.ages)
        cost = rng.choice(kind.costs)
        pence = rng.choice((300, 500, 750, 1200, 2500)) if cost == "charge" else None
        pb = cost != "free" and rng.random() < 0.4
        outcode = rng.choice(outcodes)
        in_person = rng.random() < 0.85
        point = _point_near(rng, outcode) if in_person else None
        postcode = _postcode(rng, outcode) if in_person else ""
        prefix = rng.choice((TOWNS[outcode], rng.choice(PREFIXES)))
        name = f"{prefix} {rng.choice(kind.names)}"
        summary = rng.choice(kind.summaries)
        sentences = [rng.choice(kind.details)]
        sentences += [NEED_SENTENCES[n] for n in sorted(needs)]
        sentences += rng.sample(FILLER, 2)
        locations = (
            (ServiceLocation(postcode=postcode, latitude=point[0], longitude=point[1],
                             hide_exact_address=kind.code == "childminder",
                             label=f"Near {outcode}" if kind.code == "childminder"
                             else f"{TOWNS[outcode]} centre"),)
            if point else ()
        )
        records.append(
            ServiceRecord(
                id=service_id,
                url=f"/local-offer/services/bench/{service_id}/",
                name=name,
                summary=summary,
                description=" ".join(sentences),
                provider_id=str(number % 400),
                provider_name=f"{prefix} Services",
                categories=(kind.category,),
                category_labels=(),
                needs=tuple(sorted(needs)),
                min_age_months=low,
                max_age_months=high,
                cost_type=cost,
                cost_pence=pence,
                cost_unit="per session" if pence else "",
                accepts_personal_budget=pb,
                delivery=("in_person",) if in_person else ("online",),
                locations=locations,
                keywords=kind.keywords,
                last_checked=TODAY - timedelta(days=rng.randint(0, 300)),
            )
        )
        facts[service_id] = Facts(service_id, kind.code, name, needs, low, high, cost, pb, point,
                                  outcode)
    return records, facts
