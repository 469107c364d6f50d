"""Forms of the Young Commissioners' pages: scoring a service, sending a recommendation,
moving one on (officers), and a member's choice about their name."""

from django import forms

from portal.accounts.models import User
from portal.accounts.roles import Role

from .models import MAX_TEXT, Recommendation

SCORE_CHOICES = [(5, "5, really good"), (4, "4"), (3, "3"), (2, "2"), (1, "1, really bad")]


class ScoreForm(forms.Form):
    """One 1 to 5 score and an optional comment for each of the group's criteria."""

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=f"{criterion.text}: your score", coerce=int, widget=forms.RadioSelect,
                choices=SCORE_CHOICES,
                error_messages={"required": f"Choose a score for \u201c{criterion.text}\u201d"},
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=f"{criterion.text}: why? (optional)", required=False, max_length=MAX_TEXT,
                widget=forms.Textarea(attrs={"rows": 2}),
                error_messages={"max_length": f"Comments must be {MAX_TEXT:,} characters or fewer"},
            )

    def answers(self):
        return {
            c: (self.cleaned_data[f"score_{c.pk}"], self.cleaned_data[f"comment_{c.pk}"])
            for c in self.criteria
        }

    def pairs(self):
        return [(c, self[f"score_{c.pk}"], self[f"comment_{c.pk}"]) for c in self.criteria]


class RecommendationForm(forms.Form):
    """Which project it is for is asked only when the group has more than one."""

    project = forms.ChoiceField(
        label="Which project is it about?", widget=forms.RadioSelect, required=False,
        error_messages={"invalid_choice": "Choose one of the group's projects"},
    )
    title = forms.CharField(
        label="What should change? (a short title)", max_length=200,
        error_messages={"required": "Enter a short title"},
    )
    text = forms.CharField(
        label="Tell the commissioners what you recommend and why", max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter your recommendation",
                        "max_length": f"Keep it to {MAX_TEXT:,} characters or fewer"},
    )

    def __init__(self, *args, projects=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.projects = list(projects)
        if len(self.projects) > 1:
            field = self.fields["project"]
            field.required = True
            field.choices = [(str(p.pk), p.title) for p in self.projects]
            field.error_messages["required"] = "Choose which project it is about"
        else:
            del self.fields["project"]

    def chosen_project(self):
        if len(self.projects) == 1:
            return self.projects[0]
        chosen = self.cleaned_data.get("project")
        return next((p for p in self.projects if str(p.pk) == chosen), None)


class MoveForm(forms.Form):
    status = forms.ChoiceField(
        label="Where is it now?", widget=forms.RadioSelect, choices=Recommendation.Status.choices,
    )
    progress = forms.IntegerField(
        label="How much is done (0 to 100 per cent)", min_value=0, max_value=100,
        error_messages={"required": "Enter how much is done, from 0 to 100",
                        "min_value": "Progress must be 0 or more",
                        "max_value": "Progress must be 100 or less",
                        "invalid": "Enter progress as a whole number, from 0 to 100"},
    )
    owner = forms.ModelChoiceField(
        label="Who owns it", required=False,
        queryset=User.objects.filter(groups__name=str(Role.OFFICER)).order_by("email"),
    )
    reason = forms.CharField(
        label="Reasons (needed when it is not accepted)", required=False, max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("status") == Recommendation.Status.NOT_ACCEPTED
                and not cleaned.get("reason", "").strip()):
            self.add_error("reason", "Give the reasons it is not accepted")
        return cleaned


class NameChoiceForm(forms.Form):
    name_shown_outside = forms.BooleanField(
        label="Show my name to people outside my group (for example on the council's pages)",
        required=False,
    )
