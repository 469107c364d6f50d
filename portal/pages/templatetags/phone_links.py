"""{{ number|phone_link }}: a phone number people can tap to call, on every page."""

import re

from django import template
from django.utils.html import format_html

register = template.Library()


@register.filter
def phone_link(number: str):
    """A phone number as a tap-to-call link (tel:), shown as it was written. A UK number's
    leading 0 becomes +44 so it also dials from a phone set up abroad."""
    digits = re.sub(r"[^\d+]", "", number or "")
    if not digits:
        return number or ""
    if digits.startswith("0") and not digits.startswith("00"):
        digits = "+44" + digits[1:]
    return format_html('<a class="govuk-link" href="tel:{}">{}</a>', digits, number)
