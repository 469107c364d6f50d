"""`{% optional_url "family_goals:goals" child_id=child.pk as url %}`: a link to another family
app's page, or nothing if that app is not installed. The record page links to the goals,
documents and saved-services pages by name without importing those apps."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def optional_url(name, **kwargs):
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return ""
