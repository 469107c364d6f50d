"""Phrase banks for the Riverside demo Local Offer. Everything here is invented.

local_offer.demo combines these with a fixed random seed, so every run builds the same
listings. Category references are "riverside:<code>", "dfe:<label>" or "pfa:<code>".
"""

# --- Providers: key -> (name, organisation kind, description, phone, email user@domain, website,
#     Ofsted/registration number, charity number) ----------------------------------------------

PROVIDERS = {
    "council": ("Riverside Council", "council", "The council's SEND, social care, transport and early help teams.", "01632 960000", "send@riverside.example", "https://riverside.example/send", "", ""),
    "sendiass": ("Riverside SENDIASS", "voluntary", "Free, impartial and confidential information, advice and support about special educational needs and disabilities, for families and young people.", "01632 960111", "advice@riversidesendiass.example", "https://riversidesendiass.example", "", ""),
    "pcf": ("Riverside Parent Carer Forum", "voluntary", "Parents and carers of disabled children who work with the council and NHS to improve local services.", "01632 960222", "hello@riversidepcf.example", "https://riversidepcf.example", "", "1190001"),
    "salt": ("Riverside Speech and Language Therapy CIC", "provider", "A community interest company of speech and language therapists working with children and young people across Riverside.", "01632 960333", "therapy@riversidesalt.example", "https://riversidesalt.example", "", ""),
    "brookfield": ("Brookfield Short Breaks", "provider", "Day, evening, weekend and overnight short breaks for disabled children and young people.", "01632 960444", "breaks@brookfield.example", "https://brookfield.example", "SC480012", "1150002"),
    "leisure": ("Riverside Leisure Trust", "provider", "Runs Riverside's leisure centres, pools and sports halls, with inclusive sessions every week.", "01632 960555", "bookings@riversideleisure.example", "https://riversideleisure.example", "", "1160003"),
    "nhs": ("Riverside and Eastmoor NHS Foundation Trust", "health", "Community health services for children: therapies, nursing, paediatrics and mental health.", "01632 960666", "children@rent-nhs.example", "https://rent-nhs.example", "", ""),
    "hubs": ("Riverside Family Hubs", "council", "Family hubs in Riverside, Northbank and Kingsreach bringing together health visiting, early years and family support.", "01632 960777", "familyhubs@riverside.example", "https://riverside.example/family-hubs", "", ""),
    "college": ("Riverside College", "education", "Further education college with a foundation learning department and supported internships.", "01632 960888", "inclusion@riversidecollege.example", "https://riversidecollege.example", "", ""),
    "oakhurst": ("Oakhurst School", "education", "A special school for pupils aged 4 to 19 with severe, profound and multiple learning difficulties.", "01632 961001", "office@oakhurst-school.example", "https://oakhurst-school.example", "URN 190001", ""),
    "millford-primary": ("Millford Primary School", "education", "A mainstream primary school with a resourced provision for children with speech, language and communication needs.", "01632 961002", "office@millfordprimary.example", "https://millfordprimary.example", "URN 190002", ""),
    "kingsreach": ("Kingsreach Academy", "education", "A secondary academy with an autism resource base.", "01632 961003", "senco@kingsreach.example", "https://kingsreach.example", "URN 190003", ""),
    "northbank-nursery": ("Northbank Nursery", "education", "A day nursery for children from 6 months to 5 years, with an inclusion lead and small-group room.", "01632 961004", "hello@northbanknursery.example", "https://northbanknursery.example", "EY190004", ""),
    "westbrook-preschool": ("Westbrook Pre-School", "education", "A community pre-school in Westbrook village hall.", "01632 961005", "westbrookpreschool@riverside.example", "", "EY190005", "1170005"),
    "bridge": ("The Bridge Learning Centre", "education", "Riverside's pupil referral unit and alternative provision for secondary-age pupils.", "01632 961006", "admin@bridgelearning.example", "https://bridgelearning.example", "URN 190006", ""),
    "wheelchair-sports": ("Hollins Cross Wheelchair Sports Club", "voluntary", "Wheelchair basketball, football and tennis for children, young people and adults.", "07700 900101", "club@hcwheelchairsports.example", "https://hcwheelchairsports.example", "", "1180006"),
    "autism-support": ("Riverside Autism Support", "voluntary", "A charity run by autistic people and parents, offering groups, training and a helpline.", "01632 961007", "info@riversideautism.example", "https://riversideautism.example", "", "1180007"),
    "sensory-barn": ("The Sensory Barn CIC", "provider", "Sensory play, animal care and outdoor learning on a small farm in Fenby.", "07700 900102", "hello@sensorybarn.example", "https://sensorybarn.example", "", ""),
    "deaf-children": ("Riverside Deaf Children's Society", "voluntary", "Family events, signing classes and youth groups for deaf children and their families.", "01632 961008", "info@riversidedcs.example", "https://riversidedcs.example", "", "1180008"),
    "vision": ("Riverside Vision Support", "voluntary", "Support for blind and partially sighted children, young people and their families.", "01632 961009", "help@riversidevision.example", "https://riversidevision.example", "", "1180009"),
    "cm-bright": ("Bright Beginnings Childminding", "provider", "A registered childminder with experience of caring for children with medical needs.", "07700 900103", "brightbeginnings@childcare.example", "", "EY190010", ""),
    "cm-acorns": ("Little Acorns Childminder", "provider", "A registered childminder in Oakhurst with Makaton training.", "07700 900104", "littleacorns@childcare.example", "", "EY190011", ""),
    "cm-ashby": ("Ashby Vale Home Childcare", "provider", "Two childminders working together, with a sensory corner and garden.", "07700 900105", "ashbyhomecare@childcare.example", "", "EY190012", ""),
    "youth": ("Riverside Youth Service", "council", "Youth clubs, detached youth work and targeted support for young people aged 11 to 19 (up to 25 with SEND).", "01632 961010", "youth@riverside.example", "https://riverside.example/youth", "", ""),
    "music": ("Riverside Music Hub", "provider", "Music tuition, ensembles and inclusive music-making for children and young people.", "01632 961011", "music@riversidemusichub.example", "https://riversidemusichub.example", "", ""),
    "arts": ("Inclusive Arts Riverside", "voluntary", "Drama, dance and visual arts groups where everyone takes part.", "01632 961012", "create@inclusivearts.example", "https://inclusivearts.example", "", "1180013"),
    "transport": ("Riverside Community Transport", "voluntary", "Accessible minibuses and volunteer drivers for people who cannot use buses.", "01632 961013", "bookings@riversidect.example", "https://riversidect.example", "", "1180014"),
    "cab": ("Citizens Advice Riverside", "voluntary", "Free advice on benefits, debt, housing and employment.", "01632 961014", "advice@carverside.example", "https://carverside.example", "", "1180015"),
    "womens-aid": ("Riverside Domestic Abuse Service", "voluntary", "Support and safe accommodation for people experiencing domestic abuse, and their children.", "01632 961015", "support@riversidedas.example", "", "", "1180016"),
    "yjs": ("Riverside Youth Justice Service", "council", "Works with young people aged 10 to 17 in the youth justice system, including speech and language screening.", "01632 961016", "yjs@riverside.example", "", "", ""),
    "eastmoor-hydro": ("Eastmoor Hydrotherapy Centre", "health", "A warm-water hydrotherapy pool in Eastmoor used by families from Riverside.", "01632 962001", "pool@eastmoorhydro.example", "https://eastmoorhydro.example", "", ""),
    "eastmoor-college": ("Eastmoor Specialist College", "education", "A residential and day specialist college for young people aged 16 to 25 with complex needs.", "01632 962002", "admissions@eastmoorcollege.example", "https://eastmoorcollege.example", "URN 190020", "1180020"),
    "employment": ("Riverside Supported Employment", "provider", "Job coaching and supported employment for young people and adults with learning disabilities or autism.", "01632 961017", "jobs@riversidese.example", "https://riversidese.example", "", ""),
    "housing": ("Homes for Independence", "provider", "Supported living and independent living skills for young adults.", "01632 961018", "enquiries@homesforindependence.example", "https://homesforindependence.example", "CQC 1-190021", ""),
    "otters": ("Riverside Otters Disability Swimming Club", "voluntary", "A swimming club for disabled children and young people, from first splashes to competition.", "07700 900106", "otters@swimclub.example", "https://riversideotters.example", "", "1180022"),
    "scouts": ("1st Millford Scouts", "voluntary", "Beavers, Cubs and Scouts with an inclusion leader and small-group sessions.", "07700 900107", "gsl@1stmillfordscouts.example", "", "", "1180023"),
    "carers": ("Riverside Carers Centre", "voluntary", "Support for unpaid carers, including parent carers and young carers.", "01632 961019", "carers@riversidecarers.example", "https://riversidecarers.example", "", "1180024"),
    "dental": ("Riverside Community Dental Service", "health", "NHS dental care for children and young people who find a high-street dentist hard to use.", "01632 961020", "dental@rent-nhs.example", "", "", ""),
    "public-health": ("Riverside Public Health Team", "council", "Stop smoking support, healthy weight programmes and school nursing.", "01632 961021", "publichealth@riverside.example", "https://riverside.example/health", "", ""),
    "recovery": ("Riverside Recovery Partnership", "provider", "Confidential drug and alcohol support for young people and parents.", "01632 961022", "talk@riversiderecovery.example", "", "", ""),
    "mediation": ("Riverside Family Mediation", "provider", "Mediation for separating parents and for disagreements about SEND decisions.", "01632 961023", "mediation@riversidefm.example", "https://riversidefm.example", "", ""),
    "kind-minds": ("Kind Minds Riverside", "voluntary", "Anti-bullying and online safety work in schools and with families.", "01632 961024", "team@kindminds.example", "https://kindminds.example", "", "1180025"),
    "climbing": ("Peak Climbing Centre", "provider", "An indoor climbing wall with adaptive climbing sessions.", "01632 961025", "climb@peakclimbing.example", "https://peakclimbing.example", "", ""),
}

# --- Venues: key -> (name, address line, outcode) -----------------------------------------------

VENUES = {
    "leisure-centre": ("Riverside Leisure Centre", "2 Canal Side", "RV1"),
    "westbrook-pool": ("Westbrook Pool", "Meadow Lane", "RV5"),
    "northbank-hub": ("Northbank Family Hub", "14 Station Road", "RV2"),
    "riverside-hub": ("Riverside Family Hub", "Market Place", "RV1"),
    "kingsreach-hub": ("Kingsreach Family Hub", "7 Church Street", "RV4"),
    "millford-cc": ("Millford Community Centre", "Mill Lane", "RV3"),
    "kingsreach-library": ("Kingsreach Library", "Queens Road", "RV4"),
    "cdc": ("Riverside Child Development Centre", "Riverside Hospital, Bridge Street", "RV1"),
    "hospital": ("Riverside Hospital", "Bridge Street", "RV1"),
    "ashby-youth": ("Ashby Vale Youth Centre", "Park Avenue", "RV6"),
    "hollins-hall": ("Hollins Cross Sports Hall", "Victoria Street", "RV7"),
    "fenby-hall": ("Fenby Village Hall", "The Green", "RV8"),
    "oakhurst-pavilion": ("Oakhurst Park Pavilion", "Orchard Way", "RV9"),
    "college": ("Riverside College", "College Road", "RV1"),
    "sensory-barn": ("The Sensory Barn", "Home Farm, Fenby Lane", "RV8"),
    "town-hall": ("Riverside Town Hall", "High Street", "RV1"),
    "oakhurst-school": ("Oakhurst School", "Elm Grove", "RV9"),
    "millford-primary": ("Millford Primary School", "School Lane", "RV3"),
    "kingsreach-academy": ("Kingsreach Academy", "Academy Way", "RV4"),
    "northbank-nursery": ("Northbank Nursery", "22 Northbank Road", "RV2"),
    "westbrook-hall": ("Westbrook Village Hall", "Westbrook Road", "RV5"),
    "bridge-centre": ("The Bridge Learning Centre", "Riverside Walk", "RV1"),
    "climbing": ("Peak Climbing Centre", "Unit 4, Riverside Business Park", "RV7"),
    "music-centre": ("Riverside Music Centre", "Victoria Street", "RV1"),
    "carers-centre": ("Riverside Carers Centre", "11 High Street", "RV1"),
    "brookfield-house": ("Brookfield House", "Brookfield Lane", "RV6"),
    "dental-clinic": ("Riverside Community Dental Clinic", "Bridge Street", "RV1"),
    "eastmoor-hydro": ("Eastmoor Hydrotherapy Centre", "Moor Road", "EM1"),
    "eastmoor-college": ("Eastmoor Specialist College", "Hall Lane", "EM2"),
    "homes-hub": ("Independence House", "5 Orchard Way", "RV9"),
}

# Ages in months: (youngest, oldest); None is open-ended.
EARLY = [(0, 59), (0, 71), (6, 59), (18, 59), (24, 71), (0, 35)]
PRIMARY = [(48, 143), (60, 131), (60, 143), (72, 143), (48, 131)]
SECONDARY = [(132, 203), (132, 215), (120, 191), (144, 227)]
POST16 = [(192, 311), (192, 299), (180, 311), (192, 275)]
CHILDHOOD = [(0, 215), (48, 215), (60, 227), (0, 227), (36, 155)]
OPEN = [(None, None), (None, 311), (60, None), (156, None), (None, 215)]

FREE = ("free", None, "")
VARIES = ("varies", None, "")


def charge(pounds: float, unit: str) -> tuple:
    return ("charge", round(pounds * 100), unit)


MORNING = [(0, "09:30", "11:30"), (2, "09:30", "11:30"), (4, "10:00", "12:00")]
AFTER_SCHOOL = [(0, "15:45", "17:15"), (1, "16:00", "17:30"), (3, "16:00", "17:30")]
EVENING = [(1, "18:00", "20:00"), (3, "18:30", "20:30")]
SATURDAY = [(5, "10:00", "12:00"), (5, "13:00", "15:00")]
OFFICE = [(0, "09:00", "17:00"), (1, "09:00", "17:00"), (2, "09:00", "17:00"), (3, "09:00", "17:00"), (4, "09:00", "16:30")]
SCHOOL_DAY = [(0, "08:45", "15:15"), (1, "08:45", "15:15"), (2, "08:45", "15:15"), (3, "08:45", "15:15"), (4, "08:45", "15:15")]

# --- Eligibility, referral and access sentences used across kinds ----------------------------------

OPEN_TO_ALL = [
    "Open to any family living in Riverside. You do not need a diagnosis.",
    "Any child or young person can come. You do not need a diagnosis or an EHC plan.",
    "Families can come along without a referral. Brothers and sisters are welcome too.",
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

# --- Kinds of service ----------------------------------------------------------------------------
# Each kind yields `count` services. Lists are choices; the generator picks with a fixed seed.

KINDS = [
    dict(
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
        access=["step_free", "accessible_toilet"], pb=0.0, holidays=0.3,
    ),
    dict(
        key="salt-clinic", count=6, providers=["salt", "nhs"],
        titles=["Children's speech and language therapy clinic, {area}", "Speech and language therapy for school-age children, {area}"],
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
        keywords="SALT, SLT, speech therapy, AAC, communication aid", access=["step_free", "lift", "accessible_toilet", "hearing_loop"], pb=0.2,
    ),
    dict(
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
        times=SATURDAY + [(6, "08:00", "09:00")], keywords="autism friendly swim, quiet swim, sensory swim, ASC",
        access=["step_free", "changing_places", "disabled_parking", "accessible_toilet"], pb=0.8, dp=0.6, holidays=0.7,
    ),
    dict(
        key="sensory-play", count=8, providers=["sensory-barn", "hubs"],
        titles=["Sensory play for under-fives, {area}", "Little Explorers sensory group, {area}", "Messy play and sensory session, {area}"],
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
        keywords="sensory room, messy play, baby group, toddler group", access=["step_free", "quiet_space", "accessible_toilet"], pb=0.3, holidays=0.2,
    ),
    dict(
        key="overnight-breaks", count=6, providers=["brookfield", "council"],
        titles=["Overnight short breaks at {venue}", "Overnight short breaks with a short breaks carer", "Weekend overnight stays, {area}"],
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
        ages=[(96, 215), (60, 215), (96, 227)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["brookfield-house"], times=[], schedule_notes=["Weekends and some weekday nights", "Stays are planned a month ahead"],
        eligibility=["For children with a disability that has a substantial effect on everyday life, after a social care assessment."],
        keywords="respite, overnight respite, short breaks, residential", access=["step_free", "changing_places", "lift"], pb=0.7, dp=0.5, holidays=1.0,
    ),
    dict(
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
        ages=PRIMARY + SECONDARY + [(60, 227)], costs=[FREE, charge(12.00, "session"), charge(25.00, "day"), VARIES],
        delivery=[["in_person"]], referral=[["self"], ["professional"], ["self", "professional"]],
        venues=["brookfield-house", "ashby-youth", "sensory-barn", "hollins-hall"], times=SATURDAY + AFTER_SCHOOL,
        keywords="respite, short breaks, saturday club, holiday club", access=["step_free", "accessible_toilet", "quiet_space"], pb=0.9, dp=0.8, holidays=0.7,
    ),
    dict(
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
        keywords="HAF, holiday club, summer club, play scheme", access=["step_free", "accessible_toilet"], pb=0.5, holidays=1.0,
    ),
    dict(
        key="pcf", count=4, providers=["pcf"],
        titles=["Riverside Parent Carer Forum", "Parent carer coffee morning, {area}", "Parent carer forum online meet-ups"],
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
        needs=[], optional_needs=[], ages=OPEN, costs=[FREE], delivery=[["in_person"], ["online"], ["in_person", "online"]], referral=[["self"]],
        venues=["riverside-hub", "millford-cc", "carers-centre"], times=MORNING + EVENING,
        keywords="PCF, parent forum, support group, coffee morning", access=["step_free", "accessible_toilet"], pb=0.0,
    ),
    dict(
        key="sendiass", count=3, providers=["sendiass"],
        titles=["SEND information, advice and support (SENDIASS)", "SENDIASS young people's service", "SENDIASS drop-in, {area}"],
        summaries=[
            "Free, impartial and confidential advice about special educational needs and disabilities, including EHC needs assessments, school exclusions and appeals.",
            "Advice for young people aged 16 to 25 about their own SEND support, in plain language.",
        ],
        paragraphs=[
            "We are separate from the council's SEND team. We can explain the law, help you write letters, come to meetings with you and support you through mediation and the SEND Tribunal.",
            "Our helpline is open Monday to Friday. You can also email or ask for a call back.",
            "We provide information in Easy Read and can arrange an interpreter.",
        ],
        categories=["riverside:iass", "riverside:advocacy-mediation", "dfe:Learning difficulties and disabilities"],
        needs=[], optional_needs=[], ages=[(None, None), (192, 311)], costs=[FREE], delivery=[["in_person", "online"], ["online"]], referral=[["self"]],
        venues=["town-hall", "riverside-hub"], times=OFFICE,
        keywords="IASS, SENDIASS, advice, EHCP help, tribunal, appeal", access=["step_free", "hearing_loop", "easy_read"], pb=0.0,
    ),
    dict(
        key="supported-internship", count=5, providers=["college", "employment", "eastmoor-college"],
        titles=["Supported internship, {area}", "Project Search supported internship at {venue}", "Pathways to work supported internship"],
        summaries=[
            "A one-year study programme based at an employer, for young people aged 16 to 24 with an EHC plan who want to get a paid job.",
            "Learn job skills in a real workplace with a job coach, and work towards a paid job at the end.",
        ],
        paragraphs=[
            "Interns spend most of the week at a host employer, rotating through three placements, with a job coach on site.",
            "Alongside work, you study English and maths if you need to and practise travelling to work on your own.",
            "Last year most of our interns found paid work within six months of finishing.",
        ],
        categories=["riverside:supported-internships", "riverside:work-employment", "riverside:post-16", "pfa:employment"],
        needs=["MLD", "ASD"], optional_needs=["SLD", "SPLD", "SLCN", "SEMH"],
        ages=[(192, 299), (192, 287)], costs=[FREE], delivery=[["in_person"]], referral=[["ehc_plan"]],
        venues=["college", "hospital", "eastmoor-college"], times=SCHOOL_DAY,
        keywords="supported internship, job coach, work experience, preparing for adulthood, PfA", access=["step_free", "lift"], pb=0.0,
        education="post_16",
    ),
    dict(
        key="camhs", count=6, providers=["nhs"],
        titles=["Children and young people's mental health service (CAMHS)", "CAMHS neurodevelopmental team", "Mental health support team in schools, {area}", "CAMHS crisis line"],
        summaries=[
            "NHS mental health assessment and treatment for children and young people with moderate to severe difficulties.",
            "Mental health practitioners working in schools to help with anxiety, low mood and worries early on.",
        ],
        paragraphs=[
            "CAMHS (also called children and young people's mental health services, CYPMHS) offers assessment, therapy and, where needed, medication.",
            "We also assess for autism and attention deficit hyperactivity disorder (ADHD) for children over 5.",
            "While you wait, our online wellbeing hub and the crisis line are available. If your child is at immediate risk, call 999.",
            "We work with schools and social care so families do not have to repeat their story.",
        ],
        categories=["riverside:mental-health", "dfe:Mental health, social and emotional support", "dfe:Social, emotional and mental health support"],
        needs=["SEMH"], optional_needs=["ASD", "OTH"],
        ages=[(60, 215), (0, 215), (132, 215), (None, 215)], costs=[FREE], delivery=[["in_person", "online"], ["online"]], referral=[["professional"], ["self", "professional"]],
        venues=["hospital", "cdc", "kingsreach-academy"], times=OFFICE,
        keywords="CAMHS, CYPMHS, mental health, anxiety, depression, ADHD assessment", access=["step_free", "lift", "quiet_space"], pb=0.0,
    ),
    dict(
        key="ot-clinic", count=6, providers=["nhs"],
        titles=["Children's occupational therapy clinic, {area}", "Sensory processing advice clinic", "Children's physiotherapy, {area}", "Equipment and seating clinic"],
        summaries=[
            "Occupational therapists help children with everyday activities like dressing, eating, writing and play, and advise on equipment.",
            "Physiotherapy for children with movement difficulties, including exercise programmes for home and school.",
        ],
        paragraphs=[
            "We start by asking what matters most to you and your child, then set goals together.",
            "We can advise on specialist seating, standing frames, bathing equipment and splints.",
            "Sensory processing workshops for parents run every term. You do not need a referral to book a workshop.",
            "Appointments can be at the clinic, at home or at school.",
        ],
        categories=["riverside:therapies", "dfe:Physical disabilities", "riverside:equipment-adaptations"],
        needs=["PD"], optional_needs=["ASD", "PMLD", "SLD", "SPLD", "MSI"],
        ages=CHILDHOOD + [(None, 227)], costs=[FREE], delivery=[["in_person", "home_visit"], ["in_person"]], referral=[["professional"]],
        venues=["cdc", "hospital"], times=OFFICE, keywords="OT, occupational therapy, physio, physiotherapy, sensory processing, wheelchair",
        access=["step_free", "lift", "changing_places", "disabled_parking"], pb=0.0,
    ),
    dict(
        key="wheelchair-sport", count=6, providers=["wheelchair-sports", "leisure"],
        titles=["Wheelchair football, {area}", "Wheelchair basketball juniors", "Powerchair football", "Disability multi-sport club, {area}"],
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
        ages=[(60, 215), (96, None), (72, 227), (None, None)], costs=[charge(3.00, "session"), charge(2.00, "session"), FREE],
        delivery=[["in_person"]], referral=[["self"]], venues=["hollins-hall", "leisure-centre"], times=AFTER_SCHOOL + SATURDAY,
        keywords="wheelchair sport, disability football, boccia, powerchair", access=["step_free", "accessible_toilet", "disabled_parking", "changing_places"], pb=0.6, dp=0.6,
    ),
    dict(
        key="ehc-team", count=3, providers=["council"],
        titles=["Requesting an education, health and care (EHC) needs assessment", "SEND case officer team", "Annual reviews of EHC plans"],
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
        needs=[], optional_needs=[], ages=[(None, None)], costs=[FREE], delivery=[["online", "in_person"]], referral=[["self", "professional"]],
        venues=["town-hall"], times=OFFICE, keywords="EHCP, EHC plan, EHC needs assessment, statutory assessment, annual review, case officer",
        access=["step_free", "lift", "hearing_loop", "easy_read"], pb=0.0,
    ),
    dict(
        key="ed-psych", count=3, providers=["council"],
        titles=["Educational psychology service", "Specialist teaching and learning service", "Early years SEND advisory team"],
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
        ages=[(None, 311), (0, 71), (None, 227)], costs=[FREE], delivery=[["in_person", "online"]], referral=[["professional"]],
        venues=["town-hall"], times=OFFICE, keywords="EP, educational psychologist, specialist teacher, advisory teacher, dyslexia",
        access=["step_free", "lift"], pb=0.0,
    ),
    dict(
        key="special-school", count=3, providers=["oakhurst", "eastmoor-college"],
        titles=["{venue}", "{venue} sixth form", "{venue} residential provision"],
        summaries=[
            "A special school for children and young people with severe, profound and multiple learning difficulties.",
            "Day and residential places for young people with complex needs, with therapy on site.",
        ],
        paragraphs=[
            "Classes have up to eight pupils with a teacher and three teaching assistants. Therapists work in classrooms alongside staff.",
            "Places are for children with an EHC plan naming the school. You are welcome to visit before you decide.",
            "We have a hydrotherapy pool, rebound therapy and a sensory garden.",
        ],
        categories=["riverside:special-schools", "riverside:education", "dfe:Learning difficulties and disabilities"],
        needs=["SLD", "PMLD"], optional_needs=["ASD", "MSI", "PD"],
        ages=[(48, 227), (192, 311), (132, 227)], costs=[FREE], delivery=[["in_person"]], referral=[["ehc_plan"]],
        venues=["oakhurst-school", "eastmoor-college"], times=SCHOOL_DAY, keywords="special school, SLD school, PMLD, residential college",
        access=["step_free", "lift", "changing_places", "hearing_loop", "quiet_space", "disabled_parking"], pb=0.0, education="special_school",
    ),
    dict(
        key="mainstream-school", count=4, providers=["millford-primary", "kingsreach", "bridge", "college"],
        titles=["{venue}", "{venue}: SEN support and resourced provision"],
        summaries=[
            "A mainstream school where children with SEND learn alongside their friends, with extra help from the SENCO and a resource base.",
            "Education for young people who cannot attend mainstream school for a while, with small classes and a plan to return.",
        ],
        paragraphs=[
            "Our special educational needs coordinator (SENCO) works with families to plan support using the graduated approach: assess, plan, do, review.",
            "The resource base has places for children with an EHC plan who spend part of the day in small groups.",
            "We have a nurture room open at lunchtimes and before school.",
        ],
        categories=["riverside:mainstream-schools", "riverside:education", "riverside:alternative-provision", "riverside:post-16"],
        needs=["NSA", "SPLD"], optional_needs=["SLCN", "ASD", "SEMH", "MLD"],
        ages=[(48, 131), (132, 203), (132, 191), (192, 311)], costs=[FREE], delivery=[["in_person"]], referral=[["self"], ["professional"], ["ehc_plan"]],
        venues=["millford-primary", "kingsreach-academy", "bridge-centre", "college"], times=SCHOOL_DAY,
        keywords="SENCO, SEN support, resource base, nurture group, PRU, alternative provision", access=["step_free", "accessible_toilet", "quiet_space"],
        pb=0.0, education="mainstream_school",
    ),
    dict(
        key="nursery", count=3, providers=["northbank-nursery", "westbrook-preschool"],
        titles=["{venue}", "{venue}: funded places for 2 to 4 year olds"],
        summaries=[
            "A nursery that welcomes children with additional needs, with an inclusion lead and funded places from age 2.",
            "A small, friendly pre-school where children with SEND are supported by a key person and the SENCO.",
        ],
        paragraphs=[
            "Every child has a key person who gets to know your family. Our SENCO can ask the early years SEND advisory team for extra help.",
            "We can apply for inclusion funding so your child gets extra adult support.",
            "We use Makaton signing and visual timetables every day.",
        ],
        categories=["riverside:early-years-settings", "riverside:childcare", "dfe:Pre-school playgroup", "dfe:Early years support"],
        needs=["NSA"], optional_needs=["SLCN", "ASD", "PD", "HI"],
        ages=[(6, 59), (24, 59), (36, 59)], costs=[VARIES, charge(6.50, "hour"), FREE], delivery=[["in_person"]], referral=[["self"]],
        venues=["northbank-nursery", "westbrook-hall"], times=[(d, "08:00", "18:00") for d in range(5)],
        keywords="nursery, pre-school, funded childcare, 15 hours, 30 hours", access=["step_free", "accessible_toilet"], pb=0.0, education="early_years",
    ),
    dict(
        key="childminder", count=6, providers=["cm-bright", "cm-acorns", "cm-ashby"],
        titles=["Childminding in {area}", "Registered childminder, {area}", "After-school childminding, {area}"],
        summaries=[
            "A registered childminder caring for a small group of children at home, with experience of children with additional needs.",
            "Home-based childcare with school pick-ups, for children with and without SEND.",
        ],
        paragraphs=[
            "Ofsted-registered and first aid trained. Experience with epilepsy, feeding tubes and autism.",
            "We go to toddler groups, the park and the library most days.",
            "Funded places for 2, 3 and 4 year olds are available.",
        ],
        categories=["riverside:childminders", "riverside:childcare", "dfe:Before and after school clubs", "riverside:out-of-school-childcare"],
        needs=[], optional_needs=["ASD", "PD", "SLCN", "OTH", "NSA"],
        ages=[(0, 143), (0, 59), (48, 143)], costs=[charge(6.00, "hour"), charge(5.50, "hour"), VARIES], delivery=[["in_person"]], referral=[["self"]],
        venues=["home"], times=[(d, "07:30", "18:00") for d in range(5)], keywords="childminder, childcare, after school care",
        access=[], pb=0.0, dp=0.3, holidays=0.8,
    ),
    dict(
        key="youth-club", count=7, providers=["youth", "autism-support", "deaf-children"],
        titles=["Inclusive youth club, {area}", "Friday social group for autistic teenagers", "Young people's social club, {area}", "Deaf youth club"],
        summaries=[
            "A youth club where young people with SEND can hang out, make friends and try new things.",
            "A relaxed social group for young people who find big groups hard, with gaming, cooking and trips.",
        ],
        paragraphs=[
            "Youth workers plan activities with the group. Recent trips include bowling, a climbing wall and a music festival.",
            "Young people can stay until 25 if they have SEND.",
            "Parents can stay for the first few sessions while their young person settles in.",
            "A British Sign Language (BSL) interpreter is at every session of the deaf youth club.",
        ],
        categories=["riverside:youth-clubs", "riverside:friends-community", "dfe:Targeted youth support", "pfa:community-inclusion"],
        needs=[], optional_needs=["ASD", "MLD", "SEMH", "HI", "SLD", "SPLD"],
        ages=[(132, 227), (132, 311), (156, 311), (120, 215)], costs=[FREE, charge(1.50, "session")], delivery=[["in_person"]], referral=[["self"]],
        venues=["ashby-youth", "millford-cc", "oakhurst-pavilion"], times=EVENING, keywords="youth club, social group, teenagers, friends",
        access=["step_free", "accessible_toilet", "quiet_space"], pb=0.3, languages=["English", "English, British Sign Language"],
    ),
    dict(
        key="deaf-services", count=5, providers=["deaf-children", "nhs"],
        titles=["Family sign language classes, {area}", "Children's audiology clinic", "Deaf children's family days", "Teachers of the deaf service"],
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
        ages=OPEN + [(0, 227)], costs=[FREE, charge(20.00, "term")], delivery=[["in_person"], ["in_person", "online"]], referral=[["self"], ["professional"]],
        venues=["hospital", "riverside-hub", "millford-cc"], times=EVENING + OFFICE[:2], keywords="deaf, BSL, sign language, hearing aid, audiology, cochlear implant",
        access=["step_free", "hearing_loop"], pb=0.1, languages=["English, British Sign Language"],
    ),
    dict(
        key="vision-services", count=4, providers=["vision", "nhs"],
        titles=["Habilitation for children with vision impairment", "Vision support family group", "Children's eye clinic", "Braille and technology club"],
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
        ages=[(0, 227), (None, None), (60, 227)], costs=[FREE], delivery=[["in_person", "home_visit"], ["in_person"]], referral=[["self"], ["professional"]],
        venues=["hospital", "carers-centre", "kingsreach-library"], times=OFFICE[:3] + SATURDAY[:1], keywords="VI, blind, partially sighted, braille, habilitation, QTVI",
        access=["step_free", "easy_read"], pb=0.1,
    ),
    dict(
        key="msi", count=2, providers=["vision", "council"],
        titles=["Multi-sensory impairment (deafblind) outreach", "Deafblind family support"],
        summaries=["Specialist support for children and young people with both hearing and vision impairment, and their families."],
        paragraphs=[
            "An intervenor works one-to-one with the child to help them access information, communicate and move around.",
            "We offer home visits and advice to nurseries and schools.",
        ],
        categories=["dfe:Multi-sensory impairment", "riverside:sensory-support"],
        needs=["MSI"], optional_needs=["HI", "VI", "PMLD"], ages=[(None, 311), (0, 227)], costs=[FREE],
        delivery=[["home_visit", "in_person"]], referral=[["professional"]], venues=["carers-centre"], times=OFFICE,
        keywords="deafblind, MSI, intervenor", access=["step_free", "hearing_loop"], pb=0.0,
    ),
    dict(
        key="dyslexia", count=4, providers=["council", "kind-minds", "cab"],
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
        times=AFTER_SCHOOL, keywords="dyslexia, dyspraxia, dyscalculia, SpLD, reading", access=["step_free"], pb=0.0,
    ),
    dict(
        key="autism-parent", count=5, providers=["autism-support", "hubs"],
        titles=["Autism parent support group, {area}", "Understanding autism course for parents", "Autism helpline", "After diagnosis workshop"],
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
        needs=["ASD"], optional_needs=["SEMH", "SLCN"], ages=OPEN, costs=[FREE], delivery=[["in_person"], ["online"], ["in_person", "online"]], referral=[["self"]],
        venues=["carers-centre", "kingsreach-hub", "riverside-hub"], times=MORNING + EVENING, keywords="autism, ASC, ASD, parent support, diagnosis, Cygnet",
        access=["step_free", "quiet_space"], pb=0.0,
    ),
    dict(
        key="music-arts", count=7, providers=["music", "arts"],
        titles=["Inclusive music group, {area}", "Drama club for young people with SEND", "Dance for all, {area}", "Music therapy sessions", "Art club, {area}"],
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
        times=AFTER_SCHOOL + SATURDAY, keywords="music, drama, dance, art, music therapy", access=["step_free", "accessible_toilet"], pb=0.6, dp=0.5,
    ),
    dict(
        key="transport", count=4, providers=["council", "transport"],
        titles=["Home to school travel assistance", "Post-16 travel support", "Independent travel training", "Accessible community minibus"],
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
        needs=[], optional_needs=["PD", "SLD", "ASD", "VI"], ages=[(48, 227), (192, 311), (132, 311), (None, None)], costs=[FREE, charge(2.00, "one_off"), VARIES],
        delivery=[["in_person"]], referral=[["self"], ["professional"]], venues=["town-hall"], times=OFFICE,
        keywords="school transport, travel assistance, taxi, bus pass, travel training", access=["step_free"], pb=0.0,
    ),
    dict(
        key="benefits-advice", count=4, providers=["cab", "carers"],
        titles=["Benefits advice for families of disabled children", "Help with Disability Living Allowance (DLA) forms", "Carer's assessment and support", "Money and housing advice, {area}"],
        summaries=[
            "Free help to check which benefits you can get and to fill in forms like Disability Living Allowance (DLA) and Carer's Allowance.",
            "Support for parent carers, including a carer's assessment and advice on looking after yourself.",
        ],
        paragraphs=[
            "Advisers can fill in forms with you and help you ask for a decision to be looked at again.",
            "We can also help with debt, energy bills and housing problems.",
            "Young carers aged 8 to 18 have their own group and trips.",
        ],
        categories=["riverside:money-benefits", "dfe:Debt and welfare advice", "dfe:Money, benefits and housing"],
        needs=[], optional_needs=[], ages=OPEN, costs=[FREE], delivery=[["in_person", "online"], ["in_person", "home_visit"]], referral=[["self"]],
        venues=["carers-centre", "riverside-hub", "kingsreach-library"], times=OFFICE[:3], keywords="DLA, PIP, carer's allowance, benefits, debt, carer's assessment",
        access=["step_free", "hearing_loop"], pb=0.0, languages=["English, Polish, Urdu", "English"],
    ),
    dict(
        key="family-support", count=8, providers=["hubs", "mediation", "kind-minds", "womens-aid"],
        titles=["Early help family support, {area}", "Parenting programme for parents of children with additional needs", "Reducing parental conflict workshops", "Separated parents support", "Anti-bullying support for families", "Domestic abuse support for families"],
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
        needs=[], optional_needs=["SEMH", "ASD", "NSA", "OTH"], ages=OPEN + CHILDHOOD, costs=[FREE], delivery=[["in_person"], ["in_person", "home_visit"], ["online"]], referral=[["self"], ["self", "professional"]],
        venues=["northbank-hub", "riverside-hub", "kingsreach-hub"], times=MORNING + EVENING, keywords="early help, family support, parenting, behaviour, bullying, domestic abuse",
        access=["step_free", "accessible_toilet"], pb=0.0,
    ),
    dict(
        key="public-health", count=6, providers=["public-health", "dental", "nhs", "recovery"],
        titles=["Stop smoking support for parents and carers", "Healthy weight programme for families", "Community dental service for children with additional needs", "School nursing service, {area}", "Young people's drug and alcohol service", "Health visiting, {area}"],
        summaries=[
            "Free support and medicines to help parents and carers stop smoking, so the whole family is healthier.",
            "Dental check-ups and treatment for children who find a high-street dentist difficult, in a calm clinic.",
        ],
        paragraphs=[
            "Advisers meet you weekly for the first month, in person or by phone.",
            "Dental staff allow extra time and can do desensitisation visits before treatment.",
            "School nurses can help with continence, sleep, medicines at school and healthy eating.",
            "Health visitors see every family with a child under 5 and can refer you to speech and language therapy or the child development centre.",
            "Confidential support for young people using drugs or alcohol, and for parents worried about them.",
        ],
        categories=["dfe:Stopping smoking", "dfe:Nutrition and weight management", "dfe:Oral health", "dfe:Public health services", "dfe:Substance misuse (including alcohol and drug)", "dfe:Health visiting", "riverside:specialist-nursing"],
        needs=[], optional_needs=["PD", "ASD", "SLD", "OTH"], ages=OPEN + [(0, 59)], costs=[FREE], delivery=[["in_person"], ["in_person", "online"], ["home_visit"]], referral=[["self"], ["professional"], ["self", "professional"]],
        venues=["dental-clinic", "riverside-hub", "kingsreach-hub", "hospital"], times=OFFICE, keywords="stop smoking, healthy weight, dentist, school nurse, health visitor, HV",
        access=["step_free", "lift"], pb=0.0,
    ),
    dict(
        key="maternity", count=4, providers=["nhs", "hubs", "council"],
        titles=["Midwife clinic at {venue}", "Infant feeding support, {area}", "Perinatal mental health team", "Register a birth at {venue}"],
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
        needs=[], optional_needs=["OTH", "PD"], ages=[(0, 11), (0, 23), (None, 11)], costs=[FREE], delivery=[["in_person"], ["in_person", "home_visit"]], referral=[["self"], ["professional"]],
        venues=["northbank-hub", "riverside-hub", "kingsreach-hub"], times=MORNING, keywords="midwife, breastfeeding, infant feeding, perinatal, birth registration",
        access=["step_free", "accessible_toilet"], pb=0.0,
    ),
    dict(
        key="youth-justice", count=2, providers=["yjs", "youth"],
        titles=["Youth justice speech, language and communication support", "Targeted youth support, {area}"],
        summaries=["Support for young people in or at risk of entering the youth justice system, including speech and language screening."],
        paragraphs=[
            "Many young people in the youth justice system have unidentified speech, language and communication needs. Every young person we work with is screened.",
            "Youth workers help young people stay in education, training or work.",
        ],
        categories=["dfe:Youth justice services", "dfe:Targeted youth support", "riverside:youth-clubs"],
        needs=["SLCN", "SEMH"], optional_needs=["MLD", "ASD"], ages=[(120, 215), (132, 227)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["ashby-youth", "town-hall"], times=OFFICE, keywords="youth offending, YOT, youth justice, targeted youth", access=["step_free"], pb=0.0,
    ),
    dict(
        key="independent-living", count=5, providers=["housing", "employment", "council"],
        titles=["Independent living skills course, {area}", "Supported living for young adults", "Moving to adult social care (transitions team)", "Job coaching for young adults", "Volunteering with support, {area}"],
        summaries=[
            "Learn the skills to live more independently: cooking, budgeting, shopping and travelling, in a real flat.",
            "The transitions team helps young people with care needs plan for adult social care from age 14.",
        ],
        paragraphs=[
            "Each young person has their own goals, linked to the preparing for adulthood outcomes in their EHC plan.",
            "We work with the young person, their family and the adult social care team from Year 9 onwards.",
            "Job coaches find work placements and support young people in the job until they are settled.",
            "Supported living flats have staff on site day and night.",
        ],
        categories=["riverside:independent-living", "riverside:adult-transition", "riverside:adulthood", "pfa:independent-living", "pfa:employment", "riverside:work-employment"],
        needs=["SLD", "MLD"], optional_needs=["ASD", "PD", "SEMH"], ages=POST16 + [(168, 311)], costs=[FREE, VARIES], delivery=[["in_person"], ["in_person", "home_visit"]], referral=[["professional"], ["self", "professional"]],
        venues=["homes-hub", "college", "town-hall"], times=OFFICE, keywords="preparing for adulthood, PfA, transitions, supported living, job coach, independence",
        access=["step_free", "lift", "easy_read"], pb=0.7, dp=0.7,
    ),
    dict(
        key="health-transition", count=3, providers=["nhs"],
        titles=["Moving to adult health services", "Young people's health clinic", "Complex needs nursing team"],
        summaries=["Planning the move from children's to adult health services, so young people with long-term conditions keep the care they need."],
        paragraphs=[
            "Planning starts at 14. A named nurse helps the young person learn about their condition and medicines.",
            "The complex needs team supports children who use ventilation, tube feeding or need end of life care, at home and at school.",
            "Annual health checks are available for young people with a learning disability from 14.",
        ],
        categories=["riverside:specialist-nursing", "riverside:adulthood", "pfa:health", "riverside:child-development"],
        needs=["PMLD", "PD"], optional_needs=["SLD", "OTH", "MSI"], ages=[(168, 311), (None, 227)], costs=[FREE], delivery=[["in_person", "home_visit"]], referral=[["professional"]],
        venues=["hospital"], times=OFFICE, keywords="transition, adult services, learning disability health check, complex needs nursing",
        access=["step_free", "lift", "changing_places"], pb=0.3,
    ),
    dict(
        key="cdc", count=3, providers=["nhs"],
        titles=["Child development centre assessments", "Community paediatrics clinic", "ADHD assessment pathway"],
        summaries=["Assessment by a team of doctors and therapists for young children whose development is delayed or different, including autism assessment."],
        paragraphs=[
            "The team includes a paediatrician, speech and language therapist, occupational therapist and physiotherapist.",
            "After the assessment we meet you to explain what we found and agree next steps.",
            "Waiting times are shown on our website and updated monthly.",
        ],
        categories=["riverside:child-development", "dfe:Other difficulties or disabilities", "dfe:Autistic Spectrum Disorder (ASD)"],
        needs=["OTH", "ASD"], optional_needs=["SLCN", "PD", "SEMH", "NSA"], ages=[(0, 71), (0, 227), (60, 215)], costs=[FREE], delivery=[["in_person"]], referral=[["professional"]],
        venues=["cdc"], times=OFFICE, keywords="CDC, paediatrician, developmental delay, autism assessment, ADHD, diagnosis",
        access=["step_free", "lift", "changing_places", "quiet_space"], pb=0.0,
    ),
    dict(
        key="adventure", count=5, providers=["climbing", "scouts", "sensory-barn"],
        titles=["Adaptive climbing, {area}", "Inclusive Scouts, {area}", "Farm and animal care sessions", "Forest school for children with SEND"],
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
        keywords="climbing, scouts, outdoor, farm, forest school", access=["step_free", "accessible_toilet"], pb=0.6, dp=0.5, holidays=0.4,
    ),
    dict(
        key="hydrotherapy", count=3, providers=["eastmoor-hydro"],
        titles=["Hydrotherapy sessions at {venue}", "Family warm-water swim, Eastmoor", "Aquatic physiotherapy"],
        summaries=["Warm-water hydrotherapy for children and young people with physical disabilities, a short drive from Riverside in Eastmoor."],
        paragraphs=[
            "The pool is kept at 34 degrees. There is a ceiling hoist, a Changing Places toilet and a poolside shower trolley.",
            "Riverside families are welcome; this service is outside the council area.",
            "Sessions with a physiotherapist need a referral; family swims can be booked directly.",
        ],
        categories=["riverside:therapies", "dfe:Physical disabilities", "riverside:inclusive-sport"],
        needs=["PD", "PMLD"], optional_needs=["MSI", "SLD"], ages=[(None, None), (0, 227)], costs=[charge(12.00, "session"), charge(25.00, "hour")],
        delivery=[["in_person"]], referral=[["self"], ["professional"]], venues=["eastmoor-hydro"], times=SATURDAY + OFFICE[:2],
        keywords="hydrotherapy, hydro pool, warm water, aquatic therapy", access=["step_free", "changing_places", "disabled_parking"], pb=0.9, dp=0.9,
        service_areas="Riverside and Eastmoor",
    ),
    dict(
        key="mediation", count=3, providers=["mediation", "sendiass"],
        titles=["SEND mediation service", "Disagreement resolution service", "Help with appeals to the SEND Tribunal"],
        summaries=["Independent mediation when you disagree with the council about an EHC needs assessment or plan, before you appeal to the SEND Tribunal."],
        paragraphs=[
            "Mediation is free, confidential and independent of the council. You must contact a mediation adviser before most appeals.",
            "Disagreement resolution can help with disagreements with schools or health services too.",
            "The mediator helps everyone listen to each other and agree a way forward.",
        ],
        categories=["riverside:advocacy-mediation", "riverside:advice"],
        needs=[], optional_needs=[], ages=[(None, None)], costs=[FREE], delivery=[["in_person", "online"]], referral=[["self"]],
        venues=["town-hall"], times=OFFICE, keywords="mediation, tribunal, appeal, disagreement resolution, complaint",
        access=["step_free", "hearing_loop"], pb=0.0,
    ),
    dict(
        key="semh-groups", count=5, providers=["kind-minds", "youth", "arts"],
        titles=["Worry busters group, {area}", "Emotionally based school avoidance support", "Young people's wellbeing café, {area}", "Calm minds art group"],
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
        access=["step_free", "quiet_space"], pb=0.0,
    ),
    dict(
        key="disabled-childrens-team", count=2, providers=["council"],
        titles=["Disabled children's social care team", "Equipment and home adaptations for disabled children"],
        summaries=["Social workers who assess what support disabled children and their families need, including short breaks and direct payments."],
        paragraphs=[
            "We carry out a child and family assessment and, if you are eligible, agree a plan that may include short breaks, a personal assistant or direct payments.",
            "Occupational therapists assess for equipment and adaptations to your home. You may be able to get a disabled facilities grant.",
            "Parent carers can ask for a carer's assessment at the same time.",
        ],
        categories=["riverside:disabled-childrens-team", "riverside:social-care", "riverside:equipment-adaptations", "dfe:Breaks and respite"],
        needs=["PMLD", "PD", "SLD"], optional_needs=["ASD", "MSI", "VI", "HI"], ages=[(None, 215)], costs=[FREE], delivery=[["in_person", "home_visit"]], referral=[["self", "professional"]],
        venues=["town-hall"], times=OFFICE, keywords="social worker, disabled children's team, direct payments, adaptations, DFG",
        access=["step_free", "lift", "hearing_loop"], pb=0.0,
    ),
]
