"""The parts of a child's record and what may be done in each: the words every access question
uses. Kept apart from policy.py so that modules policy.py itself relies on (handover, the
record's events) can name a section without importing the policy."""

from enum import StrEnum


class Section(StrEnum):
    PROFILE = "profile"
    NEEDS = "needs"
    EHC_PLAN = "ehc_plan"
    GOALS = "goals"
    DOCUMENTS = "documents"
    SAVED_SERVICES = "saved_services"
    NOTES = "notes"
    CARERS = "carers"
    BUDGET = "budget"
    # The record's front page: the list of sections someone may open. Anyone who may see any
    # section may see it (sharing's policy decides that for people outside the family).
    RECORD = "record"


# What a family may share; saved services, notes and carers stay within the family.
GRANTABLE_SECTIONS = (
    Section.PROFILE, Section.NEEDS, Section.EHC_PLAN, Section.GOALS, Section.DOCUMENTS,
    Section.BUDGET,
)


class Action(StrEnum):
    VIEW = "view"
    ADD = "add"  # add ratings, comments, notes
    CHANGE = "change"  # edit, upload, archive
    MANAGE = "manage"  # carers, delete-like acts
