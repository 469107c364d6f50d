"""An officer's record of a capacity decision (Mental Capacity Act 2005) or of its review."""

from django import forms
from django.utils import timezone

from portal.accounts.models import User
from portal.family.dates import DateField
from portal.family.models import CapacityDecision

LACKS, HAS = "lacks", "has"


class CapacityDecisionForm(forms.Form):
    outcome = forms.ChoiceField(
        label="What was decided?",
        widget=forms.RadioSelect,
        choices=[
            (LACKS, "The young person lacks capacity to decide who sees their record"),
            (HAS, "The young person can decide for themself (this reverses an earlier "
                  "decision)"),
        ],
        error_messages={"required": "Choose what was decided"},
    )
    decided_on = DateField(label="Date of the decision", what="the date of the decision",
                           past_only=False)
    representative_email = forms.EmailField(
        label="Email address of the person who will act for them",
        required=False,
        help_text="A parent, or a deputy appointed by the Court of Protection. They need an "
        "account on this site.",
        error_messages={"invalid": "Enter an email address like name@example.org"},
    )
    representative_kind = forms.ChoiceField(
        label="Who are they?",
        widget=forms.RadioSelect,
        choices=CapacityDecision.Representative.choices,
        required=False,
    )
    reference = forms.CharField(
        label="Reference (optional)",
        max_length=200,
        required=False,
        help_text="Where the decision is written down, such as a case number. Do not write "
        "the assessment here.",
    )

    def clean_decided_on(self):
        decided_on = self.cleaned_data["decided_on"]
        if decided_on and decided_on > timezone.localdate():
            raise forms.ValidationError("The date of the decision must be today or in the past")
        return decided_on

    def clean(self):
        data = super().clean()
        if data.get("outcome") != LACKS:
            data["representative"] = None
            return data
        email = (data.get("representative_email") or "").strip()
        if not email:
            if "representative_email" not in self.errors:
                self.add_error("representative_email",
                               "Enter the email address of the person who will act for them")
            return data
        person = User.objects.filter(email__iexact=email, is_active=True).first()
        if person is None:
            self.add_error(
                "representative_email",
                "There is no account with that email address. Ask them to create one first",
            )
        data["representative"] = person
        if not data.get("representative_kind"):
            self.add_error("representative_kind", "Choose a parent or a deputy")
        return data
