"""Plain-English readings of a search hit for the results list: cost, distance, dates, place.

Ages are worded by local_offer_tags.ages, the same words as the service's own page."""

from datetime import date

from django import template
from django.utils.dateformat import format as format_date

register = template.Library()


@register.filter
def cost(record: dict) -> str:
    kind = record.get("cost_type")
    if kind == "free":
        return "Free"
    pence = record.get("cost_pence")
    if kind == "charge" and pence:
        pounds, rest = divmod(int(pence), 100)
        amount = f"£{pounds:,}.{rest:02d}" if rest else f"£{pounds:,}"
        return f"{amount} {record.get('cost_unit') or ''}".strip()
    return "Cost varies"


@register.filter
def miles(value) -> str:
    if value is None:
        return ""
    if value < 0.1:
        return "Less than 0.1 miles away"
    number = f"{value:.1f}".removesuffix(".0")
    return f"{number} mile{'' if number == '1' else 's'} away"


@register.filter
def checked_on(value) -> str:
    """ISO date from the record -> "3 March 2026"."""
    if not value:
        return ""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return ""
    return format_date(day, "j F Y")


@register.filter
def place(record: dict) -> str:
    """Where it happens, never a hidden address: the location's public label."""
    labels = [p.get("label") for p in record.get("locations") or () if p.get("label")]
    if not labels:
        return ""
    return labels[0] + (f" and {len(labels) - 1} more" if len(labels) > 1 else "")
