"""Plain-English readings of a search hit for the results list: ages, cost, distance, dates."""

from datetime import date

from django import template
from django.utils.dateformat import format as format_date

register = template.Library()


def _age(months: int) -> str:
    years, rest = divmod(months, 12)
    if years == 0:
        return f"{rest} month{'s' if rest != 1 else ''}"
    text = f"{years} year{'s' if years != 1 else ''}"
    return text + (f" {rest} month{'s' if rest != 1 else ''}" if rest else "")


@register.filter
def age_range(record: dict) -> str:
    """"5 to 11 years"; "18 months to 5 years"; "Up to 5 years"; "All ages (0 to 25 years)"."""
    low, high = record.get("min_age_months"), record.get("max_age_months")
    if low is None and high is None:
        return "All ages (0 to 25 years)"
    if low is None:
        return f"Up to {_age(high)}"
    if high is None:
        return f"From {_age(low)}"
    if low % 12 == 0 and high % 12 == 0:
        return f"{low // 12} to {high // 12} years"
    # A range kept in months ends at the last month of a year: 60..143 is "5 to 11 years".
    if low % 12 == 0 and high % 12 == 11:
        return f"{low // 12} to {high // 12} years"
    if low == 0:
        return f"Birth to {_age(high)}"
    return f"{_age(low)} to {_age(high)}"


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
