"""Template helpers for the family record's forms."""

from django import template

from portal.family.dates import DateInput

register = template.Library()


@register.filter
def is_date_field(bound_field) -> bool:
    """Date fields are drawn as GOV.UK date inputs (day, month, year in a fieldset)."""
    return isinstance(bound_field.field.widget, DateInput)
