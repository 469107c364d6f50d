"""The form a carer fills in to invite the young person to take over the record."""

from django import forms

from . import handover


class TakeOverInviteForm(forms.Form):
    email = forms.EmailField(
        label="Their email address",
        help_text="The address they will sign in with. It should be theirs, not yours.",
    )

    def __init__(self, *args, child, **kwargs):
        super().__init__(*args, **kwargs)
        self.child = child
        self.fields["email"].error_messages["required"] = "Enter their email address"
        self.fields["email"].error_messages["invalid"] = (
            "Enter an email address in the correct format, like name@example.com"
        )

    def clean(self):
        cleaned = super().clean()
        if not handover.may_invite_to_take_over(self.child):
            raise forms.ValidationError(handover.why_not(self.child))
        return cleaned
