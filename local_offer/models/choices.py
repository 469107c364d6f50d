"""Fixed lists shared by the pages, the templates, search records and the Open Referral export.
The codes are stable: other apps and imported data depend on them."""

from django.db import models


class ServiceStatus(models.TextChoices):
    ACTIVE = "active", "Open"
    TEMPORARILY_CLOSED = "temporarily_closed", "Temporarily closed"
    CLOSED = "closed", "Closed"


class CostType(models.TextChoices):
    FREE = "free", "Free"
    CHARGE = "charge", "There is a charge"
    VARIES = "varies", "Cost varies"


class CostUnit(models.TextChoices):
    SESSION = "session", "per session"
    HOUR = "hour", "per hour"
    DAY = "day", "per day"
    NIGHT = "night", "per night"
    WEEK = "week", "per week"
    MONTH = "month", "per month"
    TERM = "term", "per term"
    YEAR = "year", "per year"
    ONE_OFF = "one_off", "one-off payment"


class Referral(models.TextChoices):
    SELF = "self", "You can contact the service yourself (self-referral)"
    PROFESSIONAL = "professional", "A professional such as a GP or teacher must refer you"
    EHC_PLAN = (
        "ehc_plan",
        "Only for children and young people with an education, health and care (EHC) plan",
    )


class Delivery(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online or by phone"
    HOME_VISIT = "home_visit", "Home visits"


class PremisesAccess(models.TextChoices):
    STEP_FREE = "step_free", "Step-free access"
    LIFT = "lift", "Lift to all floors"
    ACCESSIBLE_TOILET = "accessible_toilet", "Accessible toilet"
    CHANGING_PLACES = "changing_places", "Changing Places toilet (hoist and changing bench)"
    HEARING_LOOP = "hearing_loop", "Hearing loop"
    DISABLED_PARKING = "disabled_parking", "Disabled parking"
    QUIET_SPACE = "quiet_space", "Quiet or sensory space"
    EASY_READ = "easy_read", "Information in Easy Read or large print"


class EducationSettingType(models.TextChoices):
    EARLY_YEARS = "early_years", "Early years setting or nursery"
    MAINSTREAM_SCHOOL = "mainstream_school", "Mainstream school"
    ACADEMY = "academy", "Academy or free school"
    SPECIAL_SCHOOL = "special_school", "Special school"
    POST_16 = "post_16", "College or sixth form (post-16)"
    INDEPENDENT = "independent", "Approved independent school or specialist college"
    ALTERNATIVE = "alternative", "Pupil referral unit or alternative provision"


class Weekday(models.IntegerChoices):
    MONDAY = 0, "Monday"
    TUESDAY = 1, "Tuesday"
    WEDNESDAY = 2, "Wednesday"
    THURSDAY = 3, "Thursday"
    FRIDAY = 4, "Friday"
    SATURDAY = 5, "Saturday"
    SUNDAY = 6, "Sunday"


WEEKDAY_CODES = [(str(day.value), day.label) for day in Weekday]


class Recurrence(models.TextChoices):
    NONE = "none", "Once (or every day between the dates)"
    DAILY = "daily", "Every day between the dates"
    WEEKLY = "weekly", "On chosen weekdays between the dates"


class LocalOfferTopic(models.TextChoices):
    """What a guide covers, so the statutory coverage report can find it (SEND Regs Schedule 2)."""

    IDENTIFY_ASSESS = "identify_assess", "How special educational needs are identified and assessed"
    EHC_ASSESSMENT = "ehc_assessment", "Requesting an EHC needs assessment"
    EDUCATION = "education", "Education and training provision"
    HEALTH = "health", "Health provision"
    SOCIAL_CARE = "social_care", "Social care provision"
    TRAVEL = "travel", "Travel arrangements"
    TRANSITIONS = "transitions", "Moving between phases of education"
    ADULTHOOD = "adulthood", "Preparing for adulthood"
    IASS = "iass", "Information, advice and support"
    CHILDCARE = "childcare", "Childcare"
    LEISURE = "leisure", "Leisure activities"
    COMPLAINTS = "complaints", "Complaints, mediation and the SEND Tribunal"
    SHORT_BREAKS = "short_breaks", "Short breaks"
    TRAINING = "training", "Apprenticeships, traineeships and supported internships"
