"""The SEND words families meet, for the seeded glossary: (term, what it stands for, meaning).

From the words families type into search and the SEN2 primary need codes (shared DOMAIN.md).
"""

GLOSSARY_TERMS: tuple[tuple[str, str, str], ...] = (
    ("ADHD", "Attention deficit hyperactivity disorder",
     "A condition that affects attention, activity and impulse control. A child may find it hard "
     "to sit still, concentrate or wait their turn."),
    ("Alternative provision (AP)", "",
     "Education arranged by the council or a school for a child who cannot attend a mainstream "
     "school, for example because of illness or exclusion."),
    ("Annual review", "",
     "The meeting held at least once a year to check that an education, health and care plan "
     "still meets the child's needs. Families are invited and their views are recorded."),
    ("ASC", "Autism spectrum condition",
     "Another name for autism. Many people prefer 'condition' to 'disorder'."),
    ("ASD", "Autistic spectrum disorder",
     "The name the Department for Education uses for autism as a primary need. Autistic people "
     "may experience communication, social situations and the senses differently."),
    ("CAMHS", "Child and adolescent mental health services",
     "NHS services that assess and support children and young people with emotional, "
     "behavioural or mental health difficulties. Also called CYPMHS."),
    ("CDC", "Child development centre",
     "An NHS centre where a team of specialists assesses young children whose development is "
     "delayed or different."),
    ("CLA", "Child looked after",
     "A child in the care of the council, for example living with foster carers. Also called "
     "LAC."),
    ("CYPMHS", "Children and young people's mental health services",
     "The newer name for CAMHS: NHS mental health support for children and young people."),
    ("DLA", "Disability Living Allowance",
     "A benefit from the government for children under 16 who need much more care or help "
     "getting around than other children of the same age."),
    ("DP", "Direct payment",
     "Money paid to a family or young person so they can arrange and pay for support "
     "themselves, instead of the council arranging it."),
    ("EHC needs assessment", "Education, health and care needs assessment",
     "The council's detailed look at a child's needs, to decide whether they need an EHC plan. "
     "Parents, young people and schools can ask for one."),
    ("EHCP", "Education, health and care plan",
     "A legal document for a child or young person aged 0 to 25 that describes their needs, "
     "the outcomes they are working towards and the support they must get. Also called an "
     "EHC plan."),
    ("EP", "Educational psychologist",
     "A specialist who looks at how a child learns, thinks and behaves, and advises families "
     "and schools on how to help."),
    ("HI", "Hearing impairment",
     "Hearing loss that affects a child's learning or communication. It is one of the primary "
     "need types schools record."),
    ("HV", "Health visitor",
     "A nurse or midwife who supports families with babies and children under 5, including "
     "checks on how a child is developing."),
    ("IASS", "Information, advice and support service",
     "A free, impartial and confidential service for children, young people and parents about "
     "anything to do with SEND. Also called SENDIASS."),
    ("Key worker", "",
     "One named person who coordinates a family's support and is their main contact, so they "
     "do not have to tell their story again and again."),
    ("LAC", "Looked-after child",
     "A child in the care of the council. Also called a child looked after (CLA)."),
    ("Local Offer", "",
     "The information every council must publish about education, health, social care and "
     "other support for children and young people with SEND, aged 0 to 25, and their families."),
    ("Mediation", "",
     "A free, confidential meeting with an independent person to help families and the council "
     "settle a disagreement about an EHC plan, before an appeal to the tribunal."),
    ("MLD", "Moderate learning difficulty",
     "A child learns more slowly than others of the same age and may need extra help with "
     "reading, writing, numbers and understanding."),
    ("MSI", "Multi-sensory impairment",
     "A child has difficulties with both hearing and sight. Sometimes called deafblindness."),
    ("NSA", "SEN support but no specialist assessment of type of need",
     "A child gets SEN support at school, but their type of need has not yet been assessed by "
     "a specialist."),
    ("OT", "Occupational therapy",
     "Therapy that helps a child do everyday things, such as dressing, writing or using "
     "cutlery, and advises on equipment and changes at home or school."),
    ("OTH", "Other difficulty or disability",
     "The primary need type schools record when a child's needs do not fit the other types."),
    ("PB", "Personal budget",
     "An amount of money set aside to pay for the support in a child's EHC plan. Families can "
     "have a say in how it is spent. It may include education, social care and health money."),
    ("PCF", "Parent carer forum",
     "A local group of parents and carers of disabled children who work with the council and "
     "the NHS to improve services."),
    ("PD", "Physical disability",
     "A disability that affects a child's movement or body and means they need extra help or "
     "equipment to learn and take part."),
    ("PfA", "Preparing for adulthood",
     "Planning from age 14 for adult life: work, living independently, friends and community, "
     "and good health."),
    ("PHB", "Personal health budget",
     "Money from the NHS to meet a child's or young person's health needs, planned with the "
     "family."),
    ("Physio", "Physiotherapy",
     "Therapy that helps with movement, balance, strength and posture, through exercise and "
     "advice."),
    ("PMLD", "Profound and multiple learning difficulty",
     "A child has severe learning difficulties and other disabilities, such as physical or "
     "sensory ones, and needs a high level of support."),
    ("PRU", "Pupil referral unit",
     "A school for children who cannot attend a mainstream school, for example after "
     "exclusion. A kind of alternative provision."),
    ("Respite", "",
     "An older word for short breaks: time when someone else cares for a disabled child so the "
     "family can rest."),
    ("SALT", "Speech and language therapy",
     "Therapy that helps with talking, understanding, communication, and eating and drinking. "
     "Also called SLT."),
    ("SEMH", "Social, emotional and mental health",
     "Needs that affect how a child manages feelings, behaviour and relationships, such as "
     "anxiety or attachment difficulties."),
    ("SEN", "Special educational needs",
     "A child has SEN if they have a learning difficulty or disability that needs special "
     "educational provision."),
    ("SEN support", "",
     "Extra help a school or nursery gives a child with SEN without an EHC plan."),
    ("SENCO", "Special educational needs coordinator",
     "The teacher at a school or nursery who makes sure children with SEND get the right "
     "support. Also called SENDCo."),
    ("SEND", "Special educational needs and disabilities",
     "Learning difficulties or disabilities that make it harder for a child or young person "
     "to learn than most others of the same age."),
    ("SEND Tribunal", "First-tier Tribunal (Special Educational Needs and Disability)",
     "An independent court that hears appeals from families who disagree with a council's "
     "decision about an EHC needs assessment or plan."),
    ("SENDIASS",
     "Special educational needs and disabilities information, advice and support service",
     "Another name for IASS: free, impartial advice for families and young people."),
    ("Short breaks", "",
     "Time away for disabled children and young people, such as clubs, holiday activities or "
     "overnight stays, which also gives parents and carers a break."),
    ("SLCN", "Speech, language and communication needs",
     "Difficulties with talking, understanding what others say, or using language to "
     "communicate."),
    ("SLD", "Severe learning difficulty",
     "A child has significant difficulties with learning and may need support with most "
     "everyday tasks."),
    ("SLT", "Speech and language therapy",
     "Another name for SALT: therapy for speech, language, communication, eating and drinking."),
    ("SPLD", "Specific learning difficulty",
     "A difficulty with one particular part of learning, such as dyslexia (reading and "
     "spelling), dyscalculia (numbers) or dyspraxia (coordination)."),
    ("TAC", "Team around the child",
     "The people who support a child, such as teachers, therapists and health workers, "
     "meeting with the family to plan together."),
    ("VI", "Vision impairment",
     "Sight loss that affects a child's learning, even with glasses. It is one of the primary "
     "need types schools record."),
)
