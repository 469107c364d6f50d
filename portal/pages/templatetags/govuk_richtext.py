"""Give editors' rich text the GOV.UK Frontend classes, so it looks like the rest of the page.

GOV.UK Frontend styles only elements that carry its classes. Adding them here, server-side,
keeps the stylesheet free of a second set of rules for "prose" and needs no JavaScript.
Usage: {% load govuk_richtext %}{{ page.body|richtext|govuk_prose }}
"""

import re

from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

register = template.Library()

CLASSES = {
    "h2": "govuk-heading-m",
    "h3": "govuk-heading-s",
    "h4": "govuk-heading-s",
    "p": "govuk-body",
    "ul": "govuk-list govuk-list--bullet",
    "ol": "govuk-list govuk-list--number",
    "a": "govuk-link",
    "blockquote": "govuk-inset-text",
    "hr": "govuk-section-break govuk-section-break--l govuk-section-break--visible",
}

_OPENING_TAG = re.compile(
    r"<(?P<name>h2|h3|h4|p|ul|ol|a|blockquote|hr)(?P<attrs>(?:\s[^>]*)?)(?P<end>/?>)"
)
_CLASS_ATTR = re.compile(r"""\sclass=(["'])(.*?)\1""")


def _add_class(match: re.Match) -> str:
    name, attrs, end = match["name"], match["attrs"], match["end"]
    wanted = CLASSES[name]
    existing = _CLASS_ATTR.search(attrs)
    if existing:
        merged = " ".join(dict.fromkeys(wanted.split() + existing.group(2).split()))
        attrs = attrs[: existing.start()] + f' class="{merged}"' + attrs[existing.end():]
    else:
        attrs = f' class="{wanted}"' + attrs
    return f"<{name}{attrs}{end}"


@register.filter(is_safe=True)
def govuk_prose(html) -> SafeString:
    """Adds classes and nothing else. Text that is not already safe HTML is escaped first."""
    html = conditional_escape(html)
    return mark_safe(_OPENING_TAG.sub(_add_class, str(html)))  # noqa: S308 - escaped above
