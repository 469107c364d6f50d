"""The sections a record page lists, each linked if the person may see it. The goals,
documents and saved-services pages belong to other apps and are linked by URL name only, so
this app never imports them; a section whose app is not installed is left out."""

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse

from . import policy
from .ehc_timeline import PlanTimeline
from .models import Child
from .policy import Action, Section


@dataclass(frozen=True)
class RecordSection:
    title: str
    url: str
    text: str
    warning: str = ""


# (section, title, URL name, what it holds)
SECTIONS = [
    (Section.PROFILE, "One-page profile", "family:profile",
     "What people like about them, what matters to them and how best to support them"),
    (Section.NEEDS, "Needs", "family:needs",
     "Types of need, diagnoses, medication, allergies and the professionals involved"),
    (Section.EHC_PLAN, "School and EHC plan", "family:plan",
     "Their school or setting and where the education, health and care plan has got to"),
    (Section.GOALS, "Goals", "family_goals:goals", "Goals and how they are going over time"),
    (Section.DOCUMENTS, "Documents", "family_documents:list", "Reports, plans and letters"),
    (Section.SAVED_SERVICES, "Saved services", "family_goals:saved_services",
     "Services from the Local Offer you have saved"),
    (Section.BUDGET, "Personal budget", "budgets:budget", "What the money is for and what is left"),
    (Section.NOTES, "Notes", "family:notes", "Notes from you and the other carers"),
    (Section.CARERS, "Carers", "family:carers", "Who can see and change this record"),
]


def sections_for(user, child: Child, plan: PlanTimeline | None) -> list[RecordSection]:
    found = []
    for section, title, url_name, text in SECTIONS:
        if not policy.may(user, child, section, Action.VIEW):
            continue
        try:
            url = reverse(url_name, kwargs={"child_id": child.pk})
        except NoReverseMatch:
            continue
        warning = ""
        if section == Section.EHC_PLAN and plan is not None:
            text = plan.next or plan.where
            warning = "Overdue" if plan.overdue else ""
        found.append(RecordSection(title, url, text, warning))
    return found
