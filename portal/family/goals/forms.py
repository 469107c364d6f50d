"""The goal, rating, status and saved-service forms, with errors in plain English. A form that
fails changes nothing: the views save only what a valid form gives them."""

from django import forms
from django.utils import timezone

from ..dates import DateField
from . import scales
from .goal_records import GoalWords
from .models import GAS_WORD_FIELDS, AdulthoodArea, Goal, GoalStatus
from .scales import Scale

NUMBER = {"inputmode": "numeric", "class": "govuk-input govuk-input--width-2"}
GAS_WORD_LABELS = {
    "minus_2": "-2: where things are now",
    "minus_1": "-1: some progress",
    "expected": "0: the outcome you expect",
    "plus_1": "+1: better than expected",
    "plus_2": "+2: much better than expected",
}


def _score(label: str, what: str, required=True) -> forms.IntegerField:
    message = f"Enter {what} as a whole number from {scales.COPM_LOWEST} to {scales.COPM_HIGHEST}"
    return forms.IntegerField(
        label=label,
        required=required,
        min_value=scales.COPM_LOWEST,
        max_value=scales.COPM_HIGHEST,
        widget=forms.TextInput(attrs=NUMBER),
        error_messages={
            "required": message, "invalid": message, "min_value": message, "max_value": message,
        },
    )


class GoalWordingForm(forms.Form):
    wording = forms.CharField(
        label="What is the goal?",
        help_text="In your own words, for example “Get dressed for school on my own”.",
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter what the goal is"},
    )
    adulthood_area = forms.ChoiceField(
        label="Preparing for Adulthood area (optional)",
        choices=[("", "None")] + AdulthoodArea.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    ehc_outcome = forms.CharField(
        label="EHC plan outcome it works towards",
        help_text="Copy the outcome from the education, health and care plan if there is one.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class GoalForm(GoalWordingForm):
    scale = forms.ChoiceField(
        label="How will you rate it?",
        choices=Scale.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how you will rate the goal"},
    )
    importance = _score("How important is this goal? (1 to 10)", "how important the goal is")
    importance.help_text = "Only for scores out of 10. 10 is the most important."

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in GAS_WORD_FIELDS:
            level = GAS_WORD_LABELS[name].split(":")[0]
            self.fields[f"gas_{name}"] = forms.CharField(
                label=GAS_WORD_LABELS[name], max_length=500,
                widget=forms.TextInput(attrs={"class": "govuk-input"}),
                error_messages={"required": f"Describe level {level} in your own words"},
            )
        # Each scale's details are needed only for that scale. Unposted, both show as needed
        # (no "optional" on labels the family must fill for the scale they choose).
        if self.is_bound:
            scale = self.data.get("scale")
            self.fields["importance"].required = scale == Scale.COPM
            for name in GAS_WORD_FIELDS:
                self.fields[f"gas_{name}"].required = scale == Scale.GAS

    def gas_fields(self):
        return [self[f"gas_{name}"] for name in GAS_WORD_FIELDS]

    def goal_words(self) -> GoalWords:
        data = self.cleaned_data
        scale = data["scale"]
        return GoalWords(
            wording=data["wording"],
            scale=scale,
            adulthood_area=data["adulthood_area"],
            ehc_outcome=data["ehc_outcome"],
            importance=data["importance"] if scale == Scale.COPM else None,
            gas_words=tuple(data[f"gas_{name}"] for name in GAS_WORD_FIELDS)
            if scale == Scale.GAS else (),
        )


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label="What is the goal's status now?",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the goal's new status"},
    )
    reason = forms.CharField(
        label="Why", required=False, max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, goal: Goal, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (value, label) for value, label in GoalStatus.choices if value != goal.status
        ]
        self.fields["status"].error_messages["invalid_choice"] = (
            "Choose a status the goal does not already have"
        )


class RatingForm(forms.Form):
    # Future dates are checked in clean_rated_on against the form's `today`, so a test (or a
    # family in another time zone) gets the same answer as the page.
    rated_on = DateField(
        label="Date of the rating", what="the date of the rating", past_only=False,
        help_text="It cannot be in the future.",
    )
    comment = forms.CharField(
        label="Comment", required=False, max_length=4000,
        help_text="What went well, what was hard, what helped.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, goal: Goal, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.goal = goal
        self.today = today or timezone.localdate()
        self.fields["rated_on"].initial = self.today
        if goal.scale == Scale.COPM:
            self.fields["performance"] = _score(
                "Performance: how well does it go? (1 to 10)", "how well it goes")
            self.fields["satisfaction"] = _score(
                "Satisfaction: how happy are you with how it goes? (1 to 10)", "how happy you are")
        else:
            words = goal.gas_words
            self.fields["level"] = forms.TypedChoiceField(
                label="Which level best describes things now?",
                coerce=int,
                choices=[(level, f"{scales.gas_number(level)}: {words[level]}")
                         for level in scales.GAS_LEVELS],
                widget=forms.RadioSelect,
                error_messages={"required": "Choose the level that best describes things now",
                                "invalid_choice": "Choose one of the five levels"},
            )
        self.order_fields(["rated_on", "performance", "satisfaction", "level", "comment"])

    def clean_rated_on(self):
        rated_on = self.cleaned_data["rated_on"]
        if rated_on > self.today:
            raise forms.ValidationError("Date of the rating must be today or in the past")
        return rated_on

    def values(self) -> dict:
        return {key: self.cleaned_data.get(key) for key in ("performance", "satisfaction", "level")}


class SaveServiceForm(forms.Form):
    child = forms.ChoiceField(
        label="Whose record?", widget=forms.RadioSelect,
        error_messages={"required": "Choose whose record to save it to",
                        "invalid_choice": "Choose whose record to save it to"},
    )
    note = forms.CharField(
        label="Your note", required=False, max_length=2000,
        help_text="For example, why it might help or what to ask them.",
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, children, **kwargs):
        super().__init__(*args, **kwargs)
        self.children = {str(child.pk): child for child in children}
        self.fields["child"].choices = [
            (key, child.first_name) for key, child in self.children.items()
        ]
        if len(self.children) == 1:
            self.fields["child"].initial = next(iter(self.children))

    def chosen_child(self):
        return self.children[self.cleaned_data["child"]]
