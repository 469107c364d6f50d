"""The handover prompt and the notices, on the record page and the family's home page, without
the views having to know about either: `{% load handover %}`, then `{% handover_prompt child %}`
or `{% family_news children %}`."""

from datetime import timedelta

from django import template
from django.utils import timezone

from .. import handover, policy
from ..models import FamilyNotice

register = template.Library()

NOTICES_SHOWN = 5
NOTICES_FOR = timedelta(days=30)


@register.inclusion_tag("family/handover/prompt.html", takes_context=True)
def handover_prompt(context, child):
    user = context["request"].user
    prompt = handover.prompt_for(child) if policy.is_family(user, child) else None
    return {
        "prompt": prompt,
        "child": child,
        "is_young_person": policy.is_young_person(user, child),
    }


@register.inclusion_tag("family/handover/news.html")
def family_news(children):
    """What happened in these records through sharing lately, and whose records are nearly
    theirs to hold."""
    children = list(children)
    notices = (
        FamilyNotice.objects.filter(
            child__in=children, created_at__gt=timezone.now() - NOTICES_FOR
        ).select_related("child")[:NOTICES_SHOWN]
        if children else []
    )
    return {"notices": notices, "prompts": handover.prompts_for(children)}
