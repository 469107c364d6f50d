from django import template

from budgets.money import pounds as format_pounds

register = template.Library()


@register.filter
def pounds(pence) -> str:
    """The one way the site shows money: {{ amount_pence|pounds }}."""
    return format_pounds(pence or 0)
