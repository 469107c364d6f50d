"""The young person's question, one group of tick boxes per parent or carer."""

from django import forms

from .forms import SECTION_CHOICES


class KeepSeeingForm(forms.Form):
    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.choices = choices
        for choice in choices:
            name = choice.access.user.get_full_name() or choice.access.user.email
            relationship = f" ({choice.access.relationship})" if choice.access.relationship else ""
            self.fields[self.field_name(choice)] = forms.MultipleChoiceField(
                label=f"What should {name}{relationship} keep seeing?",
                choices=SECTION_CHOICES,
                required=False,
                widget=forms.CheckboxSelectMultiple,
                initial=list(choice.sections),
                help_text="Tick nothing and they will not see your record.",
            )

    @staticmethod
    def field_name(choice) -> str:
        return f"carer_{choice.access.public_id.hex}"

    def chosen(self) -> dict[int, list[str]]:
        return {
            choice.access.user_id: list(self.cleaned_data.get(self.field_name(choice)) or [])
            for choice in self.choices
        }
