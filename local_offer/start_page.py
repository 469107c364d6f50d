"""What the Local Offer adds to a signed-in person's start page (portal/accounts/views.py
`start`): for families, ways into search; for officers, what is waiting for them, counted by
the same queries the admin reports use.

apps.py registers `panels` as Wagtail's "portal_start_page_panels" hook, so the accounts app
asks for panels without importing this app. A panel is a heading, an optional sentence, and
links, each with an optional count.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from wagtail.models import TaskState

from .coverage import age_mismatches
from .freshness_report import report_counts
from .freshness_states import Freshness
from .listing import MONTHS, listed_q
from .models import ProblemReport, ServicePage, ShortBreaksStatementPage, TaxonomyTerm
from .reports import OPEN_STATUSES
from .vocabularies import RIVERSIDE_CODE

CATEGORY_LINKS = 6
SHORT_BREAKS = "short-breaks"
# The admin list of problem reports (the SnippetViewSet in wagtail_hooks.py keeps Wagtail's
# URL names).
PROBLEM_REPORTS_URL = "wagtailsnippets_local_offer_problemreport:list"


@dataclass(frozen=True)
class Link:
    text: str
    url: str
    count: int | None = None


@dataclass(frozen=True)
class Panel:
    heading: str
    links: list[Link] = field(default_factory=list)
    text: str = ""


def panels(request, audience: str) -> list[Panel]:
    """The start page asks with audience "family" or "officer"."""
    if audience == "officer":
        return [_waiting_for_officers(request.user)]
    if audience == "family":
        return [panel for panel in (_busiest_categories(), _short_breaks()) if panel]
    return []


def _search_url(category: str) -> str:
    return f"{reverse('search:search')}?{urlencode({'category': category})}"


def _busiest_categories() -> Panel | None:
    """The council's own categories with the most listings families can find today (short
    breaks have a panel of their own). Counts are not shown: search hides some listings (closed
    or not checked for a long time), and two different numbers for one thing confuse."""
    listed = ServicePage.objects.live().public().filter(listed_q(timezone.localdate()))
    terms = (
        TaxonomyTerm.objects.filter(taxonomy__code=RIVERSIDE_CODE, parent__isnull=False)
        .exclude(Q(code=SHORT_BREAKS) | Q(parent__code=SHORT_BREAKS))
        .annotate(listings=Count("services", filter=Q(services__in=listed), distinct=True))
        .filter(listings__gt=0)
        .order_by("-listings", "sort_order")[:CATEGORY_LINKS]
    )
    links = [Link(term.label, _search_url(term.code)) for term in terms]
    return Panel("Categories with the most services", links) if links else None


def _short_breaks() -> Panel:
    links = [Link("Find short breaks", _search_url(SHORT_BREAKS))]
    statement = ShortBreaksStatementPage.objects.live().public().first()
    if statement is not None and statement.url:
        links.append(Link("Read the short breaks services statement", statement.url))
    return Panel(
        "Short breaks",
        links,
        "Short breaks give disabled children and young people time to have fun and make "
        "friends, and give their parents and carers a rest.",
    )


def _waiting_for_officers(user) -> Panel:
    today = timezone.localdate()
    freshness = {row.state: row.count for row in report_counts(today)}
    freshness_url = reverse("local_offer_freshness_report")
    links = [
        Link(
            "Changes waiting for your review",
            reverse("wagtailadmin_home"),
            TaskState.objects.reviewable_by(user).count(),
        ),
        Link(
            "Open problem reports from the public",
            reverse(PROBLEM_REPORTS_URL),
            ProblemReport.objects.filter(status__in=OPEN_STATUSES).count(),
        ),
    ]
    links += [
        Link(
            f"Listings not checked for over {MONTHS.notice} months",
            f"{freshness_url}?{urlencode({'state': Freshness.FLAGGED.value})}",
            freshness[Freshness.FLAGGED],
        ),
        Link(
            f"Listings hidden from search: not checked for over {MONTHS.hide} months",
            f"{freshness_url}?{urlencode({'state': Freshness.HIDDEN.value})}",
            freshness[Freshness.HIDDEN],
        ),
    ]
    links.append(
        Link(
            "Listings whose words and age fields disagree",
            reverse("local_offer_coverage_report") + "#age-mismatches",
            len(age_mismatches()),
        )
    )
    return Panel("Local Offer listings", links)
