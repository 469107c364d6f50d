"""Small helpers for the Local Offer templates: glossary links, breadcrumbs, search links,
and the one card that lists a service wherever services are listed."""

from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from django import template
from django.utils import timezone
from django.utils.html import format_html

from portal import content_version

from ..models.ages_and_costs import age_range_text
from ..models.guides import guides_about
from ..services import search_record

register = template.Library()

SEARCH_PATH = "/local-offer/search/"
GLOSSARY_FALLBACK = "/glossary/"


def _glossary_url(context) -> str:
    # Every page's context has it (portal/pages/context_processors.py); a bare render does not.
    return context.get("glossary_url") or GLOSSARY_FALLBACK


@dataclass(frozen=True)
class PageLink:
    title: str
    url: str
    depth: int = 0


def _kept_for_page(context, kind: str, page, build):
    """A live page's breadcrumbs and guides change only when content does, so each worker keeps
    them per content version. A preview shows unsaved relations: always built afresh."""
    request = context.get("request")
    if request is None or page.pk is None or getattr(request, "is_preview", False):
        return build()
    name = f"{kind}:{request.get_host()}:{page.pk}"
    return content_version.kept_shared(name, build, content_version.for_request(request))


class KeptForPageNode(template.Node):
    def __init__(self, kind: str, page, nodelist):
        self.kind, self.page, self.nodelist = kind, page, nodelist

    def render(self, context):
        page = self.page.resolve(context)
        # The stale-listing notice depends on the date, so each day's copy is its own.
        kind = f"{self.kind}:{timezone.localdate().isoformat()}"
        return _kept_for_page(context, kind, page, lambda: self.nodelist.render(context))


@register.tag
def kept_for_page(parser, token):
    """{% kept_for_page "facts" page %}...{% endkept_for_page %}: what a live page shows of its
    own content (its facts, places, contacts: six queries and most of a service page's
    rendering) is rendered once per content version and day in each worker. Only for parts
    that are the same for everyone: nothing about who is signed in, no form tokens."""
    bits = token.split_contents()
    if len(bits) != 3:
        raise template.TemplateSyntaxError("{% kept_for_page \"kind\" page %}")
    nodelist = parser.parse(("endkept_for_page",))
    parser.delete_first_token()
    return KeptForPageNode(bits[1].strip("\"'"), parser.compile_filter(bits[2]), nodelist)


@register.simple_tag(takes_context=True)
def glossary(context, text, anchor):
    """{% glossary "EHC plan" "ehcp" %}: jargon that links to its plain-English meaning."""
    return format_html(
        '<a class="govuk-link" href="{}#{}">{}</a>', _glossary_url(context), anchor, text
    )


@register.simple_tag
def search_url(**params):
    """{% search_url category=term.code %} -> the public search filtered to that value."""
    pairs = [(key, value) for key, value in params.items() if value not in (None, "")]
    return f"{SEARCH_PATH}?{urlencode(pairs)}" if pairs else SEARCH_PATH


@register.inclusion_tag("local_offer/includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page):
    request = context.get("request")

    def build():
        ancestors = page.get_ancestors().live().filter(depth__gt=1)
        return [PageLink(a.title, a.get_url(request), a.depth) for a in ancestors]

    return {"ancestors": _kept_for_page(context, "breadcrumbs", page, build)}


@register.inclusion_tag("local_offer/includes/service_card.html")
def service_card(service, highlights=None, distance_miles=None, save_url=""):
    """{% service_card service %}: one service in a list, drawn the same in a services folder, a
    guide, the short breaks statement and the search results.

    `save_url`, where a page passes its `save_service_url` (set by a family app's context
    processor for a signed-in person with a child's record), adds a "Save to your child's
    record" link; the Local Offer knows nothing else of the family apps.

    `service` is a ServicePage or the record a search hit carries; a page is first turned into
    that record, so both kinds show the same facts worded the same way. Only search has
    highlights and a distance.
    """
    record = service if isinstance(service, Mapping) else search_record(service).to_dict()
    return {
        "service": record,
        "highlights": highlights or {},
        "distance_miles": distance_miles,
        "save_url": save_url,
    }


@register.filter
def ages(record: Mapping) -> str:
    """A service record's ages in the same words as the service's own page."""
    return age_range_text(record.get("min_age_months"), record.get("max_age_months"))


@register.filter
def govuk_time(value):
    """GOV.UK style times: 9am, 5:30pm, midday, midnight."""
    if value is None or value == "":
        return ""
    if value.hour == 12 and value.minute == 0:
        return "midday"
    if value.hour == 0 and value.minute == 0:
        return "midnight"
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}{suffix}" if value.minute == 0 else f"{hour}:{value.minute:02d}{suffix}"


@register.simple_tag(takes_context=True)
def related_guides(context, service, limit=6):
    """{% related_guides page as guides %}: up to six guides for a service's page."""
    request = context.get("request")

    def build():
        return [PageLink(g.title, g.get_url(request)) for g in guides_about(service)[:limit]]

    return _kept_for_page(context, f"guides{limit}", service, build)
