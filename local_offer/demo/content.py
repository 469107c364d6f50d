# ruff: noqa: E501  (phrase banks: one sentence per line reads better than wrapped strings)
"""The words of the Riverside demo Local Offer, as records (records.py). Everything here is
invented.

service_specs.py combines them with a fixed random seed, so every run builds the same listings.
Category references are "riverside:<code>", "dfe:<label>" or "pfa:<code>".
"""

from .records import (
    HOME,
    Ages,
    Cost,
    Event,
    Guide,
    Kind,
    Provider,
    ShortBreaksStatement,
    Slot,
    Title,
    Venue,
)

# --- Providers, by key ---------------------------------------------------------------------------

PROVIDERS = {
    "council": Provider(name="Riverside Council", kind="council", description="The council's SEND, social care, transport and early help teams.", phone="01632 960000", email="send@riverside.example", website="https://riverside.example/send"),
    "sendiass": Provider(name="Riverside SENDIASS", kind="voluntary", description="Free, impartial and confidential information, advice and support about special educational needs and disabilities, for families and young people.", phone="01632 960111", email="advice@riversidesendiass.example", website="https://riversidesendiass.example"),
    "pcf": Provider(name="Riverside Parent Carer Forum", kind="voluntary", description="Parents and carers of disabled children who work with the council and NHS to improve local services.", phone="01632 960222", email="hello@riversidepcf.example", website="https://riversidepcf.example", charity_number="1190001"),
    "salt": Provider(name="Riverside Speech and Language Therapy CIC", kind="provider", description="A community interest company of speech and language therapists working with children and young people across Riverside.", phone="01632 960333", email="therapy@riversidesalt.example", website="https://riversidesalt.example"),
    "brookfield": Provider(name="Brookfield Short Breaks", kind="provider", description="Day, evening, weekend and overnight short breaks for disabled children and young people.", phone="01632 960444", email="breaks@brookfield.example", website="https://brookfield.example", ofsted_number="SC480012", charity_number="1150002", home_venue="brookfield-house"),
    "leisure": Provider(name="Riverside Leisure Trust", kind="provider", description="Runs Riverside's leisure centres, pools and sports halls, with inclusive sessions every week.", phone="01632 960555", email="bookings@riversideleisure.example", website="https://riversideleisure.example", charity_number="1160003"),
    "nhs": Provider(name="Riverside and Eastmoor NHS Foundation Trust", kind="health", description="Community health services for children: therapies, nursing, paediatrics and mental health.", phone="01632 960666", email="children@rent-nhs.example", website="https://rent-nhs.example"),
    "hubs": Provider(name="Riverside Family Hubs", kind="council", description="Family hubs in Riverside, Northbank and Kingsreach bringing together health visiting, early years and family support.", phone="01632 960777", email="familyhubs@riverside.example", website="https://riverside.example/family-hubs"),
    "college": Provider(name="Riverside College", kind="education", description="Further education college with a foundation learning department and supported internships.", phone="01632 960888", email="inclusion@riversidecollege.example", website="https://riversidecollege.example", home_venue="college"),
    "oakhurst": Provider(name="Oakhurst School", kind="education", description="A special school for pupils aged 4 to 19 with severe, profound and multiple learning difficulties.", phone="01632 961001", email="office@oakhurst-school.example", website="https://oakhurst-school.example", ofsted_number="URN 190001", home_venue="oakhurst-school"),
    "millford-primary": Provider(name="Millford Primary School", kind="education", description="A mainstream primary school with a resourced provision for children with speech, language and communication needs.", phone="01632 961002", email="office@millfordprimary.example", website="https://millfordprimary.example", ofsted_number="URN 190002", home_venue="millford-primary"),
    "kingsreach": Provider(name="Kingsreach Academy", kind="education", description="A secondary academy with an autism resource base.", phone="01632 961003", email="senco@kingsreach.example", website="https://kingsreach.example", ofsted_number="URN 190003", home_venue="kingsreach-academy"),
    "northbank-nursery": Provider(name="Northbank Nursery", kind="education", description="A day nursery for children from 6 months to 5 years, with an inclusion lead and small-group room.", phone="01632 961004", email="hello@northbanknursery.example", website="https://northbanknursery.example", ofsted_number="EY190004", home_venue="northbank-nursery"),
    "westbrook-preschool": Provider(name="Westbrook Pre-School", kind="education", description="A community pre-school in Westbrook village hall.", phone="01632 961005", email="westbrookpreschool@riverside.example", ofsted_number="EY190005", charity_number="1170005", home_venue="westbrook-hall"),
    "bridge": Provider(name="The Bridge Learning Centre", kind="education", description="Riverside's pupil referral unit and alternative provision for secondary-age pupils.", phone="01632 961006", email="admin@bridgelearning.example", website="https://bridgelearning.example", ofsted_number="URN 190006", home_venue="bridge-centre"),
    "wheelchair-sports": Provider(name="Hollins Cross Wheelchair Sports Club", kind="voluntary", description="Wheelchair basketball, football and tennis for children, young people and adults.", phone="07700 900101", email="club@hcwheelchairsports.example", website="https://hcwheelchairsports.example", charity_number="1180006"),
    "autism-support": Provider(name="Riverside Autism Support", kind="voluntary", description="A charity run by autistic people and parents, offering groups, training and a helpline.", phone="01632 961007", email="info@riversideautism.example", website="https://riversideautism.example", charity_number="1180007"),
    "sensory-barn": Provider(name="The Sensory Barn CIC", kind="provider", description="Sensory play, animal care and outdoor learning on a small farm in Fenby.", phone="07700 900102", email="hello@sensorybarn.example", website="https://sensorybarn.example"),
    "deaf-children": Provider(name="Riverside Deaf Children's Society", kind="voluntary", description="Family events, signing classes and youth groups for deaf children and their families.", phone="01632 961008", email="info@riversidedcs.example", website="https://riversidedcs.example", charity_number="1180008"),
    "vision": Provider(name="Riverside Vision Support", kind="voluntary", description="Support for blind and partially sighted children, young people and their families.", phone="01632 961009", email="help@riversidevision.example", website="https://riversidevision.example", charity_number="1180009"),
    "cm-bright": Provider(name="Bright Beginnings Childminding", kind="provider", description="A registered childminder with experience of caring for children with medical needs.", phone="07700 900103", email="brightbeginnings@childcare.example", ofsted_number="EY190010"),
    "cm-acorns": Provider(name="Little Acorns Childminder", kind="provider", description="A registered childminder in Oakhurst with Makaton training.", phone="07700 900104", email="littleacorns@childcare.example", ofsted_number="EY190011"),
    "cm-ashby": Provider(name="Ashby Vale Home Childcare", kind="provider", description="Two childminders working together, with a sensory corner and garden.", phone="07700 900105", email="ashbyhomecare@childcare.example", ofsted_number="EY190012"),
    "youth": Provider(name="Riverside Youth Service", kind="council", description="Youth clubs, detached youth work and targeted support for young people aged 11 to 19 (up to 25 with SEND).", phone="01632 961010", email="youth@riverside.example", website="https://riverside.example/youth"),
    "music": Provider(name="Riverside Music Hub", kind="provider", description="Music tuition, ensembles and inclusive music-making for children and young people.", phone="01632 961011", email="music@riversidemusichub.example", website="https://riversidemusichub.example"),
    "arts": Provider(name="Inclusive Arts Riverside", kind="voluntary", description="Drama, dance and visual arts groups where everyone takes part.", phone="01632 961012", email="create@inclusivearts.example", website="https://inclusivearts.example", charity_number="1180013"),
    "transport": Provider(name="Riverside Community Transport", kind="voluntary", description="Accessible minibuses and volunteer drivers for people who cannot use buses.", phone="01632 961013", email="bookings@riversidect.example", website="https://riversidect.example", charity_number="1180014"),
    "cab": Provider(name="Citizens Advice Riverside", kind="voluntary", description="Free advice on benefits, debt, housing and employment.", phone="01632 961014", email="advice@carverside.example", website="https://carverside.example", charity_number="1180015"),
    "womens-aid": Provider(name="Riverside Domestic Abuse Service", kind="voluntary", description="Support and safe accommodation for people experiencing domestic abuse, and their children.", phone="01632 961015", email="support@riversidedas.example", charity_number="1180016"),
    "yjs": Provider(name="Riverside Youth Justice Service", kind="council", description="Works with young people aged 10 to 17 in the youth justice system, including speech and language screening.", phone="01632 961016", email="yjs@riverside.example"),
    "eastmoor-hydro": Provider(name="Eastmoor Hydrotherapy Centre", kind="health", description="A warm-water hydrotherapy pool in Eastmoor used by families from Riverside.", phone="01632 962001", email="pool@eastmoorhydro.example", website="https://eastmoorhydro.example", home_venue="eastmoor-hydro"),
    "eastmoor-college": Provider(name="Eastmoor Specialist College", kind="education", description="A residential and day specialist college for young people aged 16 to 25 with complex needs.", phone="01632 962002", email="admissions@eastmoorcollege.example", website="https://eastmoorcollege.example", ofsted_number="URN 190020", charity_number="1180020", home_venue="eastmoor-college"),
    "employment": Provider(name="Riverside Supported Employment", kind="provider", description="Job coaching and supported employment for young people and adults with learning disabilities or autism.", phone="01632 961017", email="jobs@riversidese.example", website="https://riversidese.example"),
    "housing": Provider(name="Homes for Independence", kind="provider", description="Supported living and independent living skills for young adults.", phone="01632 961018", email="enquiries@homesforindependence.example", website="https://homesforindependence.example", ofsted_number="CQC 1-190021", home_venue="homes-hub"),
    "otters": Provider(name="Riverside Otters Disability Swimming Club", kind="voluntary", description="A swimming club for disabled children and young people, from first splashes to competition.", phone="07700 900106", email="otters@swimclub.example", website="https://riversideotters.example", charity_number="1180022"),
    "scouts": Provider(name="1st Millford Scouts", kind="voluntary", description="Beavers, Cubs and Scouts with an inclusion leader and small-group sessions.", phone="07700 900107", email="gsl@1stmillfordscouts.example", charity_number="1180023"),
    "carers": Provider(name="Riverside Carers Centre", kind="voluntary", description="Support for unpaid carers, including parent carers and young carers.", phone="01632 961019", email="carers@riversidecarers.example", website="https://riversidecarers.example", charity_number="1180024", home_venue="carers-centre"),
    "dental": Provider(name="Riverside Community Dental Service", kind="health", description="NHS dental care for children and young people who find a high-street dentist hard to use.", phone="01632 961020", email="dental@rent-nhs.example", home_venue="dental-clinic"),
    "public-health": Provider(name="Riverside Public Health Team", kind="council", description="Stop smoking support, healthy weight programmes and school nursing.", phone="01632 961021", email="publichealth@riverside.example", website="https://riverside.example/health"),
    "recovery": Provider(name="Riverside Recovery Partnership", kind="provider", description="Confidential drug and alcohol support for young people and parents.", phone="01632 961022", email="talk@riversiderecovery.example"),
    "mediation": Provider(name="Riverside Family Mediation", kind="provider", description="Mediation for separating parents and for disagreements about SEND decisions.", phone="01632 961023", email="mediation@riversidefm.example", website="https://riversidefm.example"),
    "kind-minds": Provider(name="Kind Minds Riverside", kind="voluntary", description="Anti-bullying and online safety work in schools and with families.", phone="01632 961024", email="team@kindminds.example", website="https://kindminds.example", charity_number="1180025"),
    "dyslexia": Provider(name="Riverside Dyslexia Association", kind="voluntary", description="Volunteers and specialist teachers who help children with dyslexia and their families.", phone="01632 961026", email="help@riversidedyslexia.example", website="https://riversidedyslexia.example", charity_number="1180026"),
    "climbing": Provider(name="Peak Climbing Centre", kind="provider", description="An indoor climbing wall with adaptive climbing sessions.", phone="01632 961025", email="climb@peakclimbing.example", website="https://peakclimbing.example", home_venue="climbing"),
}

# --- Venues, by key ------------------------------------------------------------------------------

VENUES = {
    "leisure-centre": Venue(name="Riverside Leisure Centre", address="2 Canal Side", outcode="RV1"),
    "westbrook-pool": Venue(name="Westbrook Pool", address="Meadow Lane", outcode="RV5"),
    "northbank-hub": Venue(name="Northbank Family Hub", address="14 Station Road", outcode="RV2"),
    "riverside-hub": Venue(name="Riverside Family Hub", address="Market Place", outcode="RV1"),
    "kingsreach-hub": Venue(name="Kingsreach Family Hub", address="7 Church Street", outcode="RV4"),
    "millford-cc": Venue(name="Millford Community Centre", address="Mill Lane", outcode="RV3"),
    "kingsreach-library": Venue(name="Kingsreach Library", address="Queens Road", outcode="RV4"),
    "cdc": Venue(name="Riverside Child Development Centre", address="Riverside Hospital, Bridge Street", outcode="RV1"),
    "hospital": Venue(name="Riverside Hospital", address="Bridge Street", outcode="RV1"),
    "ashby-youth": Venue(name="Ashby Vale Youth Centre", address="Park Avenue", outcode="RV6"),
    "hollins-hall": Venue(name="Hollins Cross Sports Hall", address="Victoria Street", outcode="RV7"),
    "fenby-hall": Venue(name="Fenby Village Hall", address="The Green", outcode="RV8"),
    "oakhurst-pavilion": Venue(name="Oakhurst Park Pavilion", address="Orchard Way", outcode="RV9"),
    "college": Venue(name="Riverside College", address="College Road", outcode="RV1"),
    "sensory-barn": Venue(name="The Sensory Barn", address="Home Farm, Fenby Lane", outcode="RV8"),
    "town-hall": Venue(name="Riverside Town Hall", address="High Street", outcode="RV1"),
    "oakhurst-school": Venue(name="Oakhurst School", address="Elm Grove", outcode="RV9"),
    "millford-primary": Venue(name="Millford Primary School", address="School Lane", outcode="RV3"),
    "kingsreach-academy": Venue(name="Kingsreach Academy", address="Academy Way", outcode="RV4"),
    "northbank-nursery": Venue(name="Northbank Nursery", address="22 Northbank Road", outcode="RV2"),
    "westbrook-hall": Venue(name="Westbrook Village Hall", address="Westbrook Road", outcode="RV5"),
    "bridge-centre": Venue(name="The Bridge Learning Centre", address="Riverside Walk", outcode="RV1"),
    "climbing": Venue(name="Peak Climbing Centre", address="Unit 4, Riverside Business Park", outcode="RV7"),
    "music-centre": Venue(name="Riverside Music Centre", address="Victoria Street", outcode="RV1"),
    "carers-centre": Venue(name="Riverside Carers Centre", address="11 High Street", outcode="RV1"),
    "brookfield-house": Venue(name="Brookfield House", address="Brookfield Lane", outcode="RV6"),
    "dental-clinic": Venue(name="Riverside Community Dental Clinic", address="Bridge Street", outcode="RV1"),
    "eastmoor-hydro": Venue(name="Eastmoor Hydrotherapy Centre", address="Moor Road", outcode="EM1"),
    "eastmoor-college": Venue(name="Eastmoor Specialist College", address="Hall Lane", outcode="EM2"),
    "homes-hub": Venue(name="Independence House", address="5 Orchard Way", outcode="RV9"),
}

# Ages in months: Ages(youngest, oldest); None is open-ended.
EARLY = [Ages(0, 59), Ages(0, 71), Ages(6, 59), Ages(18, 59), Ages(24, 71), Ages(0, 35)]
PRIMARY = [Ages(48, 143), Ages(60, 131), Ages(60, 143), Ages(72, 143), Ages(48, 131)]
SECONDARY = [Ages(132, 203), Ages(132, 215), Ages(120, 191), Ages(144, 227)]
POST16 = [Ages(192, 311), Ages(192, 299), Ages(180, 311), Ages(192, 275)]
CHILDHOOD = [Ages(0, 215), Ages(48, 215), Ages(60, 227), Ages(0, 227), Ages(36, 155)]
OPEN = [Ages(None, None), Ages(None, 311), Ages(60, None), Ages(156, None), Ages(None, 215)]
# For parents and carers: the ages are their children's, so there is no youngest age (a
# workshop for parents of newly diagnosed children is not "from 13 years").
PARENTS = [Ages(None, None), Ages(None, 311), Ages(None, 215), Ages(None, None), Ages(None, 215)]
# "School-age" means Reception to the sixth form: 4 to 18 at the widest.
SCHOOL_AGE = [Ages(48, 203), Ages(60, 191), Ages(60, 215), Ages(48, 227), Ages(60, 203)]
UNDER_FIVES = [Ages(0, 59), Ages(6, 59), Ages(18, 59), Ages(0, 35), Ages(24, 59)]

FREE = Cost("free")
VARIES = Cost("varies")


def charge(pounds: float, unit: str) -> Cost:
    return Cost("charge", round(pounds * 100), unit)


MORNING = [Slot(0, "09:30", "11:30"), Slot(2, "09:30", "11:30"), Slot(4, "10:00", "12:00")]
AFTER_SCHOOL = [Slot(0, "15:45", "17:15"), Slot(1, "16:00", "17:30"), Slot(3, "16:00", "17:30")]
EVENING = [Slot(1, "18:00", "20:00"), Slot(3, "18:30", "20:30")]
SATURDAY = [Slot(5, "10:00", "12:00"), Slot(5, "13:00", "15:00")]
OFFICE = [Slot(0, "09:00", "17:00"), Slot(1, "09:00", "17:00"), Slot(2, "09:00", "17:00"), Slot(3, "09:00", "17:00"), Slot(4, "09:00", "16:30")]
SCHOOL_DAY = [Slot(0, "08:45", "15:15"), Slot(1, "08:45", "15:15"), Slot(2, "08:45", "15:15"), Slot(3, "08:45", "15:15"), Slot(4, "08:45", "15:15")]

# --- Eligibility, referral and access sentences used across kinds --------------------------------

# Who may use a service, by how it is reached (wording.eligibility_choices picks the list).
OPEN_TO_ALL = [
    "Open to any family living in Riverside. You do not need a diagnosis.",
    "Any child or young person can come. You do not need a diagnosis or an EHC plan.",
    "Families can come along without a referral. Brothers and sisters are welcome too.",
]
REFERRED_ELIGIBILITY = [
    "Open to any family living in Riverside. You do not need a diagnosis.",
    "Any child or young person in Riverside can be referred. You do not need a diagnosis or an EHC plan.",
    "We take referrals for children with or without a diagnosis.",
]
EHC_PLAN_ELIGIBILITY = [
    "For children and young people whose EHC plan names this provision.",
    "Places are for children and young people with an EHC plan.",
    "For children and young people with an education, health and care (EHC) plan.",
]
WAITING_LIST = [
    "There is a waiting list of about 8 weeks at the moment.",
    "Places are limited, so please book ahead.",
    "We will call you within 10 working days to talk about what your child needs.",
]
SELF_REFERRAL_DETAILS = [
    "Phone or email us and we will book you in.",
    "Fill in the short online form on our website, or ask us to send you a paper form.",
    "Just turn up. If you would like to visit first when it is quiet, give us a ring.",
]
PROFESSIONAL_DETAILS = [
    "Ask your GP, health visitor or your child's school special educational needs coordinator (SENCO) to refer you.",
    "A professional who knows your child, such as a GP, health visitor or SENCO, needs to send us a referral form.",
]
# For a service families can contact themselves, that professionals may also refer to.
ALSO_PROFESSIONAL_DETAILS = [
    "Your GP, health visitor or your child's school special educational needs coordinator (SENCO) can also refer you.",
    "A professional who knows your child, such as a GP, health visitor or SENCO, can also send us a referral form.",
]
EHC_DETAILS = [
    "Places are agreed through your child's education, health and care (EHC) plan. Talk to your SEND case officer.",
    "This is named in section F of the EHC plan. Ask at your child's annual review.",
]
ACCESS_NOTES = [
    "The building is on one level. There is a quiet room you can use at any time.",
    "Staff can meet you at the entrance if you let us know you are coming.",
    "Assistance dogs are welcome. Ear defenders are available to borrow.",
    "Parking is free, with two disabled bays by the door.",
    "There is a visual guide with photos of the building on our website.",
]
COST_NOTES = [
    "Brothers and sisters come for half price.",
    "Ask us about help with costs if money is tight.",
    "Prices include all equipment.",
    "The first session is free so your child can try it.",
]

# --- Names, streets and extras the generator mixes in --------------------------------------------

FIRST_NAMES = ["Amira", "Ben", "Chloe", "Dev", "Ella", "Femi", "Grace", "Hassan", "Isla", "Jack", "Kiran", "Leah", "Marek", "Nadia", "Owen", "Priya", "Rosa", "Sam", "Tom", "Zainab"]
LAST_NAMES = ["Ahmed", "Baker", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis", "Morgan", "Nowak", "Okafor", "Patel", "Quinn", "Shah", "Taylor", "Walsh"]
CONTACT_ROLES = ["Service manager", "Family liaison worker", "Inclusion lead", "Bookings coordinator", "Team leader", "Volunteer coordinator", "Clinical lead", "SENCO"]
STREETS = ["High Street", "Mill Lane", "Station Road", "Church Street", "Queens Road", "Park Avenue", "Victoria Street", "Orchard Way", "Meadow Close", "Bridge Street", "Elm Grove", "School Lane"]
EXTRA_LANGUAGES = ["Polish", "Urdu", "Punjabi", "Romanian", "Arabic", "British Sign Language"]
HOLIDAY_TEXT = [
    "Runs as usual in the school holidays.",
    "Extra sessions in the summer holidays. Check our website for dates.",
    "Runs in the Easter and summer holidays only.",
    "Holiday sessions are longer, with a packed lunch.",
]

# --- Kinds of service ----------------------------------------------------------------------------
# Each kind yields `count` services. Lists are choices; the generator picks with a fixed seed.

KINDS = [
    Kind(
        key="salt-dropin", count=9, providers=["salt"],
        titles=["Speech and language drop-in, {area}", "Chatterbox drop-in at {venue}", "Talk Time drop-in, {area}"],
        summaries=[
            "A free drop-in where a speech and language therapist listens to your worries about your child's talking and gives you ideas to try at home.",
            "Come and talk to a speech and language therapist about your child's talking, listening or understanding. No appointment needed.",
        ],
        paragraphs=[
            "Many parents wonder whether their child's talking is on track. At the drop-in you can chat to a qualified speech and language therapist (SALT) for 15 minutes, play together while they watch, and go home with ideas that fit your family's day.",
            "If the therapist thinks your child would benefit from more help, they can refer you to our clinic straight away, so you do not need to go back to your GP.",
            "Sessions are relaxed and noisy. Bring a favourite toy if it helps your child settle.",
            "We can also give advice about stammering, using a dummy, and bringing up children with more than one language.",
        ],
        categories=["riverside:therapies", "dfe:Speech, language and communication needs", "dfe:Early years language and learning"],
        needs=["SLCN"], optional_needs=["ASD", "HI", "NSA"],
        ages=EARLY, costs=[FREE], delivery=[["in_person"]], referral=[["self"]],
        venues=["northbank-hub", "riverside-hub", "kingsreach-hub", "millford-cc", "kingsreach-library"],
        times=MORNING, keywords="SALT, speech therapy, late talker, talking, stammer",
        access=["step_free", "accessible_toilet"], personal_budget_share=0.0, holiday_share=0.3,
    ),
    Kind(
        key="salt-clinic", count=6, providers=["salt", "nhs"],
        titles=["Children's speech and language therapy clinic, {area}", Title("Speech and language therapy for school-age children, {area}", ages=SCHOOL_AGE)],
        summaries=[
            "Assessment and therapy for children and young people with speech, language and communication needs, in clinic, at school or online.",
            "Speech and language therapists assess your child and agree a plan with you and their school.",
        ],
        paragraphs=[
            "After an assessment, the therapist will agree goals with you. Therapy might be a block of sessions, a programme for school staff to deliver, or advice for home.",
            "We work closely with schools and can contribute to an education, health and care (EHC) needs assessment.",
            "We also support children who use signing, symbols or communication aids (augmentative and alternative communication, AAC).",
        ],
        categories=["riverside:therapies", "dfe:Speech, language and communication needs"],
        needs=["SLCN"], optional_needs=["ASD", "PMLD", "SLD", "HI", "PD"],
        ages=CHILDHOOD, costs=[FREE], delivery=[["in_person", "online"], ["in_person"]], referral=[["professional"], ["self", "professional"]],
        venues=["cdc", "hospital", "kingsreach-hub"], times=OFFICE,
        keywords="SALT, SLT, speech therapy, AAC, communication aid", access=["step_free", "lift", "accessible_toilet", "hearing_loop"], personal_budget_share=0.2,
    ),
    Kind(
        key="autism-swim", count=8, providers=["leisure", "otters"],
        titles=["Autism-friendly swimming, {area}", "Quiet swim at {venue}", "Sensory-friendly splash session, {area}"],
        summaries=[
            "A calm, quiet swimming session with dimmed lights, no music and fewer people, for autistic children and their families.",
            "Relaxed swimming with lifeguards who understand sensory needs. Come and go as you please.",
        ],
        paragraphs=[
            "We turn off the music and wave machine, dim the lights and keep numbers low. Changing rooms are quieter too, and there is a private changing room with a hoist.",
            "There is no pressure to swim: some children just sit on the steps and splash, and that is fine.",
            "Lifeguards have had autism awareness training. A social story with photos of the pool is on our website.",
            "Families can bring a carer free of charge.",
        ],
        categories=["riverside:inclusive-sport", "dfe:Sports and recreation", "dfe:Autistic Spectrum Disorder (ASD)"],
        needs=["ASD"], optional_needs=["SEMH", "SLD", "PMLD", "MSI", "OTH"],
        ages=OPEN + CHILDHOOD, costs=[charge(3.50, "session"), charge(4.20, "session"), charge(2.80, "session")],
        delivery=[["in_person"]], referral=[["self"]], venues=["leisure-centre", "westbrook-pool"],
        times=SATURDAY + [Slot(6, "08:00", "09:00")], keywords="autism friendly swim, quiet swim, sensory swim, ASC",
        access=["step_free", "changing_places", "disabled_parking", "accessible_toilet"], personal_budget_share=0.8, direct_payment_share=0.6, holiday_share=0.7,
    ),
    Kind(
        key="sensory-play", count=8, providers=["sensory-barn", "hubs"],
        titles=[Title("Sensory play for under-fives, {area}", ages=UNDER_FIVES), "Little Explorers sensory group, {area}", "Messy play and sensory session, {area}"],
        summaries=[
            "Sensory play for babies and young children with additional needs and their parents: lights, sounds, textures and messy play.",
            "A small, friendly group where young children with SEND explore sensory activities while parents meet each other.",
        ],
        paragraphs=[
            "Each session has a sensory room slot, messy play and a song time with signing. Parents stay with their child throughout.",
            "It is a chance to meet other parents who understand, and staff can point you to other support.",
            "We keep groups to eight families so it never gets too busy.",
            "There are visual timetables and a quiet corner if it all gets too much.",
        ],
        categories=["riverside:early-years-settings", "dfe:Early years support", "dfe:Parent, baby and toddler groups"],
        needs=["PMLD", "SLD"], optional_needs=["MSI", "ASD", "VI", "HI", "NSA"],
        ages=EARLY, costs=[FREE, charge(2.00, "session")], delivery=[["in_person"]], referral=[["self"], ["self", "professional"]],
        venues=["sensory-barn", "northbank-hub", "kingsreach-hub", "fenby-hall"], times=MORNING,
        keywords="sensory room, messy play, baby group, toddler group", access=["step_free", "quiet_space", "accessible_toilet"], personal_budget_share=0.3, holiday_share=0.2,
    ),
    Kind(
        key="overnight-breaks", count=6, providers=["brookfield"],
        titles=[
            Title("Overnight short breaks at {venue}", provider="brookfield", venue="brookfield-house"),
            Title("Overnight short breaks with a short breaks carer", provider="council", summary="A trained and approved short breaks carer looks after your child overnight in their own home, a few nights a month.", venue=HOME, paragraphs=[
                "Short breaks carers are local people trained and approved by the council to look after a disabled child in their own home.",
                "We match your child with a carer carefully, and you meet them several times before the first overnight stay.",
                "Carers are trained in your child's care, including medication, moving and handling and how your child communicates.",
            ]),
            Title("Weekend overnight stays at {venue}", provider="brookfield", venue="brookfield-house", summary="Weekend stays with friends at Brookfield House, with trips, films and a lie-in."),
        ],
        summaries=[
            "Overnight short breaks for disabled children and young people with complex needs, giving them time with friends and their families a rest.",
            "Planned overnight stays with trained staff, agreed after an assessment by the disabled children's team.",
        ],
        paragraphs=[
            "Children stay for one or two nights at a time in a purpose-built home with six bedrooms, a sensory room and a garden.",
            "Nurses and care staff are trained in epilepsy care, tube feeding and moving and handling.",
            "We plan each stay with you, including routines, favourite foods and how your child communicates.",
            "Short breaks carers are local families trained and approved to look after a disabled child in their own home.",
        ],
        categories=["riverside:short-breaks-overnight", "riverside:short-breaks", "dfe:Breaks and respite"],
        needs=["PMLD", "SLD"], optional_needs=["PD", "ASD", "MSI", "SEMH"],
        ages=[Ages(96, 215), Ages(60, 215), Ages(96, 227)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["brookfield-house"], times=[], schedule_notes=["Weekends and some weekday nights", "Stays are planned a month ahead"],
        eligibility=["For children with a disability that has a substantial effect on everyday life, after a social care assessment."],
        keywords="respite, overnight respite, short breaks, residential", access=["step_free", "changing_places", "lift"], personal_budget_share=0.7, direct_payment_share=0.5, holiday_share=1.0,
    ),
    Kind(
        key="day-breaks", count=9, providers=["brookfield", "youth", "sensory-barn"],
        titles=["Saturday club, {area}", "After-school short break club, {area}", "Holiday short breaks scheme, {area}"],
        summaries=[
            "Fun activities for disabled children and young people with trained staff, so parents and carers get a few hours' break.",
            "A short break club with games, cooking, outings and friends, with one-to-one support where needed.",
        ],
        paragraphs=[
            "Staff to child ratios are set for each child, up to one-to-one. Activities include cooking, art, outings to the park and film afternoons.",
            "We can give medication and support personal care. Tell us what your child needs when you book.",
            "Children who do not qualify for assessed short breaks can still use the club through the local short breaks offer.",
            "Transport can be arranged from home for some children.",
        ],
        categories=["riverside:short-breaks-day", "riverside:short-breaks", "dfe:Breaks and respite", "dfe:Holiday clubs and schemes"],
        needs=["ASD", "SLD"], optional_needs=["PMLD", "PD", "SEMH", "MLD", "OTH"],
        ages=PRIMARY + SECONDARY + [Ages(60, 227)], costs=[FREE, charge(12.00, "session"), charge(25.00, "day"), VARIES],
        delivery=[["in_person"]], referral=[["self"], ["professional"], ["self", "professional"]],
        venues=["brookfield-house", "ashby-youth", "sensory-barn", "hollins-hall"], times=SATURDAY + AFTER_SCHOOL,
        keywords="respite, short breaks, saturday club, holiday club", access=["step_free", "accessible_toilet", "quiet_space"], personal_budget_share=0.9, direct_payment_share=0.8, holiday_share=0.7,
    ),
    Kind(
        key="holiday-club", count=9, providers=["leisure", "youth", "scouts", "arts"],
        titles=["Inclusive holiday club, {area}", "Easter and summer activity days, {area}", "Holiday activities and food programme (HAF), {area}"],
        summaries=[
            "Holiday activities with a healthy lunch, where children with SEND join in with support from trained staff.",
            "Sport, crafts and trips in the school holidays, with extra staff for children who need them.",
        ],
        paragraphs=[
            "Children on benefits-related free school meals can have free places through the holiday activities and food programme.",
            "Tell us about your child's needs when you book and we will agree support with you before the first day.",
            "Each day has a visual timetable and a calm space.",
            "Older young people can volunteer as young leaders.",
        ],
        categories=["riverside:holiday-activities", "dfe:Holiday clubs and schemes", "dfe:Activities"],
        needs=[], optional_needs=["ASD", "SEMH", "MLD", "SPLD", "PD", "NSA", "OTH"],
        ages=PRIMARY + SECONDARY, costs=[FREE, charge(15.00, "day"), charge(8.50, "day")], delivery=[["in_person"]], referral=[["self"]],
        venues=["hollins-hall", "ashby-youth", "millford-cc", "oakhurst-pavilion", "westbrook-hall"], times=[],
        schedule_notes=["School holidays only", "Easter, summer and Christmas holidays"],
        keywords="HAF, holiday club, summer club, play scheme", access=["step_free", "accessible_toilet"], personal_budget_share=0.5, holiday_share=1.0,
    ),
    Kind(
        key="pcf", count=4, providers=["pcf"],
        titles=[
            Title("Riverside Parent Carer Forum", summary="Parents and carers of children with SEND working together to improve local services. Join for free and have your say."),
            "Parent carer coffee morning, {area}",
            Title("Parent carer forum online meet-ups", summary="Evening video calls for parents and carers of children with SEND, so you can get support without leaving home.", delivery=["online"]),
        ],
        summaries=[
            "Meet other parents and carers of children with SEND, get support and help shape local services.",
            "A friendly coffee morning for parents and carers of children with additional needs. Come for a chat, or just a cup of tea.",
        ],
        paragraphs=[
            "The parent carer forum (PCF) is run by parents, for parents. We take what families tell us to the council and NHS and work with them to improve services.",
            "Guest speakers come to some sessions, for example from the SEND team, the short breaks team and the Riverside SENDIASS.",
            "Membership is free and you can take part as much or as little as you like.",
        ],
        categories=["riverside:parent-carer-forum", "dfe:Groups for parents and carers of children with SEND", "dfe:Parenting support"],
        needs=[], optional_needs=[], ages=PARENTS, costs=[FREE], delivery=[["in_person"], ["online"], ["in_person", "online"]], referral=[["self"]],
        venues=["riverside-hub", "millford-cc", "carers-centre"], times=MORNING + EVENING,
        keywords="PCF, parent forum, support group, coffee morning", access=["step_free", "accessible_toilet"], personal_budget_share=0.0,
    ),
    Kind(
        key="sendiass", count=3, providers=["sendiass"],
        titles=[
            "SEND information, advice and support (SENDIASS)",
            Title("SENDIASS young people's service", summary="Advice for {who} about their own SEND support, in plain language.", ages=[Ages(192, 311)]),
            "SENDIASS drop-in, {area}",
        ],
        summaries=[
            "Free, impartial and confidential advice about special educational needs and disabilities, including EHC needs assessments, school exclusions and appeals.",
            "Advice for {who} about their own SEND support, in plain language.",
        ],
        paragraphs=[
            "We are separate from the council's SEND team. We can explain the law, help you write letters, come to meetings with you and support you through mediation and the SEND Tribunal.",
            "Our helpline is open Monday to Friday. You can also email or ask for a call back.",
            "We provide information in Easy Read and can arrange an interpreter.",
        ],
        categories=["riverside:iass", "riverside:advocacy-mediation", "dfe:Learning difficulties and disabilities"],
        needs=[], optional_needs=[], ages=[Ages(None, None), Ages(192, 311)], costs=[FREE], delivery=[["in_person", "online"], ["online"]], referral=[["self"]],
        venues=["town-hall", "riverside-hub"], times=OFFICE,
        keywords="IASS, SENDIASS, advice, EHCP help, tribunal, appeal", access=["step_free", "hearing_loop", "easy_read"], personal_budget_share=0.0,
    ),
    Kind(
        key="supported-internship", count=5, providers=["college", "employment", "eastmoor-college"],
        titles=["Supported internship, {area}", "Project Search supported internship at {venue}", "Pathways to work supported internship"],
        summaries=[
            "A one-year study programme based at an employer, for {who} with an EHC plan who want to get a paid job.",
            "Learn job skills in a real workplace with a job coach, and work towards a paid job at the end.",
        ],
        paragraphs=[
            "Interns spend most of the week at a host employer, rotating through three placements, with a job coach on site.",
            "Alongside work, you study English and maths if you need to and practise travelling to work on your own.",
            "Last year most of our interns found paid work within six months of finishing.",
        ],
        categories=["riverside:supported-internships", "riverside:work-employment", "riverside:post-16", "pfa:employment"],
        needs=["MLD", "ASD"], optional_needs=["SLD", "SPLD", "SLCN", "SEMH"],
        ages=[Ages(192, 299), Ages(192, 287)], costs=[FREE], delivery=[["in_person"]], referral=[["ehc_plan"]],
        venues=["college", "hospital", "eastmoor-college"], times=SCHOOL_DAY,
        keywords="supported internship, job coach, work experience, preparing for adulthood, PfA", access=["step_free", "lift"], personal_budget_share=0.0,
        education_setting="post_16",
    ),
    Kind(
        key="camhs", count=6, providers=["nhs"],
        titles=[
            "Children and young people's mental health service (CAMHS)",
            Title("CAMHS neurodevelopmental team", summary="Assessment for autism and attention deficit hyperactivity disorder (ADHD) for {who}.", needs=["ASD", "SEMH"]),
            Title("Mental health support team in schools, {area}", summary="Mental health practitioners working in schools to help with anxiety, low mood and worries early on.", referral=["self", "professional"]),
            Title("CAMHS crisis line", summary="A phone line for children, young people and parents when mental health feels like an emergency. Open every day, 8am to midnight.", delivery=["online"], referral=["self"]),
        ],
        summaries=[
            "NHS mental health assessment and treatment for children and young people with moderate to severe difficulties.",
            "Mental health practitioners working in schools to help with anxiety, low mood and worries early on.",
        ],
        paragraphs=[
            "CAMHS (also called children and young people's mental health services, CYPMHS) offers assessment, therapy and, where needed, medication.",
            "We also assess for autism and attention deficit hyperactivity disorder (ADHD).",
            "While you wait, our online wellbeing hub and the crisis line are available. If your child is at immediate risk, call 999.",
            "We work with schools and social care so families do not have to repeat their story.",
        ],
        categories=["riverside:mental-health", "dfe:Mental health, social and emotional support", "dfe:Social, emotional and mental health support"],
        needs=["SEMH"], optional_needs=["ASD", "OTH"],
        ages=[Ages(60, 215), Ages(0, 215), Ages(132, 215), Ages(None, 215)], costs=[FREE], delivery=[["in_person", "online"], ["online"]], referral=[["professional"], ["self", "professional"]],
        venues=["hospital", "cdc", "kingsreach-academy"], times=OFFICE,
        keywords="CAMHS, CYPMHS, mental health, anxiety, depression, ADHD assessment", access=["step_free", "lift", "quiet_space"], personal_budget_share=0.0,
    ),
    Kind(
        key="ot-clinic", paired_summaries=True, count=6, providers=["nhs"],
        titles=[
            "Children's occupational therapy clinic, {area}",
            Title("Sensory processing advice clinic", summary="Advice and workshops for parents of children who are over- or under-sensitive to noise, touch, movement or food.", needs=["ASD"], referral=["self"]),
            Title("Children's physiotherapy, {area}", summary="Physiotherapy for children with movement difficulties, including exercise programmes for home and school."),
            Title("Equipment and seating clinic", summary="Assessment for specialist seating, standing frames and bathing equipment, with follow-up as your child grows."),
        ],
        summaries=[
            "Occupational therapists help children with everyday activities like dressing, eating, writing and play, and advise on equipment.",
            "Physiotherapy for children with movement difficulties, including exercise programmes for home and school.",
        ],
        paragraphs=[
            "We start by asking what matters most to you and your child, then set goals together.",
            "We can advise on specialist seating, standing frames, bathing equipment and splints.",
            "Sensory processing workshops for parents run every term.",
            "Appointments can be at the clinic, at home or at school.",
        ],
        categories=["riverside:therapies", "dfe:Physical disabilities", "riverside:equipment-adaptations"],
        needs=["PD"], optional_needs=["ASD", "PMLD", "SLD", "SPLD", "MSI"],
        ages=CHILDHOOD + [Ages(None, 227)], costs=[FREE], delivery=[["in_person", "home_visit"], ["in_person"]], referral=[["professional"]],
        venues=["cdc", "hospital"], times=OFFICE, keywords="OT, occupational therapy, physio, physiotherapy, sensory processing, wheelchair",
        access=["step_free", "lift", "changing_places", "disabled_parking"], personal_budget_share=0.0,
    ),
    Kind(
        key="wheelchair-sport", count=6, providers=["wheelchair-sports", "leisure"],
        titles=[
            Title("Wheelchair football, {area}", provider="wheelchair-sports"),
            Title("Wheelchair basketball juniors", provider="wheelchair-sports"),
            Title("Powerchair football", provider="wheelchair-sports", summary="Football for players who use powered wheelchairs, with guards fitted to club chairs."),
            Title("Disability multi-sport club, {area}", provider="leisure", summary="Try football, basketball, boccia and more with qualified coaches, whatever your ability."),
        ],
        summaries=[
            "Fast, friendly wheelchair sport for children and young people. Sports chairs are provided.",
            "Try football, basketball, boccia and more with qualified coaches, whatever your ability.",
        ],
        paragraphs=[
            "You do not need your own sports wheelchair; we have chairs in lots of sizes to borrow.",
            "Walking players can join too: everyone plays in a chair.",
            "Some players go on to regional and national competitions, but most come for fun and friends.",
        ],
        categories=["riverside:inclusive-sport", "dfe:Sports and recreation", "dfe:Physical disabilities"],
        needs=["PD"], optional_needs=["MSI", "VI", "OTH"],
        ages=[Ages(60, 215), Ages(96, None), Ages(72, 227), Ages(None, None)], costs=[charge(3.00, "session"), charge(2.00, "session"), FREE],
        delivery=[["in_person"]], referral=[["self"]], venues=["hollins-hall", "leisure-centre"], times=AFTER_SCHOOL + SATURDAY,
        keywords="wheelchair sport, disability football, boccia, powerchair", access=["step_free", "accessible_toilet", "disabled_parking", "changing_places"], personal_budget_share=0.6, direct_payment_share=0.6,
    ),
    Kind(
        key="ehc-team", count=3, providers=["council"],
        titles=[
            "Requesting an education, health and care (EHC) needs assessment",
            Title("SEND case officer team", summary="Your named SEND case officer is your contact for your child's education, health and care (EHC) plan."),
            Title("Annual reviews of EHC plans", summary="How the council and your child's school check at least once a year that the EHC plan still meets your child's needs."),
        ],
        summaries=[
            "The council's SEND team decides whether to carry out an education, health and care (EHC) needs assessment and writes EHC plans.",
            "Your named SEND case officer is your contact for your child's EHC plan and annual reviews.",
        ],
        paragraphs=[
            "Parents, young people over 16 and schools can ask for an EHC needs assessment. We will tell you within 6 weeks whether we will assess, and the whole process takes no more than 20 weeks.",
            "If you disagree with a decision we will explain how to ask for mediation and how to appeal to the SEND Tribunal.",
            "You can ask for a personal budget as part of an EHC plan.",
        ],
        categories=["riverside:specialist-teaching", "dfe:Learning difficulties and disabilities", "riverside:education"],
        needs=[], optional_needs=[], ages=[Ages(None, None)], costs=[FREE], delivery=[["online", "in_person"]], referral=[["self", "professional"]],
        venues=["town-hall"], times=OFFICE, keywords="EHCP, EHC plan, EHC needs assessment, statutory assessment, annual review, case officer",
        access=["step_free", "lift", "hearing_loop", "easy_read"], personal_budget_share=0.0,
    ),
    Kind(
        key="ed-psych", paired_summaries=True, count=3, providers=["council"],
        titles=["Educational psychology service", "Specialist teaching and learning service", Title("Early years SEND advisory team", ages=[Ages(0, 59), Ages(0, 71)])],
        summaries=[
            "Educational psychologists and specialist teachers who help schools and settings support children with SEND.",
            "Specialist teachers for hearing, vision, autism and learning who visit schools to advise staff and work with children.",
        ],
        paragraphs=[
            "Schools and early years settings ask for our help through their SENCO. We also give psychological advice for EHC needs assessments.",
            "Parents can phone our consultation line on Tuesday afternoons to talk through worries.",
            "We run training for school staff on dyslexia, autism and emotionally based school avoidance.",
        ],
        categories=["riverside:specialist-teaching", "riverside:education", "dfe:Early years support"],
        needs=["MLD", "SPLD"], optional_needs=["ASD", "HI", "VI", "SEMH", "NSA"],
        ages=[Ages(None, 311), Ages(0, 71), Ages(None, 227)], costs=[FREE], delivery=[["in_person", "online"]], referral=[["professional"]],
        venues=["town-hall"], times=OFFICE, keywords="EP, educational psychologist, specialist teacher, advisory teacher, dyslexia",
        access=["step_free", "lift"], personal_budget_share=0.0,
    ),
    Kind(
        key="special-school", count=2, providers=["oakhurst"],
        titles=["{venue}", Title("{venue} sixth form", summary="Post-16 education at Oakhurst School for {who} with severe or profound learning difficulties, focused on preparing for adulthood.", ages=[Ages(192, 239)])],
        summaries=["A special school for {who} with severe, profound and multiple learning difficulties."],
        paragraphs=[
            "Classes have up to eight pupils with a teacher and three teaching assistants. Therapists work in classrooms alongside staff.",
            "Places are for children with an EHC plan naming the school. You are welcome to visit before you decide.",
            "We have a hydrotherapy pool, rebound therapy and a sensory garden.",
        ],
        categories=["riverside:special-schools", "riverside:education", "dfe:Learning difficulties and disabilities"],
        needs=["SLD", "PMLD"], optional_needs=["ASD", "MSI", "PD"],
        ages=[Ages(48, 239)], costs=[FREE], delivery=[["in_person"]], referral=[["ehc_plan"]],
        venues=["oakhurst-school"], times=SCHOOL_DAY, keywords="special school, SLD school, PMLD",
        access=["step_free", "lift", "changing_places", "hearing_loop", "quiet_space", "disabled_parking"], personal_budget_share=0.0, education_setting="special_school",
    ),
    Kind(
        key="specialist-college", count=1, providers=["eastmoor-college"],
        titles=["{venue}"],
        summaries=["Day and residential places for {who} with complex needs, with therapy on site. Outside Riverside, in Eastmoor."],
        paragraphs=[
            "Students follow personalised programmes in independent living, work skills and communication.",
            "Places are agreed through the young person's EHC plan. Riverside's SEND team can arrange a visit.",
            "Therapists, nurses and care staff work together on site, day and night.",
        ],
        categories=["riverside:post-16", "riverside:education", "riverside:adulthood", "pfa:independent-living"],
        needs=["SLD", "PMLD", "ASD"], optional_needs=["PD", "MSI"],
        ages=[Ages(192, 311)], costs=[FREE], delivery=[["in_person"]], referral=[["ehc_plan"]],
        venues=["eastmoor-college"], times=SCHOOL_DAY, keywords="specialist college, residential college, post-16",
        access=["step_free", "lift", "changing_places", "quiet_space"], personal_budget_share=0.0, education_setting="independent", service_areas="Riverside, Eastmoor and neighbouring councils",
    ),
    Kind(
        key="primary-school", count=1, providers=["millford-primary"],
        titles=["{venue}"],
        summaries=["A mainstream primary school where children with SEND learn alongside their friends, with a resource base for speech, language and communication needs."],
        paragraphs=[
            "Our special educational needs coordinator (SENCO) works with families to plan support using the graduated approach: assess, plan, do, review.",
            "The resource base has ten places for children with an EHC plan who spend part of the day in small groups with a speech and language therapist.",
            "We have a nurture room open at lunchtimes and before school.",
        ],
        categories=["riverside:mainstream-schools", "riverside:education"],
        needs=["NSA", "SLCN"], optional_needs=["ASD", "SPLD", "MLD"],
        ages=[Ages(48, 131)], costs=[FREE], delivery=[["in_person"]], referral=[["self"]],
        venues=["millford-primary"], times=SCHOOL_DAY, keywords="SENCO, SEN support, resource base, nurture group, primary school",
        access=["step_free", "accessible_toilet", "quiet_space"], personal_budget_share=0.0, education_setting="mainstream_school",
    ),
    Kind(
        key="secondary-school", count=1, providers=["kingsreach"],
        titles=["{venue}"],
        summaries=["A secondary academy with an autism resource base, where autistic students learn in mainstream lessons with a calm base to return to."],
        paragraphs=[
            "The resource base has twelve places for students with an EHC plan. Staff support students in lessons and at break times.",
            "Every student with SEN support has a one-page profile that all their teachers read.",
            "We run a transition programme in the summer term for pupils joining Year 7.",
        ],
        categories=["riverside:mainstream-schools", "riverside:education", "dfe:Autistic Spectrum Disorder (ASD)"],
        needs=["ASD", "NSA"], optional_needs=["SEMH", "SPLD", "MLD"],
        ages=[Ages(132, 203)], costs=[FREE], delivery=[["in_person"]], referral=[["self"]],
        venues=["kingsreach-academy"], times=SCHOOL_DAY, keywords="secondary school, academy, autism base, SENCO",
        access=["step_free", "lift", "accessible_toilet", "quiet_space"], personal_budget_share=0.0, education_setting="academy",
    ),
    Kind(
        key="alternative-provision", count=1, providers=["bridge"],
        titles=["{venue}"],
        summaries=["Education for secondary-age pupils who cannot attend their school for a while, with small classes and a plan to return."],
        paragraphs=[
            "Pupils come to us after exclusion, for medical reasons or when a school asks for help. Classes have no more than eight pupils.",
            "Each pupil has a key adult and a plan agreed with their family and home school.",
            "We screen every pupil for speech, language and communication needs.",
        ],
        categories=["riverside:alternative-provision", "riverside:education"],
        needs=["SEMH"], optional_needs=["SLCN", "MLD", "NSA"],
        ages=[Ages(132, 191)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["bridge-centre"], times=SCHOOL_DAY, keywords="PRU, pupil referral unit, AP, alternative provision, exclusion",
        access=["step_free", "quiet_space"], personal_budget_share=0.0, education_setting="alternative",
    ),
    Kind(
        key="college-foundation", count=1, providers=["college"],
        titles=["Foundation learning at {venue}"],
        summaries=["College courses for {who} with learning difficulties, from entry level to vocational study, with learning support."],
        paragraphs=[
            "Courses include independent living, work skills, catering and horticulture. Students can move on to vocational courses or a supported internship.",
            "The learning support team meets every applicant with SEND before they start to plan support.",
            "We have a quiet study room, a sensory room and a trained mental health first aider on every campus.",
        ],
        categories=["riverside:post-16", "riverside:education", "pfa:employment"],
        needs=["MLD", "SLD"], optional_needs=["ASD", "SPLD", "SEMH"],
        ages=[Ages(192, 311)], costs=[FREE], delivery=[["in_person"]], referral=[["self"]],
        venues=["college"], times=SCHOOL_DAY, keywords="college, foundation learning, post-16, further education, FE",
        access=["step_free", "lift", "accessible_toilet", "quiet_space"], personal_budget_share=0.0, education_setting="post_16",
    ),
    Kind(
        key="nursery", paired_summaries=False, count=2, providers=["northbank-nursery", "westbrook-preschool"],
        titles=["{provider}"],
        summaries=[
            "A nursery for {who} that welcomes children with additional needs, with an inclusion lead and funded places.",
            "A small, friendly pre-school where children with SEND are supported by a key person and the SENCO.",
        ],
        paragraphs=[
            "Every child has a key person who gets to know your family. Our SENCO can ask the early years SEND advisory team for extra help.",
            "We can apply for inclusion funding so your child gets extra adult support.",
            "We use Makaton signing and visual timetables every day.",
        ],
        categories=["riverside:early-years-settings", "riverside:childcare", "dfe:Pre-school playgroup", "dfe:Early years support"],
        needs=["NSA"], optional_needs=["SLCN", "ASD", "PD", "HI"],
        ages=[Ages(6, 59), Ages(24, 59)], costs=[VARIES, charge(6.50, "hour")], delivery=[["in_person"]], referral=[["self"]],
        venues=["northbank-nursery", "westbrook-hall"], times=[Slot(d, "08:00", "18:00") for d in range(5)],
        keywords="nursery, pre-school, funded childcare, 15 hours, 30 hours", access=["step_free", "accessible_toilet"], personal_budget_share=0.0, education_setting="early_years",
    ),
    Kind(
        key="childminder", count=6, providers=["cm-bright", "cm-acorns", "cm-ashby"],
        titles=[
            "Childminding in {area}",
            "Registered childminder, {area}",
            Title("After-school childminding, {area}", summary="School pick-ups and after-school care at a childminder's home, for children with and without SEND.", ages=[Ages(48, 143)]),
        ],
        summaries=[
            "A registered childminder caring for a small group of children at home, with experience of children with additional needs.",
            "Home-based childcare with school pick-ups, for children with and without SEND.",
        ],
        paragraphs=[
            "Ofsted-registered and first aid trained. Experience with epilepsy, feeding tubes and autism.",
            "We go to toddler groups, the park and the library most days.",
            "Funded early education places are available for children who qualify.",
        ],
        categories=["riverside:childminders", "riverside:childcare", "dfe:Before and after school clubs", "riverside:out-of-school-childcare"],
        needs=[], optional_needs=["ASD", "PD", "SLCN", "OTH", "NSA"],
        ages=[Ages(0, 143), Ages(0, 59), Ages(48, 143)], costs=[charge(6.00, "hour"), charge(5.50, "hour"), VARIES], delivery=[["in_person"]], referral=[["self"]],
        venues=[HOME], times=[Slot(d, "07:30", "18:00") for d in range(5)], keywords="childminder, childcare, after school care",
        access=[], personal_budget_share=0.0, direct_payment_share=0.3, holiday_share=0.8,
    ),
    Kind(
        key="youth-club", count=7, providers=["youth"],
        titles=[
            "Inclusive youth club, {area}",
            Title("Friday social group for autistic teenagers", provider="autism-support", needs=["ASD"]),
            "Young people's social club, {area}",
            Title("Deaf youth club", provider="deaf-children", needs=["HI"], languages="English, British Sign Language", categories=["riverside:youth-clubs", "dfe:Hearing impairment", "pfa:community-inclusion"]),
        ],
        summaries=[
            "A youth club where young people with SEND can hang out, make friends and try new things.",
            "A relaxed social group for young people who find big groups hard, with gaming, cooking and trips.",
        ],
        paragraphs=[
            "Youth workers plan activities with the group. Recent trips include bowling, a climbing wall and a music festival.",
            "Young people are welcome to bring a friend to their first session.",
            "Parents can stay for the first few sessions while their young person settles in.",
            "A British Sign Language (BSL) interpreter is at every session of the deaf youth club.",
        ],
        categories=["riverside:youth-clubs", "riverside:friends-community", "dfe:Targeted youth support", "pfa:community-inclusion"],
        needs=[], optional_needs=["ASD", "MLD", "SEMH", "HI", "SLD", "SPLD"],
        ages=[Ages(132, 227), Ages(132, 311), Ages(156, 311), Ages(120, 215)], costs=[FREE, charge(1.50, "session")], delivery=[["in_person"]], referral=[["self"]],
        venues=["ashby-youth", "millford-cc", "oakhurst-pavilion"], times=EVENING, keywords="youth club, social group, teenagers, friends",
        access=["step_free", "accessible_toilet", "quiet_space"], personal_budget_share=0.3, languages=["English", "English, British Sign Language"],
    ),
    Kind(
        key="deaf-services", paired_summaries=True, count=5, providers=["deaf-children"],
        titles=[
            "Family sign language classes, {area}",
            Title("Children's audiology clinic", provider="nhs", summary="Hearing tests, hearing aid fitting and follow-up for babies, children and young people.", referral=["professional"]),
            Title("Deaf children's family days", summary="Days out and activities where deaf children meet each other and deaf role models, and parents share experiences."),
            Title("Teachers of the deaf service", provider="council", summary="Qualified teachers of the deaf who support deaf babies at home and deaf children at nursery, school and college.", delivery=["in_person", "home_visit"]),
        ],
        summaries=[
            "Learn British Sign Language (BSL) together as a family, with classes for parents and fun signing for children.",
            "Hearing tests, hearing aid fitting and follow-up for babies, children and young people.",
        ],
        paragraphs=[
            "Classes are taught by deaf tutors and follow the Level 1 BSL course.",
            "The audiology team works with the teachers of the deaf, who support children at nursery and school.",
            "Family days are a chance for deaf children to meet deaf role models.",
        ],
        categories=["dfe:Hearing impairment", "dfe:Hearing and sight", "riverside:sensory-support"],
        needs=["HI"], optional_needs=["MSI", "SLCN"],
        ages=OPEN + [Ages(0, 227)], costs=[FREE, charge(20.00, "term")], delivery=[["in_person"], ["in_person", "online"]], referral=[["self"], ["professional"]],
        venues=["hospital", "riverside-hub", "millford-cc"], times=EVENING + OFFICE[:2], keywords="deaf, BSL, sign language, hearing aid, audiology, cochlear implant",
        access=["step_free", "hearing_loop"], personal_budget_share=0.1, languages=["English, British Sign Language"],
    ),
    Kind(
        key="vision-services", count=4, providers=["vision"],
        titles=[
            "Habilitation for children with vision impairment",
            "Vision support family group",
            Title("Children's eye clinic", provider="nhs", summary="Eye tests, glasses and follow-up for children with vision problems, including children who cannot read letters yet.", referral=["professional"]),
            Title("Braille and technology club", summary="A Saturday club where blind and partially sighted young people learn braille, screen readers and apps with friends."),
        ],
        summaries=[
            "Habilitation specialists teach blind and partially sighted children to move around safely and do everyday things independently.",
            "A group where families of children with vision impairment share ideas and children try accessible games and technology.",
        ],
        paragraphs=[
            "Sessions happen at home, at school and in the community, building skills like using a cane and crossing roads.",
            "Qualified teachers of children with vision impairment (QTVI) work with schools to make lessons accessible.",
            "Large print and braille information is available on request.",
        ],
        categories=["dfe:Visual impairment", "dfe:Hearing and sight", "riverside:sensory-support"],
        needs=["VI"], optional_needs=["MSI", "PMLD"],
        ages=[Ages(0, 227), Ages(None, None), Ages(60, 227)], costs=[FREE], delivery=[["in_person", "home_visit"], ["in_person"]], referral=[["self"], ["professional"]],
        venues=["hospital", "carers-centre", "kingsreach-library"], times=OFFICE[:3] + SATURDAY[:1], keywords="VI, blind, partially sighted, braille, habilitation, QTVI",
        access=["step_free", "easy_read"], personal_budget_share=0.1,
    ),
    Kind(
        key="msi", count=2, providers=["vision", "council"],
        titles=["Multi-sensory impairment (deafblind) outreach", "Deafblind family support"],
        summaries=["Specialist support for children and young people with both hearing and vision impairment, and their families."],
        paragraphs=[
            "An intervenor works one-to-one with the child to help them access information, communicate and move around.",
            "We offer home visits and advice to nurseries and schools.",
        ],
        categories=["dfe:Multi-sensory impairment", "riverside:sensory-support"],
        needs=["MSI"], optional_needs=["HI", "VI", "PMLD"], ages=[Ages(None, 311), Ages(0, 227)], costs=[FREE],
        delivery=[["home_visit", "in_person"]], referral=[["professional"]], venues=["carers-centre"], times=OFFICE,
        keywords="deafblind, MSI, intervenor", access=["step_free", "hearing_loop"], personal_budget_share=0.0,
    ),
    Kind(
        key="dyslexia", paired_summaries=True, count=4, providers=["dyslexia"],
        titles=["Dyslexia support for families", "Reading and spelling help club, {area}", "Dyslexia friendly homework club, {area}"],
        summaries=[
            "Practical help for children with dyslexia and other specific learning difficulties, and advice for parents on working with school.",
            "A homework club with coloured overlays, reading pens and patient volunteers.",
        ],
        paragraphs=[
            "Specific learning difficulties (SpLD) include dyslexia, dyspraxia and dyscalculia. Your child does not need a formal diagnosis to come.",
            "Workshops for parents explain assistive technology and exam access arrangements.",
            "Volunteers are trained by the specialist teaching service.",
        ],
        categories=["riverside:specialist-teaching", "dfe:Learning difficulties and disabilities", "dfe:Before and after school clubs"],
        needs=["SPLD"], optional_needs=["MLD", "NSA"], ages=PRIMARY + SECONDARY, costs=[FREE, charge(2.00, "session")],
        delivery=[["in_person"], ["in_person", "online"]], referral=[["self"]], venues=["kingsreach-library", "millford-cc", "riverside-hub"],
        times=AFTER_SCHOOL, keywords="dyslexia, dyspraxia, dyscalculia, SpLD, reading", access=["step_free"], personal_budget_share=0.0,
    ),
    Kind(
        key="autism-parent", paired_summaries=True, count=5, providers=["autism-support"],
        titles=[
            "Autism parent support group, {area}",
            Title("Understanding autism course for parents", provider="hubs", summary="A six-week course for parents on understanding autism, communication and managing anxiety."),
            Title("Autism helpline", summary="A helpline answered by trained volunteers who are parents of autistic children. Open weekday mornings and Tuesday evenings.", delivery=["online"]),
            Title("After diagnosis workshop", provider="hubs", summary="A one-day workshop for parents whose child has just been diagnosed as autistic: what it means and what help there is."),
        ],
        summaries=[
            "A group for parents and carers of autistic children, before or after diagnosis, to share experiences and learn practical strategies.",
            "A six-week course for parents on understanding autism, communication and managing anxiety.",
        ],
        paragraphs=[
            "Sessions cover sensory needs, sleep, eating, meltdowns and working with school.",
            "You do not need a diagnosis to join: many families come while they are waiting for an assessment.",
            "The helpline is answered by trained volunteers who are parents of autistic children.",
        ],
        categories=["dfe:Autistic Spectrum Disorder (ASD)", "dfe:Groups for parents and carers of children with SEND", "dfe:Parenting support", "riverside:parent-carer-forum"],
        needs=["ASD"], optional_needs=["SEMH", "SLCN"], ages=PARENTS, costs=[FREE], delivery=[["in_person"], ["online"], ["in_person", "online"]], referral=[["self"]],
        venues=["carers-centre", "kingsreach-hub", "riverside-hub"], times=MORNING + EVENING, keywords="autism, ASC, ASD, parent support, diagnosis, Cygnet",
        access=["step_free", "quiet_space"], personal_budget_share=0.0,
    ),
    Kind(
        key="music-arts", count=7, providers=["music", "arts"],
        titles=[
            Title("Inclusive music group, {area}", provider="music", summary="Make music together with instruments, voice and music technology, whatever your ability."),
            Title("Drama club for young people with SEND", provider="arts", summary="A drama group where everyone performs, with a show for families at the end of each term."),
            Title("Dance for all, {area}", provider="arts", summary="Dance sessions for every body, including wheelchair users, led by an inclusive dance artist."),
            Title("Music therapy sessions", provider="music", summary="One-to-one music therapy with a registered music therapist, for children who find it hard to communicate in words.", costs=[charge(45.00, "hour")]),
            Title("Art club, {area}", provider="arts", summary="Painting, clay and printmaking in a calm studio, with artists who adapt tools and tasks for each child."),
        ],
        summaries=[
            "Make music together with instruments, voice and music technology, whatever your ability.",
            "A drama and dance group where everyone performs, with a show at the end of each term.",
        ],
        paragraphs=[
            "We use adapted instruments and eye-gaze music technology so every child can play.",
            "Groups are led by professional artists with experience of working with disabled young people.",
            "Music therapy is delivered by a registered music therapist and can be named in an EHC plan.",
        ],
        categories=["riverside:arts-music-drama", "dfe:Music, arts and dance"],
        needs=[], optional_needs=["PMLD", "SLD", "ASD", "PD", "VI", "SEMH"],
        ages=PRIMARY + SECONDARY + OPEN, costs=[charge(4.00, "session"), charge(30.00, "term"), FREE, charge(45.00, "hour")],
        delivery=[["in_person"]], referral=[["self"], ["self", "professional"]], venues=["music-centre", "millford-cc", "westbrook-hall"],
        times=AFTER_SCHOOL + SATURDAY, keywords="music, drama, dance, art, music therapy", access=["step_free", "accessible_toilet"], personal_budget_share=0.6, direct_payment_share=0.5,
    ),
    Kind(
        key="transport", count=4, providers=["council"],
        titles=[
            "Home to school travel assistance",
            Title("Post-16 travel support", summary="Help with travel to college or training for {who} with SEND. Apply by the end of May for September.", ages=[Ages(192, 311)]),
            Title("Independent travel training", summary="One-to-one training that helps young people with SEND learn to travel on their own safely.", ages=[Ages(132, 311)], categories=["riverside:travel-training", "riverside:travel", "pfa:independent-living"]),
            Title("Accessible community minibus", provider="transport", summary="Wheelchair-accessible minibuses that families and groups can book for trips and appointments.", costs=[charge(2.00, "one_off")], categories=["dfe:Community transport", "riverside:travel"], ages=[Ages(None, None)]),
        ],
        summaries=[
            "Help getting to school for children who are eligible, such as a bus pass, a mileage allowance or a shared taxi.",
            "One-to-one training that helps young people with SEND learn to travel on their own safely.",
        ],
        paragraphs=[
            "You apply online. We decide based on distance, your child's needs and whether they could walk with an adult.",
            "Young people over 16 can apply for help with travel to college. Apply by the end of May for September.",
            "Trainers plan a route with the young person and practise it together until they are confident.",
            "The minibus has a wheelchair lift and can be booked by groups and families.",
        ],
        categories=["riverside:school-transport", "riverside:travel", "riverside:travel-training", "dfe:Community transport"],
        needs=[], optional_needs=["PD", "SLD", "ASD", "VI"], ages=[Ages(48, 227), Ages(192, 311), Ages(132, 311), Ages(None, None)], costs=[FREE, charge(2.00, "one_off"), VARIES],
        delivery=[["in_person"]], referral=[["self"], ["professional"]], venues=["town-hall"], times=OFFICE,
        keywords="school transport, travel assistance, taxi, bus pass, travel training", access=["step_free"], personal_budget_share=0.0,
    ),
    Kind(
        key="benefits-advice", count=4, providers=["cab"],
        titles=[
            "Benefits advice for families of disabled children",
            "Help with Disability Living Allowance (DLA) forms",
            Title("Carer's assessment and support", provider="carers", summary="Support for parent carers, including a carer's assessment, a break from caring and advice on looking after yourself.", categories=["dfe:Parenting support", "riverside:advice"]),
            Title("Money and housing advice, {area}", summary="Free advice on debt, energy bills, housing problems and benefits, at a local drop-in or by phone."),
        ],
        summaries=[
            "Free help to check which benefits you can get and to fill in forms like Disability Living Allowance (DLA) and Carer's Allowance.",
        ],
        paragraphs=[
            "Advisers can fill in forms with you and help you ask for a decision to be looked at again.",
            "We can also help with debt, energy bills and housing problems.",
            "Young carers have their own group and trips.",
        ],
        categories=["riverside:money-benefits", "dfe:Debt and welfare advice", "dfe:Money, benefits and housing"],
        needs=[], optional_needs=[], ages=PARENTS, costs=[FREE], delivery=[["in_person", "online"], ["in_person", "home_visit"]], referral=[["self"]],
        venues=["carers-centre", "riverside-hub", "kingsreach-library"], times=OFFICE[:3], keywords="DLA, PIP, carer's allowance, benefits, debt, carer's assessment",
        access=["step_free", "hearing_loop"], personal_budget_share=0.0, languages=["English, Polish, Urdu", "English"],
    ),
    Kind(
        key="family-support", paired_summaries=True, count=8, providers=["hubs"],
        titles=[
            Title("Early help family support, {area}", provider="hubs", categories=["dfe:Intensive targeted family support", "dfe:Parenting support"]),
            Title("Parenting programme for parents of children with additional needs", provider="hubs", summary="A free course for parents of children with additional needs, covering behaviour, communication and looking after yourself.", categories=["dfe:Parenting support", "dfe:Groups for parents and carers of children with SEND"]),
            Title("Reducing parental conflict workshops", provider="mediation", summary="Workshops for parents, together or separately, on arguing less and protecting children from conflict.", categories=["dfe:Reducing parental conflict"]),
            Title("Separated parents support", provider="mediation", summary="Mediation and support for separating parents to agree arrangements for children, including children with SEND.", categories=["dfe:Separating and separated parent support"], costs=[VARIES]),
            Title("Anti-bullying support for families", provider="kind-minds", summary="Help when your child is being bullied, in person or online, including working with the school to stop it.", categories=["dfe:Bullying and cyber bullying"]),
            Title("Domestic abuse support for families", provider="womens-aid", summary="Confidential support for parents and children affected by domestic abuse, including safety planning and children's groups.", categories=["dfe:Domestic abuse"]),
        ],
        summaries=[
            "A family support worker helps you with things like routines, behaviour, sleep and getting the right support from other services.",
            "A free course for parents of children with additional needs, covering behaviour, communication and looking after yourself.",
        ],
        paragraphs=[
            "Support is agreed with you and reviewed every few weeks. You are in charge of what you want help with.",
            "Groups run in the daytime and evening, with a crèche for younger children at some sessions.",
            "If your child is being bullied, including online, we can help you work with the school to stop it.",
            "If you are worried about your safety, we can talk confidentially and help you make a safety plan.",
        ],
        categories=["dfe:Parenting support", "dfe:Intensive targeted family support", "dfe:Reducing parental conflict", "dfe:Separating and separated parent support", "dfe:Bullying and cyber bullying", "dfe:Domestic abuse"],
        needs=[], optional_needs=["SEMH", "ASD", "NSA", "OTH"], ages=PARENTS + [Ages(0, 215), Ages(0, 227), Ages(None, 227), Ages(0, 155), Ages(None, 155)], costs=[FREE], delivery=[["in_person"], ["in_person", "home_visit"], ["online"]], referral=[["self"], ["self", "professional"]],
        venues=["northbank-hub", "riverside-hub", "kingsreach-hub"], times=MORNING + EVENING, keywords="early help, family support, parenting, behaviour, bullying, domestic abuse",
        access=["step_free", "accessible_toilet"], personal_budget_share=0.0,
    ),
    Kind(
        key="public-health", count=6, providers=["public-health"],
        titles=[
            Title("Stop smoking support for parents and carers", provider="public-health", categories=["dfe:Stopping smoking", "dfe:Public health services"]),
            Title("Healthy weight programme for families", provider="public-health", summary="A free 10-week programme on healthy eating and being active, adapted for children with additional needs.", categories=["dfe:Nutrition and weight management", "dfe:Public health services"]),
            Title("Community dental service for children with additional needs", provider="dental", summary="Dental check-ups and treatment for children who find a high-street dentist difficult, in a calm clinic.", categories=["dfe:Oral health"], referral=["professional"]),
            Title("School nursing service, {area}", provider="public-health", summary="School nurses help {who} with continence, sleep, medicines at school and healthy eating.", categories=["riverside:specialist-nursing", "dfe:Public health services"], ages=SCHOOL_AGE),
            Title("Young people's drug and alcohol service", provider="recovery", summary="Confidential support for young people using drugs or alcohol, and for parents worried about them.", categories=["dfe:Substance misuse (including alcohol and drug)"], ages=[Ages(132, 299)]),
            Title("Health visiting, {area}", provider="nhs", summary="Health visitors see every family with {who} and can refer you to speech and language therapy or the child development centre.", categories=["dfe:Health visiting"], ages=[Ages(0, 59)]),
        ],
        summaries=[
            "Free support and medicines to help parents and carers stop smoking, so the whole family is healthier.",
        ],
        paragraphs=[
            "Advisers meet you weekly for the first month, in person or by phone.",
            "Dental staff allow extra time and can do desensitisation visits before treatment.",
            "School nurses can help with continence, sleep, medicines at school and healthy eating.",
            "Health visitors see every family with young children and can refer you to speech and language therapy or the child development centre.",
            "Confidential support for young people using drugs or alcohol, and for parents worried about them.",
        ],
        categories=["dfe:Stopping smoking", "dfe:Nutrition and weight management", "dfe:Oral health", "dfe:Public health services", "dfe:Substance misuse (including alcohol and drug)", "dfe:Health visiting", "riverside:specialist-nursing"],
        needs=[], optional_needs=["PD", "ASD", "SLD", "OTH"], ages=PARENTS + [Ages(0, 59)], costs=[FREE], delivery=[["in_person"], ["in_person", "online"], ["home_visit"]], referral=[["self"], ["professional"], ["self", "professional"]],
        venues=["dental-clinic", "riverside-hub", "kingsreach-hub", "hospital"], times=OFFICE, keywords="stop smoking, healthy weight, dentist, school nurse, health visitor, HV",
        access=["step_free", "lift"], personal_budget_share=0.0,
    ),
    Kind(
        key="maternity", count=4, providers=["nhs"],
        titles=[
            Title("Midwife clinic at {venue}", provider="nhs", categories=["dfe:Midwife and maternity"]),
            Title("Infant feeding support, {area}", provider="hubs", summary="Help with breastfeeding and bottle feeding, including babies with cleft lip and palate or feeding difficulties.", categories=["dfe:Infant feeding support (including breastfeeding)"]),
            Title("Perinatal mental health team", provider="nhs", summary="Support for parents' mental health from pregnancy until the baby's first birthday.", categories=["dfe:Perinatal mental health support (pregnancy to one year post birth)"], referral=["professional"]),
            Title("Register a birth at {venue}", provider="council", summary="Register your baby's birth by appointment at the family hub, within 42 days of the birth.", categories=["dfe:Birth registration"]),
        ],
        summaries=[
            "Antenatal and postnatal appointments with a community midwife at your local family hub.",
            "Help with breastfeeding and bottle feeding, including babies with cleft lip and palate or feeding difficulties.",
        ],
        paragraphs=[
            "Families expecting a baby with an identified condition can be supported by the specialist midwife.",
            "Feeding specialists can visit you at home in the first weeks.",
            "The perinatal mental health team supports parents from pregnancy until the baby's first birthday.",
            "You can register a birth at the family hub by appointment, within 42 days.",
        ],
        categories=["dfe:Midwife and maternity", "dfe:Infant feeding support (including breastfeeding)", "dfe:Perinatal mental health support (pregnancy to one year post birth)", "dfe:Birth registration"],
        needs=[], optional_needs=["OTH", "PD"], ages=[Ages(0, 11), Ages(0, 23), Ages(None, 11)], costs=[FREE], delivery=[["in_person"], ["in_person", "home_visit"]], referral=[["self"], ["professional"]],
        venues=["northbank-hub", "riverside-hub", "kingsreach-hub"], times=MORNING, keywords="midwife, breastfeeding, infant feeding, perinatal, birth registration",
        access=["step_free", "accessible_toilet"], personal_budget_share=0.0,
    ),
    Kind(
        key="youth-justice", count=2, providers=["yjs"],
        titles=[
            Title("Youth justice speech, language and communication support", provider="yjs"),
            Title("Targeted youth support, {area}", provider="youth", summary="Youth workers who help young people at risk of leaving education or getting into trouble, one-to-one and in small groups.", categories=["dfe:Targeted youth support", "riverside:youth-clubs"]),
        ],
        summaries=["Support for young people in or at risk of entering the youth justice system, including speech and language screening."],
        paragraphs=[
            "Many young people in the youth justice system have unidentified speech, language and communication needs. Every young person we work with is screened.",
            "Youth workers help young people stay in education, training or work.",
        ],
        categories=["dfe:Youth justice services", "dfe:Targeted youth support", "riverside:youth-clubs"],
        needs=["SLCN", "SEMH"], optional_needs=["MLD", "ASD"], ages=[Ages(120, 215), Ages(132, 227)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["ashby-youth", "town-hall"], times=OFFICE, keywords="youth offending, YOT, youth justice, targeted youth", access=["step_free"], personal_budget_share=0.0,
    ),
    Kind(
        key="independent-living", count=5, providers=["housing"],
        titles=[
            Title("Independent living skills course, {area}", provider="housing", summary="Learn the skills to live more independently: cooking, budgeting, shopping and travelling, in a real flat.", categories=["riverside:independent-living", "riverside:adulthood", "pfa:independent-living"]),
            Title("Supported living for young adults", provider="housing", summary="Flats for young adults with learning disabilities or autism, with staff on site day and night.", categories=["riverside:independent-living", "pfa:independent-living"], costs=[VARIES]),
            Title("Moving to adult social care (transitions team)", provider="council", summary="The transitions team helps {who} with care needs plan for adult social care.", categories=["riverside:adult-transition", "riverside:adulthood"], ages=[Ages(168, 311)]),
            Title("Job coaching for young adults", provider="employment", summary="Job coaches find work placements and support young people in the job until they are settled.", categories=["riverside:work-employment", "pfa:employment"]),
            Title("Volunteering with support, {area}", provider="employment", summary="Volunteering placements with a buddy, to build confidence, friendships and skills for work.", categories=["riverside:friends-community", "pfa:community-inclusion", "pfa:employment"]),
        ],
        summaries=[
            "Learn the skills to live more independently: cooking, budgeting, shopping and travelling, in a real flat.",
            "The transitions team helps {who} with care needs plan for adult social care.",
        ],
        paragraphs=[
            "Each young person has their own goals, linked to the preparing for adulthood outcomes in their EHC plan.",
            "We work with the young person, their family and the adult social care team from Year 9 onwards.",
            "Job coaches find work placements and support young people in the job until they are settled.",
            "Supported living flats have staff on site day and night.",
        ],
        categories=["riverside:independent-living", "riverside:adult-transition", "riverside:adulthood", "pfa:independent-living", "pfa:employment", "riverside:work-employment"],
        needs=["SLD", "MLD"], optional_needs=["ASD", "PD", "SEMH"], ages=POST16 + [Ages(168, 311)], costs=[FREE, VARIES], delivery=[["in_person"], ["in_person", "home_visit"]], referral=[["professional"], ["self", "professional"]],
        venues=["homes-hub", "college", "town-hall"], times=OFFICE, keywords="preparing for adulthood, PfA, transitions, supported living, job coach, independence",
        access=["step_free", "lift", "easy_read"], personal_budget_share=0.7, direct_payment_share=0.7,
    ),
    Kind(
        key="health-transition", count=3, providers=["nhs"],
        titles=["Moving to adult health services", "Young people's health clinic", "Complex needs nursing team"],
        summaries=["Planning the move from children's to adult health services, so young people with long-term conditions keep the care they need."],
        paragraphs=[
            "Planning starts at 14. A named nurse helps the young person learn about their condition and medicines.",
            "The complex needs team supports children who use ventilation, tube feeding or need end of life care, at home and at school.",
            "Annual health checks are available for young people with a learning disability from 14.",
        ],
        categories=["riverside:specialist-nursing", "riverside:adulthood", "pfa:health", "riverside:child-development"],
        needs=["PMLD", "PD"], optional_needs=["SLD", "OTH", "MSI"], ages=[Ages(168, 311), Ages(None, 227)], costs=[FREE], delivery=[["in_person", "home_visit"]], referral=[["professional"]],
        venues=["hospital"], times=OFFICE, keywords="transition, adult services, learning disability health check, complex needs nursing",
        access=["step_free", "lift", "changing_places"], personal_budget_share=0.3,
    ),
    Kind(
        key="cdc", count=3, providers=["nhs"],
        titles=[
            "Child development centre assessments",
            Title("Community paediatrics clinic", summary="Children's doctors who diagnose and care for children with developmental conditions, epilepsy and complex disabilities.", ages=[Ages(0, 215)]),
            Title("ADHD assessment pathway", summary="Assessment for attention deficit hyperactivity disorder (ADHD) for {who}, with advice for home and school while you wait.", ages=[Ages(72, 215)], needs=["SEMH", "OTH"]),
        ],
        summaries=["Assessment by a team of doctors and therapists for young children whose development is delayed or different, including autism assessment."],
        paragraphs=[
            "The team includes a paediatrician, speech and language therapist, occupational therapist and physiotherapist.",
            "After the assessment we meet you to explain what we found and agree next steps.",
            "Waiting times are shown on our website and updated monthly.",
        ],
        categories=["riverside:child-development", "dfe:Other difficulties or disabilities", "dfe:Autistic Spectrum Disorder (ASD)"],
        needs=["OTH", "ASD"], optional_needs=["SLCN", "PD", "SEMH", "NSA"], ages=[Ages(0, 71), Ages(0, 227), Ages(60, 215)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["cdc"], times=OFFICE, keywords="CDC, paediatrician, developmental delay, autism assessment, ADHD, diagnosis",
        access=["step_free", "lift", "changing_places", "quiet_space"], personal_budget_share=0.0,
    ),
    Kind(
        key="adventure", count=5, providers=["scouts"],
        titles=[
            Title("Adaptive climbing at {venue}", provider="climbing", venue="climbing"),
            Title("Inclusive Scouts, {area}", provider="scouts", summary="Beavers, Cubs and Scouts with an inclusion leader who works with families on adjustments.", costs=[charge(40.00, "term")]),
            Title("Farm and animal care sessions", provider="sensory-barn", summary="Outdoor sessions caring for animals and exploring nature, at your own pace.", venue="sensory-barn"),
            Title("Forest school for children with SEND", provider="sensory-barn", summary="Den building, fire lighting and mud play in the woods, with small groups and patient leaders.", venue="sensory-barn"),
        ],
        summaries=[
            "Climbing sessions with adapted harnesses and patient instructors, for children and young people with any disability.",
            "Outdoor sessions caring for animals and exploring nature, at your own pace.",
        ],
        paragraphs=[
            "Instructors have adaptive climbing training. Wheelchair users can climb using a hoist system.",
            "Beavers, Cubs and Scouts meet weekly, with an inclusion leader who works with families on adjustments.",
            "Sessions are outdoors in most weather, with a warm barn for breaks.",
        ],
        categories=["riverside:inclusive-sport", "dfe:Activities", "dfe:Sports and recreation", "riverside:leisure"],
        needs=[], optional_needs=["ASD", "SEMH", "PD", "MLD", "SLD", "VI"], ages=PRIMARY + SECONDARY + OPEN, costs=[charge(8.00, "session"), charge(6.00, "session"), charge(40.00, "term")],
        delivery=[["in_person"]], referral=[["self"]], venues=["climbing", "millford-cc", "sensory-barn"], times=AFTER_SCHOOL + SATURDAY,
        keywords="climbing, scouts, outdoor, farm, forest school", access=["step_free", "accessible_toilet"], personal_budget_share=0.6, direct_payment_share=0.5, holiday_share=0.4,
    ),
    Kind(
        key="hydrotherapy", count=3, providers=["eastmoor-hydro"],
        titles=["Hydrotherapy sessions at {venue}", "Family warm-water swim, Eastmoor", "Aquatic physiotherapy"],
        summaries=["Warm-water hydrotherapy for children and young people with physical disabilities, a short drive from Riverside in Eastmoor."],
        paragraphs=[
            "The pool is kept at 34 degrees. There is a ceiling hoist, a Changing Places toilet and a poolside shower trolley.",
            "Riverside families are welcome; this service is outside the council area.",
            "A physiotherapist can plan exercises for your child to do in the warm water.",
        ],
        categories=["riverside:therapies", "dfe:Physical disabilities", "riverside:inclusive-sport"],
        needs=["PD", "PMLD"], optional_needs=["MSI", "SLD"], ages=[Ages(None, None), Ages(0, 227)], costs=[charge(12.00, "session"), charge(25.00, "hour")],
        delivery=[["in_person"]], referral=[["self"], ["professional"]], venues=["eastmoor-hydro"], times=SATURDAY + OFFICE[:2],
        keywords="hydrotherapy, hydro pool, warm water, aquatic therapy", access=["step_free", "changing_places", "disabled_parking"], personal_budget_share=0.9, direct_payment_share=0.9,
        service_areas="Riverside and Eastmoor",
    ),
    Kind(
        key="mediation", count=3, providers=["mediation"],
        titles=[
            "SEND mediation service",
            "Disagreement resolution service",
            Title("Help with appeals to the SEND Tribunal", provider="sendiass", summary="Support from SENDIASS to prepare an appeal to the SEND Tribunal, from the first form to the hearing."),
        ],
        summaries=["Independent mediation when you disagree with the council about an EHC needs assessment or plan, before you appeal to the SEND Tribunal."],
        paragraphs=[
            "Mediation is free, confidential and independent of the council. You must contact a mediation adviser before most appeals.",
            "Disagreement resolution can help with disagreements with schools or health services too.",
            "The mediator helps everyone listen to each other and agree a way forward.",
        ],
        categories=["riverside:advocacy-mediation", "riverside:advice"],
        needs=[], optional_needs=[], ages=[Ages(None, None)], costs=[FREE], delivery=[["in_person", "online"]], referral=[["self"]],
        venues=["town-hall"], times=OFFICE, keywords="mediation, tribunal, appeal, disagreement resolution, complaint",
        access=["step_free", "hearing_loop"], personal_budget_share=0.0,
    ),
    Kind(
        key="semh-groups", count=5, providers=["kind-minds"],
        titles=[
            Title("Worry busters group, {area}", provider="kind-minds"),
            Title("Emotionally based school avoidance support", provider="kind-minds", summary="Support for children who find it hard to go to school because of anxiety, working with families and schools."),
            Title("Young people's wellbeing café, {area}", provider="youth", summary="Drop in for a hot drink and a chat with someone who listens. For {who}.", ages=[Ages(132, 311)]),
            Title("Calm minds art group", provider="arts", summary="Art sessions that help young people relax and talk about feelings, led by an artist and a wellbeing practitioner."),
        ],
        summaries=[
            "Small groups that help children and young people understand and manage anxiety, with ideas for parents too.",
            "Support for children who find it hard to go to school because of anxiety, working with families and schools.",
        ],
        paragraphs=[
            "Groups use games, art and calm breathing, and are run by trained wellbeing practitioners.",
            "We meet the family first to understand what is going on and who can help.",
            "Young people can drop in to the café for a hot drink and a chat with someone who listens.",
        ],
        categories=["dfe:Social, emotional and mental health support", "riverside:mental-health", "dfe:Mental health, social and emotional support"],
        needs=["SEMH"], optional_needs=["ASD", "SPLD", "NSA"], ages=PRIMARY + SECONDARY, costs=[FREE], delivery=[["in_person"], ["in_person", "online"]], referral=[["self"], ["self", "professional"]],
        venues=["ashby-youth", "millford-cc", "kingsreach-library"], times=AFTER_SCHOOL + EVENING, keywords="anxiety, wellbeing, school refusal, EBSA, worry",
        access=["step_free", "quiet_space"], personal_budget_share=0.0,
    ),
    Kind(
        key="disabled-childrens-team", count=2, providers=["council"],
        titles=[
            "Disabled children's social care team",
            Title("Equipment and home adaptations for disabled children", summary="Occupational therapists assess for equipment and adaptations to your home, and help you apply for a disabled facilities grant.", categories=["riverside:equipment-adaptations", "riverside:social-care"]),
        ],
        summaries=["Social workers who assess what support disabled children and their families need, including short breaks and direct payments."],
        paragraphs=[
            "We carry out a child and family assessment and, if you are eligible, agree a plan that may include short breaks, a personal assistant or direct payments.",
            "Occupational therapists assess for equipment and adaptations to your home. You may be able to get a disabled facilities grant.",
            "Parent carers can ask for a carer's assessment at the same time.",
        ],
        categories=["riverside:disabled-childrens-team", "riverside:social-care", "riverside:equipment-adaptations", "dfe:Breaks and respite"],
        needs=["PMLD", "PD", "SLD"], optional_needs=["ASD", "MSI", "VI", "HI"], ages=[Ages(None, 215)], costs=[FREE], delivery=[["in_person", "home_visit"]], referral=[["self", "professional"]],
        venues=["town-hall"], times=OFFICE, keywords="social worker, disabled children's team, direct payments, adaptations, DFG",
        access=["step_free", "lift", "hearing_loop"], personal_budget_share=0.0,
    ),
]


# --- Answers to the Schedule 2 questions for education settings (one list per question) ----------

EDUCATION_ANSWERS = {
    "education_teaching_approach": [
        "<p>Teachers plan lessons so every pupil can take part, using visual supports, practical resources and small steps. Pupils with SEND are taught in their class for most of the day.</p>",
        "<p>We use a total communication approach: speech, signing, symbols and objects of reference. Each pupil has a personal learning plan built around their EHC plan outcomes.</p>",
    ],
    "education_adaptations": [
        "<p>Classrooms have quiet areas, visual timetables and reduced displays. We adapt homework, seating and equipment for individual pupils.</p>",
        "<p>The curriculum is organised around communication, independence, physical development and wellbeing, with sensory and outdoor learning every day.</p>",
    ],
    "education_extra_support": [
        "<p>Support includes small-group phonics and maths, social skills groups, speech and language programmes and time with a learning mentor.</p>",
        "<p>Every class has a speech and language therapist and an occupational therapist working alongside staff at least weekly.</p>",
    ],
    "education_progress_review": [
        "<p>We meet parents three times a year to review targets, and hold annual reviews for pupils with an EHC plan. You can ask to meet the SENCO at any time.</p>",
        "<p>Progress is tracked against each pupil's own targets. Families get a short report each half term and are invited to every review.</p>",
    ],
    "education_facilities_access": [
        "<p>The building is step-free with a lift and accessible toilets. Reasonable adjustments are made for trips and clubs so everyone can go.</p>",
        "<p>We have a hydrotherapy pool, sensory rooms, a soft play room and a Changing Places toilet.</p>",
    ],
    "education_activities": [
        "<p>Lunchtime and after-school clubs include football, choir, Lego club and gardening. Staff help pupils with SEND join in.</p>",
        "<p>Pupils go on weekly community visits, residential trips and take part in an inclusive sports festival each summer.</p>",
    ],
    "education_emotional_support": [
        "<p>A nurture room is open before school and at lunchtime. Pupils can talk to a trusted adult and we have a school counsellor two days a week.</p>",
        "<p>Each pupil has a key adult. We teach emotional literacy every day and work closely with the mental health support team.</p>",
    ],
    "education_staff_expertise": [
        "<p>Our SENCO holds the national award for SEN coordination. All staff are trained in autism awareness and attachment, and some in Makaton.</p>",
        "<p>Staff are trained in positive behaviour support, moving and handling, epilepsy care and PECS. Teachers include qualified teachers of the deaf and of vision impairment.</p>",
    ],
}

# --- Guides --------------------------------------------------------------------------------------

GUIDES = [
    Guide(
        slug="ehc-needs-assessment",
        title="Asking for an education, health and care (EHC) needs assessment",
        summary="What an EHC needs assessment is, who can ask for one and what happens at each step.",
        topics=["ehc_assessment", "identify_assess"],
        categories=["riverside:specialist-teaching", "riverside:iass"],
        body=[
            ("paragraph", "<p>Most children with special educational needs get the help they need through SEN support at their nursery, school or college. If your child needs more help than their school can give, you can ask the council for an education, health and care (EHC) needs assessment.</p>"),
            ("heading", "Who can ask"),
            ("paragraph", "<p>A parent, a young person aged 16 to 25, or a school or college can ask. You do not need the school's agreement.</p>"),
            ("heading", "What happens next"),
            ("paragraph", "<ol><li>We tell you within 6 weeks whether we will carry out an assessment.</li><li>If we do, we ask for advice from you, your child, the school, health and social care.</li><li>We tell you within 16 weeks whether we will write an EHC plan.</li><li>The final plan is issued within 20 weeks of your request.</li></ol>"),
            ("inset", "You can get free, independent help with every step from Riverside SENDIASS."),
            ("details", {"summary": "What if we say no?", "text": "<p>You can ask for mediation and then appeal to the SEND Tribunal. You must usually contact a mediation adviser before you appeal.</p>"}),
        ],
    ),
    Guide(
        slug="travel",
        title="Travel to school and college",
        summary="Help with travel for children and young people with SEND, and how to apply.",
        topics=["travel"],
        categories=["riverside:travel", "riverside:school-transport", "riverside:travel-training"],
        body=[
            ("paragraph", "<p>Children of compulsory school age may get free travel to school if they live beyond walking distance or cannot walk there safely because of their special educational needs or disability.</p>"),
            ("heading", "Young people over 16"),
            ("paragraph", "<p>Young people aged 16 to 25 can apply for help with travel to college. Apply by the end of May for travel starting in September.</p>"),
            ("heading", "Learning to travel on your own"),
            ("paragraph", "<p>Independent travel training helps young people learn a route and travel safely without an adult.</p>"),
            ("warning", "Apply as early as you can: late applications may not be ready for the first day of term."),
        ],
    ),
    Guide(
        slug="preparing-for-adulthood",
        title="Preparing for adulthood",
        summary="Planning for work, independent living, friendships and good health from Year 9.",
        topics=["adulthood", "transitions", "training"],
        categories=["riverside:adulthood", "pfa:employment", "pfa:independent-living", "pfa:community-inclusion", "pfa:health"],
        body=[
            ("paragraph", "<p>From Year 9 (age 13 to 14), annual reviews of an EHC plan focus on preparing for adulthood. That means four things: work, independent living, friends and community, and good health.</p>"),
            ("heading", "Education and work after 16"),
            ("paragraph", "<p>Options include sixth form, college, apprenticeships, traineeships and supported internships.</p>"),
            ("heading", "Health and care"),
            ("paragraph", "<p>Planning to move to adult health and social care starts at 14. Young people with a learning disability can have an annual health check from 14.</p>"),
            ("details", {"summary": "Decisions at 16 and over", "text": "<p>At the end of the school year in which they turn 16, young people can make their own decisions about their EHC plan, unless they lack the mental capacity to do so.</p>"}),
        ],
    ),
    Guide(
        slug="complaints-and-appeals",
        title="Complaints, mediation and the SEND Tribunal",
        summary="What to do if you disagree with a decision about your child's special educational needs.",
        topics=["complaints"],
        categories=["riverside:advocacy-mediation"],
        body=[
            ("paragraph", "<p>Most disagreements can be sorted out by talking to your child's school or your SEND case officer. If that does not work, there are formal steps you can take.</p>"),
            ("heading", "Disagreement resolution and mediation"),
            ("paragraph", "<p>Both are free, independent and confidential. Mediation is for decisions about EHC needs assessments and plans.</p>"),
            ("heading", "Appeals to the SEND Tribunal"),
            ("paragraph", "<p>You can appeal against decisions not to assess, not to issue a plan, or about the content of a plan. You usually have two months to appeal.</p>"),
            ("heading", "Complaints"),
            ("paragraph", "<p>You can complain to the council, a school or the NHS. If you are not happy with the answer you can go to the Local Government and Social Care Ombudsman.</p>"),
        ],
    ),
    Guide(
        slug="information-advice-and-support",
        title="Information, advice and support",
        summary="Free, impartial help for families and young people, and where to meet other parents.",
        topics=["iass"],
        categories=["riverside:advice", "riverside:iass", "riverside:parent-carer-forum"],
        body=[
            ("paragraph", "<p>Riverside SENDIASS gives free, impartial and confidential advice about SEND, including education, health and social care. It is separate from the council's SEND team.</p>"),
            ("paragraph", "<p>The Riverside Parent Carer Forum brings parents together and works with the council to improve services.</p>"),
            ("inset", "If you do not use the internet, phone the council on 01632 960000 and we will post information to you."),
        ],
    ),
    Guide(
        slug="childcare",
        title="Childcare for children with SEND",
        summary="Finding childcare, funded hours and extra help for children with additional needs.",
        topics=["childcare"],
        categories=["riverside:childcare", "riverside:early-years-settings"],
        body=[
            ("paragraph", "<p>All nurseries, pre-schools and childminders must make reasonable adjustments for children with SEND. Many get extra funding to provide more support.</p>"),
            ("heading", "Funded hours"),
            ("paragraph", "<p>Some 2 year olds, and all 3 and 4 year olds, can get 15 hours of free childcare a week. Children who get Disability Living Allowance can get a funded place from age 2.</p>"),
        ],
    ),
    Guide(
        slug="identifying-sen",
        title="How special educational needs are identified",
        summary="How nurseries, schools and colleges notice and support special educational needs, and what SEN support means.",
        topics=["identify_assess", "education"],
        categories=["riverside:education", "riverside:mainstream-schools", "riverside:specialist-teaching"],
        body=[
            ("paragraph", "<p>Every nursery, school and college must use its best endeavours to meet children's special educational needs. Most children get help through SEN support, which follows four steps: assess, plan, do, review.</p>"),
            ("paragraph", "<p>Talk to your child's teacher or the special educational needs coordinator (SENCO) if you are worried.</p>"),
        ],
    ),
    Guide(
        slug="health-services",
        title="Health services for children with SEND",
        summary="Therapies, mental health support and other NHS services, and how to get a referral.",
        topics=["health"],
        categories=["riverside:health", "riverside:therapies", "riverside:mental-health"],
        body=[
            ("paragraph", "<p>Health services include speech and language therapy, occupational therapy, physiotherapy, the child development centre and mental health services (CAMHS).</p>"),
            ("paragraph", "<p>Some services take referrals from parents; others need a GP, health visitor or school to refer.</p>"),
        ],
    ),
    Guide(
        slug="social-care",
        title="Social care for disabled children",
        summary="Assessments, short breaks, direct payments and support for parent carers.",
        topics=["social_care", "short_breaks"],
        categories=["riverside:social-care", "riverside:disabled-childrens-team", "riverside:short-breaks"],
        body=[
            ("paragraph", "<p>The disabled children's team can assess what your family needs. Support might include short breaks, a personal assistant, equipment or direct payments.</p>"),
            ("paragraph", "<p>Parent carers have a right to their own carer's assessment.</p>"),
        ],
    ),
    Guide(
        slug="things-to-do",
        title="Things to do: leisure and activities",
        summary="Inclusive sport, arts, youth clubs and holiday activities across Riverside.",
        topics=["leisure"],
        categories=["riverside:leisure", "riverside:holiday-activities", "riverside:inclusive-sport"],
        body=[
            ("paragraph", "<p>Clubs and activities in Riverside welcome children and young people with SEND. Many have quiet sessions, extra staff or adapted equipment.</p>"),
        ],
    ),
    Guide(
        slug="schools-and-colleges",
        title="Schools, colleges and education",
        summary="Early years settings, mainstream and special schools, alternative provision and post-16 education in Riverside.",
        topics=["education", "transitions"],
        categories=["riverside:education"],
        body=[
            ("paragraph", "<p>Each school, college and early years setting publishes how it supports children with SEND. You can read their answers on their service pages.</p>"),
            ("details", {"summary": "Moving from primary to secondary school", "text": "<p>For children with an EHC plan, the secondary school must be named by 15 February in Year 6. Ask your SENCO about transition visits.</p>"}),
        ],
    ),
    # Family hub services are filed under the DfE categories only; this guide is their way on
    # to the rest of the Local Offer (no dead ends: tests/local_offer/test_coverage.py).
    Guide(
        slug="family-support",
        title="Family support, early help and health for young families",
        summary="Help for the whole family: parenting, early help, health visiting and support before and after birth.",
        topics=["health", "social_care"],
        categories=["dfe:Family support", "dfe:Pregnancy, birth and early years", "dfe:Health"],
        body=[
            ("paragraph", "<p>Family hubs in Riverside bring together help for families with children of any age, from before birth to 19, or 25 for young people with SEND.</p>"),
            ("heading", "Early help"),
            ("paragraph", "<p>If things are hard at home, an early help worker can meet you, listen and agree a plan with you. You do not need a diagnosis or an EHC plan.</p>"),
            ("heading", "Health visitors and midwives"),
            ("paragraph", "<p>Health visitors see every family with a child under 5. Tell them if you are worried about how your child is developing: they can refer you to the child development centre.</p>"),
            ("inset", "You can ask any family hub for help. It is free and you can bring your children."),
        ],
    ),
]

SHORT_BREAKS_STATEMENT = ShortBreaksStatement(
    title="Short breaks services statement",
    slug="short-breaks-statement",
    summary="The short breaks available in Riverside for disabled children and young people, who can use them and how to ask.",
    range_of_breaks="<p>Short breaks in Riverside include:</p><ul><li>after-school and Saturday clubs</li><li>holiday schemes</li><li>evening and weekend activities</li><li>day care in the home</li><li>overnight breaks at Brookfield House or with a short breaks carer</li><li>direct payments to arrange your own breaks</li></ul>",
    eligibility_criteria="<p><b>Local short breaks</b> (clubs and activities) are open to any child or young person aged 0 to 18 with a disability living in Riverside, without an assessment.</p><p><b>Assessed short breaks</b> (overnight breaks, one-to-one support, direct payments) are for children whose disability has a substantial and long-term effect on everyday life. A social worker from the disabled children's team will carry out an assessment.</p>",
    how_breaks_meet_needs="<p>Parent carers told us they need breaks they can rely on, in the evenings, at weekends and in the school holidays. This statement describes how our range of breaks gives carers time to rest, work, and spend time with their other children.</p>",
    how_to_ask="<p>Book local short breaks directly with the provider. To ask for an assessment, phone the disabled children's team on 01632 960000.</p>",
    how_families_shaped_it="<p>The Riverside Parent Carer Forum and young people from the Young Commissioners reviewed this statement and asked for more holiday provision for teenagers. Two new holiday schemes started as a result.</p>",
)

EVENTS = [
    Event(title="Summer inclusive sports week", summary="A week of sport for children with SEND: football, boccia, swimming and tennis, with a different sport each day.", provider="leisure", venue="hollins-hall", starts_in_days=30, lasts_days=5, recurrence="daily", weekdays=[], start_time="10:00", end_time="15:00", ages=Ages(60, 191), cost=FREE, needs=["PD", "ASD"]),
    Event(title="Holiday sensory mornings", summary="Sensory play mornings every Tuesday and Thursday in the school holidays, for under-fives and their families.", provider="sensory-barn", venue="sensory-barn", starts_in_days=10, lasts_days=40, recurrence="weekly", weekdays=["1", "3"], start_time="09:30", end_time="11:30", ages=Ages(0, 59), cost=charge(3.00, "session"), needs=["PMLD", "SLD"]),
    Event(title="Relaxed cinema screening", summary="A relaxed film screening with the lights up and the sound down. Moving about and making noise is fine.", provider="arts", venue="town-hall", starts_in_days=21, lasts_days=0, recurrence="none", weekdays=[], start_time="14:00", end_time="16:00", ages=Ages(None, None), cost=charge(2.50, "session"), needs=["ASD", "SEMH"]),
    Event(title="Preparing for adulthood fair", summary="Meet colleges, employers, supported living providers and the transitions team in one place.", provider="council", venue="college", starts_in_days=45, lasts_days=0, recurrence="none", weekdays=[], start_time="15:00", end_time="19:00", ages=Ages(168, 311), cost=FREE, needs=[]),
    Event(title="Parent carer forum annual conference", summary="Talks and workshops for parents and carers, with a crèche and lunch provided.", provider="pcf", venue="town-hall", starts_in_days=60, lasts_days=0, recurrence="none", weekdays=[], start_time="09:30", end_time="14:30", ages=Ages(None, None), cost=FREE, needs=[]),
    Event(title="Half-term climbing taster", summary="Adaptive climbing taster sessions every day over half term.", provider="climbing", venue="climbing", starts_in_days=14, lasts_days=4, recurrence="daily", weekdays=[], start_time="10:00", end_time="12:00", ages=Ages(72, 227), cost=charge(5.00, "session"), needs=["PD", "VI", "ASD"]),
]

LOCAL_OFFER_INTRO = "Services, support and information for children and young people aged 0 to 25 with special educational needs and disabilities (SEND), and their families."
LOCAL_OFFER_BODY = "<p>The Local Offer is required by law. It tells you what is available in Riverside and nearby, for children and young people with or without an education, health and care (EHC) plan.</p><p>Tell us what is missing or wrong: it helps us improve the Local Offer for everyone.</p>"
SERVICES_INTRO = "Every service in Riverside's Local Offer, from speech and language therapy to youth clubs."
EVENTS_INTRO = "One-off events and holiday activities for children and young people with SEND and their families."
EVENT_BOOKING_NOTE = "Tell us about any support your child needs when you book."

# Descriptions written for one title, where a kind's own paragraphs cover several topics.
TITLE_PARAGRAPHS = {
    "Stop smoking support for parents and carers": [
        "Advisers meet you weekly for the first month, in person or by phone, and can give you nicotine replacement or a vape starter kit free.",
        "A smoke-free home helps children with asthma and other breathing conditions.",
    ],
    "Healthy weight programme for families": [
        "Sessions cover cooking on a budget, fussy eating and being active in ways that work for children with SEND.",
        "Families come together, so brothers and sisters are welcome.",
    ],
    "Community dental service for children with additional needs": [
        "Dental staff allow extra time and can do desensitisation visits before any treatment.",
        "Treatment under sedation or general anaesthetic is available at Riverside Hospital when needed.",
    ],
    "School nursing service, {area}": [
        "School nurses can help with continence, sleep, medicines at school and healthy eating.",
        "They write individual healthcare plans with schools for children with medical needs.",
    ],
    "Young people's drug and alcohol service": [
        "Workers meet young people wherever they feel comfortable: at school, at home or in a café.",
        "Parents worried about a young person can get advice too, without the young person knowing.",
    ],
    "Health visiting, {area}": [
        "Health visitors see every family with {who}, including the 2-year review of development.",
        "They can refer you to speech and language therapy, the child development centre or a family hub group.",
    ],
    "Midwife clinic at {venue}": [
        "Antenatal and postnatal appointments with your community midwife, close to home.",
        "Families expecting a baby with an identified condition can be supported by the specialist midwife.",
    ],
    "Infant feeding support, {area}": [
        "Feeding specialists can visit you at home in the first weeks.",
        "There is a weekly drop-in group where you can get help and meet other parents.",
    ],
    "Perinatal mental health team": [
        "The team includes psychiatrists, nurses and psychologists who understand pregnancy and the first year.",
        "Your midwife, health visitor or GP can refer you.",
    ],
    "Register a birth at {venue}": [
        "Book an appointment online or by phone. Both parents can attend if they were not married when the baby was born.",
        "Bring any identity documents you have; you do not need the baby with you.",
    ],
    "Early help family support, {area}": [
        "A family support worker helps with routines, behaviour, sleep and getting the right support from other services.",
        "Support is agreed with you and reviewed every few weeks. You are in charge of what you want help with.",
    ],
    "Parenting programme for parents of children with additional needs": [
        "The course runs for eight weeks, in the daytime and the evening, with a crèche at some sessions.",
        "Parents say the best part is meeting others who understand.",
    ],
    "Reducing parental conflict workshops": [
        "Workshops are small and confidential. You can come on your own or with your partner or ex-partner.",
        "Parents learn ways to argue less in front of children and to agree decisions about their care.",
    ],
    "Separated parents support": [
        "A trained mediator helps you agree arrangements for your children without going to court.",
        "You may be able to get free mediation through legal aid.",
    ],
    "Anti-bullying support for families": [
        "We help you work with the school to stop bullying, including online bullying.",
        "Children with SEND are more likely to be bullied; we can also run sessions for their class.",
    ],
    "Domestic abuse support for families": [
        "If you are worried about your safety, we can talk confidentially and help you make a safety plan.",
        "Children's workers support children who have lived with domestic abuse. In an emergency, call 999.",
    ],
    "Children's audiology clinic": [
        "Audiologists test hearing for babies, children and young people, including children who cannot respond in a usual hearing test.",
        "The team works with the teachers of the deaf, who support children at nursery and school.",
    ],
    "Teachers of the deaf service": [
        "Teachers of the deaf visit deaf babies at home and advise nurseries, schools and colleges.",
        "They check hearing aids and radio aids work in class and help with exam arrangements.",
    ],
    "Children's eye clinic": [
        "Orthoptists and optometrists check children's eyes and prescribe glasses.",
        "Appointments allow extra time for children with learning disabilities or autism.",
    ],
    "Children's physiotherapy, {area}": [
        "Physiotherapists help with sitting, standing, walking and getting about, with exercise programmes for home and school.",
        "Appointments can be at the clinic, at home or at school.",
    ],
    "Accessible community minibus": [
        "The minibus has a wheelchair lift and space for four wheelchairs.",
        "Book at least a week ahead. Volunteer drivers are trained in helping disabled passengers.",
    ],
    "Home to school travel assistance": [
        "You apply online. We decide based on distance, your child's needs and whether they could walk with an adult.",
        "Help might be a bus pass, a mileage allowance for you to drive, or a seat on a shared taxi or minibus.",
    ],
    "Carer's assessment and support": [
        "A carer's assessment looks at what would help you keep caring and look after your own health.",
        "Young carers have their own group and trips.",
    ],
    "Supported living for young adults": [
        "Supported living flats have staff on site day and night.",
        "Tenants have their own tenancy and choose how they spend their days, with support matched to their plan.",
    ],
    "Moving to adult social care (transitions team)": [
        "We work with the young person, their family and the adult social care team from Year 9 onwards.",
        "The aim is that nothing stops on the young person's 18th birthday.",
    ],
    "Job coaching for young adults": [
        "Job coaches find work placements and support young people in the job until they are settled.",
        "Employers get advice on reasonable adjustments and Access to Work funding.",
    ],
    "Volunteering with support, {area}": [
        "Placements include charity shops, a city farm and the library.",
        "A buddy goes with the young person until they feel confident on their own.",
    ],
    "Adaptive climbing at {venue}": [
        "Instructors have adaptive climbing training. Wheelchair users can climb using a hoist system.",
        "Sessions are small, with one instructor for every three climbers.",
    ],
    "Inclusive Scouts, {area}": [
        "Beavers, Cubs and Scouts meet weekly, with an inclusion leader who works with families on adjustments.",
        "Camps and trips are planned so everyone can come.",
    ],
    "Farm and animal care sessions": [
        "Children feed the goats, collect eggs and groom the ponies, at their own pace.",
        "Sessions are outdoors in most weather, with a warm barn for breaks.",
    ],
    "Forest school for children with SEND": [
        "Groups of six children build dens, light fires and explore the woods with two leaders.",
        "Sessions are outdoors in most weather, so bring waterproofs; we can lend wellies.",
    ],
    "Help with appeals to the SEND Tribunal": [
        "An adviser explains the process, helps you fill in the appeal form and gather evidence.",
        "We can come to the hearing with you or help you prepare to speak.",
    ],
    "Calm minds art group": [
        "Young people make art at their own pace; nobody has to talk unless they want to.",
        "The group is small and meets in a quiet studio.",
    ],
    "Overnight short breaks with a short breaks carer": [
        "Short breaks carers are local people trained and approved by the council to look after a disabled child in their own home.",
        "We match your child with a carer carefully, and you meet them several times before the first overnight stay.",
    ],
}
