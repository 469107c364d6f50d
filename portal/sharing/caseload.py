"""A professional's caseload: the children shared with them (by name or through their
organisation), what each grant allows, when it ends, and links to exactly those parts."""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse

from portal.family.policy import Section

from .models import GRANTABLE, GrantPermission
from .policy import active_grants_for

# Where each shared part of a record lives (an app not installed is left out).
SECTION_PAGES = {
    Section.PROFILE: ("One-page profile", "family:profile"),
    Section.NEEDS: ("Needs", "family:needs"),
    Section.EHC_PLAN: ("School and EHC plan", "family:plan"),
    Section.GOALS: ("Goals", "family_goals:goals"),
    Section.DOCUMENTS: ("Documents", "family_documents:list"),
    Section.BUDGET: ("Personal budget", "budgets:budget"),
}


@dataclass(frozen=True)
class SectionLink:
    title: str
    url: str


@dataclass
class CaseloadEntry:
    child: object
    grants: list = field(default_factory=list)
    links: list[SectionLink] = field(default_factory=list)


def section_links(child, sections) -> list[SectionLink]:
    links = []
    for section in GRANTABLE:
        if section not in sections:
            continue
        title, url_name = SECTION_PAGES[section]
        try:
            links.append(SectionLink(title, reverse(url_name, kwargs={"child_id": child.pk})))
        except NoReverseMatch:
            continue
    return links


def caseload_for(user) -> list[CaseloadEntry]:
    """One entry per child, in name order; two queries however many children and grants."""
    grants = active_grants_for(user).prefetch_related(
        Prefetch("permissions", queryset=GrantPermission.objects.all())
    ).order_by("child__first_name", "child__last_name", "child_id", "ends_at")
    entries: dict = {}
    for grant in grants:
        entry = entries.setdefault(grant.child_id, CaseloadEntry(grant.child))
        entry.grants.append(grant)
    for entry in entries.values():
        sections = set()
        for grant in entry.grants:
            sections |= set(grant.sections())
        entry.links = section_links(entry.child, sections)
    return list(entries.values())


def grant_count(user) -> int:
    return active_grants_for(user).values("child_id").distinct().count()


