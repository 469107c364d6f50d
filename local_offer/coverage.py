"""The statutory coverage report: item by item, what the Local Offer must publish (SEND
Regulations 2014 Schedule 2, SEND Code of Practice chapter 4, the Short Breaks Services
Statement) and whether the portal covers it, misses it, or covers it with stale pages.

It also finds dead ends (a guide that points to no services, or a service no guide points to)
and listings whose words mention ages their age fields leave out (age_mentions.py reads them).
"""

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from urllib.parse import urlencode

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from .age_mentions import Disagreement, disagreements
from .listing import HIDE_AFTER_MONTHS
from .listing import months_before as months_ago
from .models import (
    EDUCATION_QUESTIONS,
    EducationSettingType,
    GuidePage,
    LocalOfferTopic,
    ServicePage,
    ServiceStatus,
    ShortBreaksStatementPage,
    TaxonomyTerm,
)
from .models.ages_and_costs import age_range_text
from .models.service_page import plain_text
from .notify import edit_url

STALE_AFTER_MONTHS = HIDE_AFTER_MONTHS
SAMPLE_SIZE = 5


class Coverage(StrEnum):
    COVERED = "covered"
    STALE = "stale"
    MISSING = "missing"

    @property
    def label(self) -> str:
        return {"covered": "Covered", "stale": "Stale", "missing": "Missing"}[self.value]


@dataclass(frozen=True)
class StatutoryItem:
    """One thing the Local Offer must contain, and how the portal can show it does."""

    code: str
    title: str
    source: str
    topics: tuple[str, ...] = ()  # a live guide must cover one of these LocalOfferTopic codes
    categories: tuple[str, ...] = ()  # a live service must be in one of these (or below)
    setting_types: tuple[str, ...] = ()  # every one of these needs at least one listing
    needs_statement: bool = False  # the Short Breaks Services Statement page
    needs_education_answers: bool = False  # settings answer the Schedule 2 questions


SCHEDULE_2 = "SEND Regulations 2014, Schedule 2"
CODE_OF_PRACTICE = "SEND Code of Practice 2015, chapter 4"

ITEMS = (
    StatutoryItem(
        "education_by_type",
        "Education and training provision, by type of provider",
        f"{SCHEDULE_2}; {CODE_OF_PRACTICE}",
        topics=(LocalOfferTopic.EDUCATION,),
        setting_types=tuple(EducationSettingType.values),
    ),
    StatutoryItem(
        "education_answers",
        "What each school, college and early years setting does for children with SEND",
        f"{SCHEDULE_2} (the questions for education providers)",
        needs_education_answers=True,
    ),
    StatutoryItem(
        "identify_assess",
        "How special educational needs are identified and assessed",
        SCHEDULE_2,
        topics=(LocalOfferTopic.IDENTIFY_ASSESS, LocalOfferTopic.EHC_ASSESSMENT),
    ),
    StatutoryItem(
        "ehc_assessment",
        "How to request an education, health and care (EHC) needs assessment",
        f"{SCHEDULE_2}; {CODE_OF_PRACTICE}",
        topics=(LocalOfferTopic.EHC_ASSESSMENT,),
    ),
    StatutoryItem(
        "health",
        "Health provision, with eligibility criteria",
        SCHEDULE_2,
        topics=(LocalOfferTopic.HEALTH,),
        categories=("health",),
    ),
    StatutoryItem(
        "social_care",
        "Social care provision, with eligibility criteria",
        SCHEDULE_2,
        topics=(LocalOfferTopic.SOCIAL_CARE,),
        categories=("social-care",),
    ),
    StatutoryItem(
        "other_education",
        "Other educational provision, such as sport and the arts",
        SCHEDULE_2,
        categories=("inclusive-sport", "arts-music-drama"),
    ),
    StatutoryItem(
        "training",
        "Training, apprenticeships, traineeships and supported internships",
        SCHEDULE_2,
        topics=(LocalOfferTopic.TRAINING, LocalOfferTopic.ADULTHOOD),
        categories=("supported-internships", "work-employment"),
    ),
    StatutoryItem(
        "travel",
        "Travel to school, college and services, and help with its cost",
        SCHEDULE_2,
        topics=(LocalOfferTopic.TRAVEL,),
        categories=("travel",),
    ),
    StatutoryItem(
        "transitions",
        "Moving between phases of education",
        SCHEDULE_2,
        topics=(LocalOfferTopic.TRANSITIONS, LocalOfferTopic.ADULTHOOD),
    ),
    StatutoryItem(
        "adulthood",
        "Preparing for adulthood and independent living",
        SCHEDULE_2,
        topics=(LocalOfferTopic.ADULTHOOD,),
        categories=("adulthood", "adult-transition"),
    ),
    StatutoryItem(
        "iass",
        "Information, advice and support (SENDIASS), the parent carer forum and support groups",
        SCHEDULE_2,
        topics=(LocalOfferTopic.IASS,),
        categories=("iass", "parent-carer-forum"),
    ),
    StatutoryItem(
        "childcare",
        "Childcare, including for children with SEND",
        SCHEDULE_2,
        topics=(LocalOfferTopic.CHILDCARE,),
        categories=("childcare",),
    ),
    StatutoryItem(
        "leisure",
        "Leisure activities",
        SCHEDULE_2,
        categories=("leisure",),
    ),
    StatutoryItem(
        "complaints",
        "Complaints, mediation, disagreement resolution and the SEND Tribunal",
        f"{SCHEDULE_2}; {CODE_OF_PRACTICE}",
        topics=(LocalOfferTopic.COMPLAINTS,),
    ),
    StatutoryItem(
        "short_breaks",
        "Short Breaks Services Statement",
        "Breaks for Carers of Disabled Children Regulations 2011",
        needs_statement=True,
        categories=("short-breaks",),
    ),
)


@dataclass(frozen=True)
class Evidence:
    title: str
    url: str
    edit_url: str
    checked: date | None
    stale: bool


@dataclass
class ItemResult:
    item: StatutoryItem
    status: Coverage = Coverage.COVERED
    gaps: list[str] = field(default_factory=list)
    stale_reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    guides: list[Evidence] = field(default_factory=list)
    services: list[Evidence] = field(default_factory=list)
    service_count: int = 0
    search_url: str = ""


def _guide_checked(guide: GuidePage) -> date | None:
    if guide.last_reviewed:
        return guide.last_reviewed
    published = guide.last_published_at or guide.first_published_at
    return timezone.localdate(published) if published else None


def _category_ids(codes) -> set[int]:
    """The chosen categories and everything filed below them."""
    ids = set(TaxonomyTerm.objects.filter(code__in=codes).values_list("pk", flat=True))
    frontier = set(ids)
    while frontier:
        frontier = (
            set(TaxonomyTerm.objects.filter(parent__in=frontier).values_list("pk", flat=True)) - ids
        )
        ids |= frontier
    return ids


def _open_services():
    return ServicePage.objects.live().public().exclude(status=ServiceStatus.CLOSED)


def _evaluate(item: StatutoryItem, today: date) -> ItemResult:
    result = ItemResult(item)
    stale_before = months_ago(today, STALE_AFTER_MONTHS)

    if item.topics:
        topic_filter = Q()
        for topic in item.topics:
            # local_offer_topics is a JSON list of codes; a quoted substring match works on
            # SQLite and PostgreSQL alike, and codes never contain quotes.
            topic_filter |= Q(local_offer_topics__icontains=f'"{topic}"')
        for guide in GuidePage.objects.live().public().filter(topic_filter).order_by("title"):
            checked = _guide_checked(guide)
            result.guides.append(
                Evidence(
                    guide.title,
                    guide.url or "",
                    edit_url(guide, full=False),
                    checked,
                    checked is None or checked <= stale_before,
                )
            )
        labels = " or ".join(LocalOfferTopic(topic).label.lower() for topic in item.topics)
        if not result.guides:
            result.gaps.append(f"No published guide covers {labels}.")
        elif all(evidence.stale for evidence in result.guides):
            result.stale_reasons.append(
                f"Every guide on this was last checked over {STALE_AFTER_MONTHS} months ago."
            )

    if item.categories:
        services = _open_services().filter(categories__in=_category_ids(item.categories)).distinct()
        result.service_count = services.count()
        result.search_url = (
            reverse("search:search")
            + "?"
            + urlencode([("category", code) for code in item.categories])
        )
        for service in services.order_by("-last_reviewed", "title")[:SAMPLE_SIZE]:
            result.services.append(_service_evidence(service, stale_before))
        labels = ", ".join(
            TaxonomyTerm.objects.filter(code__in=item.categories).values_list("label", flat=True)
        ) or ", ".join(item.categories)
        if not result.service_count:
            result.gaps.append(f"No open services are listed under {labels}.")
        elif not services.filter(last_reviewed__gt=stale_before).exists():
            result.stale_reasons.append(
                f"No service under {labels} has been checked "
                f"in the last {STALE_AFTER_MONTHS} months."
            )

    if item.setting_types:
        listed = set(
            _open_services()
            .filter(education_setting_type__in=item.setting_types)
            .values_list("education_setting_type", flat=True)
        )
        for code in item.setting_types:
            if code not in listed:
                result.gaps.append(f"No listing for: {EducationSettingType(code).label.lower()}.")
        settings_qs = _open_services().filter(education_setting_type__in=item.setting_types)
        result.service_count = settings_qs.count()
        for service in settings_qs.order_by("-last_reviewed", "title")[:SAMPLE_SIZE]:
            result.services.append(_service_evidence(service, stale_before))

    if item.needs_education_answers:
        _education_answers(result, stale_before)

    if item.needs_statement:
        _short_breaks_statement(result, today)

    if result.gaps:
        result.status = Coverage.MISSING
    elif result.stale_reasons:
        result.status = Coverage.STALE
    return result


def _service_evidence(service: ServicePage, stale_before: date) -> Evidence:
    checked = service.last_reviewed
    return Evidence(
        service.title,
        service.url or "",
        edit_url(service, full=False),
        checked,
        checked is None or checked <= stale_before,
    )


def _education_answers(result: ItemResult, stale_before: date) -> None:
    settings_qs = _open_services().exclude(education_setting_type="")
    total = settings_qs.count()
    result.service_count = total
    if not total:
        result.gaps.append("No school, college or early years setting is listed.")
        return
    unanswered = Q()
    for name, _question in EDUCATION_QUESTIONS:
        unanswered |= Q(**{name: ""})
    incomplete = settings_qs.filter(unanswered)
    missing = incomplete.count()
    if missing == total:
        result.gaps.append("No education setting has answered all the Local Offer questions.")
    elif missing:
        result.notes.append(
            f"{missing} of {total} education settings have not answered every question."
        )
    # Examples are the settings still to answer, or (when all have) some that did.
    examples = incomplete if missing else settings_qs
    for service in examples.order_by("title")[:SAMPLE_SIZE]:
        result.services.append(_service_evidence(service, stale_before))
    if not settings_qs.filter(last_reviewed__gt=stale_before).exists():
        result.stale_reasons.append(
            f"No education setting has been checked in the last {STALE_AFTER_MONTHS} months."
        )


def _short_breaks_statement(result: ItemResult, today: date) -> None:
    statement = ShortBreaksStatementPage.objects.live().public().first()
    if statement is None:
        result.gaps.append("There is no published Short Breaks Services Statement.")
        return
    stale = statement.review_date <= months_ago(today, STALE_AFTER_MONTHS) or bool(
        statement.next_review_date and statement.next_review_date < today
    )
    result.guides.append(
        Evidence(
            statement.title,
            statement.url or "",
            edit_url(statement, full=False),
            statement.review_date,
            stale,
        )
    )
    if stale:
        due = statement.next_review_date or statement.review_date
        result.stale_reasons.append(f"The statement was due for review by {due:%-d %B %Y}.")


@dataclass
class CoverageReport:
    items: list[ItemResult]
    age_mismatches: list["AgeMismatch"] = field(default_factory=list)

    def count(self, status: Coverage) -> int:
        return sum(1 for result in self.items if result.status == status)

    @property
    def counts(self) -> list[tuple[Coverage, int]]:
        return [(status, self.count(status)) for status in Coverage]

    @property
    def percent_covered(self) -> int:
        return round(100 * self.count(Coverage.COVERED) / len(self.items)) if self.items else 0


def coverage_report(today: date | None = None) -> CoverageReport:
    today = today or timezone.localdate()
    return CoverageReport([_evaluate(item, today) for item in ITEMS], age_mismatches())


# --- no dead ends ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadEnds:
    guides_without_services: list[GuidePage]
    services_without_guides: list[ServicePage]

    @property
    def none(self) -> bool:
        return not (self.guides_without_services or self.services_without_guides)


def dead_ends(limit: int | None = None) -> DeadEnds:
    """Pages a family could reach and then find nowhere to go next."""
    guides = list(GuidePage.objects.live().public().order_by("title"))
    lonely_guides = [guide for guide in guides if not guide.related_services(limit=1)]
    guide_ids = [guide.pk for guide in guides]
    linked_categories = TaxonomyTerm.objects.filter(guides__in=guide_ids).values("pk")
    lonely_services = (
        _open_services()
        .exclude(categories__in=linked_categories)
        .exclude(guide_links__page__in=guide_ids)
        .distinct()
        .order_by("title")
    )
    return DeadEnds(
        lonely_guides[:limit] if limit else lonely_guides,
        list(lonely_services[:limit] if limit else lonely_services),
    )


# --- ages the words and the fields disagree on ------------------------------------------------


@dataclass(frozen=True)
class AgeMismatch:
    title: str
    url: str
    edit_url: str
    ages: str  # what the age fields say, as the listing shows it
    problems: list[str]


def _problem(finding) -> str:
    ages = age_range_text(finding.youngest, finding.oldest).lower()
    said = f"\u201c{finding.phrase}\u201d ({ages})"
    if finding.kind == Disagreement.FIELDS_WIDER_THAN_WORDS:
        return f"The title or summary says {said}, but the age fields also let in other ages."
    return f"The words say {said}, but the age fields leave out some of those ages."


def age_mismatches() -> list[AgeMismatch]:
    """Open listings whose words mention ages their age fields leave out, or whose title or
    summary names an age group the fields go beyond. Search reads the fields, so a family
    whose child's age the words promise may never see the listing."""
    found = []
    for service in _open_services().order_by("title"):
        who_for = f"{service.title}.\n{service.summary}"
        other = "\n".join(
            (plain_text(service.description), service.eligibility, service.referral_details)
        )
        findings = disagreements(who_for, other, service.min_age_months, service.max_age_months)
        if findings:
            found.append(
                AgeMismatch(
                    service.title,
                    service.url or "",
                    edit_url(service, full=False),
                    service.age_range,
                    [_problem(finding) for finding in findings],
                )
            )
    return found
