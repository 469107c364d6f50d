"""The share and change forms: who, which parts, what they may do, why, and for how long.
Errors are plain English and name the box to fix; nothing typed is lost on an error."""

from datetime import date, datetime, time, timedelta

from django import forms
from django.utils import timezone

from portal.accounts.models import Organisation, User
from portal.accounts.roles import requires_mfa
from portal.family.dates import DateField
from portal.family.policy import Action, Section

from .models import GRANTABLE, SECTION_WORDS

SECTION_CHOICES = [
    (Section.PROFILE.value, "One-page profile"),
    (Section.NEEDS.value, "Needs"),
    (Section.EHC_PLAN.value, "School and EHC plan"),
    (Section.GOALS.value, "Goals"),
    (Section.DOCUMENTS.value, "Documents"),
    (Section.BUDGET.value, "Personal budget"),
]
assert {value for value, _ in SECTION_CHOICES} == {s.value for s in GRANTABLE}
ACTION_CHOICES = [
    (Action.ADD.value, "Add ratings and comments to goals"),
    (Action.CHANGE.value, "Upload documents"),
    (f"{Section.BUDGET.value}:{Action.CHANGE.value}",
     "Review spends from the personal budget: approve them, ask about them, or say no"),
]
# The section each further action is for, and what it is there: the grant is told
# "section:action" so an upload never also allows a review (grants.permissions_for).
ACTION_PAIRS = {
    Action.ADD.value: (Section.GOALS.value, Action.ADD.value),
    Action.CHANGE.value: (Section.DOCUMENTS.value, Action.CHANGE.value),
    f"{Section.BUDGET.value}:{Action.CHANGE.value}": (Section.BUDGET.value, Action.CHANGE.value),
}
WHO_CHOICES = [("person", "A named person"), ("organisation", "Everyone in an organisation")]


def start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def end_of(day: date) -> datetime:
    """A grant "until 2 December 2027" works to the last moment of that day."""
    return start_of(day + timedelta(days=1))


def twelve_months_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1) - timedelta(days=1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class ScopeFields(forms.Form):
    """Which parts of the record, what may be done there, and until when."""

    sections = forms.MultipleChoiceField(
        label="What they can see", choices=SECTION_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one part of the record to share"},
    )
    actions = forms.MultipleChoiceField(
        label="What else they can do (optional)", choices=ACTION_CHOICES, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Seeing is always included. Ratings need goals ticked above; uploads need "
        "documents; reviewing spends needs the personal budget.",
    )

    def clean(self):
        data = super().clean()
        sections, actions = set(data.get("sections") or ()), set(data.get("actions") or ())
        if Action.ADD.value in actions and Section.GOALS.value not in sections:
            self.add_error("actions", "To let them add ratings and comments, tick goals too")
        if Action.CHANGE.value in actions and Section.DOCUMENTS.value not in sections:
            self.add_error("actions", "To let them upload documents, tick documents too")
        if ACTION_CHOICES[2][0] in actions and Section.BUDGET.value not in sections:
            self.add_error("actions", "To let them review spends, tick personal budget too")
        return data

    def chosen_actions(self) -> list[str]:
        """The further actions, each for its own section only: "section:action" where more
        than one section has that action (uploads and reviewing spends are both changes)."""
        chosen = []
        for value in self.cleaned_data.get("actions") or ():
            section, action = ACTION_PAIRS[value]
            in_sections = [s for s, actions in GRANTABLE.items() if action in actions]
            chosen.append(action if len(in_sections) == 1 else f"{section}:{action}")
        return chosen


class ShareForm(ScopeFields):
    who = forms.ChoiceField(
        label="Who do you want to share with?", choices=WHO_CHOICES, widget=forms.RadioSelect,
        error_messages={"required": "Choose a named person or everyone in an organisation"},
    )
    email = forms.EmailField(
        label="Their email address", required=False,
        help_text="For a named person: the address they sign in to this site with.",
        error_messages={"invalid": "Enter an email address like name@example.org"},
    )
    organisation = forms.ModelChoiceField(
        label="Organisation", required=False, queryset=Organisation.objects.none(),
        empty_label="Choose an organisation",
    )
    purpose = forms.CharField(
        label="Why are you sharing?", max_length=200,
        help_text="For example: annual review at Riverside Primary.",
        error_messages={"required": "Enter why you are sharing, such as the meeting it is for",
                        "max_length": "Why you are sharing must be 200 characters or fewer"},
    )
    starts_on = DateField(label="Start date", what="the start date", past_only=False)
    ends_on = DateField(
        label="End date", what="the end date", past_only=False,
        help_text="Sharing stops at the end of this day. It is 12 months from the start unless "
        "you change it.",
    )

    field_order = ["who", "email", "organisation", "sections", "actions", "purpose",
                   "starts_on", "ends_on"]

    def __init__(self, *args, today=None, **kwargs):
        today = today or timezone.localdate()
        kwargs.setdefault("initial", {"starts_on": today, "ends_on": twelve_months_on(today)})
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["organisation"].queryset = Organisation.objects.order_by("name")

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        data = super().clean()
        who = data.get("who")
        if who == "person":
            data["grantee_user"] = self._person(data.get("email"))
        elif who == "organisation" and not data.get("organisation"):
            self.add_error("organisation", "Choose the organisation to share with")
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and starts < self.today:
            self.add_error("starts_on", "The start date must be today or in the future")
        if starts and ends and ends < starts:
            self.add_error("ends_on", "The end date must be the same as or after the start date")
        if starts and ends and ends > starts + timedelta(days=3 * 366):
            self.add_error("ends_on", "The end date must be within 3 years of the start date")
        return data

    invite_email = ""  # set when the person has no account yet

    def _person(self, email):
        if not email:
            if "email" not in self.errors:
                self.add_error("email", "Enter the email address of the person to share with")
            return None
        user = User.objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            # No account yet: they are invited by email (professional_invitations.py).
            self.invite_email = email
            return None
        if not requires_mfa(user):
            self.add_error(
                "email", "That account is not a professional's account, so it cannot be "
                "shared with. Professionals sign in with a security code",
            )
            return None
        return user

    def grant_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "grantee_user": data.get("grantee_user") if data["who"] == "person" else None,
            "grantee_organisation": data["organisation"] if data["who"] == "organisation"
            else None,
            "sections": data["sections"],
            "actions": self.chosen_actions(),
            "purpose": data["purpose"],
            "starts_at": max(start_of(data["starts_on"]), timezone.now()),
            "ends_at": end_of(data["ends_on"]),
        }


class ChangeForm(ScopeFields):
    ends_on = DateField(label="End date", what="the end date", past_only=False,
                        help_text="Sharing stops at the end of this day.")

    def __init__(self, *args, grant, **kwargs):
        pairs = grant.permission_pairs()
        kwargs.setdefault("initial", {
            "sections": [s.value for s in grant.sections()],
            "actions": sorted(value for value, pair in ACTION_PAIRS.items() if pair in pairs),
            "ends_on": grant.last_day,
        })
        super().__init__(*args, **kwargs)
        self.grant = grant

    def clean_ends_on(self):
        ends = self.cleaned_data["ends_on"]
        if ends is not None and end_of(ends) <= max(self.grant.starts_at, timezone.now()):
            raise forms.ValidationError("The end date must be today or later. To stop "
                                        "sharing now, stop sharing instead")
        if ends is not None and ends > self.grant.first_day + timedelta(days=3 * 366):
            raise forms.ValidationError("The end date must be within 3 years of the start date")
        return ends


def section_words(section) -> str:
    return SECTION_WORDS.get(section, str(section))
