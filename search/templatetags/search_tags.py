"""Plain-English readings of a search hit for the results list: cost, distance, dates, place.

Ages are worded by local_offer_tags.ages, the same words as the service's own page."""

from datetime import date

from django import template
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.safestring import mark_safe

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


@register.filter
def checkbox(option) -> str:
    """{{ option|checkbox }}: one GOV.UK small checkbox for a filter option, with its count.
    Built here rather than by an included template: a search page draws forty of them, and an
    include costs more than all the rest of an option's work."""
    count = ""
    if option.count is not None:
        count = format_html(
            ' <span class="portal-facet-count">({}<span class="govuk-visually-hidden"> service{}'
            "</span>)</span>",
            option.count, "" if option.count == 1 else "s",
        )
    return format_html(
        '<div class="govuk-checkboxes__item">'
        '<input class="govuk-checkboxes__input" id="{}" name="{}" type="checkbox" value="{}"{}>'
        '<label class="govuk-label govuk-checkboxes__label" for="{}">{}{}</label></div>',
        option.id, option.param, option.value, mark_safe(" checked") if option.checked else "",
        option.id, option.label, count,
    )
