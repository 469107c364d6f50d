"""Model fields whose admin inputs speak the provider's language: ages in years and months,
money in pounds, and tick-box lists stored as a JSON list of codes."""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst

from portal import ages

MAX_AGE_YEARS = 25
# Ages are inclusive, so "up to 25" covers a young person until their 26th birthday.
MAX_AGE_MONTHS = ages.last_month(MAX_AGE_YEARS)


def describe_age(months: int | None) -> str:
    """36 -> "3 years", 18 -> "18 months", 30 -> "2 years 6 months"."""
    if months is None:
        return ""
    years, rest = divmod(months, 12)
    if years == 0 or (years == 1 and rest):  # parents say "18 months", not "1 year 6 months"
        return f"{months} month{'s' if months != 1 else ''}"
    text = f"{years} year{'s' if years != 1 else ''}"
    if rest:
        text += f" {rest} month{'s' if rest != 1 else ''}"
    return text


# --- Tick-box lists -------------------------------------------------------------------------


class ChoiceListField(models.JSONField):
    """A list of codes from a fixed set, edited as GOV.UK-style checkboxes.

    JSON keeps the list in one column on SQLite and PostgreSQL alike; search and the Open
    Referral UK export read it in Python, so no database-specific array type is needed.
    """

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = [(str(value), str(label)) for value, label in item_choices]
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if value in (None, ""):
            return
        if not isinstance(value, list):
            raise ValidationError("Choose from the list.", code="invalid_list")
        allowed = {code for code, _ in self.item_choices}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise ValidationError(
                "%(unknown)s is not one of the choices.",
                code="invalid_choice",
                params={"unknown": ", ".join(map(str, unknown))},
            )
        if len(set(value)) != len(value):
            raise ValidationError("Each choice can be ticked only once.", code="duplicate")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
            widget=kwargs.get("widget") or forms.CheckboxSelectMultiple,
        )

    def labels(self, codes) -> list[str]:
        names = dict(self.item_choices)
        return [names.get(code, code) for code in codes or []]


# --- Ages -------------------------------------------------------------------------------------


class AgeWidget(forms.MultiWidget):
    template_name = "local_offer/widgets/age_widget.html"

    def __init__(self, attrs=None):
        years = forms.NumberInput(attrs={"min": 0, "max": MAX_AGE_YEARS, "inputmode": "numeric"})
        months = forms.NumberInput(attrs={"min": 0, "max": 11, "inputmode": "numeric"})
        super().__init__([years, months], attrs)

    def decompress(self, value):
        if value in (None, ""):
            return [None, None]
        return list(divmod(int(value), 12))


class AgeFormField(forms.MultiValueField):
    widget = AgeWidget

    def __init__(self, **kwargs):
        kwargs.pop("max_value", None)
        kwargs.pop("min_value", None)
        # Either part may be left empty: "16" years alone means 16 years 0 months.
        fields = (
            forms.IntegerField(
                required=False,
                min_value=0,
                max_value=MAX_AGE_YEARS,
                error_messages={
                    "invalid": "Enter years as a whole number, like 5",
                    "min_value": "Years must be 0 or more",
                    "max_value": f"Years must be {MAX_AGE_YEARS} or fewer",
                },
            ),
            forms.IntegerField(
                required=False,
                min_value=0,
                max_value=11,
                error_messages={
                    "invalid": "Enter months as a whole number, like 6",
                    "min_value": "Months must be between 0 and 11",
                    "max_value": "Months must be between 0 and 11",
                },
            ),
        )
        super().__init__(fields=fields, require_all_fields=False, **kwargs)

    def compress(self, data_list):
        if not data_list or all(part in (None, "") for part in data_list):
            return None
        years, months = (part or 0 for part in data_list)
        return ages.first_month(years) + months


class AgeMonthsField(models.PositiveSmallIntegerField):
    """An age in whole months, entered as years and months. Empty means open-ended."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return AgeFormField(
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )


# --- Money -------------------------------------------------------------------------------------

_MONEY = re.compile(r"^£?\s*(\d+(?:\.\d{1,2})?)$")


class PoundsFormField(forms.Field):
    """Typed in pounds ("12.50", "£12"), held as integer pence."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})

    def to_python(self, value):
        if value in (None, ""):
            return None
        if isinstance(value, int):
            return value
        text = str(value).strip().replace(",", "")
        if text.startswith("-") or text.startswith("£-"):
            raise ValidationError("The cost must be £0 or more", code="negative")
        match = _MONEY.match(text)
        if not match:
            raise ValidationError(
                "Enter the cost in pounds and pence, like 12.50", code="invalid_money"
            )
        try:
            pence = int(Decimal(match.group(1)) * 100)
        except InvalidOperation as exc:
            raise ValidationError(
                "Enter the cost in pounds and pence, like 12.50", code="invalid_money"
            ) from exc
        if pence > 10_000_000:
            raise ValidationError("The cost must be £100,000 or less", code="too_large")
        return pence

    def prepare_value(self, value):
        if isinstance(value, int):
            return format_pence(value, symbol=False)
        return value


def format_pence(pence: int | None, symbol: bool = True) -> str:
    if pence is None:
        return ""
    pounds, rest = divmod(pence, 100)
    text = f"{pounds:,}.{rest:02d}" if rest else f"{pounds:,}"
    if not symbol:
        text = f"{pounds}.{rest:02d}"
    return f"£{text}" if symbol else text


class PenceField(models.PositiveIntegerField):
    """Money as integer pence (never floats), edited in pounds."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("null", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return PoundsFormField(
            required=not self.blank, label=capfirst(self.verbose_name), help_text=self.help_text
        )
