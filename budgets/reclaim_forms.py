"""Forms for the year-end reclaim: the family's answer and the officer's decision."""

from django import forms

from .forms import PoundsField


class AnswerForm(forms.Form):
    committed = PoundsField(
        label="Money already promised to planned spending, in pounds", what="the amount",
        required=False, allow_zero=True,
        help_text="For example, invoices you are waiting for or sessions booked. Leave it "
        "empty if there is none.",
    )
    explanation = forms.CharField(
        label="What the money is planned for", widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["explanation"].error_messages["required"] = (
            "Tell the council what the money is planned for"
        )

    def clean_committed(self):
        return self.cleaned_data.get("committed") or 0


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(label="Your decision", widget=forms.RadioSelect, choices=[
        ("confirm", "Confirm the reclaim"), ("withdraw", "Withdraw the proposal"),
    ])
    amount = PoundsField(
        label="Amount to reclaim, in pounds", what="the amount", required=False,
        help_text="The proposed amount, or less.",
    )
    reason = forms.CharField(
        label="Reason", required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Needed to reclaim less than proposed, or to withdraw. The family sees this.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].error_messages["required"] = "Choose a decision"

    def clean(self):
        cleaned = super().clean()
        decision, reason = cleaned.get("decision"), cleaned.get("reason", "").strip()
        if decision == "confirm" and cleaned.get("amount") is None and not self.has_error(
            "amount"
        ):
            self.add_error("amount", "Enter the amount to reclaim")
        if decision == "withdraw" and not reason:
            self.add_error("reason", "Enter why the proposal is withdrawn: the family sees this")
        return cleaned
