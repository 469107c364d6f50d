"""The budgets forms: validation and plain-English errors. Money is typed in pounds and handed
on in whole pence; officers type dates in the GOV.UK day, month and year boxes
(portal.family.dates). A receipt is checked here (receipts.py) so a refused file is an error on
its own box and everything else typed comes back as it was."""

from django import forms

from portal.family.dates import DateField

from . import receipts
from .models import FundingStream
from .money import parse_pounds

DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%d %m %Y", "%Y-%m-%d"]
DATE_HINT = "For example, 1/4/2026"


class PoundsField(forms.CharField):
    def __init__(self, *, what: str, allow_negative=False, allow_zero=False, **kwargs):
        self.what, self.allow_negative, self.allow_zero = what, allow_negative, allow_zero
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal"}))
        super().__init__(**kwargs)
        self.error_messages["required"] = f"Enter {what}"

    def clean(self, value):
        typed = super().clean(value)
        if typed in (None, ""):
            return None
        pence = parse_pounds(typed)
        if pence is None:
            raise forms.ValidationError(
                f"{self.what.capitalize()} must be an amount of money, like 55 or 1,250.50"
            )
        if pence < 0 and not self.allow_negative:
            raise forms.ValidationError(f"{self.what.capitalize()} must be £0 or more")
        if pence == 0 and not self.allow_zero:
            raise forms.ValidationError(f"{self.what.capitalize()} must not be £0")
        return pence


def date_field(label, what):
    field = forms.DateField(label=label, input_formats=DATE_FORMATS, help_text=DATE_HINT)
    field.error_messages["required"] = f"Enter {what}"
    field.error_messages["invalid"] = f"{what.capitalize()} must be a real date, like 1/4/2026"
    return field


class FindChildForm(forms.Form):
    first_name = forms.CharField(label="First name", max_length=100)
    last_name = forms.CharField(label="Last name", max_length=100)
    date_of_birth = DateField(label="Date of birth", what="the date of birth")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].error_messages["required"] = "Enter the child's first name"
        self.fields["last_name"].error_messages["required"] = "Enter the child's last name"


class BudgetForm(forms.Form):
    starts_on = DateField(label="Plan year starts", what="the date the plan year starts",
                          past_only=False)
    ends_on = DateField(label="Plan year ends", what="the date the plan year ends",
                        past_only=False)

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts_on"), cleaned.get("ends_on")
        if starts and ends and ends <= starts:
            self.add_error("ends_on", "The plan year must end after it starts")
        return cleaned


class StreamForm(forms.Form):
    kind = forms.ChoiceField(label="Funding stream", choices=FundingStream.Kind.choices,
                             widget=forms.RadioSelect)
    delivery = forms.ChoiceField(label="How the money is delivered",
                                 choices=FundingStream.Delivery.choices,
                                 widget=forms.RadioSelect)
    cost_centre = forms.CharField(label="Council cost centre code", max_length=40)
    amount = PoundsField(label="Amount for the year, in pounds", what="the amount",
                         allow_zero=True)
    overspend = forms.ChoiceField(label="If spending would go over", widget=forms.RadioSelect,
                                  choices=FundingStream.Overspend.choices,
                                  initial=FundingStream.Overspend.STOP)
    overspend_limit = PoundsField(
        label="Overspend limit, in pounds (only if an officer may approve an overspend)",
        what="the overspend limit", required=False, allow_zero=True,
    )

    def __init__(self, *args, budget=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.budget = budget
        self.fields["kind"].error_messages["required"] = "Choose the funding stream"
        self.fields["delivery"].error_messages["required"] = "Choose how the money is delivered"
        self.fields["cost_centre"].error_messages["required"] = "Enter the cost centre code"

    def clean_kind(self):
        kind = self.cleaned_data["kind"]
        if self.budget is not None and self.budget.streams.filter(kind=kind).exists():
            raise forms.ValidationError("This budget already has that funding stream")
        return kind

    def clean(self):
        cleaned = super().clean()
        approved = cleaned.get("overspend") == FundingStream.Overspend.APPROVED
        if approved and cleaned.get("overspend_limit") is None:
            self.add_error("overspend_limit", "Enter the most an officer may approve")
        return cleaned


class ProvisionForm(forms.Form):
    stream = forms.ModelChoiceField(label="Paid from", queryset=FundingStream.objects.none(),
                                    widget=forms.RadioSelect, empty_label=None)
    description = forms.CharField(
        label="What it is", max_length=300,
        help_text="For example, speech and language therapy, 40 sessions at £55",
    )
    outcome = forms.CharField(label="The EHC plan outcome it serves", required=False,
                              widget=forms.Textarea(attrs={"rows": 3}))
    goal = forms.ModelChoiceField(label="Or one of the child's goals", required=False,
                                  queryset=None, empty_label="No goal")
    planned_cost = PoundsField(label="Planned cost, in pounds", what="the planned cost",
                               allow_zero=True)

    def __init__(self, *args, budget, goals, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["stream"].queryset = budget.streams.all()
        self.fields["stream"].error_messages["required"] = "Choose the funding stream"
        self.fields["goal"].queryset = goals
        self.fields["description"].error_messages["required"] = "Enter what the provision is"

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("outcome") and not cleaned.get("goal") and not self.has_error("goal"):
            self.add_error("outcome", "Enter the outcome it serves, or choose a goal")
        return cleaned


class AmendmentForm(forms.Form):
    change = forms.ChoiceField(label="What changes", widget=forms.RadioSelect)
    amount = PoundsField(
        label="By how much, in pounds",
        help_text="A minus sign takes money away, for example -250",
        what="the amount", allow_negative=True,
    )
    reason = forms.CharField(label="Reason", widget=forms.Textarea(attrs={"rows": 3}),
                             help_text="The family sees this.")
    effective_on = DateField(label="Takes effect on", what="the date it takes effect",
                             past_only=False)

    def __init__(self, *args, budget, **kwargs):
        super().__init__(*args, **kwargs)
        choices = [(f"stream:{s.pk}", f"{s.get_kind_display()} funding")
                   for s in budget.streams.all()]
        choices += [(f"provision:{p.pk}", p.description) for p in budget.provisions.all()]
        self.fields["change"].choices = choices
        self.fields["change"].error_messages["required"] = "Choose what changes"
        self.fields["reason"].error_messages["required"] = "Enter the reason for the change"


class ReceiptField(forms.FileField):
    def __init__(self, **kwargs):
        megabytes = receipts.limits().max_bytes // (1024 * 1024)
        kwargs.setdefault("help_text", f"A PDF, or a photo or scan saved as PNG or JPEG, "
                                       f"smaller than {megabytes} MB.")
        super().__init__(
            error_messages={
                "required": "Select the receipt to upload",
                "invalid": "Select the receipt to upload",
                "empty": "The selected file is empty. Choose a file that has something in it.",
            },
            # Django's own "empty" check would run first with its own wording; ours is above.
            allow_empty_file=True, **kwargs,
        )


class _TakesReceipt:
    """Checks the receipt before anything is saved: `self.receipt` is the checked upload, or
    None when none was chosen."""

    receipt = None

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if not uploaded:
            return None
        upload = receipts.Upload.from_file(uploaded)
        try:
            receipts.check(upload)
        except receipts.Refused as refused:
            raise forms.ValidationError(str(refused)) from refused
        self.receipt = upload
        return uploaded


class ReceiptForm(_TakesReceipt, forms.Form):
    file = ReceiptField(label="Receipt")


class SpendForm(_TakesReceipt, forms.Form):
    provision = forms.ModelChoiceField(label="What it was for", queryset=None,
                                       widget=forms.RadioSelect, empty_label=None)
    spent_on = date_field("Date of the spend", "the date of the spend")
    amount = PoundsField(label="Amount, in pounds", what="the amount")
    payee = forms.CharField(label="Who was paid", max_length=200)
    what_for = forms.CharField(label="What it paid for", widget=forms.Textarea(attrs={"rows": 3}))
    file = ReceiptField(
        label="Receipt (optional)", required=False,
        help_text=f"A PDF, or a photo or scan saved as PNG or JPEG, smaller than "
        f"{receipts.MAX_BYTES // (1024 * 1024)} MB. If you do not have it now, you can add it "
        "to the spend later.",
    )

    def __init__(self, *args, provisions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provision"].queryset = provisions
        self.fields["provision"].error_messages["required"] = "Choose what it was for"
        self.fields["payee"].error_messages["required"] = "Enter who was paid"
        self.fields["what_for"].error_messages["required"] = "Enter what it paid for"


class AnswerForm(forms.Form):
    text = forms.CharField(label="Your answer", widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].error_messages["required"] = "Enter your answer"


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label="Your decision", widget=forms.RadioSelect, choices=[
        ("approve", "Approve"), ("ask", "Ask the family a question"),
        ("reject", "Do not approve"),
    ])
    text = forms.CharField(label="Your question, or why it is not approved", required=False,
                           widget=forms.Textarea(attrs={"rows": 4}),
                           help_text="The family sees this.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["decision"].error_messages["required"] = "Choose a decision"

    def clean(self):
        cleaned = super().clean()
        decision, text = cleaned.get("decision"), cleaned.get("text", "").strip()
        if decision == "ask" and not text:
            self.add_error("text", "Enter your question")
        if decision == "reject" and not text:
            self.add_error("text", "Enter why it is not approved: the family sees this")
        return cleaned
