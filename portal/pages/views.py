"""Views the site shell serves outside the page tree: the council's colours and the error page."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from .colours import HEX_COLOUR, shade
from .models import CouncilSettings

DEFAULT_BRAND_COLOUR = CouncilSettings._meta.get_field("brand_colour").default
LONG_CACHE = 365 * 24 * 60 * 60
SHORT_CACHE = 5 * 60


def council_stylesheet(colour: str) -> str:
    if not HEX_COLOUR.match(colour or ""):
        colour = DEFAULT_BRAND_COLOUR
    colour = colour.lower()
    return (
        "/* The council's brand colour, from its settings in the editing area. */\n"
        f".portal-header {{ background-color: {colour}; "
        f"border-bottom-color: {shade(colour, 30)}; }}\n"
        f".govuk-service-navigation__item--active {{ border-color: {colour}; }}\n"
    )


@require_safe
def council_css(request):
    """Our CSP allows stylesheets from 'self' only, so the colour comes as a file, not a <style>."""
    council = CouncilSettings.load(request_or_site=request)
    response = HttpResponse(council_stylesheet(council.brand_colour), content_type="text/css")
    current = (council.brand_colour or "").lstrip("#").lower()
    # base.html links this with ?v=<colour>; a matching version never changes, so cache it long.
    max_age = LONG_CACHE if request.GET.get("v", "").lower() == current else SHORT_CACHE
    patch_cache_control(response, public=True, max_age=max_age)
    return response


def server_error(request):
    """handler500. Renders without the database or context processors: they may be what broke."""
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"council_name": settings.WAGTAIL_SITE_NAME}))
