from django import template
from django.utils.safestring import mark_safe

from portal.inline_script import JS_ENABLED

register = template.Library()


@register.simple_tag
def js_enabled_script():
    """The fixed script whose hash CONTENT_SECURITY_POLICY allows (portal/inline_script.py).
    Not escaped: escaping its quotes would change the text, and so its hash; it is a constant."""
    return mark_safe(f"<script>{JS_ENABLED}</script>")  # noqa: S308 - fixed text, no input
