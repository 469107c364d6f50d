"""The Local Offer's models: vocabularies, providers and the page types families see."""

from .choices import (  # noqa: F401
    CostType,
    CostUnit,
    Delivery,
    EducationSettingType,
    LocalOfferTopic,
    PremisesAccess,
    Recurrence,
    Referral,
    ServiceStatus,
    Weekday,
)
from .events import EventIndexPage, EventPage  # noqa: F401
from .guides import GuidePage, GuideRelatedService, ShortBreaksStatementPage  # noqa: F401
from .providers import Provider, ProviderContact  # noqa: F401
from .review import FreshnessReminder, ProblemReport  # noqa: F401
from .service_page import (  # noqa: F401
    EDUCATION_QUESTIONS,
    LocalOfferPage,
    ServiceContact,
    ServiceIndexPage,
    ServiceLocation,
    ServiceOpeningTime,
    ServicePage,
)
from .taxonomy import BroadArea, Need, Taxonomy, TaxonomyTerm  # noqa: F401
