"""A date typed the GOV.UK way: day, month and year in three boxes, with plain errors."""

from datetime import date

from django import forms


class DateInput(forms.MultiWidget):
    template_name = "family/widgets/date_input.html"

    def __init__(self, attrs=None):
        super().__init__([forms.TextInput(), forms.TextInput(), forms.TextInput()], attrs)

    def decompress(self, value):
        if isinstance(value, date):
            return [value.day, value.month, value.year]
        return [None, None, None]


class DateField(forms.MultiValueField):
    """`what` names the date in errors: "Enter the date of birth" reads better than a label."""

    widget = DateInput

    def __init__(self, *, what: str, past_only: bool = True, **kwargs):
        self.what = what
        self.past_only = past_only
        parts = [forms.CharField(required=False) for _ in range(3)]
        super().__init__(parts, require_all_fields=False, **kwargs)
        self.error_messages["required"] = f"Enter {what}"

    def compress(self, values):
        day, month, year = (value.strip() if value else "" for value in (values or ["", "", ""]))
        if not (day or month or year):
            return None
        missing = [name for name, value in (("day", day), ("month", month), ("year", year))
                   if not value]
        if missing:
            raise forms.ValidationError(f"{what_capital(self.what)} must include a {missing[0]}")
        try:
            found = date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(
                f"{what_capital(self.what)} must be a real date, like 27 3 2026"
            ) from None
        if found.year < 1900:
            raise forms.ValidationError(f"{what_capital(self.what)} must include a 4-digit year")
        if self.past_only and found > date.today():
            raise forms.ValidationError(f"{what_capital(self.what)} must be today or in the past")
        return found


def what_capital(what: str) -> str:
    words = what.removeprefix("the ")
    return words[:1].upper() + words[1:]
