"""The family record's forms: validation and plain-English errors, nothing else."""

from django import forms

from local_offer.services import need_types

from .dates import DateField
from .models import Diagnosis, EhcPlan, Note, PlanException, Professional, Profile, RecordInvitation


def _required(form, name, message):
    form.fields[name].error_messages["required"] = message


class ChildForm(forms.Form):
    first_name = forms.CharField(label="First name", max_length=100)
    last_name = forms.CharField(label="Last name", max_length=100, required=False)
    date_of_birth = DateField(label="Date of birth", what="the date of birth", required=False)
    relationship = forms.CharField(
        label="Your relationship to the child",
        max_length=100,
        required=False,
        help_text="For example, mum, dad, foster carer or grandparent",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "first_name", "Enter your child's first name")


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["liked_and_admired", "important_to_me", "how_to_support_me", "how_i_communicate"]
        widgets = {name: forms.Textarea(attrs={"rows": 5}) for name in fields}
        help_texts = {
            "liked_and_admired": "Their strengths, talents and what makes them who they are.",
            "important_to_me": "People, things, routines and activities that matter to them.",
            "how_to_support_me": "What helps, and what to avoid.",
            "how_i_communicate": (
                "Words, signs, pictures, devices, or how they show they are happy, worried or "
                "in pain."
            ),
        }


def _need_choices():
    return [("", "Not known or none")] + [
        (need.code, f"{need.label} ({need.plain_english})" if need.plain_english else need.label)
        for need in need_types()
    ]


class NeedsForm(forms.Form):
    primary_need = forms.ChoiceField(
        label="Primary need",
        required=False,
        help_text="The main type of need, as the school or council records it.",
    )
    secondary_need = forms.ChoiceField(label="Secondary need", required=False)
    medication = forms.CharField(
        label="Medication",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What they take, how much and when.",
    )
    allergies = forms.CharField(
        label="Allergies", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        choices = _need_choices()
        self.fields["primary_need"].choices = choices
        self.fields["secondary_need"].choices = choices

    def clean(self):
        cleaned = super().clean()
        primary, secondary = cleaned.get("primary_need"), cleaned.get("secondary_need")
        if secondary and not primary:
            self.add_error("primary_need", "Choose the primary need before a secondary need")
        elif secondary and secondary == primary:
            self.add_error("secondary_need", "Choose a secondary need different from the primary")
        return cleaned


class DiagnosisForm(forms.ModelForm):
    diagnosed_on = DateField(
        label="Date of diagnosis", what="the date of diagnosis", required=False
    )

    class Meta:
        model = Diagnosis
        fields = ["name", "diagnosed_on"]
        labels = {"name": "Diagnosis"}
        help_texts = {"name": "In your own words, for example autism or epilepsy."}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "name", "Enter the diagnosis")


class ProfessionalForm(forms.ModelForm):
    class Meta:
        model = Professional
        fields = ["name", "role", "organisation", "contact"]
        labels = {"contact": "How to contact them"}
        help_texts = {
            "role": "For example, speech and language therapist or SENCO.",
            "contact": "A phone number or email address.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "name", "Enter their name")


class PlanForm(forms.ModelForm):
    requested_on = DateField(
        label="Date the council received the request for an assessment",
        what="the date of the request",
        required=False,
    )
    decision = forms.ChoiceField(
        label="Has the council decided whether to assess?",
        required=False,
        widget=forms.RadioSelect,
        choices=[("", "Not yet")] + EhcPlan.Decision.choices,
    )
    decided_on = DateField(label="Date of the decision", what="the date of the decision",
                           required=False)
    draft_issued_on = DateField(label="Date you got the draft plan",
                                what="the date of the draft plan", required=False)
    final_issued_on = DateField(label="Date the final plan was issued",
                                what="the date of the final plan", required=False)
    last_review_on = DateField(label="Date of the last annual review",
                               what="the date of the last review", required=False)

    class Meta:
        model = EhcPlan
        fields = [
            "school_or_setting", "requested_on", "decision", "decided_on", "draft_issued_on",
            "final_issued_on", "last_review_on",
        ]
        labels = {"school_or_setting": "School, college or setting"}

    ORDER = [
        ("requested_on", "the request"),
        ("decided_on", "the decision"),
        ("draft_issued_on", "the draft plan"),
        ("final_issued_on", "the final plan"),
        ("last_review_on", "the final plan"),
    ]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("decided_on") and not cleaned.get("decision"):
            self.add_error("decision", "Choose what the council decided")
        if cleaned.get("decision") == EhcPlan.Decision.NOT_ASSESS and (
            cleaned.get("draft_issued_on") or cleaned.get("final_issued_on")
        ):
            self.add_error(
                "decision", "The council decided not to assess, so there is no draft or final plan"
            )
        # Each step's date comes on or after the one before it.
        previous = None
        for name, what in self.ORDER:
            value = cleaned.get(name)
            if value and previous and value < previous[1]:
                self.add_error(name, f"This date must be the same as or after {previous[0]}")
            if value and name != "last_review_on":
                previous = (what, value)
        return cleaned


class PlanExceptionForm(forms.ModelForm):
    due_on = DateField(label="New date", what="the new date", past_only=False)

    class Meta:
        model = PlanException
        fields = ["step", "due_on", "reason"]
        labels = {"step": "Which step is moved?", "reason": "Reason the council gave"}
        widgets = {"step": forms.RadioSelect, "reason": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "reason": (
                "For example, the school was closed for 4 weeks, or your child was away from "
                "the area for 4 weeks or more."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "step", "Choose which step is moved")
        _required(self, "reason", "Enter the reason the council gave")
        self.fields["step"].choices = PlanException.Step.choices


class NoteForm(forms.ModelForm):
    class Meta:
        model = Note
        fields = ["text"]
        labels = {"text": "Add a note"}
        widgets = {"text": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "text", "Enter your note")


class InviteForm(forms.Form):
    invited_as = forms.ChoiceField(
        label="Who are you inviting?",
        widget=forms.RadioSelect,
        choices=[
            (RecordInvitation.As.CARER, "Another parent or carer"),
            (RecordInvitation.As.YOUNG_PERSON, "The young person themself"),
        ],
        initial=RecordInvitation.As.CARER,
    )
    email = forms.EmailField(label="Their email address")
    relationship = forms.CharField(
        label="Their relationship to the child",
        max_length=100,
        required=False,
        help_text="For example, dad, foster carer or grandparent",
    )

    def __init__(self, *args, young_person_linked=False, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "email", "Enter their email address")
        _required(self, "invited_as", "Choose who you are inviting")
        self.fields["email"].error_messages["invalid"] = (
            "Enter an email address in the correct format, like name@example.com"
        )
        if young_person_linked:
            self.fields["invited_as"].choices = self.fields["invited_as"].choices[:1]


class EndAccessForm(forms.Form):
    """A carer may give a reason; an officer must (a court order, a looked-after child)."""

    OFFICER_REASONS = [
        ("Court order", "A court order"),
        ("Looked-after child", "The child is looked after by the council"),
        ("Other", "Another reason"),
    ]
    reason_kind = forms.ChoiceField(
        label="Why are you ending their access?", widget=forms.RadioSelect, required=False
    )
    reason = forms.CharField(
        label="Reason", required=False, widget=forms.Textarea(attrs={"rows": 3}), max_length=1000
    )

    def __init__(self, *args, officer=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.officer = officer
        if officer:
            self.fields["reason_kind"].choices = self.OFFICER_REASONS
            self.fields["reason_kind"].required = True
            _required(self, "reason_kind", "Choose why you are ending their access")
            self.fields["reason"].label = "Details"
            self.fields["reason"].help_text = "For example, the court and the date of the order."
        else:
            del self.fields["reason_kind"]
            self.fields["reason"].help_text = "The other carers will see this."

    def clean(self):
        cleaned = super().clean()
        if self.officer and cleaned.get("reason_kind") == "Other" and not cleaned.get("reason"):
            self.add_error("reason", "Enter the reason")
        return cleaned

    @property
    def reason_text(self) -> str:
        kind = self.cleaned_data.get("reason_kind") or ""
        details = self.cleaned_data.get("reason", "").strip()
        return ": ".join(part for part in (kind, details) if part)


class FindChildForm(forms.Form):
    """An officer finds a child's record by name and date of birth (from the court order)."""

    first_name = forms.CharField(label="First name", max_length=100)
    last_name = forms.CharField(label="Last name", max_length=100)
    date_of_birth = DateField(label="Date of birth", what="the date of birth")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _required(self, "first_name", "Enter the child's first name")
        _required(self, "last_name", "Enter the child's last name")
