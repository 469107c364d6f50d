"""Plain-English readings of a search hit for the results list: cost, distance, dates, place.

Ages are worded by local_offer_tags.ages, the same words as the service's own page."""

import html
from datetime import date

from django import template
from django.utils.dateformat import format as format_date
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


def _escaped(value) -> str:
    # What Django's escape does (html.escape, quotes too), without its lazy-text wrapper, which
    # costs more than the escaping itself forty times a page. Options are plain text, never
    # already-safe HTML.
    return html.escape(str(value), quote=True)


@register.filter
def checkbox(option) -> str:
    """{{ option|checkbox }}: one GOV.UK small checkbox for a filter option, with its count.
    Built here rather than by an included template, and with plain string formatting: a search
    page draws forty of them, and an include or format_html costs more than the rest of the
    page's work on each."""
    count = ""
    if option.count is not None:
        plural = "" if option.count == 1 else "s"
        count = (f' <span class="portal-facet-count">({int(option.count)}<span '
                 f'class="govuk-visually-hidden"> service{plural}</span>)</span>')
    ident = _escaped(option.id)
    checked = " checked" if option.checked else ""
    return mark_safe(  # noqa: S308 - every value above is escaped or a number
        '<div class="govuk-checkboxes__item">'
        f'<input class="govuk-checkboxes__input" id="{ident}" name="{_escaped(option.param)}" '
        f'type="checkbox" value="{_escaped(option.value)}"{checked}>'
        f'<label class="govuk-label govuk-checkboxes__label" for="{ident}">'
        f"{_escaped(option.label)}{count}</label></div>"
    )
